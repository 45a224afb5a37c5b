import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/ingest/findCitations.ts';

/** The cited spans of `text` with what each points at. */
const spans = (text: string) => findCitations(text).map((link) => [text.slice(link.start, link.end), link.symbol ?? link.href]);

describe('findCitations', () => {
  it('finds single and joint symbols, normalising the en dash', () => {
    expect(spans('我的信（A/61/938-S/2007/327）和 S/2007/339，以及 A/61/1006–S/2007/452。')).toEqual([
      ['A/61/938-S/2007/327', 'A/61/938-S/2007/327'],
      ['S/2007/339', 'S/2007/339'],
      ['A/61/1006–S/2007/452', 'A/61/1006-S/2007/452'],
    ]);
  });

  it('reads emergency-session, Human Rights Council, corrigendum, revision and addendum symbols whole', () => {
    expect(spans('见 A/ES-10/1001、A/HRC/58/5、A/78/800/Corr.1、S/2024/77/Rev.1 和 S/2024/50/Add.1-A/78/700。').map(([, symbol]) => symbol)).toEqual([
      'A/ES-10/1001',
      'A/HRC/58/5',
      'A/78/800/Corr.1',
      'S/2024/77/Rev.1',
      'S/2024/50/Add.1-A/78/700',
    ]);
  });

  it('links symbols to undocs.org in Chinese', () => {
    expect(findCitations('见 S/RES/822(1993)。')).toEqual([
      { start: 2, end: 17, href: 'https://undocs.org/zh/S/RES/822(1993)', symbol: 'S/RES/822(1993)' },
    ]);
  });

  it('reads Security Council resolutions cited by number', () => {
    expect(spans('1993 年，安全理事会通过了四项决议(第 822(1993)、853(1993)、874(1993)和 884(1993)号决议)')).toEqual([
      ['822(1993)', 'S/RES/822(1993)'],
      ['853(1993)', 'S/RES/853(1993)'],
      ['874(1993)', 'S/RES/874(1993)'],
      ['884(1993)', 'S/RES/884(1993)'],
    ]);
  });

  it('reads each resolution of `第 N(YYYY)号和第 M(YYYY)号决议`', () => {
    expect(spans('未能遵守第 822(1993)号和第 853(1993)号决议问题')).toEqual([
      ['822(1993)', 'S/RES/822(1993)'],
      ['853(1993)', 'S/RES/853(1993)'],
    ]);
  });

  it('does not read other bodies’ resolutions, or bare numbers, as the Council’s', () => {
    expect(spans('伊斯兰会议组织外交部长会议第 7/34-P 号决议、第 12/10-P(IS)号决议和大会第 62/243 号决议')).toEqual([['62/243', 'A/RES/62/243']]);
    expect(spans('第 822(1993)号文件')).toEqual([]);
    expect(spans('第 62/243 号决议')).toEqual([]);
  });

  it('reads the General Assembly’s and the Human Rights Council’s resolutions named with the body, dated or not', () => {
    expect(spans('大会 2008 年 3 月 14 日第 62/243 号决议')).toEqual([['62/243', 'A/RES/62/243']]);
    expect(spans('大会第 ES-11/1 和 ES-11/4 号决议')).toEqual([
      ['ES-11/1', 'A/RES/ES-11/1'],
      ['ES-11/4', 'A/RES/ES-11/4'],
    ]);
    expect(spans('大会第 377(V)号决议')).toEqual([['377(V)', 'A/RES/377(V)']]);
    expect(spans('人权理事会第 7/34 号和第 S-30/1 号决议')).toEqual([
      ['7/34', 'A/HRC/RES/7/34'],
      ['S-30/1', 'A/HRC/RES/S-30/1'],
    ]);
    expect(spans('大会第 62/243 号决议和安全理事会第 822(1993)号决议')).toEqual([
      ['62/243', 'A/RES/62/243'],
      ['822(1993)', 'S/RES/822(1993)'],
    ]);
  });

  it('finds bare URLs without the sentence punctuation around them', () => {
    expect(spans('见 https://undocs.org/ch/S/RES/822(1993)。另见 (https://example.org/a/b).')).toEqual([
      ['https://undocs.org/ch/S/RES/822(1993)', 'https://undocs.org/ch/S/RES/822(1993)'],
      ['https://example.org/a/b', 'https://example.org/a/b'],
    ]);
  });

  it('does not take a URL path, a non-UN series or a letters-only pair for a symbol', () => {
    expect(spans('https://undocs.org/ch/A/74/450 OIC/ICFM-34/POLISG-REP.6 A/B 测试')).toEqual([
      ['https://undocs.org/ch/A/74/450', 'https://undocs.org/ch/A/74/450'],
    ]);
  });

  it('links a www. address over http, as GFM does', () => {
    expect(findCitations('日，www.president.am/en/item/。')).toEqual([
      { start: 2, end: 27, href: 'http://www.president.am/en/item/' },
    ]);
  });

  it('never links javascript: or other schemes', () => {
    expect(findCitations('javascript:alert(1) data:text/html,x')).toEqual([]);
  });

  it('ends a symbol before sentence punctuation', () => {
    expect(spans('S/PV.6765. A/C.6/51/5，')).toEqual([
      ['S/PV.6765', 'S/PV.6765'],
      ['A/C.6/51/5', 'A/C.6/51/5'],
    ]);
  });
});
