/**
 * Builds the located error every ingest stage throws: the seed file's name, the line
 * in the seed (markdown lines are mapped back through `lineMap`) and what is wrong.
 */
import type { VFileMessage } from 'vfile-message';
import { locatedError } from './locatedError.ts';

/** Where a letter's canonical Markdown came from, for locating errors in the seed. */
export interface SourceContext {
  /** The seed file's name, as errors print it. */
  path: string;
  /** `lineMap[i]` is the 1-based seed line of markdown line `i + 1`; absent when the seed is the markdown. */
  lineMap?: readonly number[];
}

/** A VFileMessage naming `context.path` and the seed line of markdown `line` (default 1). */
export function locatedMessage(
  context: SourceContext,
  reason: string,
  line = 1,
  column?: number,
  ruleId = 'invalid-letter',
): VFileMessage {
  // A column only means something when the markdown line is the seed line.
  return locatedError(context.path, reason, ruleId, context.lineMap?.[line - 1] ?? line, context.lineMap === undefined ? column : undefined);
}
