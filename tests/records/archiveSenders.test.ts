/** Senders of the archive: grouping by state or UN office, slugs, pinyin order and initials, roles and signatories. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveSenders, senderSlug } from '../../src/records/archiveSenders.ts';
import { byPinyin, pinyinInitial, pinyinSlug } from '../../src/records/pinyinOrder.ts';
import { Archive, type LetterRecord, type Sender, type Signatory } from '../../src/records/schema.ts';

const [base] = Archive.parse(JSON.parse(readFileSync(new URL('../site/fixtures/letters.json', import.meta.url), 'utf8'))) as [LetterRecord];

/** A copy of the fixture letter written by `sender`, signed by `signatory`. */
const letterFrom = (id: string, sender: Sender, signatory: Signatory | null = null): LetterRecord => ({ ...base, id, url: `/letters/${id}/`, sender, signatory });

const azeRepresentative: Sender = { text: '阿塞拜疆常驻联合国代表', state: '阿塞拜疆', code: 'AZE', role: 'permanent-representative' };
const azeMinister: Sender = { text: '阿塞拜疆共和国外交部长', state: '阿塞拜疆', code: 'AZE', role: 'minister' };
const china: Sender = { text: '中国常驻联合国代表', state: '中国', code: 'CHN', role: 'permanent-representative' };
const armenia: Sender = { text: '亚美尼亚常驻联合国代表团临时代办', state: '亚美尼亚', code: 'ARM', role: 'charge-daffaires' };
const secretaryGeneral: Sender = { text: '秘书长', state: null, code: null, role: 'secretary-general' };
const noCode: Sender = { text: '科索沃代表', state: '科索沃', code: null, role: 'other' };

describe('senderSlug', () => {
  it('is the lower-case alpha-3 code of a state, the pinyin of a state without one, un- and the pinyin of a UN official', () => {
    expect(senderSlug(azeRepresentative)).toBe('aze');
    expect(senderSlug(azeMinister)).toBe('aze');
    expect(senderSlug(noCode)).toBe('ke-suo-wo');
    expect(senderSlug(secretaryGeneral)).toBe('un-mi-shu-zhang');
  });
});

describe('pinyin order', () => {
  it('orders by pinyin, reads names by words (重庆 chóng, 长 in 秘书长 zhǎng) and files each under its initial', () => {
    expect(['中国', '秘书长', '亚美尼亚', '阿塞拜疆', '厄瓜多尔'].sort(byPinyin)).toEqual(['阿塞拜疆', '厄瓜多尔', '秘书长', '亚美尼亚', '中国']);
    expect(pinyinSlug('重庆')).toBe('chong-qing');
    expect(pinyinSlug('联合国秘书长')).toBe('lian-he-guo-mi-shu-zhang');
    expect(pinyinInitial('阿塞拜疆')).toBe('A');
    expect(pinyinInitial('中国')).toBe('Z');
    expect(pinyinInitial('123')).toBe('#');
  });
});

describe('archiveSenders', () => {
  const signed = { name: '阿格申·梅赫迪耶夫', titles: ['常驻代表', '大使'] };
  const letters = [
    letterFrom('l1', azeRepresentative, signed),
    letterFrom('l2', china, { name: '张军', titles: ['常驻代表'] }),
    letterFrom('l3', azeMinister, { name: '杰伊洪·巴伊拉莫夫', titles: ['外交部长'] }),
    letterFrom('l4', secretaryGeneral, { name: '安东尼奥·古特雷斯', titles: [] }),
    letterFrom('l5', azeRepresentative, signed),
    letterFrom('l6', armenia, null),
  ];
  const senders = archiveSenders(letters);

  it('files every office of a state under the state, UN officials under their office, in pinyin order', () => {
    expect(senders.map((sender) => [sender.slug, sender.name, sender.initial, sender.letters.map((letter) => letter.id)])).toEqual([
      ['aze', '阿塞拜疆', 'A', ['l1', 'l3', 'l5']],
      ['un-mi-shu-zhang', '秘书长', 'M', ['l4']],
      ['arm', '亚美尼亚', 'Y', ['l6']],
      ['chn', '中国', 'Z', ['l2']],
    ]);
  });

  it('counts the roles a sender wrote in and the signatories seen, most letters first', () => {
    const aze = senders[0];
    expect(aze?.roles).toEqual([
      { role: 'permanent-representative', letters: 2 },
      { role: 'minister', letters: 1 },
    ]);
    expect(aze?.signatories).toEqual([
      { name: '阿格申·梅赫迪耶夫', titles: ['常驻代表', '大使'], letters: 2 },
      { name: '杰伊洪·巴伊拉莫夫', titles: ['外交部长'], letters: 1 },
    ]);
    expect(senders.find((sender) => sender.slug === 'arm')?.signatories).toEqual([]);
  });
});
