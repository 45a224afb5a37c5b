/**
 * Reads the signatory from a signature block's lines (`常驻代表` / `大使` /
 * `阿格申·梅赫迪耶夫（签名）`): the name is the line marked `（签名）` or
 * `(签名)` — the line after a mark printed alone, or before it when it is the last —,
 * else the last line; the other lines are the titles, in order.
 */
import type { Signatory } from '../records/schema.ts';

const signedMark = /[（(]\s*签名\s*[）)]/;

/** The signatory of a signature block whose printed lines are `text`'s lines. */
export function readSignatory(text: string): Signatory {
  const printed = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const alone = printed.findIndex((line) => line.replace(signedMark, '').trim() === '');
  // A `（签名）` printed on a line of its own marks the name beside it; it is neither name nor title.
  const lines = printed.filter((_, index) => index !== alone);
  const marked = alone >= 0 ? Math.min(alone, lines.length - 1) : lines.findIndex((line) => signedMark.test(line));
  const nameAt = marked >= 0 ? marked : lines.length - 1;
  return {
    name: (lines[nameAt] ?? '').replace(signedMark, '').trim(),
    titles: lines.filter((_, index) => index !== nameAt),
  };
}
