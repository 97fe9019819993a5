import { slug } from 'github-slugger';

/** How many opening words of a paragraph make its anchor. */
const WORDS = 6;

/**
 * The anchor of a paragraph: `p-` plus a slug of its first words, e.g.
 * `p-kazakhstan-and-russia-both-refer-to`.
 *
 * Derived from the text rather than the paragraph's position so that an anchor survives
 * re-ingest and the insertion or removal of other paragraphs; a citation whose paragraph
 * was reworded breaks loudly in the citation test instead of silently pointing elsewhere.
 * `taken` holds the anchors already used on the page; repeats get `-2`, `-3`, …
 */
export function paragraphAnchor(text: string, taken: Set<string>, position: number): string {
	const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	const words = ascii
		.split(/\s+/)
		.map((word) => slug(word).replace(/[^a-z0-9]/g, ''))
		.filter(Boolean)
		.slice(0, WORDS);
	const base = words.length > 0 ? `p-${words.join('-')}` : `p-${position}`;
	let anchor = base;
	for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
	taken.add(anchor);
	return anchor;
}
