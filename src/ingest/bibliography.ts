/**
 * Bibliographies (a "Works Cited" after the article): kept as a structured list under their
 * own heading, one entry per line of the source, each entry's text exactly as printed.
 */
import type { Block } from './blocks';
import { normalizeSpace } from './lines';

/** The heading and list blocks for a bibliography; throws if the first line is not the declared heading. */
export function bibliographyBlocks(lines: readonly string[], heading: string): Block[] {
	const filled = lines.map(normalizeSpace).filter(Boolean);
	if (filled[0] !== heading) {
		throw new Error(`Bibliography should open with the heading "${heading}" but opens with "${filled[0] ?? ''}".`);
	}
	const entries = filled.slice(1);
	if (entries.length === 0) throw new Error(`Bibliography "${heading}" has no entries.`);
	return [
		{ type: 'heading', depth: 2, text: heading },
		{ type: 'list', ordered: false, items: entries },
	];
}
