/**
 * The corpus-wide facts of N synthetic letters, decided before any letter is
 * written: who writes to whom, flavour, date, symbols and which earlier letter
 * each one cites. Symbols follow the masthead (`A/…` for the Assembly, `S/…` for
 * the Council, `A/ES-10/…` for the emergency special session, with now and then
 * a `/Corr.1`, `/Rev.1` or `/Add.1`) and are unique: numbers rise with the date
 * within a session or year. Letters without symbols often share a date, as the
 * archive must tell such letters apart by more than their date, and half of
 * those the same sender too.
 */
import type { Random } from './createRandom.ts';
import { drawCorrespondence, type Correspondence } from './drawCorrespondence.ts';
import { addDays } from './formatDate.ts';
import type { Flavour } from './letterModel.ts';
import { sessionOf } from './sessionOf.ts';

export interface LetterPlan {
  /** Position in the corpus, in date order. */
  index: number;
  flavour: Flavour;
  letterDate: string;
  /** `[A/61/947, S/2007/339]`, or `[]` for a letter that states none. */
  symbols: string[];
  /** The combined symbol (`A/61/938-S/2007/327`) of an earlier letter this one cites, if any. */
  cites: string | null;
  who: Correspondence;
}

const FIRST_DAY = '2000-01-01';
/** Days from FIRST_DAY to 2026-10-31. */
const DAY_SPAN = 9800;
/** Share of letters in the Markdown flavour (which states no symbols, like seed 003). */
const MARKDOWN_SHARE = 0.15;
/** Share of PDF letters that state no symbols (like seed 004). */
const UNNUMBERED_PDF_SHARE = 0.05;
/** Share of letters without symbols dated the same day as another such letter. */
const SHARED_DATE_SHARE = 0.3;
const SUFFIXES = ['/Corr.1', '/Rev.1', '/Add.1'];

/** Plans `count` letters. */
export function planCorpus(count: number, random: Random): LetterPlan[] {
  const unnumbered: { day: number; who: Correspondence }[] = [];
  let twins = 0;
  const drafts = Array.from({ length: count }, () => {
    const flavour: Flavour = random.chance(MARKDOWN_SHARE) ? 'markdown' : 'pdf';
    const numbered = flavour === 'pdf' && !random.chance(UNNUMBERED_PDF_SHARE);
    const drawn = { day: random.int(0, DAY_SPAN), who: drawCorrespondence(random) };
    if (numbered) return { flavour, numbered, ...drawn };
    // Every other letter that shares a date, from the first, also shares the sender (two notes verbales of one mission on one day),
    // so that even a small corpus has such a pair.
    const twin = unnumbered.length > 0 && random.chance(SHARED_DATE_SHARE) ? random.pick(unnumbered) : null;
    const draft = twin === null ? drawn : { day: twin.day, who: twins++ % 2 === 0 ? twin.who : drawn.who };
    unnumbered.push(draft);
    return { flavour, numbered, ...draft };
  });
  drafts.sort((a, b) => a.day - b.day);

  const counters = new Map<string, number>();
  const nextNumber = (series: string): number => {
    const value = (counters.get(series) ?? random.int(150, 600)) + random.int(1, 4);
    counters.set(series, value);
    return value;
  };
  const plans: LetterPlan[] = [];
  for (const [index, draft] of drafts.entries()) {
    const letterDate = addDays(FIRST_DAY, draft.day);
    const symbols = draft.numbered ? symbolsOf(draft.who, letterDate, nextNumber, random) : [];
    const earlier = plans.slice(-50).filter((plan) => plan.symbols.length > 0);
    const cites = earlier.length > 0 && random.chance(0.4) ? random.pick(earlier).symbols.join('-') : null;
    plans.push({ index, flavour: draft.flavour, letterDate, symbols, cites, who: draft.who });
  }
  return plans;
}

/** The symbols a letter of this masthead and date carries. */
function symbolsOf(who: Correspondence, letterDate: string, nextNumber: (series: string) => number, random: Random): string[] {
  const assembly = who.emergencySession === null ? `A/${sessionOf(letterDate).generalAssembly}` : `A/ES-${who.emergencySession}`;
  const council = `S/${letterDate.slice(0, 4)}`;
  const series = who.masthead === 'general-assembly' ? [assembly] : who.masthead === 'security-council' ? [council] : [assembly, council];
  const suffix = random.chance(0.06) ? random.pick(SUFFIXES) : '';
  return series.map((prefix) => `${prefix}/${nextNumber(prefix)}${suffix}`);
}
