/**
 * Refuses a letter that was cut off: a letter is signed, and its last block ends a
 * sentence (or is a signature, dateline or heading). A truncated seed still parses,
 * so without this check the archive would show half a letter as if it were whole.
 */
import type { DraftLetter } from './collectBlocks.ts';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const endsSentence = /[。！？!?.…；;：:][”’」』）)】\]"'*\s]*$/;

/** Throws a located message when `letter` has no signature or stops mid-sentence. */
export function checkLetterComplete(letter: DraftLetter, context: SourceContext): void {
  const blocks = [...letter.body, ...letter.annexes.flatMap((annex) => annex.blocks)];
  const last = blocks.at(-1);
  if (last && (last.kind === 'paragraph' || last.kind === 'quote') && !endsSentence.test(last.text)) {
    throw locatedMessage(context, 'the letter stops mid-sentence: the seed looks truncated', last.line, undefined, 'truncated');
  }
  if (!letter.body.some((block) => block.kind === 'signature')) {
    const where = letter.body.at(-1)?.line ?? letter.title.line;
    throw locatedMessage(context, 'the letter is not signed (no signature block after its text): the seed looks truncated', where, undefined, 'truncated');
  }
}
