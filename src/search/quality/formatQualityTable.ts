/**
 * The harness's report as a table for a terminal: both engines side by side,
 * what was read of long lists, then each query either got wrong.
 */
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
      .map((result) => {
        const within = result.cutAtRank === undefined ? '' : ` in the first ${result.cutAtRank} letters`;
        return `${name}: ${result.query.kind} ${JSON.stringify(result.query.query)} — ${result.wrong.length} wrong, ${result.missed.length} missed of ${result.expected}${within}`;
      }),
  );
  return [`${report.queries} queries`, ...table, ...cutNote(report), ...(misses.length > 0 ? ['', ...misses] : [])].join('\n');
}

/** How much of the archive's lists was read, when not all of every list. */
function cutNote({ maxLetters, archive }: QualityReport): string[] {
  if (maxLetters === null) return [];
  const cut = archive.results.flatMap((result) => (result.cutAtRank === undefined ? [] : [result.cutAtRank]));
  if (cut.length === 0) return [`this archive: every list read to its end (reading was to stop at hits from ${maxLetters} letters)`];
  const [least, most] = [Math.min(...cut), Math.max(...cut)];
  return [
    `this archive: ${cut.length} of ${archive.results.length} lists read only until hits from ${maxLetters} letter${maxLetters === 1 ? '' : 's'} were shown; ` +
      `each is scored over the first ${least === most ? least : `${least}–${most}`} letters of its ranked list, the truth cut to the same letters`,
  ];
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
