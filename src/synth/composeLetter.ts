/**
 * Writes the content of one synthetic letter from its plan: a masthead's agenda
 * items, a title, an opening that may cite an earlier letter, paragraphs
 * recombined from the seed letters' sentences, footnotes citing UN documents,
 * a signature and annexes, numbered or not.
 */
import { AGENDA_TOPICS, itemNumber, topicTitle } from './agendaTopics.ts';
import type { Random } from './createRandom.ts';
import { addDays, spacedChineseDate } from './formatDate.ts';
import type { Inline, SynthAnnex, SynthFootnote, SynthLetter, SynthParagraph } from './letterModel.ts';
import type { LetterPlan } from './planCorpus.ts';
import { sessionOf } from './sessionOf.ts';
import { toChineseNumeral } from './toChineseNumeral.ts';

const ANNEX_TITLES = [
  '新闻稿',
  '阿塞拜疆共和国外交部新闻司的情况说明',
  '亚美尼亚共和国对阿塞拜疆共和国的侵略',
  '伊斯兰会议组织秘书长关于亚美尼亚共和国侵略阿塞拜疆共和国的报告',
  '欧安组织明斯克小组共同主席的声明',
  '阿塞拜疆共和国外交部的声明',
  '欧洲委员会部长理事会主席的声明',
  '国际会议的最后文件',
];
const CITIES = ['巴库', '纽约', '日内瓦', '维也纳', '安卡拉', '吉达', '布鲁塞尔', '斯特拉斯堡'];
const RESOLUTIONS = ['S/RES/822(1993)', 'S/RES/853(1993)', 'S/RES/874(1993)', 'S/RES/884(1993)', 'S/PRST/1995/21'];

/** Composes the letter a plan describes; `sentences` is the pool of seed sentences. */
export function composeLetter(plan: LetterPlan, sentences: readonly string[], random: Random, fileName: string): SynthLetter {
  const session = sessionOf(plan.letterDate);
  const title = `${spacedChineseDate(plan.letterDate)}阿塞拜疆常驻联合国代表给秘书长的信`;
  const agendaItems = pickAgendaItems(session.generalAssembly, random);
  const annexCount = random.pick([0, 0, 1, 1, 1, 2, 2, 3]);
  const annexes = Array.from({ length: annexCount }, (_, index) =>
    composeAnnex(annexLabel(index, annexCount), plan, sentences, random),
  );
  const coverBlock = plan.flavour === 'pdf' && plan.symbols.length > 0 && random.chance(0.3);

  const body: SynthParagraph[] = [opening(plan, annexes, random)];
  const count = random.int(1, 5);
  for (let index = 0; index < count; index += 1) body.push({ parts: [{ kind: 'text', text: prose(sentences, random) }] });
  body.push({ parts: [{ kind: 'text', text: closing(annexes.length > 0, agendaItems.map((item) => item.number)) }] });

  const letter: SynthLetter = {
    fileName,
    flavour: plan.flavour,
    symbols: plan.symbols,
    letterDate: plan.letterDate,
    distributionDate: coverBlock ? addDays(plan.letterDate, random.int(1, 12)) : null,
    session,
    agendaItems,
    title,
    salutation: random.chance(0.3) ? '阁下：' : null,
    body,
    signature: ['常驻代表', '大使', `${representative(plan.letterDate)}${random.chance(0.5) ? '（签名）' : '(签名)'}`],
    dateline: plan.flavour === 'pdf' && random.chance(0.2) ? spacedChineseDate(plan.letterDate) : null,
    annexes,
    footnotes: [],
    jobNumber: `${plan.letterDate.slice(2, 4)}-${String(random.int(10000, 99999))}`,
    coverBlock,
  };
  letter.footnotes = addFootnotes([...letter.body, ...annexes.flatMap((annex) => annex.paragraphs)], plan, random);
  return letter;
}

/** 1–4 distinct agenda items of the session, in item-number order as printed. */
function pickAgendaItems(session: number, random: Random): SynthLetter['agendaItems'] {
  const wanted = random.int(1, 4);
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(random.int(0, AGENDA_TOPICS.length - 1));
  return [...chosen]
    .map((topicIndex) => ({ number: itemNumber(topicIndex, session), title: topicTitle(AGENDA_TOPICS[topicIndex]!, session) }))
    .sort((a, b) => a.number - b.number);
}

/** `附件` when a letter has one annex, else `附件一`, `附件二`… */
function annexLabel(index: number, count: number): string {
  return count === 1 ? '附件' : `附件${toChineseNumeral(index + 1)}`;
}

