/**
 * Astro's build of the pages, in a process of its own that buildSite.ts starts,
 * so that the memory the build takes is given back when it ends instead of
 * staying with the build process through the search index stage.
 * Usage: ARCHIVE_STORE=DIR node --import tsx buildSiteChild.ts OUT_DIR (with an IPC channel for failures).
 */
import { build } from 'astro';

const [outDir] = process.argv.slice(2);
try {
  await build({ root: process.cwd(), outDir, logLevel: 'warn', mode: 'production' });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (process.send === undefined) {
    console.error(message);
    process.exit(1);
  }
  process.send({ failure: message }, () => process.exit(1));
}
