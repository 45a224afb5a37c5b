/**
 * What adding one letter to a built archive costs, end to end: the corpus plus
 * one new letter (from another seed number's corpus: new content, a date drawn
 * like the others', a file name of its own) is built again, over a copy of the
 * site the first build made and through the ingest cache it filled, as an
 * archivist rebuilds after dropping a file into seeds/, in a child process like
 * the first (measureBuild.ts). The seeds folder and the site copy are the
 * first build's files hard-linked, so nothing is copied and the first site stays
 * as it was; both are removed afterwards.
 */
import { link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateCorpus } from '../synth/generateCorpus.ts';
import { measureBuild, type BuildMeasurement } from './measureBuild.ts';
import { linkTree } from '../build/linkTree.ts';

export interface AddOneLetterRequest {
  /** The corpus the archive was built from. */
  corpusDir: string;
  /** The site that build made. */
  siteDir: string;
  /** The ingest cache that build filled. */
  cacheDir: string;
  workDir: string;
  /** The corpus's seed number and the seed letters it was drawn from, for the added letter. */
  seed: number;
  seedsDir: string;
  /** A name for the seeds and site folders of the rebuild, under `workDir`. */
  name: string;
}

/** Builds the corpus plus one letter through the filled cache and measures it. */
export async function measureAddOneLetter({ corpusDir, siteDir, cacheDir, workDir, seed, seedsDir, name }: AddOneLetterRequest): Promise<{ build: BuildMeasurement }> {
  const [extra] = generateCorpus({ letters: 1, seed: seed + 7919, seedsDir });
  if (extra === undefined) throw new Error('could not generate the added letter');
  const seeds = resolve(workDir, `${name}-seeds`);
  const site = resolve(workDir, name);
  await rm(seeds, { recursive: true, force: true });
  await mkdir(seeds, { recursive: true });
  try {
    const names = (await readdir(corpusDir)).filter((file) => /\.(?:txt|md)$/i.test(file));
    for (const file of names) await link(join(corpusDir, file), join(seeds, file));
    await writeFile(join(seeds, `${String(names.length).padStart(5, '0')}_added.txt`), extra.text);
    await rm(site, { recursive: true, force: true });
    await linkTree(siteDir, site);
    return { build: await measureBuild(seeds, site, { cacheDir }) };
  } finally {
    await rm(seeds, { recursive: true, force: true });
    await rm(site, { recursive: true, force: true });
  }
}
