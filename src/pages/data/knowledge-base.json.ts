import type { APIRoute } from 'astro';
import { exportData } from '../../knowledge/export';
import { getSite } from '../../knowledge/site';
import { entryUrl } from '../../utils/paths';

/** The published data export: all entities, their relations and citations, as JSON. */
export const GET: APIRoute = async ({ site }) => {
	const { articles, entities, relations, mentions } = await getSite();
	const data = exportData({ siteUrl: site!.href, articles, entities, relations, mentions, urlOf: entryUrl });
	return new Response(JSON.stringify(data, null, 1), { headers: { 'content-type': 'application/json' } });
};
