import { describe, expect, it } from 'vitest';
import { dimensionsOfEntities, dimensionTimeline, generalEntities, proseCitations, rankParagraphs, topicTable, unmappedTopics, type DimensionInput } from '../../../src/knowledge/dimensions';
import type { Mention } from '../../../src/knowledge/mentions';
import type { TimelineItem } from '../../../src/knowledge/timeline';
import { parsePartialDate, type PartialDate } from '../../../src/schemas/date';

const dim = (id: string, order: number, topics: string[], entities: string[], lead = '', body = ''): DimensionInput => ({
	id,
	data: { title: id, shortTitle: id, order, topics, entities, contested: [], lead },
	body,
});
const mention = (entity: string, article: string, anchor: string): Mention => ({ entity, article, anchor, context: '', highlight: [0, 0] });

describe('the topic → dimension table', () => {
	const security = dim('security', 1, ['csto', 'security'], ['csto']);
	const energy = dim('energy', 2, ['energy', 'csto'], ['pipeline']);
	it('maps each topic to every dimension that declares it, in reading order', () => {
		const table = topicTable([energy, security]);
		expect(table.get('csto')).toEqual(['security', 'energy']);
		expect(table.get('energy')).toEqual(['energy']);
	});
	it('lists the articles’ topics no dimension covers, with the articles that use them', () => {
		const articles = [
			{ id: 'a', data: { topics: ['csto', 'grain'] } },
			{ id: 'b', data: { topics: ['grain', 'media'] } },
			{ id: 'c', data: {} },
		];
		expect(unmappedTopics(articles, [security, energy])).toEqual([
			{ topic: 'grain', articles: ['a', 'b'] },
			{ topic: 'media', articles: ['b'] },
		]);
		expect(unmappedTopics(articles, [security, energy, dim('other', 3, ['grain', 'media'], ['x'])])).toEqual([]);
	});
	it('gives each entity the dimensions that declare it, once each', () => {
		const of = dimensionsOfEntities([energy, security, dim('both', 3, ['x'], ['csto', 'csto', 'pipeline'])]);
		expect(of.get('csto')).toEqual(['security', 'both']);
		expect(of.get('pipeline')).toEqual(['energy', 'both']);
		expect(of.has('russia')).toBe(false);
	});
});

describe('prose citations', () => {
	it('reads every [@article#p-anchor] of a text, several per mark, each once in order of use', () => {
		const text = 'One [@a#p-one]. Two [@b#p-two; @a#p-one]. Three [@c#p-three].';
		expect(proseCitations(text).map((c) => `${c.article}#${c.anchor}`)).toEqual(['a#p-one', 'b#p-two', 'c#p-three']);
	});
});

describe('ranking a dimension’s paragraphs', () => {
	const articles = [
		{ id: 'on-topic', data: { topics: ['energy'] } },
		{ id: 'off-topic', data: { topics: ['history'] } },
	];
	const numbers = new Map(['on-topic#p-1', 'on-topic#p-2', 'on-topic#p-3', 'off-topic#p-1', 'off-topic#p-2', 'off-topic#p-3'].map((k, i) => [k, (i % 3) + 1]));
	const mentions = new Map<string, Mention[]>([
		['pipeline', [mention('pipeline', 'on-topic', 'p-2'), mention('pipeline', 'off-topic', 'p-1'), mention('pipeline', 'off-topic', 'p-2')]],
		['gazprom', [mention('gazprom', 'off-topic', 'p-2')]],
		['russia', [mention('russia', 'on-topic', 'p-1'), mention('russia', 'on-topic', 'p-3'), mention('russia', 'off-topic', 'p-3')]],
	]);
	const energy = dim('energy', 1, ['energy'], ['pipeline', 'gazprom', 'russia'], 'Lead [@off-topic#p-3].');
	const ranked = rankParagraphs({ dimension: energy, articles, mentions, general: new Set(['russia']), paragraphNumbers: numbers });
	const keys = ranked.map((r) => `${r.article}#${r.anchor}`);

	it('puts the paragraphs the dimension cites first, then topic and entity matches', () => {
		expect(keys[0]).toBe('off-topic#p-3');
		expect(ranked[0]).toMatchObject({ cited: true, topicMatch: false, entities: [] });
		// On its topic and naming the pipeline (2 + 1) comes before an article on other topics naming two of its entities (0 + 2).
		expect(keys.slice(1)).toEqual(['on-topic#p-2', 'off-topic#p-2']);
	});
	it('leaves out one entity named in an article on other topics, and never ranks by the general entities', () => {
		expect(keys).not.toContain('off-topic#p-1');
		expect(keys).not.toContain('on-topic#p-1');
	});
	it('finds the general entities: those named in more than a quarter of the paragraphs', () => {
		expect([...generalEntities(mentions, 6)]).toEqual(['pipeline', 'russia']);
		expect([...generalEntities(mentions, 20)]).toEqual([]);
	});
});

describe('a dimension’s slice of the timeline', () => {
	const item = (entity: string, others: string[], cite: string, year: string): TimelineItem => {
		const [article, anchor] = cite.split('#') as [string, string];
		return { date: parsePartialDate(year) as PartialDate, kind: 'event', text: '{}', entity, others, cite: [{ article, anchor }] };
	};
	const timeline = [item('pipeline', [], 'a#p-1', '2001'), item('summit', ['russia'], 'a#p-2', '2002'), item('deal', ['gazprom'], 'a#p-3', '2003'), item('crisis', ['russia'], 'b#p-9', '2004')];
	it('takes items of its specific entities, items naming them and items resting on paragraphs it cites, in order', () => {
		const d = dim('energy', 1, ['energy'], ['pipeline', 'gazprom', 'russia'], '', 'Body [@b#p-9].');
		expect(dimensionTimeline(d, timeline, new Set(['russia'])).map((i) => i.entity)).toEqual(['pipeline', 'deal', 'crisis']);
	});
});
