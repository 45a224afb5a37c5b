import { describe, expect, it } from 'vitest';
import { readSignatory } from '../../src/ingest/readSignatory.ts';

describe('readSignatory', () => {
  it('reads a name under two, one or no title lines, with either bracket', () => {
    expect(readSignatory('常驻代表\n大使\n阿格申·梅赫迪耶夫（签名）')).toEqual({ name: '阿格申·梅赫迪耶夫', titles: ['常驻代表', '大使'] });
    expect(readSignatory('临时代办\n塔希尔·塔吉扎德(签名)')).toEqual({ name: '塔希尔·塔吉扎德', titles: ['临时代办'] });
    expect(readSignatory('安东尼奥·古特雷斯（签名）')).toEqual({ name: '安东尼奥·古特雷斯', titles: [] });
  });

  it('reads the name marked `（签名）` wherever it stands, and the last line when none is marked', () => {
    expect(readSignatory('（签名）阿格申·梅赫迪耶夫\n常驻代表')).toEqual({ name: '阿格申·梅赫迪耶夫', titles: ['常驻代表'] });
    expect(readSignatory('常驻代表\n大使\n阿格申·梅赫迪耶夫')).toEqual({ name: '阿格申·梅赫迪耶夫', titles: ['常驻代表', '大使'] });
    expect(readSignatory('常驻代表\n（签名）\n阿格申·梅赫迪耶夫')).toEqual({ name: '阿格申·梅赫迪耶夫', titles: ['常驻代表'] });
    expect(readSignatory('常驻代表\n阿格申·梅赫迪耶夫\n(签名)')).toEqual({ name: '阿格申·梅赫迪耶夫', titles: ['常驻代表'] });
    // The mark alone above the name, the titles after it.
    expect(readSignatory('（签名）\n哈立德·穆罕默德·奥斯曼·西迪格\n常驻代表\n大使')).toEqual({ name: '哈立德·穆罕默德·奥斯曼·西迪格', titles: ['常驻代表', '大使'] });
  });
});
