import { describe, expect, it } from 'vitest';
import { paragraphRecords } from '../../../src/search/paragraph-records';

const html = `<!doctype html><html lang="en"><body><article>
<h1>Russia’s borders</h1>
<div class="prose" data-article-body data-pagefind-ignore data-search-label="Kusznir 2015" data-search-date="January 2015" data-search-decade="2010s">
<h2 id="tensions">Tensions</h2>
<p id="p-one-area" data-anchor="12">One area of disagreement is the <a href="/organizations/eeu/" data-entity="eurasian-economic-union">Eurasian Economic Union</a>, for <a href="/actors/russia/" data-entity="russia">Russia</a>.<sup><a href="#fn1" data-footnote-ref>1</a></sup> <a href="#p-one-area" class="anchor-link" data-nontext data-pagefind-ignore>¶12</a></p>
<ul><li id="p-item" data-anchor="13">A list item<a class="cite" data-pagefind-ignore href="#">[X 2015, ¶1]</a></li></ul>
</div></article></body></html>`;

describe('paragraph records', () => {
	it('makes one record per anchored paragraph, with clean text, its article, number, type, date and the entities it names', () => {
		const records = paragraphRecords(html, '/articles/kusznir-long-alliance/');
		expect(records).toHaveLength(2);
		expect(records[0]).toEqual({
			url: '/articles/kusznir-long-alliance/#p-one-area',
			content: 'One area of disagreement is the Eurasian Economic Union, for Russia.',
			language: 'en',
			meta: { title: 'Kusznir 2015 ¶12', kind: 'paragraph', type: 'Article paragraph', article: 'Russia’s borders', paragraph: '12', date: 'January 2015' },
			filters: { type: ['Article'], decade: ['2010s'], entity: ['eurasian-economic-union', 'russia'] },
		});
		expect(records[1]!.content).toBe('A list item');
	});

	it('gives none for a page without an article body', () => {
		expect(paragraphRecords('<html><body><p id="p-x" data-anchor="1">x</p></body></html>', '/about/')).toEqual([]);
	});
});
