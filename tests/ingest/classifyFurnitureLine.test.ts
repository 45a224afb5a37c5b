import { describe, expect, it } from 'vitest';
import { classifyFurnitureLine } from '../../src/ingest/classifyFurnitureLine.ts';

describe('classifyFurnitureLine', () => {
  it('names the furniture the seeds print', () => {
    expect(classifyFurnitureLine('A/61/947 ')).toBe('running-header');
    expect(classifyFurnitureLine('S/2021/39  ')).toBe('running-header');
    expect(classifyFurnitureLine('07-37523 5')).toBe('job-number');
    expect(classifyFurnitureLine('6 07-37523')).toBe('job-number');
    expect(classifyFurnitureLine('21-00487 2/13 ')).toBe('job-number');
    expect(classifyFurnitureLine('07-43604 (C)    270707    270707 ')).toBe('job-number');
    // A reissued document's job number carries the reissue's asterisk.
    expect(classifyFurnitureLine('24-04433* (C)    110324    120324 ')).toBe('job-number');
    expect(classifyFurnitureLine('24-04433* 2/2')).toBe('job-number');
    expect(classifyFurnitureLine('S/2024/212* ')).toBe('running-header');
    expect(classifyFurnitureLine('2/5 23-25431 ')).toBe('job-number');
    expect(classifyFurnitureLine('*0743604* ')).toBe('barcode');
    expect(classifyFurnitureLine('__________________ ')).toBe('footnote-rule');
  });

  it('leaves letter text alone, symbols and numbers in it included', () => {
    expect(classifyFurnitureLine('S/2020/503，附件(2020 年 6 月 5 日)。')).toBeNull();
    expect(classifyFurnitureLine(' 1 苏联内部曾有 15 个加盟共和国')).toBeNull();
    expect(classifyFurnitureLine('1987-1991 年')).toBeNull();
    expect(classifyFurnitureLine('*')).toBeNull();
    expect(classifyFurnitureLine('')).toBeNull();
  });
});
