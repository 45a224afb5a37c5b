/** `/api/csl/<id>.json`: one letter as CSL-JSON (an array of one item, as reference managers import it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { LetterRecord } from '../../../records/schema.ts';
import { siteData } from '../../../components/utils/siteData.ts';
import { cslItem } from '../../../components/utils/cslItem.ts';

export const getStaticPaths: GetStaticPaths = () => siteData().letters.map((letter) => ({ params: { id: letter.id }, props: { letter } }));

export const GET: APIRoute<{ letter: LetterRecord }> = ({ props: { letter }, site }) =>
  new Response(JSON.stringify([cslItem(letter, new URL(letter.url, site))]), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
