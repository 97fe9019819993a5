/**
 * Lists whose bullets were lost. A PDF extract drops the bullet glyphs, so a bulleted list
 * runs on as one paragraph ("… Kazakhstan are: Ensuring … space; Developing … Union; …").
 * Where the items start cannot be guessed safely (a capital after a semicolon is also how a
 * sentence may continue), so the manifest declares each item's opening words, in order.
 * The text before the first item stays a paragraph (the list's lead-in); the last item runs
 * to the end of the paragraph it is found in.
 */
import type { Block } from './blocks';

export interface DeclaredList {
	items: readonly string[];
	ordered: boolean;
}

/** Index of `needle` in `text` at or after `from`, at the start of a word; -1 if absent. */
function findAtWordStart(text: string, needle: string, from: number): number {
	for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
		if (at === 0 || /\s/.test(text[at - 1]!)) return at;
	}
	return -1;
}

/** Splits the paragraph(s) holding each declared list into lead-in + list. Throws if an item is missing. */
export function applyLists(blocks: readonly Block[], lists: readonly DeclaredList[]): Block[] {
	let out = [...blocks];
	for (const list of lists) {
		const first = list.items[0]!;
		const starts = out.flatMap((b, i) => (b.type === 'paragraph' && findAtWordStart(b.text, first, 0) !== -1 ? [i] : []));
		if (starts.length !== 1) {
			throw new Error(`List starting "${first}" was found in ${starts.length} paragraphs; expected one.`);
		}
		const start = starts[0]!;
		let text = (out[start] as { text: string }).text;
		let end = start;
		const positions: number[] = [];
		for (const item of list.items) {
			let from = positions.length ? positions[positions.length - 1]! + 1 : 0;
			let at = findAtWordStart(text, item, from);
			// An item may begin in a following paragraph (the extract broke the list with a blank line).
			while (at === -1 && out[end + 1]?.type === 'paragraph') {
				end++;
				from = text.length;
				text = `${text} ${(out[end] as { text: string }).text}`;
				at = findAtWordStart(text, item, from);
			}
			if (at === -1) throw new Error(`List item starting "${item}" was not found after the previous item.`);
			positions.push(at);
		}
		const lead = text.slice(0, positions[0]).trim();
		const items = positions.map((at, i) => text.slice(at, positions[i + 1] ?? text.length).trim());
		const replacement: Block[] = [
			...(lead ? [{ type: 'paragraph', text: lead } as const] : []),
			{ type: 'list', ordered: list.ordered, items },
		];
		out = [...out.slice(0, start), ...replacement, ...out.slice(end + 1)];
	}
	return out;
}
