/**
 * Agenda topics: the agenda items of one subject gathered across General Assembly
 * sessions. Item numbers are per session (item 35 of the 75th session is not item 35
 * of the 61st) and titles drift slightly between sessions (`阿塞拜疆被占领土的局势` at
 * the 61st, `阿塞拜疆被占领土局势` at the 75th), so items are grouped by session and
 * number first, then across sessions by the similarity of their normalised titles.
 */
import type { AgendaItem, LetterRecord } from './schema.ts';

/** One agenda item as a letter names it: its session, number and wording. */
export interface AgendaTopicItem {
  /** General Assembly session, or null when the letter states none. */
  session: number | null;
  number: number;
  /** The sub-item's letter (`b` of 71(b)), which is an item of its own. */
  subitem?: string;
  title: string;
}

/** What topics are made of: a letter's session and agenda items (a record or its summary). */
export type TopicLetter = Pick<LetterRecord, 'session' | 'agendaItems'>;

export interface AgendaTopic<Letter extends TopicLetter = LetterRecord> {
  /** Stable slug: the earliest session and number under which the topic appears (`ga61-item-17`). */
  id: string;
  /** The wording of the latest session: the topic's current name. */
  title: string;
  /** Every distinct item (session, number, wording), oldest session first. */
  items: AgendaTopicItem[];
  /** The letters that name one of the items, in archive order (date, then id). */
  letters: Letter[];
}

/** Titles whose normalised forms are at least this similar (1 − edit distance ÷ length) are one topic. */
const SIMILAR = 0.75;

/**
 * Reduces an agenda title to what identifies it: no whitespace, punctuation or
 * the particle 的, half-width forms (NFKC).
 */
export function normaliseAgendaTitle(title: string): string {
  return title.normalize('NFKC').replace(/[\s\p{P}\p{S}的]/gu, '');
}

/** Groups the agenda items of all letters into topics, in order of first appearance. */
export function agendaTopics<Letter extends TopicLetter>(records: readonly Letter[]): AgendaTopic<Letter>[] {
  const similar = similarTitles();
  // One session's item number is one item, whatever its wording in different letters.
  const groups = [...groupByItem(distinctItems(records)).values()].map((items) => ({
    items,
    sessions: new Set(items.map((item) => item.session)),
    titles: new Set(items.map((item) => normaliseAgendaTitle(item.title))),
  }));

  // Across sessions, items of similar wording are one topic — but never two numbers of one session.
  for (let a = 0; a < groups.length; a++) {
    const kept = groups[a] as (typeof groups)[number];
    for (let b = a + 1; b < groups.length; b++) {
      const other = groups[b] as (typeof groups)[number];
      const clash = [...other.sessions].some((session) => kept.sessions.has(session));
      if (clash || ![...kept.titles].some((title) => [...other.titles].some((candidate) => similar(title, candidate)))) continue;
      kept.items.push(...other.items);
      for (const session of other.sessions) kept.sessions.add(session);
      for (const title of other.titles) kept.titles.add(title);
      groups.splice(b, 1);
      b = a; // The grown group may now reach groups it did not before.
    }
  }

  // Each letter goes to the topics of its items in one pass over the letters, in their order.
  const topicOfItem = new Map(groups.flatMap(({ items }, topic) => items.map((item) => [itemKey(item), topic] as const)));
  const lettersOf = groups.map((): Letter[] => []);
  for (const record of records) {
    const topics = new Set(record.agendaItems.map((item) => topicOfItem.get(itemKey(letterItem(record, item)))));
    for (const topic of topics) if (topic !== undefined) lettersOf[topic]?.push(record);
  }

  return groups.map(({ items }, topic) => {
    const ordered = [...items].sort(bySessionThenNumber);
    const first = ordered[0] as AgendaTopicItem;
    const last = ordered[ordered.length - 1] as AgendaTopicItem;
    return {
      id: `${first.session === null ? 'ga' : `ga${first.session}`}-item-${first.number}${first.subitem ?? ''}`,
      title: last.title,
      items: ordered,
      letters: lettersOf[topic] ?? [],
    };
  });
}

/** The topic each of a letter's agenda items belongs to, in the letter's order. */
export function topicsOfLetter<Letter extends TopicLetter>(
  record: TopicLetter & Pick<LetterRecord, 'source'>,
  topics: readonly AgendaTopic<Letter>[],
): (AgendaItem & { topic: AgendaTopic<Letter> })[] {
  return record.agendaItems.map((item) => {
    const topic = topicIndex(topics).get(itemKey(letterItem(record, item)));
    if (!topic) throw new Error(`${record.source}: agenda item ${item.number} has no topic`);
    return { ...item, topic };
  });
}

/** Item → topic lookups, built once per list of topics (every letter entry on every page asks). */
const indexes = new WeakMap<readonly AgendaTopic<TopicLetter>[], Map<string, AgendaTopic<TopicLetter>>>();

function topicIndex<Letter extends TopicLetter>(topics: readonly AgendaTopic<Letter>[]): Map<string, AgendaTopic<Letter>> {
  let index = indexes.get(topics);
  if (!index) {
    index = new Map(topics.flatMap((topic) => topic.items.map((item) => [itemKey(item), topic] as const)));
    indexes.set(topics, index);
  }
  return index as Map<string, AgendaTopic<Letter>>;
}

/** Every (session, number, wording) named by any letter, once, in order of first appearance. */
function distinctItems(records: readonly TopicLetter[]): AgendaTopicItem[] {
  const seen = new Map<string, AgendaTopicItem>();
  for (const record of records) {
    for (const item of record.agendaItems) {
      const found = letterItem(record, item);
      if (!seen.has(itemKey(found))) seen.set(itemKey(found), found);
    }
  }
  return [...seen.values()];
}

/** Items grouped by session and number (a sub-item's number includes its letter). */
function groupByItem(items: readonly AgendaTopicItem[]): Map<string, AgendaTopicItem[]> {
  const groups = new Map<string, AgendaTopicItem[]>();
  for (const item of items) {
    const key = `${item.session}#${item.number}${item.subitem ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** Whether two normalised titles name one topic; each pair is measured once (titles repeat across thousands of letters). */
function similarTitles(): (a: string, b: string) => boolean {
  const known = new Map<string, boolean>();
  return (a, b) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let result = known.get(key);
    if (result === undefined) {
      // The edit distance is at least the difference in length: titles of very different lengths are not measured.
      const longer = Math.max(a.length, b.length);
      result = longer === 0 || (1 - Math.abs(a.length - b.length) / longer >= SIMILAR && similarity(a, b) >= SIMILAR);
      known.set(key, result);
    }
    return result;
  };
}

/** 1 − Levenshtein distance ÷ the longer length: 1 for equal strings, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return 1 - (previous[b.length] ?? longer) / longer;
}

/** A letter's agenda item with the session it belongs to. */
export function letterItem(record: TopicLetter, item: AgendaItem): AgendaTopicItem {
  return { session: record.session.generalAssembly, number: item.number, ...(item.subitem !== undefined && { subitem: item.subitem }), title: item.title };
}

/** One key per session, number (with sub-item) and wording. */
export function itemKey(item: AgendaTopicItem): string {
  return `${item.session}#${item.number}${item.subitem ?? ''}#${item.title}`;
}

function bySessionThenNumber(a: AgendaTopicItem, b: AgendaTopicItem): number {
  return (a.session ?? 0) - (b.session ?? 0) || a.number - b.number || (a.subitem ?? '').localeCompare(b.subitem ?? '');
}
