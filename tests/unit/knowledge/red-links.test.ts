import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../../../src/knowledge/alias-matcher';
import { redLinks, textBlocks, unknownNames, vocabularyOf } from '../../../src/knowledge/red-links';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';

const matcher = new AliasMatcher([
	{ name: 'Russia', entity: 'russia' },
	{ name: 'Kazakhstan', entity: 'kazakhstan' },
	{ name: 'CIS', entity: 'cis' },
	{ name: 'EAEU', entity: 'eaeu' },
	{ name: 'Putin', entity: 'putin' },
]);

const corpus = [
	'The Free Trade Area of the CIS competed with the EAEU. The states were not alone.',
	'However, President Putin met the Kazakhstan Institute for Strategic Studies in May. Russia and Kazakhstan agreed.',
	'Secondly, Russian-led and Kazakhstani forces trained. In 2014 the Seliger National Youth Forum heard Putin.',
	'the state, the union, the however, however',
];
const vocabulary = vocabularyOf(corpus);
const names = (text: string) => unknownNames(text, matcher, vocabulary);

describe('proper-name detection for red links', () => {
	it('finds capitalised runs bound by connectors, with known names inside them', () => {
		expect(names(corpus[0]!)).toEqual(['Free Trade Area of the CIS']);
		expect(names(corpus[1]!)).toEqual(['Kazakhstan Institute for Strategic Studies']);
	});

	it('drops sentence openers, titles, months, nationalities and what the matcher links', () => {
		expect(names('However, President Putin met Russia and Kazakhstan in May.')).toEqual([]);
		expect(names(corpus[2]!)).toEqual(['Seliger National Youth Forum']);
	});

	it('keeps a possessive outside the name', () => {
		expect(names('It spoke of the Seliger National Youth Forum’s aims.')).toEqual(['Seliger National Youth Forum']);
	});
});

describe('red links over articles', () => {
	const article = (body: string) => textBlocks(parseArticleMarkdown(body));
	const a = article('The Astana Times wrote about the Free Trade Area of the CIS.[^1]\n\n[^1]: Astana Times, 2014.\n');
	const b = article('Russia joined the Free Trade Area of the CIS.\n\n## Works Cited\n\n- London: Routledge.\n');

	it('marks footnotes and everything after a Works Cited heading as notes, with the paragraphs\' anchors', () => {
		expect(a.map((x) => [x.part, x.anchor])).toEqual([['body', 'p-the-astana-times-wrote-about-the'], ['notes', undefined]]);
		expect(b.map((x) => [x.part, x.anchor])).toEqual([['body', 'p-russia-joined-the-free-trade-area'], ['notes', 'p-london-routledge']]);
	});

	it('ranks by number of articles, then occurrences, body and notes counted apart', () => {
		const ranked = redLinks([{ id: 'a', blocks: a }, { id: 'b', blocks: b }], matcher);
		expect(ranked[0]).toEqual({ name: 'Free Trade Area of the CIS', body: 2, notes: 0, articles: ['a', 'b'], first: 'a#p-the-astana-times-wrote-about-the' });
		expect(ranked.find((r) => r.name === 'Astana Times')).toMatchObject({ name: 'Astana Times', body: 1, notes: 1, articles: ['a'] });
		expect(ranked.find((r) => r.name === 'Routledge')).toEqual({ name: 'Routledge', body: 0, notes: 1, articles: ['b'], first: 'b#p-london-routledge' });
	});
});
