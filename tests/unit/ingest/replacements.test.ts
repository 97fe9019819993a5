import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/ingest/blocks';
import { applyReplacements } from '../../../src/ingest/replacements';

const blocks: Block[] = [
	{ type: 'paragraph', text: 'Given these unpredict able circumstances, Kazakhstan joined the Baku- Tbilisi-Ceyhan pipeline.' },
	{ type: 'list', ordered: false, items: ['a Baku- Tbilisi-Ceyhan item'] },
	{ type: 'thematicBreak' },
];

describe('applyReplacements', () => {
	it('applies a declared replacement the declared number of times, in paragraphs and list items', () => {
		const out = applyReplacements(blocks, [
			{ find: 'unpredict able', replace: 'unpredictable', count: 1 },
			{ find: 'Baku- Tbilisi', replace: 'Baku-Tbilisi', count: 2 },
		]);
		expect(out).toEqual([
			{ type: 'paragraph', text: 'Given these unpredictable circumstances, Kazakhstan joined the Baku-Tbilisi-Ceyhan pipeline.' },
			{ type: 'list', ordered: false, items: ['a Baku-Tbilisi-Ceyhan item'] },
			{ type: 'thematicBreak' },
		]);
	});

	it('fails when a replacement no longer applies', () => {
		expect(() => applyReplacements(blocks, [{ find: 'unpredictable', replace: 'x', count: 1 }])).toThrow(/matches 0 times; the manifest expects 1/);
	});

	it('fails when a replacement would apply more often than declared', () => {
		expect(() => applyReplacements(blocks, [{ find: 'Baku- Tbilisi', replace: 'Baku-Tbilisi', count: 1 }])).toThrow(/matches 2 times/);
	});
});
