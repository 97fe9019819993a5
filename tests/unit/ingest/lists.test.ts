import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/ingest/blocks';
import { applyLists } from '../../../src/ingest/lists';

const run = 'At present, Russia’s primary interests are: Ensuring Kazakhstan remains its partner; Developing large-scale projects; Maximizing integration between the economies;';

describe('applyLists', () => {
	it('splits a run-on paragraph into its lead-in and the declared items', () => {
		const out = applyLists([{ type: 'paragraph', text: run }], [{ items: ['Ensuring', 'Developing large-scale', 'Maximizing'], ordered: false }]);
		expect(out).toEqual([
			{ type: 'paragraph', text: 'At present, Russia’s primary interests are:' },
			{
				type: 'list',
				ordered: false,
				items: ['Ensuring Kazakhstan remains its partner;', 'Developing large-scale projects;', 'Maximizing integration between the economies;'],
			},
		]);
	});

	it('continues into the next paragraph when the extract broke the list', () => {
		const out = applyLists(
			[
				{ type: 'paragraph', text: 'Ensuring a; Creating an energy pool;' },
				{ type: 'paragraph', text: 'Creating a food cartel; Monitoring relations with China.' },
				{ type: 'paragraph', text: 'After the list.' },
			],
			[{ items: ['Ensuring', 'Creating an energy', 'Creating a food', 'Monitoring'], ordered: false }],
		);
		expect(out).toEqual([
			{ type: 'list', ordered: false, items: ['Ensuring a;', 'Creating an energy pool;', 'Creating a food cartel;', 'Monitoring relations with China.'] },
			{ type: 'paragraph', text: 'After the list.' },
		]);
	});

	it('matches item openings at word starts only, in order', () => {
		const out = applyLists([{ type: 'paragraph', text: 'Re-Ensuring x; Ensuring y; Limiting z' }], [{ items: ['Ensuring', 'Limiting'], ordered: true }]);
		expect(out).toEqual([
			{ type: 'paragraph', text: 'Re-Ensuring x;' },
			{ type: 'list', ordered: true, items: ['Ensuring y;', 'Limiting z'] },
		]);
	});

	it('fails when an item is missing or out of order', () => {
		expect(() => applyLists([{ type: 'paragraph', text: run }], [{ items: ['Ensuring', 'Limiting'], ordered: false }])).toThrow(/"Limiting" was not found/);
		expect(() => applyLists([{ type: 'paragraph', text: run }], [{ items: ['Maximizing', 'Ensuring'], ordered: false }])).toThrow(/"Ensuring" was not found/);
	});

	it('fails when the first item is in no paragraph or in several', () => {
		const twice: Block[] = [{ type: 'paragraph', text: 'Ensuring a; Developing b' }, { type: 'paragraph', text: 'Ensuring c' }];
		expect(() => applyLists(twice, [{ items: ['Ensuring', 'Developing'], ordered: false }])).toThrow(/found in 2 paragraphs/);
		expect(() => applyLists(twice, [{ items: ['Creating', 'Developing'], ordered: false }])).toThrow(/found in 0 paragraphs/);
	});
});
