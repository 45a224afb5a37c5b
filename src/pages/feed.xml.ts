/** `/feed.xml`: an Atom feed of the archive's 50 newest letters. */
import type { APIRoute } from 'astro';
import { siteData } from '../components/utils/siteData.ts';
import { atomFeedResponse } from '../components/utils/atomFeed.ts';

export const GET: APIRoute = ({ site }) => atomFeedResponse(siteData().letters, { title: '最新信函', page: '/', self: '/feed.xml', site: site as URL });
