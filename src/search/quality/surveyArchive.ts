/**
 * What the search-quality query set is drawn from, gathered in one pass over the
 * letters: how many units each chunk holds (to read a random unit back by its
 * place), and the archive's distinct keywords, symbols, header values, Latin
 * words and Han characters, each in order of first appearance. These are the
 * letters' heads and vocabulary, not their texts: a few megabytes at 100,000 letters.
 */
import { recordUnits } from '../recordUnits.ts';
import type { LetterChunks } from './letterChunks.ts';

/** The `field` of a metadata query drawn from an annex's heading. */
export const ANNEX_HEADING = '附件标题';

export interface ArchiveSurvey {
  /** Units (recordUnits) of each chunk's letters. */
  unitsPerChunk: number[];
  keywords: string[];
  /** UN symbols the letters cite, as printed. */
  cited: string[];
  /** The letters' own symbols. */
  own: string[];
  /** The symbols of each letter with more than one, joined by `-` (one entry per letter). */
  joints: string[];
  /** Distinct non-empty values of each header field but `文号` (as recordUnits labels them) and of ANNEX_HEADING. */
  fields: Map<string, Set<string>>;
  /** Distinct runs of four or more Latin letters in the units. */
  latin: string[];
  /** Distinct Han characters in the units. */
  han: string[];
}

/** Surveys the letters of `chunks`, reading each chunk once. */
export async function surveyArchive(chunks: LetterChunks): Promise<ArchiveSurvey> {
  const unitsPerChunk: number[] = [];
  const keywords = new Set<string>();
  const cited = new Set<string>();
  const own = new Set<string>();
  const joints: string[] = [];
  const fields = new Map<string, Set<string>>();
  const latin = new Set<string>();
  const han = new Set<string>();
  for (let index = 0; index < chunks.count; index++) {
    let units = 0;
    for (const record of await chunks.read(index)) {
      for (const keyword of record.keywords) keywords.add(keyword);
      for (const citation of record.citations) cited.add(citation.symbol);
      for (const symbol of record.symbols) own.add(symbol);
      if (record.symbols.length > 1) joints.push(record.symbols.join('-'));
      for (const [id, part, label, , text] of recordUnits(record)) {
        units++;
        const field = part === 'meta' ? label : id.endsWith('-heading') ? ANNEX_HEADING : undefined;
        if (field !== undefined && field !== '文号' && text.trim() !== '') fields.set(field, (fields.get(field) ?? new Set()).add(text));
        for (const [word] of text.matchAll(/[A-Za-z]{4,}/g)) latin.add(word);
        for (const [char] of text.matchAll(/\p{Script=Han}/gu)) han.add(char);
      }
    }
    unitsPerChunk.push(units);
  }
  return { unitsPerChunk, keywords: [...keywords], cited: [...cited], own: [...own], joints, fields, latin: [...latin], han: [...han] };
}
