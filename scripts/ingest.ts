/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--keep-going]`: turns the seeds into
 * records and writes `DIR/documents.json` (default `.build/records`), atomically,
 * and the record store `astro dev` reads beside it (`DIR/letters/`, `DIR/summaries.json`). A
 * refused seed is reported as `file:line:column: reason` and nothing is written,
 * unless `--keep-going`, which writes the valid letters but still exits non-zero.
 */
import { parseArgs } from 'node:util';
import { reportFailure } from '../src/build/reportFailure.ts';
import { ingestSeeds } from '../src/ingest/ingestSeeds.ts';
import { writeFileAtomically } from '../src/ingest/writeFileAtomically.ts';
import { writeRecordStore } from '../src/records/recordStore.ts';
import { join } from 'node:path';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: '.build/records' },
    'keep-going': { type: 'boolean', default: false },
  },
});

try {
  const { records, failures } = await ingestSeeds(values.seeds, { keepGoing: true });
  if (failures.length > 0 && !values['keep-going']) throw new AggregateError(failures);
  await writeFileAtomically(join(values.out, 'documents.json'), `${JSON.stringify(records)}\n`);
  writeRecordStore(values.out, records);
  console.log(`ingested ${records.length} letter(s) into ${join(values.out, 'documents.json')}`);
  if (failures.length > 0) process.exitCode = reportFailure(new AggregateError(failures));
} catch (error) {
  process.exitCode = reportFailure(error);
}
