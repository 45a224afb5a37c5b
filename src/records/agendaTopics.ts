/**
 * Agenda topics: the agenda items of one subject gathered across General Assembly
 * sessions. Item numbers are per session (item 35 of the 75th session is not item 35
 * of the 61st) and titles drift slightly between sessions (`阿塞拜疆被占领土的局势` at
 * the 61st, `阿塞拜疆被占领土局势` at the 75th), so items are grouped by session and
 * number first, then across sessions by the similarity of their normalised titles.
 */
import type { LetterRecord } from './schema.ts';

/** One agenda item as a letter names it: its session, number and wording. */
export interface AgendaTopicItem {
  /** General Assembly session, or null when the letter states none. */
  session: number | null;
  number: number;
  title: string;
}

export interface AgendaTopic {
  /** Stable slug: the earliest session and number under which the topic appears (`ga61-item-17`). */
  id: string;
  /** The wording of the latest session: the topic's current name. */
  title: string;
  /** Every distinct item (session, number, wording), oldest session first. */
  items: AgendaTopicItem[];
  /** The letters that name one of the items, in archive order (date, then id). */
  letters: LetterRecord[];
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
export function agendaTopics(records: readonly LetterRecord[]): AgendaTopic[] {
  const items = distinctItems(records);
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] ?? index;
    return index;
  };

  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const ra = root(a);
      const rb = root(b);
      const members = (at: number) => items.filter((_, index) => root(index) === at);
      if (ra !== rb && mayJoin(members(ra), members(rb))) parent[rb] = ra;
    }
  }

  const groups = new Map<number, AgendaTopicItem[]>();
  items.forEach((item, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });

  return [...groups.values()].map((group) => {
    const ordered = [...group].sort(bySessionThenNumber);
    const first = ordered[0] as AgendaTopicItem;
    const last = ordered[ordered.length - 1] as AgendaTopicItem;
    return {
      id: `${first.session === null ? 'ga' : `ga${first.session}`}-item-${first.number}`,
      title: last.title,
      items: ordered,
      letters: records.filter((record) => record.agendaItems.some((item) => ordered.some((known) => sameItem(known, record, item)))),
    };
  });
}

/** The topic each of a letter's agenda items belongs to, in the letter's order. */
export function topicsOfLetter(record: LetterRecord, topics: readonly AgendaTopic[]): { number: number; title: string; topic: AgendaTopic }[] {
  return record.agendaItems.map((item) => {
    const topic = topics.find((candidate) => candidate.items.some((known) => sameItem(known, record, item)));
    if (!topic) throw new Error(`${record.source}: agenda item ${item.number} has no topic`);
    return { ...item, topic };
  });
}

/** Every (session, number, wording) named by any letter, once, in order of first appearance. */
function distinctItems(records: readonly LetterRecord[]): AgendaTopicItem[] {
  const seen = new Map<string, AgendaTopicItem>();
  for (const record of records) {
    for (const item of record.agendaItems) {
      const found: AgendaTopicItem = { session: record.session.generalAssembly, number: item.number, title: item.title };
      const key = JSON.stringify(found);
      if (!seen.has(key)) seen.set(key, found);
    }
  }
  return [...seen.values()];
}

/**
 * Whether two groups may become one topic: an item of one has the same session and
 * number as an item of the other, or similar wording — but never two different
 * numbers of the same session, which are by definition different items.
 */
function mayJoin(left: AgendaTopicItem[], right: AgendaTopicItem[]): boolean {
  let linked = false;
  for (const a of left) {
    for (const b of right) {
      if (a.session === b.session) {
        if (a.number !== b.number) return false;
        linked = true;
      } else if (similarity(normaliseAgendaTitle(a.title), normaliseAgendaTitle(b.title)) >= SIMILAR) {
        linked = true;
      }
    }
  }
  return linked;
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

function sameItem(known: AgendaTopicItem, record: LetterRecord, item: { number: number; title: string }): boolean {
  return known.session === record.session.generalAssembly && known.number === item.number && known.title === item.title;
}

function bySessionThenNumber(a: AgendaTopicItem, b: AgendaTopicItem): number {
  return (a.session ?? 0) - (b.session ?? 0) || a.number - b.number;
}
