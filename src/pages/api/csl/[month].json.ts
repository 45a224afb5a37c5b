/**
 * `/api/csl/<YYYY-MM>.json`: the letters of a month of letter date as CSL-JSON, by
 * date then id, grouped like `api/documents/<YYYY-MM>.json` so that the site holds
 * a file per month, not per letter (a letter's own item is a download on its page).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { LetterSummary } from '../../../records/letterSummary.ts';
import { siteData } from '../../../components/utils/siteData.ts';
import { cslItem } from '../../../components/utils/cslItem.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const months = new Map<string, LetterSummary[]>();
  for (const letter of siteData().letters) {
    const month = letter.letterDate.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), letter]);
  }
  return [...months].map(([month, letters]) => ({ params: { month }, props: { letters } }));
};

export const GET: APIRoute<{ letters: LetterSummary[] }> = ({ props: { letters }, site }) =>
  new Response(JSON.stringify(letters.map((letter) => cslItem(letter, new URL(letter.url, site)))), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
