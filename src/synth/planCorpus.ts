/**
 * The corpus-wide facts of N synthetic letters, decided before any letter is
 * written: flavour, date, symbols and which earlier letter each one cites.
 * Symbols are unique (numbers rise with the date within a session or year), and
 * a letter without symbols gets a date no other symbol-less letter has, since
 * the archive names such a letter by its date.
 */
import type { Random } from './createRandom.ts';
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
}

const FIRST_DAY = '2000-01-01';
/** Days from FIRST_DAY to 2026-10-31. */
const DAY_SPAN = 9800;
/** Share of letters in the Markdown flavour (which states no symbols, like seed 003). */
const MARKDOWN_SHARE = 0.15;
/** Share of PDF letters that state no symbols (like seed 004). */
const UNNUMBERED_PDF_SHARE = 0.05;

/** Plans `count` letters. */
export function planCorpus(count: number, random: Random): LetterPlan[] {
  const takenDays = new Set<number>();
  const drafts = Array.from({ length: count }, () => {
    const flavour: Flavour = random.chance(MARKDOWN_SHARE) ? 'markdown' : 'pdf';
    const numbered = (flavour === 'pdf' && !random.chance(UNNUMBERED_PDF_SHARE)) || takenDays.size >= DAY_SPAN;
    let day = random.int(0, DAY_SPAN);
    if (!numbered) {
      while (takenDays.has(day)) day = random.int(0, DAY_SPAN);
      takenDays.add(day);
    }
    return { flavour, numbered, day };
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
    const session = sessionOf(letterDate);
    const year = letterDate.slice(0, 4);
    const symbols = draft.numbered
      ? [`A/${session.generalAssembly}/${nextNumber(`A/${session.generalAssembly}`)}`, `S/${year}/${nextNumber(`S/${year}`)}`]
      : [];
    const earlier = plans.slice(-50).filter((plan) => plan.symbols.length > 0);
    const cites = earlier.length > 0 && random.chance(0.4) ? random.pick(earlier).symbols.join('-') : null;
    plans.push({ index, flavour: draft.flavour, letterDate, symbols, cites });
  }
  return plans;
}
