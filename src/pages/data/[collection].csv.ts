import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionCsv } from '../../knowledge/csv';
import { getSite } from '../../knowledge/site';
import { COLLECTION_SCHEMAS, ENTITY_COLLECTIONS, type EntityCollectionName } from '../../schemas';
import { entryUrl } from '../../utils/paths';

/** One CSV per entity collection, for spreadsheets: /data/actors.csv, /data/treaties.csv, … */
export const getStaticPaths = (() => ENTITY_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const collection = params.collection as EntityCollectionName;
	const { entities } = await getSite();
	const fields = Object.keys((COLLECTION_SCHEMAS[collection] as unknown as { shape: Record<string, unknown> }).shape);
	const rows = entities.filter((e) => e.collection === collection);
	const csv = collectionCsv(rows, fields, (id) => new URL(entryUrl(collection, id), site).href);
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
