/**
 * The W3C Nu HTML Checker (the `vnu-jar` package, run offline on the local Java)
 * over every HTML page of the built seed site — every page type, every letter:
 * no errors. Its warnings (it reads the CSP meta tag strictly) are not failures.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testSiteDist } from '../support/testSite.ts';

const run = promisify(execFile);
/** The checker's jar, as the package names it. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker over HTML files; returns its messages. */
async function checkHtml(files: string[]): Promise<NuMessage[]> {
  // The checker exits 1 when it found errors; its report is on stderr either way.
  const result = await run('java', ['-jar', vnuJar, '--format', 'json', ...files], { maxBuffer: 64 << 20 }).catch(
    (error: { stderr?: string; code?: number | string }) => {
      if (error.code === 'ENOENT') throw new Error('java is not installed: the Nu HTML Checker needs a Java runtime (.ci/run installs default-jre-headless)');
      return { stderr: error.stderr ?? '' };
    },
  );
  return (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
}

/** The checker's errors as `file:line: message`, file relative to `dir`. */
function errorsOf(messages: NuMessage[], dir: string): string[] {
  return messages
    .filter((message) => message.type !== 'info' && message.subType !== 'fatal')
    .map((message) => `${relative(dir, fileURLToPath(message.url))}:${message.lastLine ?? '?'}: ${message.message}`);
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no error on any page of the seed site', async () => {
    const dist = await testSiteDist();
    const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    // Every page type is there to be checked (letters, listings, indexes, search, 404).
    for (const page of ['index.html', '404.html', 'search/index.html', 'topics/index.html', 'sessions/index.html']) expect(pages).toContain(page);
    expect(pages.filter((page) => page.startsWith('letters/')).length).toBeGreaterThan(0);

    const messages = await checkHtml(pages.map((page) => join(dist, page)));
    expect(errorsOf(messages, dist)).toEqual([]);
  }, 180_000);

  it('reports the error the site once had: a script after </html>', async () => {
    const work = await mkdtemp(join(tmpdir(), 'vnu-'));
    const page = join(work, 'stray.html');
    await writeFile(page, '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><p>x</p></body></html>\n<script src="/a.js"></script>\n');
    expect(errorsOf(await checkHtml([page]), work)).toEqual([expect.stringMatching(/^stray\.html:2: Stray start tag “script”/)]);
    await rm(work, { recursive: true });
  }, 60_000);
});
