import { describe, expect, it } from 'vitest';
import { detectFlavour } from '../../src/ingest/detectFlavour.ts';
import { seedMarkdown, seedText } from './seedText.ts';

describe('detectFlavour', () => {
  it('tells the seeds’ flavours apart', () => {
    expect(['000', '001', '002', '003', '004'].map((prefix) => detectFlavour(seedText(prefix)))).toEqual(['pdf', 'pdf', 'pdf', 'markdown', 'pdf']);
  });

  it('takes a file opening with front matter as canonical', () => {
    expect(detectFlavour(seedMarkdown('000').markdown)).toBe('canonical');
    expect(detectFlavour(' ---\nx')).toBe('pdf');
  });
});
