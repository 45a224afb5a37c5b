import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../src/bench/benchResult.ts';
import { formatTable } from '../../src/bench/formatTable.ts';

function result(letters: number, scale: number): BenchResult {
  const scores = { precision: 1, recall: 1, medianMs: 100, p95Ms: 200, firstQueryBytesMedian: 250_000, firstQueryBytesMax: 400_000 };
  return {
    letters,
    blocks: letters * 15,
    footnotes: letters,
    seed: 1,
    build: { ingestSeconds: 10 * scale, pagesSeconds: 20 * scale, indexSeconds: 5 * scale, totalSeconds: 40 * scale, peakRssMB: 900, peakAfterMB: { ingest: 300, pages: 800 },
      peakByProcessMB: { build: 700, pagefind: 400, esbuild: 20 }, peakByStageMB: { ingest: 320, pages: 810, index: 900 } },
    index: { bytes: 20e6 * scale, files: 1000 * scale },
    search: { archive: scores, stockPagefind: { ...scores, precision: 0.8, recall: null }, queries: 100 },
    incremental: { letters: letters + 1, reingested: 1, coldSeconds: 10, warmSeconds: 1 },
    machine: { cpus: 2, cpuModel: 'test', memoryGB: 24, node: 'v20' },
    generatedAt: '2026-11-22T00:00:00.000Z',
  };
}

describe('formatTable', () => {
  it('puts corpus sizes side by side, smallest first, with the growth between them', () => {
    const table = formatTable([result(10_000, 5.2), result(2_000, 1)]).split('\n');
    expect(table[0]).toBe('|  | 2,000 letters | 10,000 letters | growth 10,000 / 2,000 |');
    expect(table).toContain('| build total | 40.0 s | 208.0 s | 5.20× |');
    expect(table).toContain('| validation and publishing | 5.0 s | 26.0 s | 5.20× |');
    expect(table).toContain('| build process peak after pages | 800 MB | 800 MB |  |');
    expect(table).toContain('| build process peak after index | — | — |  |');
    expect(table).toContain('| peak memory, build processes together | 900 MB | 900 MB |  |');
    expect(table).toContain('| peak memory of Pagefind | 400 MB | 400 MB |  |');
    expect(table).toContain('| peak memory of Astro | — | — |  |');
    expect(table).toContain('| peak memory during index | 900 MB | 900 MB |  |');
    expect(table).toContain('| peak memory during validation | — | — |  |');
    expect(table).toContain('| index size | 20.0 MB | 104.0 MB | 5.20× |');
    expect(table).toContain('| stock Pagefind: precision | 80.0 % | 80.0 % |  |');
    expect(table).toContain('| stock Pagefind: recall | — | — |  |');
    expect(table).toContain('| archive search: cold query bytes (median) | 250 kB | 250 kB |  |');
  });

  it('shows a single run without a growth column', () => {
    const [header] = formatTable([result(50, 1)]).split('\n');
    expect(header).toBe('|  | 50 letters |');
  });
});
