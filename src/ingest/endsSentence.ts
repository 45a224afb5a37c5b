/**
 * Whether a line of letter text ends a sentence: with 。！？；： or one of them
 * inside a closing quote or bracket, a footnote mark after it allowed (`”。11`).
 * A wrapped line that does not end a sentence cannot end its paragraph.
 */
const sentenceEnd = /[。！？；：!?][”’」』）)]*(?:\s*(?:\d{1,3}|\*))?\s*$/u;

export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text);
}

/** As `endsSentence`, but a colon does not count: a heading may end `…的合作：`. */
const fullStop = /[。！？；!?][”’」』）)]*(?:\s*(?:\d{1,3}|\*))?\s*$/u;

export function endsFullStop(text: string): boolean {
  return fullStop.test(text);
}
