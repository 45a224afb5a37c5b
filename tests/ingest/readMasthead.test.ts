import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/ingest/draft.ts';
import { readMasthead } from '../../src/ingest/readMasthead.ts';
import { seedText, sourceLines } from './seedText.ts';

const indentedTitle = (line: SourceLine) => /^\s{2,}\S/.test(line.text);

describe('readMasthead', () => {
  it('reads 004’s seven agenda items, four of their titles wrapped', () => {
    const masthead = readMasthead('004.txt', sourceLines(seedText('004')), 0, indentedTitle);
    expect(masthead.session).toEqual({ generalAssembly: 79, securityCouncilYear: 80 });
    expect(masthead.agendaItems.map((item) => item.number)).toEqual([32, 60, 61, 69, 71, 84, 132]);
    expect(masthead.agendaItems[1]?.title).toBe('联合国难民事务高级专员的报告、与难民、回返者和流离失所者有关的问题以及人道主义问题');
    expect(masthead.furniture.every((entry) => entry.kind === 'masthead')).toBe(true);
    expect(masthead.furniture.map((entry) => entry.line)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27]);
    expect(sourceLines(seedText('004'))[masthead.next]?.text).toMatch(/^\s+2025 年 5 月 28 日/);
  });

  it('reads 003’s session split over lines as `第七十五届会议安全理事会 / 第七十六年`', () => {
    const masthead = readMasthead('003.txt', sourceLines(seedText('003')), 0, (line) => line.text.startsWith('## '));
    expect(masthead.session).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(masthead.agendaItems).toHaveLength(7);
  });

  it('pairs numbers with titles when an agenda line wraps its numbers', () => {
    const text = '大  会  安全理事会\n\n第六十一届会议  第六十二年\n\n议程项目 17、21\n和 27\n\n甲\n\n乙\n\n丙\n\n\n  标题';
    const masthead = readMasthead('x.txt', sourceLines(text), 0, indentedTitle);
    expect(masthead.agendaItems).toEqual([
      { number: 17, title: '甲' },
      { number: 21, title: '乙' },
      { number: 27, title: '丙' },
    ]);
  });

  it('reads an organ and session after the agenda titles as the next organ’s part of the masthead, not as titles', () => {
    const text = '大会\n\n第七十九届会议\n\n议程项目 35 和 112\n\n预防武装冲突\n\n加强联合国系统\n\n安全理事会\n\n第八十年\n\n\n  标题';
    const masthead = readMasthead('x.txt', sourceLines(text), 0, indentedTitle);
    expect(masthead.session).toEqual({ generalAssembly: 79, securityCouncilYear: 80 });
    expect(masthead.agendaItems).toEqual([
      { number: 35, title: '预防武装冲突' },
      { number: 112, title: '加强联合国系统' },
    ]);
    // A title naming a session is a title.
    const named = '大会\n\n第五十五届会议\n\n议程项目 4 和 15\n\n国内和国际的法治\n\n联合国国际贸易法委员会第五十届会议工作报告\n\n\n  标题';
    expect(readMasthead('x.txt', sourceLines(named), 0, indentedTitle).agendaItems.map(({ title }) => title)).toEqual(['国内和国际的法治', '联合国国际贸易法委员会第五十届会议工作报告']);
    // Titles on consecutive lines may be one wrapped title: two numbers with one such group are refused, not guessed.
    const unparted = '大会\n第七十九届会议\n议程项目 35 和 112\n预防武装冲突\n加强联合国系统\n\n安全理事会\n第八十年\n\n\n  标题';
    expect(() => readMasthead('x.txt', sourceLines(unparted), 0, indentedTitle)).toThrow(/2 agenda items but only 1 titles/);
  });

  it('reads sub-items, `71(b)和(c)` as 71(b) and 71(c) each with its title, beside whole items', () => {
    const text =
      '大  会\n\n第七十九届会议\n\n议程项目 71(b)和(c)\n\n促进和保护人权：人权问题，包括增进人权和基本自由\n\n切实享受的各种途径\n\n促进和保护人权：人权状况及特别报告员和代表的报告\n\n\n  标题';
    expect(readMasthead('x.txt', sourceLines(text), 0, indentedTitle).agendaItems).toEqual([
      { number: 71, subitem: 'b', title: '促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径' },
      { number: 71, subitem: 'c', title: '促进和保护人权：人权状况及特别报告员和代表的报告' },
    ]);
    const mixed = '大  会\n\n第七十九届会议\n\n议程项目 35、71（c）\n和 112\n\n甲\n\n乙\n\n丙\n\n\n  标题';
    expect(readMasthead('x.txt', sourceLines(mixed), 0, indentedTitle).agendaItems).toEqual([
      { number: 35, title: '甲' },
      { number: 71, subitem: 'c', title: '乙' },
      { number: 112, title: '丙' },
    ]);
  });

  it('reads a provisional agenda’s footnote mark, before or after the item numbers', () => {
    for (const line of ['临时议程*项目 71', '临时议程项目 71*']) {
      const masthead = readMasthead('x.txt', sourceLines(`大  会\n\n第七十九届会议\n\n${line}\n\n难民和流离失所者问题\n\n\n  标题`), 0, indentedTitle);
      expect(masthead.agendaItems, line).toEqual([{ number: 71, title: '难民和流离失所者问题' }]);
      expect(masthead.marks, line).toEqual([{ on: 'agenda', marker: '*' }]);
    }
  });

  it('refuses more agenda numbers than titles, at the agenda line', () => {
    const text = '大  会\n\n第六十一届会议\n\n议程项目 17 和 27\n\n阿塞拜疆被占领土的局势\n\n\n  标题';
    expect(() => readMasthead('x.txt', sourceLines(text), 0, indentedTitle)).toThrow(/2 agenda items but only 1 titles/);
  });

  it('refuses, at its first line, a masthead of an organ whose sessions the record cannot state', () => {
    for (const organ of ['经济及社会理事会', '人权理事会']) {
      const lines = [organ, '', '2024 年会议', '', '议程项目 12(g)', '', '协调、方案及其他问题', '', '', '      2024 年 1 月 5 日的信'].map((text, index) => ({ line: index + 1, text }));
      expect(() => readMasthead('e.txt', lines, 0, indentedTitle)).toThrow(`the masthead names \`${organ}\`: letters of organs other than the General Assembly and the Security Council are not read yet`);
    }
  });

  it('reads nothing from a letter without a masthead', () => {
    const masthead = readMasthead('x.txt', sourceLines('  2007 年 6 月 7 日的信\n\n 正文。'), 0, indentedTitle);
    expect(masthead).toEqual({ session: { generalAssembly: null, securityCouncilYear: null }, agendaItems: [], marks: [], furniture: [], next: 0 });
  });
});
