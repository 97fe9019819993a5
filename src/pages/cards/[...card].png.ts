import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config';
import { cardPath } from '../../knowledge/card-path';
import { cardSpecs } from '../../knowledge/cards';
import { getRelationship } from '../../knowledge/relationship';
import { getSite } from '../../knowledge/site';
import type { CardSpec } from '../../visuals/card';
import { cachedCardPng } from '../../visuals/card-cache';

/**
 * Every page's share card (og:image), 1200×630 PNG, at cards/<page path>.png. An endpoint rather
 * than a build hook: it runs inside Astro's build, so the cards come from the same knowledge and
 * locator maps as the pages (no re-reading of built HTML), `astro dev` serves them too, and the
 * files are listed like any other route.
 */
export const getStaticPaths = (async () => {
	const site = await getSite();
	const { overview, dimensions } = await getRelationship();
	const relationship = {
		overview: overview && { title: overview.data.title, description: overview.data.description },
		dimensions: dimensions.map((v) => ({ id: v.entry.id, title: v.entry.data.title, description: v.entry.data.description })),
	};
	return cardSpecs(site, relationship).map(({ path, spec }) => ({ params: { card: cardPath(path).replace(/^cards\/|\.png$/g, '') }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await cachedCardPng((props as { spec: CardSpec }).spec, SITE.title);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
