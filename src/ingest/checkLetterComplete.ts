/**
 * Refuses a letter that was cut off: a letter is signed, and its last block ends a
 * sentence (or is a signature, dateline or heading). A truncated seed still parses,
 * so without this check the archive would show half a letter as if it were whole.
 */
import type { LetterKind } from '../records/schema.ts';
import type { DraftLetter } from './collectBlocks.ts';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const endsSentence = /[。！？!?.…；;：:][”’」』）)】\]"'*\s]*$/;

/** Throws a located message when `letter` stops mid-sentence, or has no signature though its `kind` is signed (a note verbale is not). */
export function checkLetterComplete(letter: DraftLetter, kind: LetterKind, context: SourceContext): void {
  const blocks = [...letter.body, ...letter.annexes.flatMap((annex) => annex.blocks)];
  const last = blocks.at(-1);
  if (last && (last.kind === 'paragraph' || last.kind === 'quote') && !endsSentence.test(last.text)) {
    throw locatedMessage(context, 'the letter stops mid-sentence: the seed looks truncated', last.line, undefined, 'truncated');
  }
  if (kind !== 'note-verbale' && !letter.body.some((block) => block.kind === 'signature')) {
    const where = letter.body.at(-1)?.line ?? letter.title.line;
    throw locatedMessage(context, `${kind === 'letter' ? 'a letter' : 'identical letters'} must be signed, and no signature block follows the text (only a note verbale is unsigned): the seed looks truncated`, where, undefined, 'truncated');
  }
}
