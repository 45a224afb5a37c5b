/**
 * Reads the layout of the last build's index (see indexLayout.ts), so that the
 * next build cuts its bundles where that one did and copies the unchanged ones.
 * A missing or unreadable layout is no error: the build then indexes every bundle.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { IndexLayout } from './indexLayout.ts';

const OrderKey = z.object({ date: z.string(), url: z.string() });

/** `layout.json` as the build reads it back; in step with IndexLayout by the `satisfies` below. */
const LayoutFile = z.object({
  shardSize: z.number().int().positive(),
  textGroup: z.number().int().positive(),
  symbolFiles: z.number().int().positive(),
  bundles: z.array(
    z.object({
      id: z.number().int().nonnegative(),
      path: z.string(),
      start: z.number().int().nonnegative(),
      letters: z.number().int().positive(),
      bound: OrderKey,
      key: z.string(),
      entryTag: z.string(),
      meta: z.string(),
    }),
  ),
}) satisfies z.ZodType<IndexLayout>;

/** The layout in the index folder `indexDir`, or undefined when there is none that reads as one. */
export async function readPreviousLayout(indexDir: string): Promise<IndexLayout | undefined> {
  const text = await readFile(join(indexDir, 'layout.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = LayoutFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Not JSON: a damaged file from an interrupted copy; index everything again.
    return undefined;
  }
}
