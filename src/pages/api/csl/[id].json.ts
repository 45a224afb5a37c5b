/** `/api/csl/<id>.json`: one letter as CSL-JSON (an array of one item, as reference managers import it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../components/utils/siteData.ts';
import { cslItem } from '../../../components/utils/cslItem.ts';

export const getStaticPaths: GetStaticPaths = () => siteData().letters.map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = ({ params, site }) => {
  const letter = siteData().letterRecord(params.id as string);
  return new Response(JSON.stringify([cslItem(letter, new URL(letter.url, site))]), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
