/** `npm run build [-- --seeds DIR --out DIR]`: builds the archive (SEEDS_DIR also names the seeds). */
import { parseArgs } from 'node:util';
import { buildArchive } from '../src/build/buildArchive.ts';
import { reportFailure } from '../src/build/reportFailure.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string' }, out: { type: 'string' } },
});

try {
  const { records, seconds } = await buildArchive({
    seedsDir: values.seeds ?? process.env.SEEDS_DIR ?? 'seeds',
    outDir: values.out ?? 'dist',
    log: (line) => console.log(line),
  });
  console.log(`built ${records.length} letters in ${seconds.total.toFixed(1)} s`);
} catch (error) {
  process.exitCode = reportFailure(error);
}
