/**
 * `npm run build [-- --seeds DIR --out DIR --keep-going]`: builds the archive (SEEDS_DIR also
 * names the seeds). With --keep-going the valid letters are published and every refused seed
 * is reported; the exit status is still non-zero when any was refused. Unchanged seeds come from
 * the ingest cache in .build/ingest-cache (--no-cache ingests every seed again). --shard-size N
 * sets the letters per search shard (default 500; the tests use small shards to cross them),
 * --shards-per-bundle N the shards per Pagefind bundle of the index (default 4).
 */
import { parseArgs } from 'node:util';
import { buildArchive } from '../src/build/buildArchive.ts';
import { reportFailure } from '../src/build/reportFailure.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string' }, out: { type: 'string' }, 'keep-going': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, 'shard-size': { type: 'string' }, 'shards-per-bundle': { type: 'string' } },
});

/** The value of a count option, or undefined when not given; exits with status 2 when it is not a whole number above 0. */
function countOption(name: 'shard-size' | 'shards-per-bundle', unit: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const count = Number(value);
  if (Number.isInteger(count) && count > 0) return count;
  console.error(`--${name} must be a whole number of ${unit} above 0, not ${JSON.stringify(value)}`);
  process.exit(2);
}
const shardSize = countOption('shard-size', 'letters');
const shardsPerBundle = countOption('shards-per-bundle', 'shards');

try {
  const { letters, failures, seconds } = await buildArchive({
    seedsDir: values.seeds ?? process.env.SEEDS_DIR ?? 'seeds',
    outDir: values.out ?? 'dist',
    keepGoing: values['keep-going'],
    cacheDir: values['no-cache'] ? undefined : '.build/ingest-cache',
    shardSize,
    shardsPerBundle,
    log: (line) => console.log(line),
  });
  console.log(`built ${letters.length} letters in ${seconds.total.toFixed(1)} s`);
  if (failures.length > 0) {
    console.error(`${failures.length} seed file(s) refused:`);
    process.exitCode = reportFailure(new AggregateError(failures));
  }
} catch (error) {
  process.exitCode = reportFailure(error);
}
