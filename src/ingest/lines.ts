/**
 * Line-level helpers shared by the rules: splitting a file into numbered lines, slicing the
 * ranges the manifest declares, and normalising whitespace.
 */
import type { LineRange } from './manifest';

/**
 * Splits text into lines. A final newline does not make an extra empty line, so line numbers
 * match what an editor shows (and `wc -l` + 1 for a file without a final newline).
 */
export function splitLines(text: string): string[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** The lines of a 1-based inclusive range; throws if the range runs past the end of the file. */
export function sliceLines(lines: readonly string[], [first, last]: LineRange, what = 'range'): string[] {
	if (last > lines.length) {
		throw new Error(`${what} [${first}, ${last}] runs past the end of the file (${lines.length} lines).`);
	}
	return lines.slice(first - 1, last);
}

/**
 * Every run of whitespace, including non-breaking spaces (used for paragraph indentation in
 * the web extracts) and tabs, becomes one ordinary space; the ends are trimmed. Words are
 * never touched.
 */
export function normalizeSpace(text: string): string {
	return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ').trim();
}

/** A line with nothing but whitespace (including non-breaking spaces). */
export function isBlank(line: string): boolean {
	return normalizeSpace(line) === '';
}

/** First and last non-blank lines of a slice, trimmed, for boundary checks. */
export function edges(lines: readonly string[]): { first: string; last: string } | undefined {
	const filled = lines.map(normalizeSpace).filter(Boolean);
	if (filled.length === 0) return undefined;
	return { first: filled[0]!, last: filled[filled.length - 1]! };
}
