import { describe, expect, it } from 'vitest';
import { groupResults, withHighlight } from '../../../src/search/results';

const para = (article: string, n: number, excerpt = `text ${n}`) => ({
	url: `/articles/${article}/#p-${n}`,
	excerpt,
	meta: { kind: 'paragraph', title: `X 2015 ¶${n}`, article: `Title of ${article}`, paragraph: String(n), date: 'January 2015' },
});
const page = (url: string, type: string, title: string) => ({ url, excerpt: `about ${title}`, meta: { title, type } });

describe('grouping results', () => {
	it('gathers an article’s paragraphs under one entry at the place of its best hit, in rank order', () => {
		const entries = groupResults([para('a', 12), page('/actors/x/', 'Actor', 'X'), para('a', 3), para('b', 1), page('/articles/a/', 'Article', 'Title of a')], ['rent']);
		expect(entries.map((e) => e.url)).toEqual(['/articles/a/?highlight=rent', '/actors/x/?highlight=rent', '/articles/b/?highlight=rent']);
		expect(entries[0]!.paragraphs.map((p) => p.n)).toEqual(['12', '3']);
		expect(entries[0]!.paragraphs[0]!.url).toBe('/articles/a/?highlight=rent#p-12');
		// The article page itself, found too, gives the entry its own excerpt.
		expect(entries[0]!.excerpt).toBe('about Title of a');
		expect(entries[2]).toMatchObject({ title: 'Title of b', type: 'Article', date: 'January 2015' });
		expect(entries[1]).toMatchObject({ type: 'Actor', paragraphs: [] });
	});

	it('shows more than three paragraphs when they match, up to the limit', () => {
		const entries = groupResults(Array.from({ length: 9 }, (_, i) => para('a', i + 1)), [], 6);
		expect(entries[0]!.paragraphs).toHaveLength(6);
	});

	it('adds one highlight parameter per word, before the fragment, and none without words', () => {
		expect(withHighlight('/articles/a/#p-1', ['Baikonur', 'rent'])).toBe('/articles/a/?highlight=Baikonur&highlight=rent#p-1');
		expect(withHighlight('/actors/x/', ['Назарбаев'])).toBe('/actors/x/?highlight=%D0%9D%D0%B0%D0%B7%D0%B0%D1%80%D0%B1%D0%B0%D0%B5%D0%B2');
		expect(withHighlight('/actors/x/', [])).toBe('/actors/x/');
	});
});

describe('clean excerpts', () => {
	it('moves punctuation out of highlights, drops note markers, and marks the names a query matched through links', async () => {
		const { cleanExcerpt } = await import('../../../src/search/results');
		expect(cleanExcerpt('the <mark>Treaty.</mark> of member states[5] and <mark>“Baikonur”</mark>', [])).toBe('the <mark>Treaty</mark>. of member states and “<mark>Baikonur</mark>”');
		expect(cleanExcerpt('In 2013, Nazarbayev and Putin met', ['Elbasy', 'Nursultan Nazarbayev'])).toBe('In 2013, <mark>Nazarbayev</mark> and Putin met');
		expect(cleanExcerpt('Russia &amp; <mark>Kazakhstan&#39;s</mark> &lt;b&gt;', [])).toBe('Russia &amp; <mark>Kazakhstan&#39;s</mark> &lt;b&gt;'.replace('&#39;', "'"));
	});

	it('an entity page shows a sentence of its summary, not the labels and alias lists around its matched words', () => {
		const [entry] = groupResults([{ url: '/actors/x/', excerpt: 'Also known as: X (Russian). Type Person Roles President', meta: { title: 'X', type: 'Actor', summary: 'Long-serving president of Kazakhstan.' } }], ['president']);
		expect(entry!.excerpt).toBe('Long-serving <mark>president</mark> of Kazakhstan.');
	});
});
