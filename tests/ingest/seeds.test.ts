/**
 * End to end on the five seed letters: seed bytes → decode → canonical Markdown →
 * record, checked against what the seeds print.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkConservation } from '../../src/ingest/checkConservation.ts';
import { decodeSeed } from '../../src/ingest/decodeSeed.ts';
import { detectFlavour } from '../../src/ingest/detectFlavour.ts';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { Archive, type Block, type LetterRecord } from '../../src/records/schema.ts';

const seedsDir = new URL('../../seeds/', import.meta.url).pathname;
let records: LetterRecord[];
const bySource = (prefix: string): LetterRecord => {
  const record = records.find((candidate) => candidate.source.startsWith(prefix));
  if (!record) throw new Error(`no record from seed ${prefix}`);
  return record;
};
const blocksOf = (record: LetterRecord): Block[] => [...record.body, ...record.annexes.flatMap((annex) => annex.blocks)];
const allText = (record: LetterRecord): string =>
  [record.title, ...blocksOf(record).map((block) => block.text), ...record.footnotes.map((footnote) => footnote.text)].join('\n');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

beforeAll(async () => {
  records = await ingestSeeds(seedsDir);
});

describe('the five seeds', () => {
  it('all become records the schema accepts, sorted by date', () => {
    expect(records).toHaveLength(5);
    expect(Archive.safeParse(records).success).toBe(true);
    const dates = records.map((record) => record.letterDate);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(records.map((record) => record.id)).size).toBe(5);
  });

  it('conserve every character of the seed', () => {
    for (const record of records) {
      const path = `${seedsDir}${record.source}`;
      const text = decodeSeed(path, readFileSync(path));
      expect(() => checkConservation({ path, text, flavour: detectFlavour(text) }, record)).not.toThrow();
    }
  });

  it('state symbols only where the seed prints them', () => {
    expect(bySource('000').symbols).toEqual(['A/61/947', 'S/2007/339']);
    expect(bySource('001').symbols).toEqual(['A/61/1006', 'S/2007/452']);
    expect(bySource('002').symbols).toEqual(['A/75/709', 'S/2021/39']);
    expect(bySource('003').symbols).toEqual([]);
    expect(bySource('004').symbols).toEqual([]);
    expect(bySource('000').id).toBe('a-61-947-s-2007-339');
    expect(bySource('003').id).toMatch(/^letter-2021-05-15-aze-[0-9a-f]{8}$/);
    expect(bySource('004').id).toMatch(/^letter-2025-05-28-aze-[0-9a-f]{8}$/);
    for (const record of records) expect(record.url).toBe(`/letters/${record.id}/`);
  });

  it('read who wrote to whom: kind, addressees, sender and signatory', () => {
    const azerbaijan = { text: '阿塞拜疆常驻联合国代表', state: '阿塞拜疆', code: 'AZE', role: 'permanent-representative' };
    for (const record of records) {
      expect(record.kind).toBe('letter');
      expect(record.addressees).toEqual(['秘书长']);
      expect(record.sender).toEqual(azerbaijan);
    }
    expect(records.map((record) => [record.source.slice(0, 3), record.signatory])).toEqual([
      ['000', { name: '阿格申·梅赫迪耶夫', titles: ['常驻代表', '大使'] }],
      ['001', { name: '阿格申·梅赫迪耶夫', titles: ['常驻代表', '大使'] }],
      ['002', { name: '亚沙尔·阿利耶夫', titles: ['常驻代表', '大使'] }],
      ['003', { name: '亚沙尔·阿利耶夫', titles: ['常驻代表', '大使'] }],
      ['004', { name: '托菲格·穆萨耶夫', titles: ['常驻代表', '大使'] }],
    ]);
  });

  it('read the original language where a cover block states it (001 only)', () => {
    expect(records.map((record) => [record.source.slice(0, 3), record.originalLanguage])).toEqual([
      ['000', null],
      ['001', 'en'],
      ['002', null],
      ['003', null],
      ['004', null],
    ]);
  });

  it('read titles and dates', () => {
    expect(bySource('000').title).toBe('2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信');
    expect(records.map((record) => [record.source.slice(0, 3), record.letterDate, record.distributionDate])).toEqual([
      ['000', '2007-06-07', null],
      ['001', '2007-07-20', '2007-07-23'],
      ['002', '2021-01-12', null],
      ['003', '2021-05-15', null],
      ['004', '2025-05-28', null],
    ]);
  });

  it('read sessions and agenda items, wrapped titles rejoined', () => {
    expect(bySource('000').session).toEqual({ generalAssembly: 61, securityCouncilYear: 62 });
    expect(bySource('003').session).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(bySource('004').session).toEqual({ generalAssembly: 79, securityCouncilYear: 80 });
    expect(bySource('001').agendaItems).toEqual([
      { number: 17, title: '阿塞拜疆被占领土的局势' },
      { number: 27, title: '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响' },
    ]);
    expect(bySource('002').agendaItems.map((item) => item.number)).toEqual([34, 35, 40, 86]);
    const items004 = bySource('004').agendaItems;
    expect(items004.map((item) => item.number)).toEqual([32, 60, 61, 69, 71, 84, 132]);
    expect(items004[1]?.title).toBe('联合国难民事务高级专员的报告、与难民、回返者和流离失所者有关的问题以及人道主义问题');
    expect(bySource('003').agendaItems.map((item) => item.number)).toEqual([15, 34, 35, 40, 64, 70, 86]);
  });

  it('read annex labels', () => {
    const labels = (prefix: string) => bySource(prefix).annexes.map((annex) => [annex.id, annex.label]);
    expect(labels('000')).toEqual([
      ['annex-1', '附件一'],
      ['annex-2', '附件二'],
    ]);
    expect(labels('001')).toEqual([
      ['annex', '附件'],
      ['annex-1', '附件一'],
      ['annex-2', '附件二'],
      ['annex-3', '附件三'],
      ['annex-4', '附件四'],
    ]);
    expect(labels('003')).toEqual([['annex', '附件']]);
    expect(labels('004')).toEqual([
      ['annex-1', '附件一'],
      ['annex-2', '附件二'],
    ]);
    for (const record of records) {
      for (const annex of record.annexes) expect(annex.heading.endsWith(annex.label) || annex.heading.includes(annex.label)).toBe(true);
    }
  });

  it('read annex titles', () => {
    expect(bySource('003').annexes[0]?.title).toBe('阿塞拜疆共和国外交部新闻司的情况说明');
    expect(bySource('000').annexes[0]?.title).toMatch(/^第 7\/34-P 号决议|亚美尼亚共和国对阿塞拜疆共和国的侵略/);
    expect(bySource('004').annexes[0]?.title).toBe(
      '阿塞拜疆共和国总统 2025 年 5 月 21 日在土耳其共和国安卡拉举行的主题为“返回西阿塞拜疆是人权至高无上的必要条件”的国际会议上向与会者发表的讲话',
    );
  });

  it('keep every printed paragraph number of 000’s annexes, 1…23 and 1…12', () => {
    const numbers = (index: number) => bySource('000').annexes[index]?.blocks.flatMap((block) => (block.number === undefined ? [] : [block.number]));
    expect(numbers(0)).toEqual(range(1, 23));
    expect(numbers(1)).toEqual(range(1, 12));
    expect(bySource('000').annexes[0]?.blocks.filter((block) => block.number !== undefined).map((block) => block.id)).toEqual(
      range(1, 23).map((n) => `annex-1-p${n}`),
    );
    // Numbers are printed, not part of the text.
    for (const block of blocksOf(bySource('000'))) if (block.number !== undefined) expect(block.text).not.toMatch(/^\d+\./);
  });

  it('keep 53 footnotes in 002, marked in order', () => {
    const record = bySource('002');
    expect(record.footnotes.map((footnote) => footnote.marker)).toEqual(range(1, 53).map(String));
    const refs = blocksOf(record).flatMap((block) => (block.footnotes ?? []).map((ref) => ref.id));
    expect(refs).toEqual(range(1, 53).map((n) => `fn-${n}`));
    // One thousand injured is a number, not footnote 1 followed by 000.
    expect(allText(record)).toContain('1 000');
  });

  it('keep the single footnotes of 001 (a `*` marked twice) and 003', () => {
    const record001 = bySource('001');
    expect(record001.footnotes.map((footnote) => [footnote.id, footnote.marker])).toEqual([['fn-star', '*']]);
    // The seed prints the `*` after 克罗地亚 and after 前南斯拉夫的马其顿共和国, for one footnote.
    expect(blocksOf(record001).flatMap((block) => (block.footnotes ?? []).map((ref) => ref.id))).toEqual(['fn-star', 'fn-star']);
    const record003 = bySource('003');
    expect(record003.footnotes.map((footnote) => footnote.marker)).toEqual(['1']);
    expect(record003.footnotes[0]?.text).toContain('A/74/450-S/2019/762');
  });

  it('put footnote marks inside their block’s text', () => {
    for (const record of records) {
      const ids = new Set(record.footnotes.map((footnote) => footnote.id));
      for (const block of blocksOf(record)) {
        for (const ref of block.footnotes ?? []) {
          expect(ids.has(ref.id)).toBe(true);
          expect(ref.offset).toBeLessThanOrEqual(block.text.length);
        }
      }
    }
  });

  it('join wrapped lines: names never split, Latin words keep their spaces', () => {
    for (const record of records) {
      expect(allText(record)).not.toMatch(/纳戈尔诺-\s+卡拉巴赫|纳戈尔诺\s+-/);
      // Only a signature's lines are kept apart; every other block is one line of text.
      for (const block of blocksOf(record)) if (block.kind !== 'signature' && block.kind !== 'quote') expect(block.text).not.toContain('\n');
    }
    expect(allText(bySource('001'))).toContain('不承认纳戈尔诺-卡拉巴赫是一个独立国家');
    expect(allText(bySource('002'))).toContain('Report on the fundamental norm of the territorial');
    expect(allText(bySource('002'))).toContain('A/74/881-S/2020/503');
    expect(allText(bySource('004'))).toContain('1987-1991 年');
  });

  it('make a URL broken over lines whole again (002, footnote 40)', () => {
    const footnote = bySource('002').footnotes.find((candidate) => candidate.id === 'fn-40');
    expect(footnote?.text).toContain('www.president.am/en/interviews-and-press-conferences/item/2014/08/11/President-Serzh-Sargsyan-interview-Armnews-Sochi/');
    expect(footnote?.links?.map((link) => link.href)).toContain(
      'http://www.president.am/en/interviews-and-press-conferences/item/2014/08/11/President-Serzh-Sargsyan-interview-Armnews-Sochi/',
    );
  });

  it('cite UN symbols with undocs links', () => {
    const symbols = (prefix: string) => bySource(prefix).citations.map((citation) => citation.symbol);
    expect(symbols('000')).toContain('A/61/938-S/2007/327');
    expect(symbols('001')).toEqual(expect.arrayContaining(['A/61/991-S/2007/410', 'A/61/1000-S/2007/422']));
    expect(symbols('003')).toEqual(
      expect.arrayContaining(['A/74/450-S/2019/762', 'A/74/961-S/2020/729', 'S/RES/822(1993)', 'S/RES/853(1993)', 'S/RES/874(1993)', 'S/RES/884(1993)']),
    );
    expect(symbols('002')).toEqual(expect.arrayContaining(['S/RES/822(1993)', 'A/74/881-S/2020/503']));
    for (const record of records) {
      for (const citation of record.citations) expect(citation.url).toBe(`https://undocs.org/zh/${citation.symbol}`);
      for (const block of blocksOf(record)) {
        for (const link of block.links ?? []) {
          if (link.symbol) expect(block.text.slice(link.start, link.end).replace('–', '-')).toMatch(/\d/);
        }
      }
    }
  });

  it('mark salutations and signatures', () => {
    const kinds = (prefix: string) => bySource(prefix).body.map((block) => block.kind);
    expect(bySource('001').body[0]).toMatchObject({ kind: 'salutation', text: '阁下：' });
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const signature = bySource(prefix).body.find((block) => block.kind === 'signature');
      expect(signature?.text.split('\n')).toEqual(expect.arrayContaining(['常驻代表', '大使']));
    }
  });

  it('list keywords with the archive’s names whole', () => {
    for (const record of records) expect(record.keywords.length).toBeGreaterThan(0);
    expect(records.flatMap((record) => record.keywords)).toContain('纳戈尔诺-卡拉巴赫');
  });

  it('are the same on every run', async () => {
    expect(JSON.stringify(await ingestSeeds(seedsDir))).toBe(JSON.stringify(records));
  });
});
