/** `npm run synth -- --letters N --out DIR [--seed S] [--seeds DIR]`: writes N synthetic letters and states how many senders and agenda topics they hold. */
import { parseArgs } from 'node:util';
import { corpusFigures } from '../src/synth/corpusFigures.ts';
import { generateCorpus } from '../src/synth/generateCorpus.ts';
import { writeCorpus } from '../src/synth/writeCorpus.ts';

const { values } = parseArgs({
  options: {
    letters: { type: 'string', default: '100' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: 'seeds' },
  },
});

const letters = Number(values.letters);
const seed = Number(values.seed);
if (!Number.isInteger(letters) || letters < 1 || !Number.isInteger(seed) || values.out === undefined) {
  console.error('usage: npm run synth -- --letters N --out DIR [--seed S] [--seeds DIR]');
  process.exit(2);
}
const started = performance.now();
const files = generateCorpus({ letters, seed, seedsDir: values.seeds });
await writeCorpus(files, values.out);
const { senders, topics } = corpusFigures(files.map((file) => file.letter));
console.log(`wrote ${files.length} letters from ${senders} senders under ${topics} agenda topics to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
