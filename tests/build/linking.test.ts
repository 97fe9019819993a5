import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/build';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// Mention links in the built articles: a known name inside a longer proper name stays unlinked
// (src/knowledge/alias-matcher.ts), a name after a title or before a possessive still links.
const paragraph = (article: string, anchor: string) => select(`#${anchor}`, readPage(DIST, `articles/${article}/`))! as Element;
const links = (p: Element) => (selectAll('a.mention', p) as Element[]).map((a) => [toString(a), attr(a, 'href')]);

describe('mention links around longer names', () => {
	it('links the Free Trade Area of the CIS as a whole, not the CIS inside it', () => {
		const found = links(paragraph('caspian-institute-road-map-2030', 'p-it-should-be-acknowledged-that-our'));
		expect(found).toContainEqual(['Free Trade Area of the CIS', '/treaties/cis-free-trade-area/']);
		expect(found.filter(([, href]) => href === '/organizations/cis/')).toEqual([]);
	});

	it('does not link a place inside the name of a forum the matcher does not know as a whole', () => {
		const p = paragraph('ukdiss-cooperation-to-coercion', 'p-continuing-on-from-the-previous-period');
		expect(toString(p)).toContain('Seliger National Youth Forum');
		expect(links(p).filter(([text]) => text === 'Seliger')).toEqual([]);
	});

	it('still links names after a title and before a possessive', () => {
		const found = links(paragraph('caspian-institute-road-map-2030', 'p-the-growing-strategic-importance-of-kazakhstan'));
		expect(found.map(([text]) => text)).toContain('RF');
		// The real pages: some paragraph's first mention of Russia is "Russia’s", linked without the possessive.
		const html = readFileSync(join(DIST, 'articles', 'kukeyeva-strategic-partnership', 'index.html'), 'utf8');
		expect(html).toMatch(/<a href="\/actors\/russia\/" class="mention" data-entity="russia">Russia<\/a>’s/);
	});
});
