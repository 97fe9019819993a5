import { checkUrlsIn } from '../utils/safe-url';
import { UNDATED } from '../schemas/date';
import { formatCitation, type Citation } from '../schemas/citation';
import type { Mention } from './mentions';
import type { RelationGroup } from './relations';

type EntityInput = { id: string; collection: string; data: Record<string, any> };
type ArticleInput = { id: string; data: Record<string, any> };

/** Replaces parsed citations and dates with the compact forms a researcher can read and reuse. */
function plain(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.article === 'string' && typeof record.anchor === 'string') return formatCitation(record as unknown as Citation);
		if (typeof record.iso === 'string' && typeof record.precision === 'string') return record.iso;
		return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plain(v)]));
	}
	return value;
}

/**
 * The whole knowledge base as one JSON document: every entity with its facts and their
 * citations (`article-id#p-anchor`), its relations in both directions and where it is
 * mentioned; every article with its attribution. Deterministic: no timestamps.
 */
export function exportData(input: {
	siteUrl: string;
	/** Address of the export's JSON Schema, written as `$schema` so editors and validators find it. */
	schemaUrl: string;
	articles: ArticleInput[];
	entities: EntityInput[];
	relations: Map<string, RelationGroup[]>;
	mentions: Map<string, Mention[]>;
	urlOf: (collection: string, id: string) => string;
	/** The dimensions of the relationship, with the paragraphs each cites and its ranked paragraphs. */
	dimensions?: Array<{ id: string; data: Record<string, any>; cites: string[]; paragraphs: string[] }>;
	/** The overview of the relationship, if there is one, and its page. */
	overview?: { id: string; data: Record<string, any>; url: string; cites: string[] };
}) {
	const abs = (path: string) => new URL(path, input.siteUrl).href;
	const data = {
		$schema: input.schemaUrl,
		about: 'Russia–Kazakhstan relations knowledge base. Citations are "article-id#p-anchor": the article page URL plus that fragment.',
		// An undated source (its date parsed to undefined) is written as in frontmatter, "undated",
		// so that the field is present and the export keeps matching its schema.
		articles: input.articles.map((a) => ({ id: a.id, url: abs(input.urlOf('articles', a.id)), ...(plain({ ...a.data, published: a.data.published ?? UNDATED }) as object) })),
		entities: input.entities.map((e) => ({
			id: e.id,
			collection: e.collection,
			url: abs(input.urlOf(e.collection, e.id)),
			...(plain(e.data) as object),
			referencedBy: Object.fromEntries((input.relations.get(e.id) ?? []).map((g) => [g.label, g.items.map((i) => (i.note ? { id: i.id, note: i.note } : { id: i.id }))])),
			mentionedIn: (input.mentions.get(e.id) ?? []).map((m) => `${m.article}#${m.anchor}`),
		})),
		dimensions: (input.dimensions ?? []).map((d) => ({ id: d.id, url: abs(input.urlOf('dimensions', d.id)), ...(plain(d.data) as object), cites: d.cites, paragraphs: d.paragraphs })),
		...(input.overview ? { overview: { id: input.overview.id, url: abs(input.overview.url), ...(plain(input.overview.data) as object), cites: input.overview.cites } } : {}),
	};
	// Every address written into the export is a web address (src/utils/safe-url.ts).
	checkUrlsIn(data, 'knowledge-base.json');
	return data;
}
