import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateSite } from '../../src/build/validateSite.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;

let dir: string;

async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'validate-site-'));
  for (const [name, html] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), html);
  }
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('validateSite', () => {
  it('accepts pages whose links and fragments all resolve', async () => {
    const root = await site({
      'index.html': page('<a href="/letters/a/#body-b1">a</a> <a href="letters/a/">a</a> <a href="/letters/a">a</a> <a href="https://undocs.org/zh/A/61/947">x</a> <a href="#top" id="top">top</a>'),
      'letters/a/index.html': page('<p id="body-b1">一</p><a href="../../">home</a><a href="/search/?q=%E9%98%BF">q</a>'),
      'search/index.html': page('<form action="/search/"></form>'),
    });
    expect(await validateSite(root)).toEqual([]);
  });

  it('reports a link to a missing page with the page, line and target', async () => {
    const root = await site({ 'index.html': page('\n\n<a href="/letters/missing/">x</a>') });
    const problems = await validateSite(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('index.html');
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.reason).toContain('missing page: /letters/missing/');
  });

  it('reports a link to a fragment the target page lacks', async () => {
    const root = await site({
      'index.html': page('<a href="/letters/a/#annex-1-p8">x</a>'),
      'letters/a/index.html': page('<p id="annex-1-p7">七</p>'),
    });
    const problems = await validateSite(root);
    expect(problems.map((problem) => problem.reason)).toEqual(['link to a missing fragment: /letters/a/#annex-1-p8']);
  });

  it('reports the problems of each page in page order, whether a link needs another page read again or not', async () => {
    const root = await site({
      'a/index.html': page('<a href="/b/#gone">x</a><a href="#here" id="here">y</a><a href="#nowhere">z</a>'),
      'b/index.html': page('<p id="kept">b</p><a href="/a/#here">a</a><a href="/missing/">m</a>'),
    });
    expect((await validateSite(root)).map((problem) => `${problem.file}: ${problem.reason}`)).toEqual([
      'a/index.html: link to a missing fragment: /b/#gone',
      'a/index.html: link to a missing fragment: #nowhere',
      'b/index.html: link to a missing page: /missing/',
    ]);
  });

  it('finds the same problems, in the same order, when the pages are checked in batches by several processes', async () => {
    const root = await site({
      'a/index.html': page('<a href="/b/#gone">x</a><p id="x" id="y">dup</p><a href="#nowhere">z</a>'),
      'b/index.html': page('<p id="kept">b</p><a href="/a/#x">a</a><a href="/missing/">m</a>'),
      'c/index.html': page('<a href="/b/#kept">b</a><a href="/b/#lost">b</a>'),
    });
    const described = (problems: Awaited<ReturnType<typeof validateSite>>) => problems.map(({ file, line, column, reason, ruleId }) => ({ file, line, column, reason, ruleId }));
    const together = described(await validateSite(root));
    expect(together.map(({ file, ruleId }) => `${file} ${ruleId}`)).toEqual([
      'a/index.html malformed-html',
      'a/index.html broken-link',
      'a/index.html broken-link',
      'b/index.html broken-link',
      'c/index.html broken-link',
    ]);
    expect(described(await validateSite(root, { pagesPerBatch: 1, parallel: 2 }))).toEqual(together);
  });

  it('checks links into a folder still being written once it is written, and reports those it does not resolve, in page order', async () => {
    const root = await site({
      'index.html': page('<a href="/pagefind/pagefind.js">s</a><a href="/missing/">m</a><a href="/pagefind/gone.js">g</a>'),
      'pagefind/old.html': page('<p><p>half written'),
    });
    let done = false;
    const written = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await writeFile(join(root, 'pagefind', 'pagefind.js'), '');
      done = true;
    })();
    const problems = await validateSite(root, { pending: { dir: 'pagefind', written } });
    expect(done).toBe(true);
    expect(problems.map((problem) => `${problem.file}: ${problem.reason}`)).toEqual(['index.html: link to a missing page: /missing/', 'index.html: link to a missing page: /pagefind/gone.js']);
  });

  it('reports links that climb out of the site', async () => {
    const root = await site({ 'index.html': page('<a href="../../etc/passwd">x</a>') });
    expect((await validateSite(root))[0]?.reason).toContain('leaves the site');
  });

  it('reports malformed HTML', async () => {
    const root = await site({ 'index.html': '<!DOCTYPE html><html><body><p id="a" id="b">x</p></body></html>' });
    const problems = await validateSite(root);
    expect(problems.some((problem) => problem.ruleId === 'malformed-html')).toBe(true);
  });

  it('reads a page copied unchanged from the last build only where a checked link points into it', async () => {
    const root = await site({
      'index.html': page('<a href="/letters/a/#p8">x</a> <a href="/letters/b/">b</a>'),
      'letters/a/index.html': page('<p id="p7">七</p>'),
      // Unchanged and not pointed into: not read, so its own broken link goes unreported.
      'letters/b/index.html': page('<a href="/letters/gone/">x</a>'),
    });
    const unchanged = new Set(['letters/a/index.html', 'letters/b/index.html']);
    expect((await validateSite(root, { unchanged })).map((problem) => `${problem.file}: ${problem.reason}`)).toEqual(['index.html: link to a missing fragment: /letters/a/#p8']);
    expect((await validateSite(root)).map((problem) => problem.file)).toEqual(['index.html', 'letters/b/index.html']);
  });
});
