/**
 * The article frontmatter: built in a fixed key order, serialised with the `yaml` package,
 * and validated against the site's own schema (src/schemas/article.ts) before it is written,
 * so an invalid article fails at ingest rather than at build.
 *
 * Dates are written as quoted strings at the precision the texts establish ('2010-11-19',
 * '2015-01'): unquoted, a YAML 1.1 reader would turn a full date into a timestamp and a
 * year into a number.
 */
import { Document, isMap, isScalar, Scalar } from 'yaml';
import { articleSchema } from '../schemas/article';
import type { ArticleEntry } from './manifest';

export interface FrontmatterInput {
	entry: ArticleEntry;
	file: string;
	abstract: string;
	repairs: readonly string[];
}

/** The frontmatter object, keys in the order they are written. */
export function buildFrontmatter({ entry, file, abstract, repairs }: FrontmatterInput): Record<string, unknown> {
	const fm = entry.frontmatter;
	const data: Record<string, unknown> = {
		title: fm.title,
		authors: fm.authors.map((a) => ({
			name: a.name,
			...(a.kind !== undefined ? { kind: a.kind } : {}),
			...(a.affiliation !== undefined ? { affiliation: a.affiliation } : {}),
			...(a.actor !== undefined ? { actor: a.actor } : {}),
			...(a.organization !== undefined ? { organization: a.organization } : {}),
		})),
		publication: {
			name: fm.publication.name,
			...(fm.publication.issue !== undefined ? { issue: fm.publication.issue } : {}),
			...(fm.publication.url !== undefined ? { url: fm.publication.url } : {}),
			...(fm.publication.organization !== undefined ? { organization: fm.publication.organization } : {}),
		},
		// Written only when declared, so articles without it stay byte-identical (the schema defaults it).
		...(fm.kind !== undefined ? { kind: fm.kind } : {}),
		published: fm.published,
		source: { file, ...(fm.url !== undefined ? { url: fm.url } : {}), repairs: [...repairs] },
		abstract,
		abstractSource: entry.abstract.from === 'lead' ? 'lead' : 'printed',
		language: fm.language,
	};
	if (fm.truncated) data.truncated = { note: fm.truncated.note };
	data.topics = [...fm.topics];
	data.attribution = fm.attribution.map((a) => ({ field: a.field, note: a.note }));
	// Written only when declared, so articles without it stay byte-identical.
	if (entry.noLink.length > 0) data.noLink = entry.noLink.map((n) => ({ paragraph: n.paragraph, names: [...n.names] }));
	return data;
}

/** Throws with every schema issue if the frontmatter would not validate on the site. */
export function validateFrontmatter(id: string, data: Record<string, unknown>): void {
	const result = articleSchema.safeParse(data);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `  - ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
		throw new Error(`${id}: frontmatter does not match src/schemas/article.ts:\n${issues}`);
	}
}

/** YAML text of the frontmatter (without the `---` fences); `published` always quoted. */
export function serializeFrontmatter(data: Record<string, unknown>): string {
	const doc = new Document(data);
	if (isMap(doc.contents)) {
		const published = doc.contents.get('published', true);
		if (isScalar(published)) published.type = Scalar.QUOTE_SINGLE;
	}
	return doc.toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true });
}
