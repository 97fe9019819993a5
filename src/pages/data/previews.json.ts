import type { APIRoute } from 'astro';
import { getRelationship } from '../../knowledge/relationship';
import { entityName, getSite } from '../../knowledge/site';
import { COLLECTION_LABELS, kindLabel } from '../../utils/labels';

/** What a preview card shows for each entity and dimension: name, type and one line. Loaded on first hover. */
export const GET: APIRoute = async () => {
	const { entities } = await getSite();
	const { dimensions } = await getRelationship();
	const previews = Object.fromEntries([
		...entities.map((e) => [e.id, [entityName(e), `${COLLECTION_LABELS[e.collection].singular} · ${kindLabel(e.data.kind)}`, e.data.description]]),
		// Dimension links carry data-entity="dimensions/<id>": their own key space, no clash with entity ids.
		...dimensions.map((v) => [`dimensions/${v.entry.id}`, [v.entry.data.title, 'Dimension of the relationship', v.entry.data.description]]),
	]);
	return new Response(JSON.stringify(previews), { headers: { 'content-type': 'application/json' } });
};
