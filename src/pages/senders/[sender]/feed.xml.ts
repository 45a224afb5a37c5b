/** `/senders/<slug>/feed.xml`: an Atom feed of one sender's 50 newest letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArchiveSender } from '../../../records/archiveSenders.ts';
import type { LetterSummary } from '../../../records/letterSummary.ts';
import { siteData } from '../../../components/utils/siteData.ts';
import { atomFeedResponse } from '../../../components/utils/atomFeed.ts';

export const getStaticPaths: GetStaticPaths = () => siteData().senders.map((sender) => ({ params: { sender: sender.slug }, props: { sender } }));

export const GET: APIRoute<{ sender: ArchiveSender<LetterSummary> }> = ({ props: { sender }, site }) =>
  atomFeedResponse(sender.letters, { title: `发信方：${sender.name}`, page: `/senders/${sender.slug}/`, self: `/senders/${sender.slug}/feed.xml`, site: site as URL });
