/**
 * Copies a file or folder by hard-linking its files, so that a rebuild takes
 * what it keeps from the last build without copying its bytes; across file
 * systems, where links cannot go, the files are copied. Safe because the build
 * never writes into a file in place: it writes new files and swaps folders.
 */
import { copyFile, link, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Makes `to` a copy of the file or folder `from`, its files hard links to `from`'s. */
export async function linkTree(from: string, to: string): Promise<void> {
  if (!(await stat(from)).isDirectory()) {
    await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await copyFile(from, to);
    });
    return;
  }
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) await linkTree(join(from, entry), join(to, entry));
}
