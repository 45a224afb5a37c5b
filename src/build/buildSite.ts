/**
 * Renders the site's pages from a records file with Astro's programmatic build,
 * then writes the `_headers` file that carries the pages' security policy for
 * hosts that read one.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { headersFile } from '../layouts/contentSecurityPolicy.ts';

export interface BuildSiteOptions {
  /** The JSON array of letter records the pages read (see src/records/loadArchive.ts). */
  recordsFile: string;
  /** Where the pages go. */
  outDir: string;
}

/** Builds the pages of the archive into `outDir`. */
export async function buildSite({ recordsFile, outDir }: BuildSiteOptions): Promise<void> {
  // Pages read the records through this variable (Astro renders them in this process).
  const previous = process.env.ARCHIVE_RECORDS;
  process.env.ARCHIVE_RECORDS = resolve(recordsFile);
  try {
    await build({ root: process.cwd(), outDir: resolve(outDir), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.ARCHIVE_RECORDS;
    else process.env.ARCHIVE_RECORDS = previous;
  }
  await writeFile(join(outDir, '_headers'), headersFile());
}
