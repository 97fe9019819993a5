import { z } from 'zod';
import { COLLECTION_SCHEMAS, ENTITY_COLLECTIONS } from '../schemas';
import { CITATION } from '../schemas/citation';
import { SLUG } from '../schemas/ids';

/**
 * The shape of /data/knowledge-base.json, composed from the collections' own schemas, so a
 * field or a collection added to src/schemas/ joins the export and its published JSON Schema
 * without an edit here. Values are written as in frontmatter (the schemas' input side): a date
 * as `2010-11-19`, `2010-11` or `2010`, a citation as `article-id#p-anchor`, a reference as an id.
 */
export function exportSchema() {
	const id = z.string().regex(SLUG).describe('The entry id: its file name and the last segment of its URL.');
	const url = z.url().describe('The page of this entry on the site.');
	const shapeOf = (name: keyof typeof COLLECTION_SCHEMAS) => (COLLECTION_SCHEMAS[name] as unknown as z.ZodObject).shape;
	const article = z.strictObject({ id, url, ...shapeOf('articles') }).describe('A source article with its attribution.');
	const entity = (name: (typeof ENTITY_COLLECTIONS)[number]) =>
		z
			.strictObject({
				id,
				collection: z.literal(name),
				url,
				...shapeOf(name),
				referencedBy: z
					.record(z.string(), z.array(z.strictObject({ id: z.string().regex(SLUG), note: z.string().optional() })))
					.describe('Other entities that refer to this one, grouped by how (the reverse of their relations).'),
				mentionedIn: z.array(z.string().regex(CITATION)).describe('Every article paragraph that names this entity, as article-id#p-anchor.'),
			})
			.describe(`An entry of the ${name} collection.`);
	const [first, ...rest] = ENTITY_COLLECTIONS.map(entity);
	const cites = z.array(z.string().regex(CITATION)).describe('Every article paragraph its text cites, as article-id#p-anchor, in order of first use.');
	const dimension = z
		.strictObject({
			id,
			url,
			...shapeOf('dimensions'),
			cites,
			paragraphs: z.array(z.string().regex(CITATION)).describe('The article paragraphs that discuss this dimension, best first (cited, on its topic, naming its entities).'),
		})
		.describe('A dimension of the relationship: our summary, the article topics and entities it covers.');
	const overview = z.strictObject({ id, url, ...shapeOf('overview'), cites }).describe('The overview of the relationship.');
	return z
		.strictObject({
			$schema: z.url().describe('The address of this JSON Schema.'),
			about: z.string(),
			articles: z.array(article),
			entities: z.array(z.discriminatedUnion('collection', [first!, ...rest])),
			dimensions: z.array(dimension),
			overview: overview.optional(),
		})
		.describe('The Russia–Kazakhstan relations knowledge base: every article and entity with its cited facts.');
}

const ISO_DATE = '\\d{4}(?:-\\d{2}(?:-\\d{2})?)?';

/**
 * A schema that takes anything and turns it into a date (src/schemas/date.ts) has no JSON
 * Schema of its own input; tell it by what it accepts, not by name, so that date schemas added
 * later (a decade, say) are described too: a string at each precision the schema parses.
 */
function dateJsonSchema(schema: z.ZodType): { type: 'string'; pattern: string; description: string } | undefined {
	const parsed = schema.safeParse('2005');
	if (!parsed.success || typeof parsed.data !== 'object' || parsed.data === null || !('precision' in parsed.data)) return undefined;
	const decade = schema.safeParse('1950s').success;
	return {
		type: 'string',
		pattern: decade ? `^(?:${ISO_DATE}|\\d{3}0s)$` : `^${ISO_DATE}$`,
		description: `A date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD${decade ? ', or a decade as 1950s' : ''}.`,
	};
}

/** The JSON Schema (draft 2020-12) of the export, generated with zod's z.toJSONSchema. */
export function exportJsonSchema(schemaUrl: string): Record<string, unknown> {
	const json = z.toJSONSchema(exportSchema(), {
		io: 'input',
		override(ctx) {
			const schema = ctx.zodSchema as unknown as z.ZodType;
			const def = schema._zod.def as { type: string; in?: z.ZodType };
			if (def.type !== 'pipe' || def.in?._zod.def.type !== 'unknown') return;
			const date = dateJsonSchema(schema);
			if (!date) return;
			for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
			Object.assign(ctx.jsonSchema, date);
		},
	});
	return { $schema: json.$schema, $id: schemaUrl, title: 'Russia–Kazakhstan relations knowledge base', ...json };
}
