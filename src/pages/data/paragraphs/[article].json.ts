import type { APIRoute, GetStaticPaths } from 'astro';
import { citationLabel } from '../../../knowledge/citations';
import { getSite } from '../../../knowledge/site';

/**
 * One article's paragraphs for citation previews: `{ label, paragraphs: { anchor: [number, text] } }`.
 * A page loads an article's file the first time a reader hovers or focuses a citation of it.
 */
export const getStaticPaths = (async () => {
	const { articles } = await getSite();
	return articles.map((article) => ({ params: { article: article.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const site = await getSite();
	const article = site.articleById.get(params.article!)!;
	const prefix = `${article.id}#`;
	const paragraphs: Record<string, [number, string]> = {};
	for (const [key, text] of site.paragraphTexts) {
		if (key.startsWith(prefix)) paragraphs[key.slice(prefix.length)] = [site.paragraphNumbers.get(key)!, text];
	}
	return new Response(JSON.stringify({ label: citationLabel(article), title: article.data.title, paragraphs }), { headers: { 'content-type': 'application/json' } });
};
