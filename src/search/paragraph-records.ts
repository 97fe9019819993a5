import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

/**
 * Every article paragraph is its own search record, so a question is answered by the
 * paragraph that holds its words, opened at `#p-…`.
 *
 * Why custom records (`index.addCustomRecord`) rather than Pagefind sub-results (`id` +
 * `data-pagefind-title` on each paragraph):
 * - Ranking. Pagefind ranks pages; sub-results are only sorted inside a page already chosen.
 *   A long article holding every word somewhere would rank as one page, and the paragraph
 *   that holds them together would not be measured at all. As records, paragraphs compete
 *   with entity pages on equal terms (BM25 over the paragraph alone).
 * - Bytes. Showing a page's sub-results needs its whole fragment: a 20–30 KB article for every
 *   article result. A paragraph record's fragment is under 1 KB.
 * The article page itself stays indexed by its title, byline and abstract (its body is
 * `data-pagefind-ignore`d), so "Kusznir" or an article's title still finds it.
 */
export interface ParagraphRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** Attributes the article page writes on its body for these records (src/pages/articles/[id].astro). */
export const RECORD_ATTRIBUTES = {
	label: 'data-search-label',
	date: 'data-search-date',
	decade: 'data-search-decade',
} as const;

/** The filter listing the entities a paragraph names, by id. */
export const ENTITY_FILTER = 'entity';

/** The Pagefind meta `kind` of a paragraph record; the client labels and groups results by it. */
export const PARAGRAPH_KIND = 'paragraph';

/** Text a reader reads: no ¶ links, footnote markers or other marked non-text, spaces between blocks. */
function readableText(node: Root | RootContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	if (node.type === 'element') {
		const p = node.properties ?? {};
		if (p.dataPagefindIgnore !== undefined || p.dataNontext !== undefined || p.dataFootnoteRef !== undefined || node.tagName === 'sup') return '';
	}
	const inner = node.children.map(readableText).join('');
	return node.type === 'element' && /^(p|li|ul|ol|div|h\d|blockquote|br|td|th|tr)$/.test(node.tagName) ? ` ${inner} ` : inner;
}

const attr = (el: Element, name: string) => {
	const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
	const v = el.properties?.[key];
	return v === undefined || v === null ? undefined : String(v);
};

/**
 * The paragraph records of one built article page. `pageUrl` is the page's URL below the site's
 * base path ("/articles/kusznir-long-alliance/"): Pagefind prefixes the base as it does for pages.
 * Pages without an article body give none.
 */
export function paragraphRecords(html: string, pageUrl: string): ParagraphRecord[] {
	const tree = fromHtml(html);
	const body = select('[data-article-body]', tree);
	if (!body) return [];
	const label = attr(body, RECORD_ATTRIBUTES.label) ?? '';
	const date = attr(body, RECORD_ATTRIBUTES.date);
	const decade = attr(body, RECORD_ATTRIBUTES.decade);
	const title = (select('h1', tree) && readableText(select('h1', tree)!).replace(/\s+/g, ' ').trim()) || label;
	const language = String(select('html', tree)?.properties?.lang ?? 'en');
	return selectAll('[data-anchor][id]', body).flatMap((el) => {
		const n = attr(el, 'data-anchor')!;
		const content = readableText(el).replace(/\s+/g, ' ').trim();
		// The entities the paragraph names (linked by remark-entity-links): a query by any of their names finds it.
		const entities = [...new Set(selectAll('[data-entity]', el).map((a) => attr(a, 'data-entity')!))].sort();
		if (!content) return [];
		return [
			{
				url: `${pageUrl}#${attr(el, 'id')}`,
				content,
				language,
				meta: {
					title: `${label} ¶${n}`,
					kind: PARAGRAPH_KIND,
					type: 'Article paragraph',
					article: title,
					paragraph: n,
					...(date ? { date } : {}),
				},
				// Filtered as "Article", so the Type filter keeps an article's paragraphs with it.
				filters: { type: ['Article'], ...(decade ? { decade: [decade] } : {}), ...(entities.length ? { [ENTITY_FILTER]: entities } : {}) },
			},
		];
	});
}
