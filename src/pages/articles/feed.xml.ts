import type { APIRoute } from 'astro';
import { accessDate } from '../../citations/access-date';
import { atomFeed, newestFirst } from '../../citations/feed';
import { getCitations } from '../../citations/site';
import { SITE } from '../../config';
import { getSite } from '../../knowledge/site';
import { url } from '../../utils/paths';

/** The articles as an Atom feed, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const { articles } = await getSite();
	const citations = await getCitations();
	const sorted = [...articles].sort((a, b) => newestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id));
	// The feed changes when the corpus does: the commit date, else the newest article's date
	// (else, with neither, the Unix epoch rather than the build's clock, to stay reproducible).
	const updated = accessDate() ?? sorted.find((a) => a.data.published)?.data.published ?? ({ iso: '1970', precision: 'year', year: 1970 } as const);
	const xml = atomFeed({
		title: `${SITE.title}: articles`,
		subtitle: SITE.description,
		siteUrl: new URL(url(''), site).href,
		feedUrl: new URL(url('articles/feed.xml'), site).href,
		updated,
		entries: sorted.map((a) => {
			const c = citations.get(a.id)!;
			return { item: c.item, pageUrl: c.pageUrl, published: a.data.published, topics: a.data.topics };
		}),
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
