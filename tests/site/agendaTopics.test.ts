import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaTopics, normaliseAgendaTitle, topicsOfLetter } from '../../src/records/agendaTopics.ts';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';

const fixture = Archive.parse(JSON.parse(readFileSync(new URL('./fixtures/letters.json', import.meta.url), 'utf8')));

/** A minimal letter naming `items` at General Assembly session `session`. */
function letter(id: string, session: number | null, items: [number, string][]): LetterRecord {
  return {
    ...(fixture[0] as LetterRecord),
    id,
    url: `/letters/${id}/`,
    session: { generalAssembly: session, securityCouncilYear: null },
    agendaItems: items.map(([number, title]) => ({ number, title })),
  };
}

describe('normaliseAgendaTitle', () => {
  it('drops 的, punctuation and whitespace, and folds full-width forms', () => {
    expect(normaliseAgendaTitle('阿塞拜疆被占领土的局势')).toBe(normaliseAgendaTitle('阿塞拜疆被占领土局势'));
    expect(normaliseAgendaTitle('古阿姆集团地区旷日持久的冲突及其对国际和平、 安全与发展的影响')).toBe('古阿姆集团地区旷日持久冲突及其对国际和平安全与发展影响');
  });
});

describe('agendaTopics', () => {
  // The agenda items as the five seed letters print them (sessions 61, 61, 75, 75, 79).
  const seeds = [
    letter('l000', 61, [[17, '阿塞拜疆被占领土的局势'], [27, '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响']]),
    letter('l001', 61, [[17, '阿塞拜疆被占领土的局势'], [27, '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响']]),
    letter('l002', 75, [[34, '预防武装冲突'], [35, '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响'], [40, '阿塞拜疆被占领土局势'], [86, '国内和国际的法治']]),
    letter('l003', 75, [[15, '和平文化'], [34, '预防武装冲突'], [35, '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响'], [40, '阿塞拜疆被占领土局势'], [64, '建设和平和保持和平'], [70, '消除种族主义、种族歧视、仇外心理和相关不容忍行为'], [86, '国内和国家的法治']]),
    letter('l004', 79, [[32, '预防武装冲突'], [60, '联合国难民事务高级专员的报告、与难民、回返者和流离失所者有关的问题以及人道主义问题'], [61, '建设和平和保持和平'], [69, '消除种族主义、种族歧视、仇外和相关不容忍言行'], [71, '促进和保护人权'], [84, '国内和国际的法治'], [132, '保护责任与防止灭绝种族、战争罪、族裔清洗和危害人类罪']]),
  ];
  const topics = agendaTopics(seeds);
  const topicOf = (id: string, number: number) => {
    const record = seeds.find((candidate) => candidate.id === id) as LetterRecord;
    return topicsOfLetter(record, topics).find((item) => item.number === number)?.topic;
  };

  it('groups one topic across sessions despite different numbers and wording', () => {
    const guam = topicOf('l000', 27);
    expect(guam?.letters.map((record) => record.id)).toEqual(['l000', 'l001', 'l002', 'l003']);
    expect(guam?.items.map((item) => [item.session, item.number])).toEqual([[61, 27], [75, 35]]);
    expect(topicOf('l000', 17)).toBe(topicOf('l003', 40));
    expect(topicOf('l003', 70)).toBe(topicOf('l004', 69));
    expect(topicOf('l002', 34)).toBe(topicOf('l004', 32));
  });

  it('joins variant wordings of one item of one session (item 86 of the 75th)', () => {
    const rule = topicOf('l002', 86);
    expect(rule).toBe(topicOf('l003', 86));
    expect(rule).toBe(topicOf('l004', 84));
    expect(rule?.items.map((item) => item.title)).toContain('国内和国家的法治');
  });

  it('keeps different topics apart, and never merges two numbers of one session', () => {
    expect(topicOf('l003', 15)).not.toBe(topicOf('l003', 64));
    expect(topicOf('l004', 71)).not.toBe(topicOf('l004', 132));
    const twins = agendaTopics([letter('x', 70, [[1, '阿塞拜疆被占领土的局势'], [2, '阿塞拜疆被占领土局势']])]);
    expect(twins).toHaveLength(2);
    // 阿塞拜疆被占领土, 古阿姆, 预防武装冲突, 法治, 和平文化, 建设和平, 消除种族主义, 难民, 人权, 保护责任.
    expect(topics).toHaveLength(10);
  });

  it('names each topic by its earliest session and number, its title by its latest wording', () => {
    const occupied = topicOf('l003', 40);
    expect(occupied?.id).toBe('ga61-item-17');
    expect(occupied?.title).toBe('阿塞拜疆被占领土局势');
    expect(new Set(topics.map((topic) => topic.id)).size).toBe(topics.length);
    for (const topic of topics) expect(topic.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps the sub-items of one item apart, each a topic of its own across sessions', () => {
    const human = (id: string, session: number, number: number, subitem: string, title: string): LetterRecord => ({
      ...letter(id, session, []),
      agendaItems: [{ number, subitem, title }],
    });
    const letters = [
      human('b78', 78, 71, 'b', '促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径'),
      human('c78', 78, 71, 'c', '促进和保护人权：人权状况及特别报告员和代表的报告'),
      human('c79', 79, 69, 'c', '促进和保护人权：人权状况及特别报告员和代表的报告'),
    ];
    const split = agendaTopics(letters);
    expect(split.map((topic) => [topic.id, topic.letters.map((record) => record.id)])).toEqual([
      ['ga78-item-71b', ['b78']],
      ['ga78-item-71c', ['c78', 'c79']],
    ]);
    expect(topicsOfLetter(letters[2] as LetterRecord, split)[0]).toMatchObject({ number: 69, subitem: 'c', topic: { id: 'ga78-item-71c' } });
  });

  it('gives the same ids whatever order the letters come in', () => {
    const ids = (records: LetterRecord[]) => agendaTopics(records).map((topic) => topic.id).sort();
    expect(ids([...seeds].reverse())).toEqual(ids(seeds));
  });
});
