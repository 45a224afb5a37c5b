/**
 * Checks a built site before it replaces the old one: every page is well-formed
 * HTML, and every internal link and fragment points at a page and an id that exist.
 * Problems come back as located messages (`page.html:line:column: reason`).
 * Pages copied unchanged from the last build, which checked them, are read only
 * where a checked link points into them. The pages are checked in batches by
 * child processes (see runInChildren.ts), while a folder the pages link into may
 * still be written (the search index): links into it are checked once it is.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFileMessage } from 'vfile-message';
import { groupBy } from '../components/utils/groupBy.ts';
import { fromMessageData, toMessageData, type MessageData } from './messageData.ts';
import { batchSize, inBatches, runInChildren } from './runInChildren.ts';

/** Attributes that point at another resource, per element. */
const linkAttributes: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action' };

interface Page {
  ids: Set<string>;
  links: { target: string; line?: number; column?: number }[];
}

/** A link to a fragment of another page, checked once that page's ids are read. */
interface FragmentLink {
  file: string;
  link: Page['links'][number];
  page: string;
  fragment: string;
  /** Its place among the link problems, so that they come out in page order. */
  slot: number;
}

export interface ValidateOptions {
  /** Pages (site-relative paths, `letters/a/index.html`) copied unchanged from a build that passed this check. */
  unchanged?: ReadonlySet<string>;
  /** Most pages a child process checks. */
  pagesPerBatch?: number;
  /** Batches at once (default: the machine's cores). */
  parallel?: number;
  /** A folder of the site still being written while the pages are checked, and the promise that it is done: links into it are checked then. */
  pending?: { dir: string; written: Promise<unknown> };
}

/** Pages a child checks at most: enough to repay its start, few enough to bound its memory. */
const PAGES_PER_BATCH = 4000;

const TASK = { module: resolve(import.meta.dirname, 'validateSite.ts'), name: 'validatePages', title: 'validate' };

/** One batch of the check: the site, its files, and the pages among them to check. */
export interface PageBatch {
  siteDir: string;
  files: string[];
  pages: string[];
  /** The folder still being written (see ValidateOptions). */
  pending?: string;
}

/** A link's problem; `awaits` names the file in the pending folder that would resolve it once written. */
export interface LinkProblem {
  message: MessageData;
  awaits?: string;
}

/** A batch's problems: the pages' HTML errors, and their links' problems, each in page order. */
export interface PageProblems {
  html: MessageData[];
  links: LinkProblem[];
}

/**
 * Validates the HTML pages under `siteDir`; returns the problems found (none when
 * the site is sound): the pages' HTML errors, then their links' problems, each in
 * page order.
 */
export async function validateSite(siteDir: string, { unchanged = new Set(), pagesPerBatch = PAGES_PER_BATCH, parallel, pending }: ValidateOptions = {}): Promise<VFileMessage[]> {
  const files = await listFiles(siteDir);
  // The pending folder's pages are not checked; what is there already may be half written.
  const inPending = (name: string) => pending !== undefined && name.startsWith(`${pending.dir}/`);
  const pages = files.filter((name) => name.endsWith('.html') && !unchanged.has(name) && !inPending(name));
  const found: PageProblems[] = [];
  const batches = inBatches(pages, batchSize(pages.length, pagesPerBatch, parallel)).map((batch) => ({ siteDir, files, pages: batch, pending: pending?.dir }));
  await runInChildren<PageBatch, PageProblems>(TASK, batches, { parallel, onResult: (problems) => found.push(problems) });
  const links = found.flatMap((batch) => batch.links);
  let written = new Set<string>();
  if (links.some(({ awaits }) => awaits !== undefined) && pending !== undefined) {
    await pending.written;
    written = new Set(await listFiles(join(siteDir, pending.dir)).then((names) => names.map((name) => `${pending.dir}/${name}`)));
  }
  const resolves = (awaits: string) => written.has(awaits) || written.has(`${awaits}/index.html`);
  const broken = links.filter(({ awaits }) => awaits === undefined || !resolves(awaits)).map(({ message }) => message);
  return [...found.flatMap(({ html }) => html), ...broken].map(fromMessageData);
}

/**
 * Checks the pages of one batch. Pages are read one at a time and only what the
 * links between them need is kept: the links to fragments of other pages, whose
 * target pages are read again afterwards for their ids.
 */
