/**
 * Renders the site's pages from a record store (src/records/recordStore.ts) with Astro's programmatic build,
 * then writes the `_headers` file that carries the pages' security policy for
 * hosts that read one. Astro builds in a child process (buildSiteChild.ts): the
 * memory its build takes (1.1 GB at 10,000 letters) goes with that process, where
 * in this one V8 would keep much of it through the index stage and validation.
 * Astro builds a folder outside the working directory by way of one inside it and
 * then copies all of that across, its server chunks (`content-assets.mjs`, …)
 * included; so such a folder is built inside (`.build/pages-*`) and only the site is moved out.
 * Pages the build names as reused are not rendered but copied from the last build's site.
 */
import { fork } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { headersFile } from '../layouts/contentSecurityPolicy.ts';
import { pageFile } from './pageReuse.ts';
import { linkTree } from './linkTree.ts';

export interface BuildSiteOptions {
  /** The record store the pages read (see src/records/recordStore.ts and src/components/utils/siteData.ts). */
  storeDir: string;
  /** Where the pages go. */
  outDir: string;
  /** Pages (by URL) copied from the last build's site in `fromDir` instead of rendered. */
  reuse?: { fromDir: string; urls: ReadonlySet<string> };
}

const CHILD = resolve(import.meta.dirname, 'buildSiteChild.ts');

/** Builds the pages of the archive into `outDir`; rejects with Astro's own message when a page fails. */
export async function buildSite({ storeDir, outDir, reuse }: BuildSiteOptions): Promise<void> {
  const target = resolve(outDir);
  const inside = isWithin(process.cwd(), target);
  const astroOut = inside ? target : await mkdtemp(join(await madeDir(resolve('.build')), 'pages-'));
  // The list of reused pages goes beside the record store, which the build removes with its staging folder.
  const reusedList = `${resolve(storeDir)}.reused-pages.json`;
  await writeFile(reusedList, JSON.stringify([...(reuse?.urls ?? [])]));
  try {
    await runAstro(storeDir, reusedList, astroOut);
    if (!inside) await moveDir(astroOut, target);
  } finally {
    if (!inside) await rm(astroOut, { recursive: true, force: true });
    await rm(reusedList, { force: true });
  }
  for (const url of reuse?.urls ?? []) {
    const file = pageFile(url);
    await mkdir(dirname(join(target, file)), { recursive: true });
    await linkTree(join(reuse?.fromDir ?? '', file), join(target, file));
  }
  await writeFile(join(target, '_headers'), headersFile());
}

/** Creates `dir` if missing and returns it. */
async function madeDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Whether `path` is `dir` or lies inside it. */
function isWithin(dir: string, path: string): boolean {
  const rest = relative(dir, path);
  return !rest.startsWith('..') && !isAbsolute(rest);
}

/** Moves a folder into the place of `to`, across file systems too. */
async function moveDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
  });
}

/** Astro's build of the pages into `outDir`, in a child process. */
async function runAstro(storeDir: string, reusedList: string, outDir: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const child = fork(CHILD, [outDir], {
      // Named for `ps` and `/proc` from its start (the benchmark reports memory by process name).
      execArgv: ['--title=astro', '--import', 'tsx'],
      // Pages read the records, and the letter route the pages it leaves out, through these variables.
      env: { ...process.env, ARCHIVE_STORE: resolve(storeDir), ARCHIVE_REUSED_PAGES: reusedList },
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
}
