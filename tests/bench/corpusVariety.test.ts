import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusVariety } from '../../src/bench/corpusVariety.ts';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';

const seeds = Archive.parse(JSON.parse(readFileSync(new URL('../site/fixtures/letters.json', import.meta.url), 'utf8')));
const [first] = seeds as [LetterRecord];

describe('corpusVariety', () => {
  it('counts a state once, whatever office and name form its letters are sent under', () => {
    const minister: LetterRecord = { ...first, id: 'x-1', sender: { text: '阿塞拜疆共和国外交部长', state: '阿塞拜疆', code: 'AZE', role: 'minister' } };
    expect(corpusVariety([...seeds, minister]).senders).toBe(1);
  });

  it('counts each other state and the Secretary-General as senders of their own', () => {
    const syria: LetterRecord = { ...first, id: 'x-2', sender: { text: '阿拉伯叙利亚共和国常驻联合国代表', state: '阿拉伯叙利亚共和国', code: 'SYR', role: 'permanent-representative' } };
    const secretaryGeneral: LetterRecord = { ...first, id: 'x-3', sender: { text: '秘书长', state: null, code: null, role: 'secretary-general' } };
    expect(corpusVariety([...seeds, syria, secretaryGeneral]).senders).toBe(3);
  });
});
