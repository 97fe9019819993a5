import { describe, expect, it } from 'vitest';
import { edges, isBlank, normalizeSpace, sliceLines, splitLines } from '../../../src/ingest/lines';

describe('splitLines', () => {
	it('numbers lines as an editor does: a final newline adds no line', () => {
		expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
		expect(splitLines('a\nb')).toEqual(['a', 'b']);
		expect(splitLines('a\n\n')).toEqual(['a', '']);
	});

	it('accepts CRLF and CR line ends', () => {
		expect(splitLines('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
	});
});

describe('sliceLines', () => {
	it('takes a 1-based inclusive range', () => {
		expect(sliceLines(['a', 'b', 'c', 'd'], [2, 3])).toEqual(['b', 'c']);
	});

	it('refuses a range past the end', () => {
		expect(() => sliceLines(['a'], [1, 2], 'body')).toThrow(/body \[1, 2\] runs past the end of the file \(1 lines\)/);
	});
});

describe('normalizeSpace', () => {
	it('turns non-breaking-space indentation and runs of spaces into nothing or one space', () => {
		expect(normalizeSpace('\u00a0 \u00a0 \u00a0 Since the dissolution')).toBe('Since the dissolution');
		expect(normalizeSpace('Kazakhstan’s first\u00a0 communications satellite')).toBe('Kazakhstan’s first communications satellite');
		expect(normalizeSpace('a\t\tb  \n c')).toBe('a b c');
	});

	it('never touches the words themselves', () => {
		expect(normalizeSpace('«symbiotic bond» – 16,3 “x”')).toBe('«symbiotic bond» – 16,3 “x”');
	});
});

describe('isBlank and edges', () => {
	it('treats a line of non-breaking spaces as blank', () => {
		expect(isBlank('\u00a0 \u00a0')).toBe(true);
		expect(isBlank(' x ')).toBe(false);
	});

	it('finds the first and last non-blank lines', () => {
		expect(edges(['', ' K ', 'x', 'end ', ''])).toEqual({ first: 'K', last: 'end' });
		expect(edges(['', ' '])).toBeUndefined();
	});
});
