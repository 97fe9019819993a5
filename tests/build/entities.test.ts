import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { isEntityCollection } from '../../src/schemas';
import { namesOf, validateContent } from '../../src/knowledge/integrity';
import { normalizeName } from '../../src/utils/names';
import { DIST, ROOT } from '../helpers/build';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// Assertions on the real content, as built into dist/ by the global setup.
const { entries, errors } = validateContent(ROOT);
const articles = entries.filter((e) => e.collection === 'articles');
const entities = entries.filter((e) => isEntityCollection(e.collection));

const articleText = new Map<string, string>();
const articleIds = new Map<string, Set<string>>();
for (const article of articles) {
	const tree = readPage(DIST, `articles/${article.id}/`);
	const body = select('[data-article-body]', tree)!;
	// The whole article counts as naming an entity: its byline names the authors and the venue.
	articleText.set(article.id, normalizeName(toString(select('main article', tree)!)));
	articleIds.set(article.id, new Set((selectAll('[id]', body) as Element[]).map((n) => attr(n, 'id')!)));
}

describe('entity content', () => {
	it('passes the integrity check: references, citations, unique names and ids', () => {
		expect(errors).toEqual([]);
	});

	it('has pages in every collection', () => {
		for (const collection of ['actors', 'treaties', 'organizations', 'places', 'events']) {
			expect(entities.filter((e) => e.collection === collection).length, collection).toBeGreaterThan(0);
		}
	});

	it.each(entities.map((e) => [`${e.collection}/${e.id}`, e]))('%s: every citation on the page opens an existing paragraph', (path) => {
		const tree = readPage(DIST, `${path}/`);
		const cites = selectAll('a.cite', tree) as Element[];
		expect(cites.length).toBeGreaterThan(0);
		for (const cite of cites) {
			const [article, anchor] = attr(cite, 'dataCite')!.split('#') as [string, string];
			expect(articleIds.get(article)?.has(anchor), `${path} cites ${article}#${anchor}`).toBe(true);
		}
	});

	it.each(entities.map((e) => [`${e.collection}/${e.id}`, e]))('%s: has a summary, and every paragraph of it is cited', (path) => {
		const tree = readPage(DIST, `${path}/`);
		const paragraphs = selectAll('.prose > p, .prose > ul > li', tree) as Element[];
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const p of paragraphs) expect(select('a.cite', p), `uncited: "${toString(p).slice(0, 80)}"`).toBeTruthy();
	});

	// Possessives count: normalizeName drops the apostrophe, so "Kazakhstan’s" reads "kazakhstans".
	// Events are left out: the articles often tell an event ("two suicide bombers blew themselves
	// up in Astana and Aktobe") without naming it; its page cites the paragraphs that tell it.
	const named = entities.filter((e) => e.collection !== 'events');
	it.each(named.map((e) => [`${e.collection}/${e.id}`, e]))('%s: is mentioned in at least one article by one of its names', (_, entity) => {
		const names = namesOf(entity).map(normalizeName);
		const found = [...articleText.values()].some((text) => names.some((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?($|[^\\p{L}\\p{N}])`, 'u').test(text)));
		expect(found, `none of ${JSON.stringify(names)} occurs in an article`).toBe(true);
	});
});