export async function validatePages({ siteDir, files, pages, pending }: PageBatch): Promise<PageProblems> {
  const existing = new Set(files);
  const problems: VFileMessage[] = [];
  const linkProblems: (LinkProblem | undefined)[] = [];
  const elsewhere: FragmentLink[] = [];
  const broken = (file: string, reason: string, link: Page['links'][number], awaits?: string): LinkProblem => ({
    message: toMessageData(located(file, reason, link, 'broken-link')),
    ...(awaits === undefined ? {} : { awaits }),
  });

  for (const file of pages) {
    const page = await readPage(siteDir, file, problems);
    for (const link of page.links) {
      const checked = checkLink(file, link.target, existing);
      if (typeof checked === 'string') linkProblems.push(broken(file, checked, link));
      else if (checked === undefined) continue;
      else if ('missing' in checked) {
        // A file the pending folder may not hold yet is checked once it is written.
        const awaits = pending !== undefined && checked.missing.startsWith(`${pending}/`) ? checked.missing : undefined;
        linkProblems.push(broken(file, `link to a missing page: ${link.target}`, link, awaits));
      } else if (!checked.page.endsWith('.html')) continue;
      else if (checked.page === file) {
        if (!page.ids.has(checked.fragment)) linkProblems.push(broken(file, missingFragment(link.target), link));
      } else elsewhere.push({ file, link, page: checked.page, fragment: checked.fragment, slot: linkProblems.push(undefined) - 1 });
    }
  }

  // Each page that other pages link into is read once more, for its ids.
  for (const [target, links] of groupBy(elsewhere, (link) => link.page)) {
    const { ids } = await readPage(siteDir, target, []);
    for (const { file, link, fragment, slot } of links) {
      if (!ids.has(fragment)) linkProblems[slot] = broken(file, missingFragment(link.target), link);
    }
  }
  return { html: problems.map(toMessageData), links: linkProblems.filter((problem) => problem !== undefined) };
}

/** Parses one page, adding its HTML errors to `problems`, and collects its ids and internal links. */
async function readPage(siteDir: string, file: string, problems: VFileMessage[]): Promise<Page> {
  const html = await readFile(join(siteDir, file), 'utf8');
  const tree = fromHtml(html, {
    onerror(message) {
      problems.push(located(file, `malformed HTML: ${message.reason}`, message.place && 'line' in message.place ? message.place : message.place?.start, 'malformed-html'));
    },
  });
  return pageLinks(tree);
}

function missingFragment(target: string): string {
  return `link to a missing fragment: ${target}`;
}

/** Collects a page's ids and its internal links. */
function pageLinks(tree: Root): Page {
  const page: Page = { ids: new Set(), links: [] };
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id === 'string') page.ids.add(id);
    const attribute = linkAttributes[node.tagName];
    const value = attribute ? node.properties[attribute === 'href' ? 'href' : attribute] : undefined;
    if (typeof value === 'string' && isInternal(value)) {
      page.links.push({ target: value, line: node.position?.start.line, column: node.position?.start.column });
    }
  });
  return page;
}

/** Whether a link stays on this site (relative or root-relative, not another scheme or host). */
function isInternal(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

/**
 * Checks one internal link from `file` as far as the list of files can: returns
 * why it leaves the site, or the missing file it names, or the page and fragment
 * still to check, or undefined when it resolves.
 */
function checkLink(file: string, target: string, existing: Set<string>): string | { missing: string } | { page: string; fragment: string } | undefined {
  const [pathAndQuery = '', fragment] = target.split('#', 2);
  const path = pathAndQuery.split('?', 1)[0] ?? '';
  const from = posix.dirname(file);
  const resolved = path === '' ? file : resolvePath(from, decodeURIComponent(path));
  if (resolved === undefined) return `link leaves the site: ${target}`;
  const page = [resolved, `${resolved}/index.html`].find((candidate) => existing.has(candidate));
  if (page === undefined) return { missing: resolved };
  return fragment ? { page, fragment: decodeURIComponent(fragment) } : undefined;
}

/** Maps a URL path to the file that serves it (`/a/` → `a/index.html`), or undefined outside the site. */
function resolvePath(fromDir: string, path: string): string | undefined {
  const joined = path.startsWith('/') ? posix.normalize(path.slice(1)) : posix.normalize(posix.join(fromDir, path));
  if (joined.startsWith('..')) return undefined;
  const file = joined === '.' || joined.endsWith('/') ? posix.join(joined, 'index.html') : joined;
  return file.replace(/^\.\//, '');
}

function located(
  file: string,
  reason: string,
  point: { line?: number; column?: number } | undefined,
  ruleId: string,
): VFileMessage {
  const message = new VFileMessage(reason, {
    place: point?.line ? { line: point.line, column: point.column ?? 1 } : undefined,
    ruleId,
    source: 'validate-site',
  });
  message.file = file;
  return message;
}

/** Every file under `dir`, as posix paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
