import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../knowledge/export-schema';
import { url } from '../../utils/paths';

/** The JSON Schema of /data/knowledge-base.json, generated from the collections' zod schemas. */
export const GET: APIRoute = ({ site }) => {
	const schema = exportJsonSchema(new URL(url('data/knowledge-base.schema.json'), site).href);
	return new Response(`${JSON.stringify(schema, null, 1)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
