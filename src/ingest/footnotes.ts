/**
 * Endnotes. The sources mark a note in the text with `[n]` and print the notes after the
 * article, one per line, either as "[n] Note text" or as "n. Note text". They become GFM
 * footnotes: `[^n]` references and `[^n]: Note text` definitions.
 *
 * Only `[digits]` is a marker: square brackets around words are the author's own
 * ("the CICA [Conference on Interaction …]") and stay text. The space some sources put
 * before a marker ("war. [1]") is dropped with it, since the reference attaches to the
 * preceding word or punctuation.
 *
 * GFM does not render a definition that nothing references, so a note without a marker
 * would vanish from the page: pairUp reports both unreferenced notes and markers without a
 * note, and the ingest refuses either.
 */
import { normalizeSpace } from './lines';

export interface Endnote {
	label: string;
	text: string;
}

export type EndnoteStyle = 'bracketed' | 'numbered';

const NOTE_LINE: Record<EndnoteStyle, RegExp> = {
	bracketed: /^\[(\d+)\]\s*(\S.*)$/,
	numbered: /^(\d+)\.\s+(\S.*)$/,
};

/** Parses endnote lines (one note per non-blank line); throws on a line that is not a note or a repeated number. */
export function parseEndnotes(lines: readonly string[], style: EndnoteStyle): Endnote[] {
	const notes: Endnote[] = [];
	for (const raw of lines) {
		const line = normalizeSpace(raw);
		if (!line) continue;
		const match = NOTE_LINE[style].exec(line);
		if (!match) throw new Error(`Not a ${style} endnote: "${line.slice(0, 80)}"`);
		const label = String(Number(match[1]));
		if (notes.some((n) => n.label === label)) throw new Error(`Endnote ${label} appears twice.`);
		notes.push({ label, text: match[2]! });
	}
	return notes;
}

/** A run of text or a reference to an endnote. */
export type Inline = { type: 'text'; value: string } | { type: 'ref'; label: string };

const MARKER = /\s*\[(\d+)\]/g;

/** Splits text at its `[n]` markers. */
export function splitMarkers(text: string): Inline[] {
	const out: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(MARKER)) {
		if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
		out.push({ type: 'ref', label: String(Number(match[1])) });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
	return out;
}

/** The labels of the markers in a text, in order. */
export function markerLabels(text: string): string[] {
	return splitMarkers(text).flatMap((i) => (i.type === 'ref' ? [i.label] : []));
}

/** Problems with how markers and notes pair up (empty when each note is referenced and each marker has a note). */
export function pairingProblems(labelsInText: readonly string[], notes: readonly Endnote[]): string[] {
	const defined = new Set(notes.map((n) => n.label));
	const used = new Set(labelsInText);
	const problems: string[] = [];
	for (const label of used) if (!defined.has(label)) problems.push(`marker [${label}] has no endnote`);
	for (const label of defined) if (!used.has(label)) problems.push(`endnote ${label} is never referenced and would not be shown`);
	return problems;
}