function composeAnnex(label: string, plan: LetterPlan, sentences: readonly string[], random: Random): SynthAnnex {
  // Printed paragraph numbers are a PDF-flavour convention (seed 000); the Markdown flavour never prints them.
  const numbered = plan.flavour === 'pdf' && random.chance(0.4);
  const paragraphs = Array.from({ length: random.int(2, 10) }, (_, index): SynthParagraph => ({
    ...(numbered ? { number: index + 1 } : {}),
    parts: [{ kind: 'text', text: prose(sentences, random) }],
  }));
  return {
    label,
    title: random.pick(ANNEX_TITLES),
    paragraphs,
    dateline: random.chance(0.3) ? `${spacedChineseDate(addDays(plan.letterDate, -random.int(1, 20)))}，${random.pick(CITIES)}` : null,
  };
}

/** 1–3 seed sentences run together. */
function prose(sentences: readonly string[], random: Random): string {
  return Array.from({ length: random.int(1, 3) }, () => random.pick(sentences)).join('');
}

function opening(plan: LetterPlan, annexes: readonly SynthAnnex[], random: Random): SynthParagraph {
  const enclosure = annexes.length === 0
    ? '谨提请你注意以下情况。'
    : `谨随函转递${annexes[0]!.title}（见${annexes.map((annex) => annex.label).join('和')}）。`;
  if (plan.cites === null) return { parts: [{ kind: 'text', text: `奉我国政府指示，${enclosure}` }] };
  const earlier = spacedChineseDate(addDays(plan.letterDate, -random.int(5, 60)));
  return {
    parts: [
      { kind: 'text', text: `我谨提及 ${earlier}我的信（` },
      { kind: 'cite', symbol: plan.cites },
      { kind: 'text', text: `），并${enclosure}` },
    ],
  };
}

/** `请将本函…作为大会议程项目 17 和 27 下的文件…分发为荷。` */
function closing(withAnnexes: boolean, items: readonly number[]): string {
  const last = items[items.length - 1];
  const list = items.length === 1 ? `${last}` : `${items.slice(0, -1).join('、')} 和 ${last}`;
  return `请将本函${withAnnexes ? '及其附件' : ''}作为大会议程项目 ${list} 下的文件和安全理事会的文件分发为荷。`;
}

/** The Permanent Representative who signed letters of that date. */
function representative(isoDate: string): string {
  if (isoDate < '2013-01-01') return '阿格申·梅赫迪耶夫';
  if (isoDate < '2025-01-01') return '亚沙尔·阿利耶夫';
  return '托菲格·穆萨耶夫';
}

/**
 * Puts footnote marks after sentence ends of some paragraphs (marks run 1, 2, …
 * through the letter, as in seed 002) and writes the footnotes, which cite UN documents.
 */
function addFootnotes(paragraphs: readonly SynthParagraph[], plan: LetterPlan, random: Random): SynthFootnote[] {
  const footnotes: SynthFootnote[] = [];
  for (const paragraph of paragraphs) {
    if (!random.chance(0.25)) continue;
    const marker = String(footnotes.length + 1);
    paragraph.parts = markAfterSentence(paragraph.parts, marker, random);
    footnotes.push({ marker, parts: footnoteText(plan, random) });
  }
  return footnotes;
}

/**
 * A bare mark before one of these reads as a quantity (`。2 多年来` could be "2-odd
 * years"); the seeds never print a mark there, so neither does the generator.
 */
const MEASURE_WORD = /[年月日号个名人段条项次届岁%％万千百亿多余点时分秒页期型]/;

/** Inserts a mark after one of the `。` of the last text run. */
function markAfterSentence(parts: Inline[], marker: string, random: Random): Inline[] {
  const last = parts[parts.length - 1];
  if (last?.kind !== 'text') return [...parts, { kind: 'mark', marker }];
  const ends = [...last.text.matchAll(/。/g)]
    .map((match) => match.index + 1)
    .filter((end) => !MEASURE_WORD.test(last.text.charAt(end)));
  const at = random.pick(ends.length > 0 ? ends : [last.text.length]);
  const before: Inline = { kind: 'text', text: last.text.slice(0, at) };
  const after = last.text.slice(at);
  return [...parts.slice(0, -1), before, { kind: 'mark', marker }, ...(after ? [{ kind: 'text', text: after } as Inline] : [])];
}

function footnoteText(plan: LetterPlan, random: Random): Inline[] {
  const cited = plan.cites ?? random.pick(RESOLUTIONS);
  switch (random.int(0, 2)) {
    case 0:
      return [{ kind: 'text', text: '见 ' }, { kind: 'cite', symbol: cited }, { kind: 'text', text: '。' }];
    case 1:
      return [
        { kind: 'text', text: '例如见 ' },
        { kind: 'cite', symbol: cited },
        { kind: 'text', text: ' 和 ' },
        { kind: 'cite', symbol: random.pick(RESOLUTIONS.filter((symbol) => symbol !== cited)) },
        { kind: 'text', text: '。' },
      ];
    default:
      return [
        { kind: 'text', text: `见阿塞拜疆共和国外交部的声明，` },
        { kind: 'cite', symbol: cited },
        { kind: 'text', text: `，附件(${spacedChineseDate(addDays(plan.letterDate, -random.int(1, 90)))})。` },
      ];
  }
}
