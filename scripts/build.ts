/**
 * `npm run build [-- --seeds DIR --out DIR --keep-going]`: builds the archive (SEEDS_DIR also
 * names the seeds). With --keep-going the valid letters are published and every refused seed
 * is reported; the exit status is still non-zero when any was refused. Unchanged seeds come from
 * the ingest cache in .build/ingest-cache (--no-cache ingests every seed again).
 */
import { parseArgs } from 'node:util';
import { buildArchive } from '../src/build/buildArchive.ts';
import { reportFailure } from '../src/build/reportFailure.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string' }, out: { type: 'string' }, 'keep-going': { type: 'boolean' }, 'no-cache': { type: 'boolean' } },
});

try {
  const { records, failures, seconds } = await buildArchive({
    seedsDir: values.seeds ?? process.env.SEEDS_DIR ?? 'seeds',
    outDir: values.out ?? 'dist',
    keepGoing: values['keep-going'],
    cacheDir: values['no-cache'] ? undefined : '.build/ingest-cache',
    log: (line) => console.log(line),
  });
  console.log(`built ${records.length} letters in ${seconds.total.toFixed(1)} s`);
  if (failures.length > 0) {
    console.error(`${failures.length} seed file(s) refused:`);
    process.exitCode = reportFailure(new AggregateError(failures));
  }
} catch (error) {
  process.exitCode = reportFailure(error);
}
