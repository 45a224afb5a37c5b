/** The harness's report as a table for a terminal: both engines side by side, then each query either got wrong. */
import type { EngineReport, QualityReport } from './runSearchQuality.ts';

/** A plain-text table of `report`. */
export function formatQualityTable(report: QualityReport): string {
  const engines: [string, EngineReport | null][] = [
    ['this archive', report.archive],
    ['stock Pagefind', report.stockPagefind],
  ];
  const rows = [
    ['', 'granularity', 'precision', 'recall', 'cold runs', 'median ms', 'p95 ms', 'first-query kB (median)', 'first-query kB (max)'],
    ...engines.flatMap(([name, engine]) =>
      engine
        ? [[
            name,
            engine.granularity,
            percent(engine.precision),
            percent(engine.recall),
            String(engine.coldRuns),
            String(Math.round(engine.medianMs)),
            String(Math.round(engine.p95Ms)),
            (engine.firstQueryBytesMedian / 1000).toFixed(1),
            (engine.firstQueryBytesMax / 1000).toFixed(1),
          ]]
        : [],
    ),
  ];
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const table = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
  const misses = engines.flatMap(([name, engine]) =>
    (engine?.results ?? [])
      .filter((result) => result.wrong.length > 0 || result.missed.length > 0)
      .map((result) => `${name}: ${result.query.kind} ${JSON.stringify(result.query.query)} — ${result.wrong.length} wrong, ${result.missed.length} missed of ${result.expected}`),
  );
  return [`${report.queries} queries`, ...table, ...(misses.length > 0 ? ['', ...misses] : [])].join('\n');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
