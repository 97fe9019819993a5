import type { APIRoute } from 'astro';
import { entityName, getSite } from '../../knowledge/site';
import { COLLECTION_LABELS, kindLabel } from '../../utils/labels';

/** What a preview card shows for each entity: name, type and one line. Loaded on first hover. */
export const GET: APIRoute = async () => {
	const { entities } = await getSite();
	const previews = Object.fromEntries(
		entities.map((e) => [e.id, [entityName(e), `${COLLECTION_LABELS[e.collection].singular} · ${kindLabel(e.data.kind)}`, e.data.description]]),
	);
	return new Response(JSON.stringify(previews), { headers: { 'content-type': 'application/json' } });
};
