/**
 * Renders the site's pages from a records file with Astro's programmatic build,
 * then writes the `_headers` file that carries the pages' security policy for
 * hosts that read one. Astro builds in a child process (buildSiteChild.ts): the
 * memory its build takes (1.1 GB at 10,000 letters) goes with that process, where
 * in this one V8 would keep much of it through the index stage and validation.
 */
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { headersFile } from '../layouts/contentSecurityPolicy.ts';

export interface BuildSiteOptions {
  /** The JSON array of letter records the pages read (see src/records/loadArchive.ts). */
  recordsFile: string;
  /** Where the pages go. */
  outDir: string;
}

const CHILD = resolve(import.meta.dirname, 'buildSiteChild.ts');

/** Builds the pages of the archive into `outDir`; rejects with Astro's own message when a page fails. */
export async function buildSite({ recordsFile, outDir }: BuildSiteOptions): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const child = fork(CHILD, [resolve(outDir)], {
      // Named for `ps` and `/proc` from its start (the benchmark reports memory by process name).
      execArgv: ['--title=astro', '--import', 'tsx'],
      // Pages read the records through this variable.
      env: { ...process.env, ARCHIVE_RECORDS: resolve(recordsFile) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let failure: string | undefined;
    child.on('message', (message: { failure: string }) => (failure = message.failure));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(failure ?? `the page build stopped (${signal ?? `exit ${code}`})`));
    });
  });
  await writeFile(join(outDir, '_headers'), headersFile());
}
