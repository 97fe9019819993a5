import { authorKind } from '../citations/authors';
import { SITE } from '../config';
import { ENTITY_COLLECTIONS } from '../schemas';
import { formatOptionalDate } from '../schemas/date';
import { COLLECTION_LABELS, kindLabel } from '../utils/labels';
import type { CardSpec } from '../visuals/card';
import { siteLocator } from '../visuals/site-maps';
import { entityName, type Site } from './site';

// The pages that are neither an article nor an entity, with the titles they give BaseLayout.
// A page added without a line here has an og:image with no file: tests/build/share-cards.test.ts
// fails naming it.
const STATIC_PAGES: Array<{ path: string; title: string; type: string }> = [
	{ path: '', title: SITE.title, type: 'Knowledge base' },
	{ path: 'about/', title: 'About and sources', type: 'About' },
	{ path: 'search/', title: 'Search', type: 'Search' },
	{ path: 'timeline/', title: 'Timeline', type: 'Timeline' },
	{ path: 'map/', title: 'Map', type: 'Map' },
	{ path: 'graph/', title: 'Relations graph', type: 'Graph' },
	{ path: 'contested-figures/', title: 'Contested figures', type: 'Comparison' },
	{ path: '404', title: 'Page not found', type: 'Error' },
];

/** "Article", "Place · City", but "Treaty" rather than "Treaty · Treaty". */
function typeLine(singular: string, kind: string | undefined): string {
	const label = kind ? kindLabel(kind) : '';
	return label && label.toLowerCase() !== singular.toLowerCase() ? `${singular} · ${label}` : singular;
}

/** What the cards need of the relationship's prose pages (src/knowledge/relationship.ts). */
export interface RelationshipCards {
	overview?: { title: string; description: string };
	dimensions: Array<{ id: string; title: string; description: string }>;
}

/** Every page's card: the static pages, each collection's index, every article and entity, the overview and the dimensions. */
export function cardSpecs(site: Site, relationship: RelationshipCards = { dimensions: [] }): Array<{ path: string; spec: CardSpec }> {
	const indexes = (['articles', ...ENTITY_COLLECTIONS] as const).map((c) => ({ path: `${c}/`, spec: { title: COLLECTION_LABELS[c].plural, type: 'List', detail: COLLECTION_LABELS[c].intro } }));
	const articles = site.articles.map((a) => {
		// An unknown author is no name, as in the citation files (src/citations/authors.ts).
		const authors = a.data.authors.filter((au) => authorKind(au) !== 'unknown').map((au) => au.name).join(', ');
		// An institution that publishes its own work is named once.
		const byline = [authors, a.data.publication.name, formatOptionalDate(a.data.published)].filter((part, i, all) => all.indexOf(part) === i);
		return {
			path: `articles/${a.id}/`,
			spec: { title: a.data.title, type: typeLine('Article', a.data.kind), detail: byline.join(' · ') },
		};
	});
	const entities = site.entities.map((e) => {
		const data = e.data as Record<string, any>;
		const locator = e.collection === 'places' ? siteLocator(site, e.id, 460) : undefined;
		return {
			path: `${e.collection}/${e.id}/`,
			spec: { title: entityName(e), type: typeLine(COLLECTION_LABELS[e.collection].singular, data.kind), detail: data.description, ...(locator && { locator }) },
		};
	});
	const prose = [
		...(relationship.overview ? [{ path: 'relations/', spec: { title: relationship.overview.title, type: 'Overview', detail: relationship.overview.description } }] : []),
		{ path: 'dimensions/', spec: { title: 'Dimensions of the relationship', type: 'List' } },
		...relationship.dimensions.map((d) => ({ path: `dimensions/${d.id}/`, spec: { title: d.title, type: 'Dimension of the relationship', detail: d.description } })),
	];
	return [...STATIC_PAGES.map(({ path, title, type }) => ({ path, spec: { title, type } })), ...indexes, ...articles, ...entities, ...prose];
}
