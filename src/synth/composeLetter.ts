/**
 * Writes the content of one synthetic letter from its plan: a masthead's agenda
 * items, a title naming sender, addressees and kind (wrapped over two or three
 * printed lines when long, and sometimes when not), an opening that may cite an
 * earlier letter, paragraphs recombined from the seed letters' sentences,
 * footnotes citing UN documents, a signature (none for a note verbale, which
 * speaks of its sender in the third person and closes with a courtesy formula)
 * and annexes, numbered or not, a few closing with the states that endorse them,
 * listed one per line.
 */
import { unStates } from '../records/unStates.ts';
import { AGENDA_TOPICS, sessionAgenda, topicTitle, type AgendaEntry } from './agendaTopics.ts';
import { breakAnywhere } from './breakAnywhere.ts';
import type { Random } from './createRandom.ts';
import { drawSignatory } from './drawSignatory.ts';
import { addDays, compactChineseDate, spacedChineseDate } from './formatDate.ts';
import type { Inline, SynthAnnex, SynthFootnote, SynthLetter, SynthParagraph } from './letterModel.ts';
import { originalLanguage } from './originalLanguage.ts';
import type { LetterPlan } from './planCorpus.ts';
import { sessionOf } from './sessionOf.ts';
import { toChineseNumeral } from './toChineseNumeral.ts';
import { columns } from './wrapText.ts';

const ANNEX_TITLES = [
  '新闻稿',
  '外交部新闻司的情况说明',
  '伊斯兰会议组织秘书长的报告',
  '欧安组织明斯克小组共同主席的声明',
  '欧洲委员会部长理事会主席的声明',
  '国际会议的最后文件',
  '区域首脑会议通过的宣言',
  '关于最近事态发展的事实说明',
];
const CITIES = ['巴库', '纽约', '日内瓦', '维也纳', '安卡拉', '吉达', '布鲁塞尔', '斯特拉斯堡', '亚的斯亚贝巴', '开罗', '波哥大', '雅加达'];
const RESOLUTIONS = ['S/RES/822(1993)', 'S/RES/853(1993)', 'S/RES/874(1993)', 'S/RES/884(1993)', 'S/PRST/1995/21', 'A/HRC/52/23', 'A/HRC/55/12'];
/** The item of the tenth emergency special session that its letters are circulated under. */
const EMERGENCY_ITEM = { number: 5, title: '被占领的东耶路撒冷和被占领巴勒斯坦领土其余部分的以色列非法行动' };
/** Columns a centred title or annex heading line may take. */
const HEADING_WIDTH = 72;
const KIND_ENDINGS = { letter: '信', 'identical-letters': '同文信', 'note-verbale': '普通照会' } as const;

