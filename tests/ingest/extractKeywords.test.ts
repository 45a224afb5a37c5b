import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveDictionaryPath, archiveJieba } from '../../src/ingest/archiveDictionary.ts';
import { extractKeywords } from '../../src/ingest/extractKeywords.ts';

describe('archive dictionary', () => {
  it('is a readable cppjieba user dictionary', () => {
    const lines = readFileSync(archiveDictionaryPath, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ [a-z]+$/);
  });

  it('keeps the archive’s names whole', () => {
    const words = archiveJieba().cut('纳戈尔诺-卡拉巴赫地区的古阿姆集团和欧安组织明斯克小组，伊斯兰会议组织');
    for (const name of ['纳戈尔诺-卡拉巴赫', '古阿姆集团', '欧安组织', '明斯克小组', '伊斯兰会议组织']) expect(words).toContain(name);
  });
});

describe('extractKeywords', () => {
  const text = readFileSync(new URL('../../seeds/001_0b9f3c6780dea85a.txt', import.meta.url), 'utf8');

  it('lists the top terms of a seed letter, names whole', () => {
    const keywords = extractKeywords(text);
    expect(keywords).toHaveLength(10);
    expect(keywords).toContain('纳戈尔诺-卡拉巴赫');
    expect(keywords).toContain('阿塞拜疆');
    expect(keywords.some((word) => word === '纳' || word === '戈尔诺')).toBe(false);
  });

  it('leaves out numbers, punctuation and single characters', () => {
    for (const word of extractKeywords(text, 30)) {
      expect(word.length).toBeGreaterThan(1);
      expect(word).not.toMatch(/^[\d\p{P}]+$/u);
    }
  });
});
