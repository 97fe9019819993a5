/**
 * Declared text replacements: the repairs no rule can make safely, listed in the manifest
 * with a reason (a word split across a page break without a hyphen, "unpredict able"; a
 * compound whose line-end hyphen was re-flowed into mid-line, "Baku- Tbilisi").
 *
 * Each must occur exactly as often as declared (once by default), so a replacement cannot
 * quietly stop applying, or start applying somewhere it was not meant to, when the source
 * or the rules change.
 */
import { blockTexts, mapBlockText, type Block } from './blocks';

export interface Replacement {
	find: string;
	replace: string;
	count: number;
}

function occurrences(text: string, find: string): number {
	let n = 0;
	for (let at = text.indexOf(find); at !== -1; at = text.indexOf(find, at + find.length)) n++;
	return n;
}

/** Applies the replacements to every text of the blocks; throws on a count mismatch. */
export function applyReplacements(blocks: readonly Block[], replacements: readonly Replacement[]): Block[] {
	let out = [...blocks];
	for (const r of replacements) {
		const found = out.flatMap(blockTexts).reduce((sum, text) => sum + occurrences(text, r.find), 0);
		if (found !== r.count) {
			throw new Error(`Replacement "${r.find}" → "${r.replace}" matches ${found} times; the manifest expects ${r.count}.`);
		}
		out = out.map((block) => mapBlockText(block, (text) => text.split(r.find).join(r.replace)));
	}
	return out;
}
