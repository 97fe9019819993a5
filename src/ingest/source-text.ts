/**
 * A source file's bytes, checked before a word of it is ingested: valid UTF-8, no U+FFFD
 * replacement character (the mark of text already damaged by a wrong decoding), no control
 * characters other than tab and line breaks, no byte-order mark. A Windows-1252 file read as
 * UTF-8 would otherwise ingest and build, and "region’s" would reach the page as "region�s".
 */

/** What Windows-1252 puts at 0x80–0x9F (where Latin-1 has C1 controls); undefined where it has nothing. */
const WINDOWS_1252: Record<number, string> = {
	0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
	0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** One problem in a source file, located by line (1-based) and byte offset (0-based). */
export interface SourceTextProblem {
	line: number;
	byte: number;
	message: string;
}

export class SourceTextError extends Error {
	constructor(
		readonly file: string,
		readonly problems: SourceTextProblem[],
	) {
		const shown = problems.slice(0, 10).map((p) => `  ${file}: line ${p.line}, byte ${p.byte}: ${p.message}`);
		const more = problems.length > 10 ? [`  … and ${problems.length - 10} more`] : [];
		super(
			[`${file} is not clean UTF-8 text (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more, `Fix: open the file in an editor, re-save it as UTF-8 (without BOM), and check the characters named above against the original.`].join('\n'),
		);
		this.name = 'SourceTextError';
	}
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
const codePoint = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

/** The length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const b = bytes[i]!;
	if (b < 0x80) return 1;
	const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b >= 0xe0 && b <= 0xef) {
		if (!cont(1) || !cont(2)) return 0;
		const b1 = bytes[i + 1]!;
		if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) return 0; // overlong, or a UTF-16 surrogate
		return 3;
	}
	if (b >= 0xf0 && b <= 0xf4) {
		if (!cont(1) || !cont(2) || !cont(3)) return 0;
		const b1 = bytes[i + 1]!;
		if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return 0;
		return 4;
	}
	return 0;
}

/** Why a decoded character may not stand in a source, or undefined if it may. */
function characterProblem(cp: number): string | undefined {
	if (cp === 0xfffd) return 'U+FFFD (the replacement character "�") stands where a character was lost by an earlier wrong decoding: find the original character in the source and type it';
	if (cp === 0xfeff) return 'U+FEFF (a byte-order mark, invisible) is in the text: save the file as UTF-8 without BOM';
	if (cp >= 0x80 && cp <= 0x9f) {
		const meant = WINDOWS_1252[cp];
		return `${codePoint(cp)} is an invisible control character${meant ? `; the text was probably converted from Windows-1252 byte for byte, where ${hex(cp)} is "${meant}"` : ''}`;
	}
	if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0x7f) return `${codePoint(cp)} is a control character, not text: delete it`;
	return undefined;
}

/** Every problem in a source file's bytes, in order. */
export function sourceTextProblems(bytes: Uint8Array): SourceTextProblem[] {
	const problems: SourceTextProblem[] = [];
	let line = 1;
	for (let i = 0; i < bytes.length; ) {
		const length = sequenceLength(bytes, i);
		if (length === 0) {
			const b = bytes[i]!;
			const meant = WINDOWS_1252[b] ?? (b >= 0xa0 ? String.fromCharCode(b) : undefined);
			problems.push({ line, byte: i, message: `byte ${hex(b)} is not valid UTF-8${meant ? `; in Windows-1252 it is "${meant}", so the file was probably saved as Windows-1252` : ''}` });
			i += 1;
			continue;
		}
		const cp = new TextDecoder('utf-8').decode(bytes.subarray(i, i + length)).codePointAt(0)!;
		const problem = characterProblem(cp);
		if (problem) problems.push({ line, byte: i, message: problem });
		if (cp === 0x0a) line++;
		i += length;
	}
	return problems;
}

/** Decodes a source file, or throws a SourceTextError naming file, line, byte offset and fix. */
export function decodeSource(file: string, bytes: Uint8Array): string {
	const problems = sourceTextProblems(bytes);
	if (problems.length > 0) throw new SourceTextError(file, problems);
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
