/**
 * A Markdown table of benchmark results, one column per corpus size, with the
 * growth from the smallest to the largest run where there are two or more
 * (issue 5's linear-growth target reads it: 10,000 letters ≤ 5.5× 2,000).
 */
import type { BenchResult } from './benchResult.ts';

type Row = [label: string, value: (result: BenchResult) => number | null, format: (value: number) => string, growth?: boolean];

const seconds = (value: number): string => `${value.toFixed(1)} s`;
const megabytes = (value: number): string => `${(value / 1e6).toFixed(1)} MB`;
const memory = (value: number): string => `${value.toFixed(0)} MB`;
const kilobytes = (value: number): string => `${(value / 1e3).toFixed(0)} kB`;
const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const milliseconds = (value: number): string => `${value.toFixed(0)} ms`;
const count = (value: number): string => value.toLocaleString('en-US');
const times = (value: number): string => `${value.toFixed(2)}×`;

const ROWS: Row[] = [
  ['blocks', (r) => r.blocks, count],
  ['senders', (r) => r.corpus?.senders ?? null, count],
  ['agenda topics', (r) => r.corpus?.topics ?? null, count],
  ['ingest', (r) => r.build.ingestSeconds, seconds, true],
  ['pages', (r) => r.build.pagesSeconds, seconds, true],
  ['index', (r) => r.build.indexSeconds, seconds, true],
  ['validation and publishing', (r) => r.build.totalSeconds - r.build.ingestSeconds - r.build.pagesSeconds - r.build.indexSeconds, seconds, true],
  ['build total', (r) => r.build.totalSeconds, seconds, true],
  ['peak memory, build processes together', (r) => r.build.peakRssMB, memory],
  ...([['build', 'the build process'], ['astro', 'Astro'], ['pagefind', 'Pagefind']] as const).map(
    ([kind, name]): Row => [`peak memory of ${name}`, (r) => r.build.peakByProcessMB?.[kind] ?? null, memory],
  ),
  ...['ingest', 'pages', 'index', 'validation'].map((stage): Row => [`peak memory during ${stage}`, (r) => r.build.peakByStageMB?.[stage] ?? null, memory]),
  ...['ingest', 'pages', 'index'].map((stage): Row => [`build process peak after ${stage}`, (r) => r.build.peakAfterMB?.[stage] ?? null, memory]),
  ['index size', (r) => r.index.bytes, megabytes, true],
  ['index files', (r) => r.index.files, count, true],
  ['site files', (r) => r.site?.files ?? null, count, true],
  ['site size', (r) => r.site?.bytes ?? null, megabytes, true],
  ['largest file of the site', (r) => r.site?.largestFile.bytes ?? null, megabytes],
  ['re-ingested after adding one letter', (r) => r.incremental?.reingested ?? null, count],
  ['adding one letter and building again', (r) => r.addOneLetter?.seconds ?? null, seconds],
  ['… as a share of the full build', (r) => r.addOneLetter?.ofFullBuild ?? null, percent],
  ['search queries', (r) => r.search.queries, count],
  ['archive search: queries read only to the first hits of K letters', (r) => r.search.archive.cutQueries ?? null, count],
  ['archive search: K', (r) => r.search.maxLetters ?? null, count],
  ['archive search: precision', (r) => r.search.archive.precision, percent],
  ['archive search: recall', (r) => r.search.archive.recall, percent],
  ['archive search: median time', (r) => r.search.archive.medianMs, milliseconds],
  ['archive search: p95 time', (r) => r.search.archive.p95Ms, milliseconds],
  ['archive search: cold query bytes (median)', (r) => r.search.archive.firstQueryBytesMedian, kilobytes],
  ['archive search: cold query bytes (max)', (r) => r.search.archive.firstQueryBytesMax, kilobytes],
  ['stock Pagefind: precision', (r) => r.search.stockPagefind.precision, percent],
  ['stock Pagefind: recall', (r) => r.search.stockPagefind.recall, percent],
  ['stock Pagefind: median time', (r) => r.search.stockPagefind.medianMs, milliseconds],
  ['stock Pagefind: p95 time', (r) => r.search.stockPagefind.p95Ms, milliseconds],
  ['stock Pagefind: cold query bytes (median)', (r) => r.search.stockPagefind.firstQueryBytesMedian, kilobytes],
  ['stock Pagefind: cold query bytes (max)', (r) => r.search.stockPagefind.firstQueryBytesMax, kilobytes],
  ['archive ÷ stock: median time', (r) => quotient(r.search.archive.medianMs, r.search.stockPagefind.medianMs), times],
  ['archive ÷ stock: cold query bytes (median)', (r) => quotient(r.search.archive.firstQueryBytesMedian, r.search.stockPagefind.firstQueryBytesMedian), times],
];

/** `a / b`, or null when either is unmeasured. */
function quotient(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

export function formatTable(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.letters - b.letters);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const withGrowth = sorted.length > 1 && first !== undefined && last !== undefined;
  const header = ['', ...sorted.map((result) => `${count(result.letters)} letters`), ...(withGrowth ? [`growth ${count(last.letters)} / ${count(first.letters)}`] : [])];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const [label, value, format, growth] of ROWS) {
    const cells = sorted.map((result) => {
      const measured = value(result);
      return measured === null ? '—' : format(measured);
    });
    let ratio = '';
    if (withGrowth && growth) {
      const from = value(first);
      const to = value(last);
      ratio = from !== null && to !== null && from > 0 ? `${(to / from).toFixed(2)}×` : '—';
    }
    lines.push(row([label, ...cells, ...(withGrowth ? [ratio] : [])]));
  }
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
