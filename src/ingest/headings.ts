/**
 * Headings. Two situations:
 *
 * - PDF extracts run a heading straight into the next paragraph and sometimes wrap it over
 *   two lines ("Why Russia and Kazakhstan Matter to Each" / "Other"). Nothing in the text
 *   reliably tells such a line from the last line of a paragraph, so their headings are
 *   declared in the manifest, line by line, and re-joined here.
 * - Web extracts put a heading on a line of its own between blank lines. A short line
 *   without closing punctuation is a heading there (isHeadingText), which is generic.
 *
 * The article title is never a body heading: it is kept out of the body by the manifest's
 * line ranges and goes to the frontmatter.
 */
import type { Block, LineItem } from './blocks';
import { isBlank, normalizeSpace } from './lines';
import { markupHeading } from './markup';

export interface DeclaredHeading {
	lines: readonly string[];
	depth: 2 | 3;
}

/**
 * Replaces each declared heading's lines with one heading item (its lines joined by a
 * space). The lines must follow one another, blank lines aside. Throws unless every heading
 * is found exactly once.
 */
export function markDeclaredHeadings(lines: readonly string[], headings: readonly DeclaredHeading[]): LineItem[] {
	let items: LineItem[] = lines.map((text) => ({ type: 'line', text }));
	for (const heading of headings) {
		const found: Array<{ start: number; end: number }> = [];
		for (let i = 0; i < items.length; i++) {
			const end = matchHeadingAt(items, i, heading.lines);
			if (end !== undefined) found.push({ start: i, end });
		}
		if (found.length !== 1) {
			throw new Error(`Heading "${heading.lines.join(' / ')}" was found ${found.length} times; expected once.`);
		}
		const { start, end } = found[0]!;
		const text = heading.lines.map(normalizeSpace).join(' ');
		items = [...items.slice(0, start), { type: 'heading', depth: heading.depth, text }, ...items.slice(end + 1)];
	}
	return items;
}

/** If the heading's lines start at `start`, the index of its last line. */
function matchHeadingAt(items: readonly LineItem[], start: number, headingLines: readonly string[]): number | undefined {
	let i = start;
	for (const [k, expected] of headingLines.entries()) {
		if (k > 0) {
			i++;
			while (i < items.length && items[i]!.type === 'line' && isBlank(items[i]!.text)) i++;
		}
		const item = items[i];
		if (!item || item.type !== 'line' || normalizeSpace(item.text) !== normalizeSpace(expected)) return undefined;
	}
	return i;
}

/** Longest text still taken for a heading in a web extract. */
const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 12;

/**
 * Whether a one-line paragraph of a web extract is a heading: short, starting with a capital
 * or digit, and not ending like a sentence or a clause (. , ; : ! ? or a closing quote).
 */
export function isHeadingText(text: string): boolean {
	const t = normalizeSpace(text);
	if (!t || t.length > MAX_HEADING_CHARS) return false;
	if (t.split(' ').length > MAX_HEADING_WORDS) return false;
	if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
	if (/^\[\d+\]/.test(t) || /^\d+\.\s/.test(t)) return false; // endnote, numbered item
	return !/[.,;:!?…"”’»)\]]$/u.test(t);
}

/**
 * Turns the paragraphs of a web extract that read as headings into level-2 headings. A line
 * marked up as a heading (`## Heading`, `== Heading ==`) keeps its level (a title level or
 * a section is 2, anything deeper 3) and loses its markup.
 */
export function detectHeadings(blocks: readonly Block[]): Block[] {
	return blocks.map((block) => {
		if (block.type !== 'paragraph') return block;
		const marked = markupHeading(block.text);
		if (marked) return { type: 'heading', depth: marked.level <= 2 ? 2 : 3, text: marked.text };
		return isHeadingText(block.text) ? { type: 'heading', depth: 2, text: block.text } : block;
	});
}