/** Composes the letter a plan describes; `sentences` is the pool of seed sentences. */
export function composeLetter(plan: LetterPlan, sentences: readonly string[], random: Random, fileName: string): SynthLetter {
  const { who } = plan;
  const sessions = sessionOf(plan.letterDate);
  const assembly = who.masthead !== 'security-council';
  const session = {
    generalAssembly: assembly && who.emergencySession === null ? sessions.generalAssembly : null,
    securityCouncilYear: who.masthead === 'general-assembly-and-security-council' ? sessions.securityCouncilYear : null,
  };
  const agendaItems = !assembly ? [] : who.emergencySession !== null ? [EMERGENCY_ITEM] : pickAgendaItems(sessions.generalAssembly, random);
  const capacity = who.sender.capacity === undefined ? '' : `以${who.sender.capacity}的身份`;
  const titleRest = `${who.sender.text}${capacity}给${who.addressees.join('和')}的${KIND_ENDINGS[who.kind]}`;
  const title = `${spacedChineseDate(plan.letterDate)}${titleRest}`;
  const annexCount = random.pick([0, 0, 1, 1, 1, 2, 2, 3]);
  // The first annex's heading names the letter (in the Markdown flavour every one does, its date compact); a later one may print its label alone.
  const headingDate = plan.flavour === 'pdf' ? spacedChineseDate(plan.letterDate) : compactChineseDate(plan.letterDate);
  const annexes = Array.from({ length: annexCount }, (_, index) => {
    const label = annexLabel(index, annexCount);
    const full = plan.flavour === 'markdown' || index === 0 || random.chance(0.5);
    return composeAnnex(label, full ? `${headingDate}${titleRest}的${label}` : label, plan, sentences, random);
  });
  const coverBlock = plan.flavour === 'pdf' && plan.symbols.length > 0 && random.chance(0.3);
  const signatory = drawSignatory(who, plan.letterDate, random);

  const body: SynthParagraph[] = [opening(plan, annexes, random)];
  const count = random.int(1, 5);
  for (let index = 0; index < count; index += 1) body.push({ parts: [{ kind: 'text', text: prose(sentences, random) }] });
  body.push({ parts: [{ kind: 'text', text: circulation(plan, annexes.length > 0, agendaItems.map((item) => item.number)) }] });
  if (who.kind === 'note-verbale') {
    body.push({ parts: [{ kind: 'text', text: `${who.sender.text}借此机会再次向${who.addressees[0]}致以最崇高的敬意。` }] });
  }

  const letter: SynthLetter = {
    fileName,
    flavour: plan.flavour,
    symbols: plan.symbols,
    letterDate: plan.letterDate,
    distributionDate: coverBlock ? addDays(plan.letterDate, random.int(1, 12)) : null,
    session,
    masthead: who.masthead,
    emergencySession: who.emergencySession,
    agendaItems,
    kind: who.kind,
    addressees: who.addressees,
    sender: who.sender,
    signatory,
    originalLanguage: coverBlock ? originalLanguage(who.sender.code, random) : null,
    title,
    titleLines: plan.flavour === 'pdf' ? printedLines(title, random) : [title],
    salutation: who.kind !== 'note-verbale' && random.chance(0.3) ? '阁下：' : null,
    body,
    signature: signatory === null ? [] : [...signatory.titles, `${signatory.name}${random.chance(0.5) ? '（签名）' : '(签名)'}`],
    dateline: plan.flavour === 'pdf' && random.chance(0.2) ? spacedChineseDate(plan.letterDate) : null,
    annexes,
    footnotes: [],
    agendaMark: null,
    jobNumber: `${plan.letterDate.slice(2, 4)}-${String(random.int(10000, 99999))}`,
    coverBlock,
  };
  // A list's lead-in ends `：` with no mark after it, so that the list reads as one.
  letter.footnotes = addFootnotes([...letter.body, ...annexes.flatMap((annex) => (annex.items.length > 0 ? annex.paragraphs.slice(0, -1) : annex.paragraphs))], plan, random);
  // Letters circulated before the Assembly adopts its agenda name items of the provisional one, in document A/<session>/150.
  if (plan.flavour === 'pdf' && session.generalAssembly !== null && agendaItems.length > 0 && random.chance(0.08)) {
    letter.agendaMark = { marker: '*', parts: [{ kind: 'cite', symbol: `A/${session.generalAssembly}/150` }, { kind: 'text', text: '。' }] };
  }
  return letter;
}

/** A centred heading's printed lines: wrapped when too wide for one, and now and then when not. */
function printedLines(text: string, random: Random): string[] {
  const needed = Math.ceil(columns(text) / HEADING_WIDTH);
  const lines = needed > 1 ? Math.max(needed, random.int(2, 3)) : random.chance(0.18) ? random.int(2, 3) : 1;
  return lines === 1 ? [text] : breakAnywhere(text, lines, HEADING_WIDTH, random);
}

/** 1–4 distinct items of the session's agenda, in item-number order as printed. */
function pickAgendaItems(session: number, random: Random): SynthLetter['agendaItems'] {
  const agenda = sessionAgenda(session).map((entry) => ({ weight: entry.weight, value: entry }));
  const wanted = random.int(1, 4);
  const chosen = new Set<AgendaEntry>();
  while (chosen.size < wanted) chosen.add(random.weighted(agenda));
  return [...chosen]
    .map((entry) => ({ number: entry.number, title: topicTitle(AGENDA_TOPICS[entry.topicIndex]!, session) }))
    .sort((a, b) => a.number - b.number);
}

/** `附件` when a letter has one annex, else `附件一`, `附件二`… */
function annexLabel(index: number, count: number): string {
  return count === 1 ? '附件' : `附件${toChineseNumeral(index + 1)}`;
}

