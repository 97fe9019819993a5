import type { APIRoute } from 'astro';
import { exportData } from '../../knowledge/export';
import { exportSchema } from '../../knowledge/export-schema';
import { proseCitations } from '../../knowledge/dimensions';
import { getRelationship } from '../../knowledge/relationship';
import { getSite } from '../../knowledge/site';
import { entryUrl, url } from '../../utils/paths';

/** The published data export: all entities, their relations and citations, as JSON. */
export const GET: APIRoute = async ({ site }) => {
	const { articles, entities, relations, mentions } = await getSite();
	const schemaUrl = new URL(url('data/knowledge-base.schema.json'), site).href;
	const relationship = await getRelationship();
	const keys = (text: string) => proseCitations(text).map((c) => `${c.article}#${c.anchor}`);
	const dimensions = relationship.dimensions.map((v) => ({
		id: v.entry.id,
		data: v.entry.data,
		cites: keys(`${v.entry.data.lead}\n${v.entry.body ?? ''}`),
		paragraphs: v.paragraphs.map((p) => `${p.article}#${p.anchor}`),
	}));
	const { overview: o } = relationship;
	const overview = o ? { id: o.id, data: o.data, url: url('relations/'), cites: keys(o.body ?? '') } : undefined;
	const data = exportData({ siteUrl: site!.href, schemaUrl, articles, entities, relations, mentions, urlOf: entryUrl, dimensions, overview });
	// The export must match the schema published beside it; a mismatch is a bug in the export code.
	const checked = exportSchema().safeParse(data);
	if (!checked.success) throw new Error(`knowledge-base.json does not match its schema:\n${checked.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
	return new Response(JSON.stringify(data, null, 1), { headers: { 'content-type': 'application/json' } });
};
