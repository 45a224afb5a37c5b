/**
 * A letter as a CSL-JSON item, the form reference managers (Zotero, Mendeley,
 * pandoc) import: a `report` whose number is the letter's symbols, written by its
 * sender (as printed, an institutional author), published by the United Nations,
 * dated by the letter, its genre the letter's kind.
 */
import type { LetterRecord } from '../../records/schema.ts';
import { kindLabels } from './genreLabels.ts';

export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: [{ literal: string }];
  issued: { 'date-parts': [[number, number, number]] };
  publisher: string;
  language: string;
  URL: string;
  number?: string;
  genre: string;
}

export function cslItem(letter: Pick<LetterRecord, 'id' | 'letterDate' | 'title' | 'sender' | 'symbols' | 'kind'>, pageUrl: URL): CslItem {
  const [year, month, day] = letter.letterDate.split('-').map(Number) as [number, number, number];
  return {
    id: letter.id,
    type: 'report',
    title: letter.title,
    author: [{ literal: letter.sender.text }],
    issued: { 'date-parts': [[year, month, day]] },
    publisher: '联合国',
    language: 'zh-CN',
    URL: pageUrl.href,
    ...(letter.symbols.length > 0 ? { number: letter.symbols.join('-') } : {}),
    genre: kindLabels[letter.kind],
  };
}
