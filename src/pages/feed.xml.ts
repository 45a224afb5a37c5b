/** `/feed.xml`: an Atom feed of the archive's 50 newest letters. */
import type { APIRoute } from 'astro';
import { siteData } from '../components/utils/siteData.ts';
import { atomFeed } from '../components/utils/atomFeed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed(siteData().letters, { title: '最新信函', page: '/', self: '/feed.xml', site: site as URL }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
