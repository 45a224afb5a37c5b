import { describe, expect, it } from 'vitest';
import { readSender } from '../../src/ingest/readSender.ts';

const sender = (text: string) => {
  const reading = readSender(text);
  return 'sender' in reading ? reading.sender : reading;
};

describe('readSender', () => {
  it('reads each role from how the office is named', () => {
    expect(sender('阿塞拜疆常驻联合国代表')).toEqual({ text: '阿塞拜疆常驻联合国代表', state: '阿塞拜疆', code: 'AZE', role: 'permanent-representative' });
    expect(sender('阿塞拜疆常驻联合国代表团临时代办')).toMatchObject({ code: 'AZE', role: 'charge-daffaires' });
    expect(sender('阿塞拜疆常驻联合国代表团')).toMatchObject({ code: 'AZE', role: 'mission' });
    expect(sender('阿塞拜疆共和国外交部长')).toMatchObject({ state: '阿塞拜疆', code: 'AZE', role: 'minister' });
    expect(sender('朝鲜民主主义人民共和国外务相')).toMatchObject({ state: '朝鲜民主主义人民共和国', code: 'PRK', role: 'minister' });
    expect(sender('大不列颠及北爱尔兰联合王国首相')).toMatchObject({ code: 'GBR', role: 'head-of-state' });
    expect(sender('阿塞拜疆共和国总统')).toMatchObject({ code: 'AZE', role: 'head-of-state' });
    expect(sender('秘书长')).toEqual({ text: '秘书长', state: null, code: null, role: 'secretary-general' });
    expect(sender('阿塞拜疆副常驻联合国代表')).toMatchObject({ code: 'AZE', role: 'other' });
  });

  it('reads the observer states, their observers as their representatives', () => {
    expect(sender('巴勒斯坦国常驻联合国观察员')).toMatchObject({ state: '巴勒斯坦国', code: 'PSE', role: 'permanent-representative' });
    expect(sender('罗马教廷常驻联合国观察员代表团')).toMatchObject({ state: '罗马教廷', code: 'VAT', role: 'mission' });
  });

  it('gives a UN organ’s officer no state', () => {
    expect(sender('安全理事会主席')).toEqual({ text: '安全理事会主席', state: null, code: null, role: 'other' });
  });

  it('reads the capacity a chair writes in apart from the office, which gives the role', () => {
    expect(sender('苏丹常驻联合国代表以 77 国集团和中国主席的身份')).toEqual({
      text: '苏丹常驻联合国代表',
      state: '苏丹',
      code: 'SDN',
      role: 'permanent-representative',
      capacity: '77 国集团和中国主席',
    });
    expect(sender('乌干达常驻联合国代表以不结盟运动协调局主席身份')).toMatchObject({ text: '乌干达常驻联合国代表', role: 'permanent-representative', capacity: '不结盟运动协调局主席' });
    expect(sender('以色列常驻联合国代表')).toEqual({ text: '以色列常驻联合国代表', state: '以色列', code: 'ISR', role: 'permanent-representative' });
    expect(sender('以色列常驻联合国代表团临时代办以不结盟运动协调局主席的身份')).toMatchObject({ code: 'ISR', role: 'charge-daffaires', capacity: '不结盟运动协调局主席' });
    expect(sender('叙利亚常驻联合国代表以阿拉伯集团主席的身份')).toHaveProperty('problem', expect.stringContaining('names no UN member'));
  });

  it('refuses a state office without a UN state name, and several states at once', () => {
    expect(sender('叙利亚常驻联合国代表')).toHaveProperty('problem', expect.stringContaining('names no UN member or observer state'));
    expect(sender('阿塞拜疆和土耳其常驻联合国代表')).toHaveProperty('problem', expect.stringContaining('several states'));
  });
});