function composeAnnex(label: string, heading: string, plan: LetterPlan, sentences: readonly string[], random: Random): SynthAnnex {
  // Printed paragraph numbers are a PDF-flavour convention (seed 000); the Markdown flavour never prints them.
  const numbered = plan.flavour === 'pdf' && random.chance(0.4);
  const paragraphs = Array.from({ length: random.int(2, 10) }, (_, index): SynthParagraph => ({
    ...(numbered ? { number: index + 1 } : {}),
    parts: [{ kind: 'text', text: prose(sentences, random) }],
  }));
  // A joint statement names the states that endorse it, one per line after a lead-in.
  const items = random.chance(0.1) ? endorsingStates(random) : [];
  if (items.length > 0) paragraphs.push({ parts: [{ kind: 'text', text: '以下国家赞同本声明：' }] });
  return {
    label,
    heading,
    headingLines: plan.flavour === 'pdf' && heading !== label ? printedLines(heading, random) : [heading],
    title: random.pick(ANNEX_TITLES),
    paragraphs,
    items,
    dateline: random.chance(0.3) ? `${spacedChineseDate(addDays(plan.letterDate, -random.int(1, 20)))}，${random.pick(CITIES)}` : null,
  };
}

/** 2–15 states under their UN Chinese short names, each once, in the order drawn. */
function endorsingStates(random: Random): string[] {
  const states = new Set<string>();
  const count = random.int(2, 15);
  while (states.size < count) states.add(random.pick(unStates).short);
  return [...states];
}

/** 1–3 seed sentences run together. */
function prose(sentences: readonly string[], random: Random): string {
  return Array.from({ length: random.int(1, 3) }, () => random.pick(sentences)).join('');
}

/** The first paragraph: in the first person, or in a note verbale the third (`…代表团向秘书长致意，并…`). */
function opening(plan: LetterPlan, annexes: readonly SynthAnnex[], random: Random): SynthParagraph {
  const { who } = plan;
  const reader = who.kind === 'note-verbale' ? who.addressees[0]! : '你';
  const enclosure = annexes.length === 0
    ? `谨提请${reader}注意以下情况。`
    : `谨随函转递${annexes[0]!.title}（见${annexList(annexes.map((annex) => annex.label))}）。`;
  const greeting = who.kind === 'note-verbale' ? `${who.sender.text}向${reader}致意，` : '';
  if (plan.cites === null) {
    return { parts: [{ kind: 'text', text: `${greeting}${greeting ? '并' : who.state === null ? '' : '奉我国政府指示，'}${enclosure}` }] };
  }
  const earlier = spacedChineseDate(addDays(plan.letterDate, -random.int(5, 60)));
  const mine = who.kind === 'note-verbale' ? '该代表团的普通照会' : '我的信';
  return {
    parts: [
      { kind: 'text', text: `${greeting}谨提及 ${earlier}${mine}（` },
      { kind: 'cite', symbol: plan.cites },
      { kind: 'text', text: `），并${enclosure}` },
    ],
  };
}

/** `附件`, `附件一和附件二`, `附件一至三`: how a letter refers to its annexes. */
function annexList(labels: readonly string[]): string {
  if (labels.length < 3) return labels.join('和');
  return `${labels[0]}至${labels[labels.length - 1]!.replace(/^附件/, '')}`;
}

/** `请将本函…作为大会议程项目 17 和 27 下的文件和安全理事会的文件分发为荷。`, as the masthead's organs require. */
function circulation(plan: LetterPlan, withAnnexes: boolean, items: readonly number[]): string {
  const { who } = plan;
  const document = `${who.kind === 'note-verbale' ? '本照会' : '本函'}${withAnnexes ? '及其附件' : ''}`;
  const last = items[items.length - 1];
  const list = items.length === 1 ? `${last}` : `${items.slice(0, -1).join('、')} 和 ${last}`;
  const assembly = `大会${who.emergencySession === null ? '' : `第${toChineseNumeral(who.emergencySession)}届紧急特别会议`}议程项目 ${list} 下的文件`;
  const organs = who.masthead === 'general-assembly' ? assembly : who.masthead === 'security-council' ? '安全理事会的文件' : `${assembly}和安全理事会的文件`;
  return `请将${document}作为${organs}分发为荷。`;
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
        { kind: 'text', text: `见${plan.who.state === null ? '秘书处的说明' : `${plan.who.state.formal}外交部的声明`}，` },
        { kind: 'cite', symbol: cited },
        { kind: 'text', text: `，附件(${spacedChineseDate(addDays(plan.letterDate, -random.int(1, 90)))})。` },
      ];
  }
}
