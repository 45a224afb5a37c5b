/**
 * `npm run build [-- --seeds DIR --out DIR --keep-going]`: builds the archive (SEEDS_DIR also
 * names the seeds). With --keep-going the valid letters are published and every refused seed
 * is reported; the exit status is still non-zero when any was refused. Unchanged seeds come from
 * the ingest cache in .build/ingest-cache (--no-cache ingests every seed again). --shard-size N
 * sets the letters per search shard (default 500; the tests use small shards to cross them).
 */
import { parseArgs } from 'node:util';
import { buildArchive } from '../src/build/buildArchive.ts';
import { reportFailure } from '../src/build/reportFailure.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string' }, out: { type: 'string' }, 'keep-going': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, 'shard-size': { type: 'string' } },
});

const shardSize = values['shard-size'] === undefined ? undefined : Number(values['shard-size']);
if (shardSize !== undefined && !(Number.isInteger(shardSize) && shardSize > 0)) {
  console.error(`--shard-size must be a whole number of letters above 0, not ${JSON.stringify(values['shard-size'])}`);
  process.exit(2);
}

try {
  const { records, failures, seconds } = await buildArchive({
    seedsDir: values.seeds ?? process.env.SEEDS_DIR ?? 'seeds',
    outDir: values.out ?? 'dist',
    keepGoing: values['keep-going'],
    cacheDir: values['no-cache'] ? undefined : '.build/ingest-cache',
    shardSize,
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
