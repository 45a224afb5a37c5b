/**
 * `npm run lighthouse [-- --dist DIR --runs N]`: serves a built site (default dist/)
 * on loopback and prints Lighthouse's four category scores for its home, a letter,
 * a topic and a sender page and the search results for 安全理事会, each the median
 * of N runs (default 3), with the audits that lost points in any run; exits 1 when any median is below 100.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lighthouseScores } from '../src/audit/lighthouseScores.ts';
import { readApi } from '../src/build/readApi.ts';
import { serveStatic } from '../tests/support/serveStatic.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } } });
const dist = resolve(values.dist);
const html = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');
const letters = await readApi(dist);

/** The first link under `prefix` on a listing page: the page type's first page. */
async function firstLink(listing: string, prefix: string): Promise<string | undefined> {
  return new RegExp(`href="(${prefix}[^"/]+/)"`).exec(await html(listing).catch(() => ''))?.[1];
}

const paths = [
  '/',
  letters[0]?.url,
  await firstLink('topics', '/topics/'),
  await firstLink('senders', '/senders/'),
  `/search/?q=${encodeURIComponent('安全理事会')}`,
].filter((path): path is string => path !== undefined);

const server = await serveStatic(dist);
try {
  const results = await lighthouseScores(
    paths.map((path) => `${server.url}${path}`),
    Number(values.runs),
  );
  console.log(`median of ${values.runs} runs per page`);
  console.log(['page', 'performance', 'accessibility', 'best-practices', 'seo'].join('\t'));
  for (const { url, scores, failing } of results) {
    const { pathname, search } = new URL(url);
    console.log([decodeURIComponent(pathname + search), scores.performance, scores.accessibility, scores['best-practices'], scores.seo].join('\t'));
    for (const line of failing) console.log(`  lost points in a run: ${line}`);
  }
  if (results.some(({ scores }) => Object.values(scores).some((score) => score < 100))) process.exitCode = 1;
} finally {
  await server.close();
}
