import { describe, expect, it } from 'vitest';
import { entityContents } from '../../../src/knowledge/entity-contents';
import { figureAnchor, figureFlags } from '../../../src/knowledge/figures';

const cite = (article: string, anchor: string) => ({ article, anchor });

describe('contested figures flagged in articles', () => {
	it('maps each paragraph that states a contested figure to the figure, once per topic', () => {
		const flags = figureFlags([
			{ figures: [{ topic: 'Border length', claims: [{ value: '6,000 km', cite: [cite('a', 'p-1')] }, { value: '7,500 km', cite: [cite('b', 'p-2'), cite('a', 'p-1')] }] }] },
			{ figures: [{ topic: 'Agreed figure', claims: [{ value: '10', cite: [cite('a', 'p-3')] }, { value: '10', cite: [cite('b', 'p-4')] }] }] },
		]);
		expect([...flags.keys()].sort()).toEqual(['a#p-1', 'b#p-2']);
		expect(flags.get('a#p-1')).toEqual([{ topic: 'Border length', anchor: 'figure-border-length' }]);
	});

	it('gives each topic a stable id', () => {
		expect(figureAnchor('Length of the Russia–Kazakhstan border')).toBe('figure-length-of-the-russia-kazakhstan-border');
	});
});

describe('an entity page’s contents', () => {
	const empty = { timelineOf: new Map(), relations: new Map(), articlesOf: new Map(), coMentions: new Map(), mentions: new Map() };

	it('lists the prose headings, then only the sections the page shows', () => {
		const site = { ...empty, mentions: new Map([['x', [{}]]]), relations: new Map([['x', [{ label: 'Member of', items: [] }]]]) } as never;
		const items = entityContents(site, 'x', [{ depth: 2, slug: 'origins', text: 'Origins' }, { depth: 4, slug: 'deep', text: 'Deep' }], 1);
		expect(items.map((i) => i.slug)).toEqual(['origins', 'figures-heading', 'relations-heading', 'mentions-heading']);
	});

	it('is empty for a page with nothing to list', () => {
		expect(entityContents(empty as never, 'x', [], 0)).toEqual([]);
	});
});
