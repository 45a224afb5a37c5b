/**
 * Reads and validates a letter's YAML front matter: the facts the heading block
 * states (symbols, dates, session, agenda items) and the furniture set aside.
 */
import type { Root } from 'mdast';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { z } from 'zod';
import { AgendaItem, Furniture, HeadMark, IsoDate, OriginalLanguage, Session } from '../records/schema.ts';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';

/** Front-matter keys of canonical Markdown; unknown keys are refused so that a typo is not silently ignored. */
export const FrontMatter = z.strictObject({
  source: z.string().min(1).optional(),
  symbols: z.array(z.string().min(1)).default([]),
  letterDate: IsoDate.optional(),
  distributionDate: IsoDate.nullable().default(null),
  originalLanguage: OriginalLanguage.nullable().default(null),
  session: Session.default({ generalAssembly: null, securityCouncilYear: null }),
  agendaItems: z.array(AgendaItem).default([]),
  /** Footnote marks of the heading block (`{ on: symbols, marker: '*' }`): their footnotes have no mark in the text. */
  headMarks: z.array(HeadMark).default([]),
  furniture: z.array(Furniture).default([]),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/** The front matter of `tree` (its leading `yaml` node), validated; throws a located message on bad YAML or values. */
export function readFrontMatter(tree: Root, context: SourceContext): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return FrontMatter.parse({});
  // The YAML starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;

  const [error] = document.errors;
  if (error) {
    throw locatedMessage(context, `front matter is not valid YAML: ${error.message}`, lineOf(error.pos[0]), undefined, 'front-matter');
  }
  let value: unknown;
  try {
    // Resolving aliases can still fail (`*x` with no `&x`, or too many of them).
    value = document.toJS({ maxAliasCount: 10 });
  } catch (problem) {
    throw locatedMessage(context, `front matter is not valid YAML: ${problem instanceof Error ? problem.message : String(problem)}`, firstLine, undefined, 'front-matter');
  }
  const result = FrontMatter.safeParse(value ?? {});
  if (result.success) return result.data;

  const [issue] = result.error.issues;
  // An unknown key is reported on its parent; point at the key itself.
  const path = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
  // Point at the deepest part of the path the document holds (an absent key points at its parent).
  let line = firstLine;
  for (let depth = path.length; depth >= 0; depth--) {
    const found: unknown = document.getIn(path.slice(0, depth), true);
    if (isNode(found) && found.range) {
      line = lineOf(found.range[0]);
      break;
    }
  }
  const where = path.length > 0 ? `front matter \`${path.join('.')}\`` : 'front matter';
  throw locatedMessage(context, `${where}: ${issue?.message ?? 'invalid'}`, line, undefined, 'front-matter');
}
