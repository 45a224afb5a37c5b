/** `/topics/<topic>/feed.xml`: an Atom feed of one agenda topic's 50 newest letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { AgendaTopic } from '../../../records/agendaTopics.ts';
import type { LetterSummary } from '../../../records/letterSummary.ts';
import { siteData } from '../../../components/utils/siteData.ts';
import { atomFeedResponse } from '../../../components/utils/atomFeed.ts';

export const getStaticPaths: GetStaticPaths = () => siteData().topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } }));

export const GET: APIRoute<{ topic: AgendaTopic<LetterSummary> }> = ({ props: { topic }, site }) =>
  atomFeedResponse(topic.letters, { title: `议程主题：${topic.title}`, page: `/topics/${topic.id}/`, self: `/topics/${topic.id}/feed.xml`, site: site as URL });
