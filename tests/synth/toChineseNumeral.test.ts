import { describe, expect, it } from 'vitest';
import { sessionOf } from '../../src/synth/sessionOf.ts';
import { toChineseNumeral } from '../../src/synth/toChineseNumeral.ts';

describe('toChineseNumeral', () => {
  it('writes session numbers as the seeds print them', () => {
    expect(toChineseNumeral(61)).toBe('六十一');
    expect(toChineseNumeral(62)).toBe('六十二');
    expect(toChineseNumeral(75)).toBe('七十五');
    expect(toChineseNumeral(80)).toBe('八十');
    expect(toChineseNumeral(10)).toBe('十');
    expect(toChineseNumeral(14)).toBe('十四');
    expect(toChineseNumeral(100)).toBe('一百');
    expect(toChineseNumeral(105)).toBe('一百零五');
    expect(toChineseNumeral(110)).toBe('一百一十');
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
  });
});

describe('sessionOf', () => {
  it('agrees with the sessions the seed letters print', () => {
    expect(sessionOf('2007-06-07')).toEqual({ generalAssembly: 61, securityCouncilYear: 62 });
    expect(sessionOf('2007-07-20')).toEqual({ generalAssembly: 61, securityCouncilYear: 62 });
    expect(sessionOf('2021-01-12')).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(sessionOf('2021-05-15')).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(sessionOf('2025-05-28')).toEqual({ generalAssembly: 79, securityCouncilYear: 80 });
  });

  it('opens a new General Assembly session in September', () => {
    expect(sessionOf('2007-08-31').generalAssembly).toBe(61);
    expect(sessionOf('2007-09-01').generalAssembly).toBe(62);
  });
});
