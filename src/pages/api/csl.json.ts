/** `/api/csl.json`: every letter as CSL-JSON, for reference managers (a month's: `/api/csl/<YYYY-MM>.json`). */
import type { APIRoute } from 'astro';
import { siteData } from '../../components/utils/siteData.ts';
import { cslItem } from '../../components/utils/cslItem.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(siteData().letters.map((letter) => cslItem(letter, new URL(letter.url, site)))), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
