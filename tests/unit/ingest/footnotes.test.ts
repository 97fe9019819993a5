import { describe, expect, it } from 'vitest';
import { markerLabels, pairingProblems, parseEndnotes, splitMarkers } from '../../../src/ingest/footnotes';

describe('parseEndnotes', () => {
	it('reads bracketed notes, with or without a space after the number', () => {
		expect(parseEndnotes(['[1] Michael Mandelbaum, The New Russian Foreign Policy.', '', '[32]Zabortseva, Russia’s Relations, 125.'], 'bracketed')).toEqual([
			{ label: '1', text: 'Michael Mandelbaum, The New Russian Foreign Policy.' },
			{ label: '32', text: 'Zabortseva, Russia’s Relations, 125.' },
		]);
	});

	it('reads numbered notes', () => {
		expect(parseEndnotes(['9. On Information Policy. Nomad, 06.10.2023. https://nomad.su/?a=3-202310050030'], 'numbered')).toEqual([
			{ label: '9', text: 'On Information Policy. Nomad, 06.10.2023. https://nomad.su/?a=3-202310050030' },
		]);
	});

	it('refuses a line that is not a note, and a repeated number', () => {
		expect(() => parseEndnotes(['Cite This Work'], 'bracketed')).toThrow(/Not a bracketed endnote/);
		expect(() => parseEndnotes(['1. a', '1. b'], 'numbered')).toThrow(/Endnote 1 appears twice/);
		expect(() => parseEndnotes(['[1] a'], 'numbered')).toThrow(/Not a numbered endnote/);
	});
});

describe('splitMarkers', () => {
	it('turns [n] into references and drops the space before a marker', () => {
		expect(splitMarkers('a frontier of war. [1] Secondly,')).toEqual([
			{ type: 'text', value: 'a frontier of war.' },
			{ type: 'ref', label: '1' },
			{ type: 'text', value: ' Secondly,' },
		]);
	});

	it('handles adjacent markers, a marker at the start and at the end', () => {
		expect(splitMarkers('[2]x[3][4]')).toEqual([
			{ type: 'ref', label: '2' },
			{ type: 'text', value: 'x' },
			{ type: 'ref', label: '3' },
			{ type: 'ref', label: '4' },
		]);
	});

	it('keeps the author’s own square brackets as text', () => {
		const text = 'the CICA [Conference on Interaction and Confidence Building Measures in Asia], the CSTO';
		expect(splitMarkers(text)).toEqual([{ type: 'text', value: text }]);
		expect(markerLabels('[1a] [ 2 ] [x]')).toEqual([]);
	});

	it('keeps a full stop printed after a marker', () => {
		expect(splitMarkers('youth tourism. [11].')).toEqual([
			{ type: 'text', value: 'youth tourism.' },
			{ type: 'ref', label: '11' },
			{ type: 'text', value: '.' },
		]);
	});

	it('normalises leading zeros in labels', () => {
		expect(markerLabels('a[01] b[10]')).toEqual(['1', '10']);
	});
});

describe('pairingProblems', () => {
	const notes = [{ label: '1', text: 'a' }, { label: '2', text: 'b' }];
	it('is empty when every note is referenced and every marker has a note', () => {
		expect(pairingProblems(['1', '2', '1'], notes)).toEqual([]);
	});
	it('reports a marker without a note and a note nobody references (GFM would hide it)', () => {
		expect(pairingProblems(['1', '3'], notes)).toEqual(['marker [3] has no endnote', 'endnote 2 is never referenced and would not be shown']);
	});
});
