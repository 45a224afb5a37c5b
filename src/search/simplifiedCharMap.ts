/**
 * The traditional → simplified character map the search normalises with, drawn
 * from OpenCC (opencc-js) at build time and shipped to the browser as a small
 * JSON file, so the page needs neither OpenCC's dictionaries nor its code.
 * Character by character, so that offsets in normalised text still point at one
 * printed character; OpenCC's phrase rules would not keep them.
 */
import * as OpenCC from 'opencc-js';
import type { SimplifiedCharMap } from './normaliseText.ts';

/** Unicode blocks of Han characters: CJK Unified Ideographs, Extension A, Extension B. */
const HAN_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x2a6df],
];

/** Every Han character that Taiwan, Hong Kong or OpenCC-standard traditional usage writes differently from mainland simplified. */
export function simplifiedCharMap(): SimplifiedCharMap {
  const converters = (['twp', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const map: Record<string, string> = {};
  for (const [first, last] of HAN_RANGES) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      for (const convert of converters) {
        const simplified = convert(char);
        if (simplified !== char && [...simplified].length === 1) {
          map[char] = simplified;
          break;
        }
      }
    }
  }
  return map;
}
