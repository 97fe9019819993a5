/**
 * Light markup that raw texts arrive with: a Markdown file (`# Title`, `## Heading`) or text
 * copied from a wiki's edit box (`= Title =`, `== Heading ==`). The ingest reads a heading
 * line in either form as a heading of its level in a web extract (the markup is not a word of
 * the text, so the fidelity check is unaffected), and `ingest --new` recognises the title, the
 * headings and the page furniture a copied page brings along (navigation lines, a flattened
 * infobox, category lines), which the draft proposes as omitted.
 */
import { normalizeSpace } from './lines';

/** The kind of text a raw source is, judged from its lines. */
export type TextKind = 'plain' | 'markdown' | 'wiki';

export interface MarkupHeading {
	/** 1 for a title (`#`, `= … =`), 2 for a section, 3 and more for subsections. */
	level: number;
	/** The heading's words, without the markup. */
	text: string;
}

const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?$/;
const WIKI_HEADING = /^(={1,6})\s*([^=].*?)\s*\1$/;

/** A Markdown (`## Heading`) or wiki (`== Heading ==`) heading line, else undefined. */
export function markupHeading(line: string): MarkupHeading | undefined {
	const text = normalizeSpace(line);
	const m = MARKDOWN_HEADING.exec(text) ?? WIKI_HEADING.exec(text);
	return m ? { level: m[1]!.length, text: m[2]!.trim() } : undefined;
}

/** Markdown if it has `#` heading lines, wiki if it has `= … =` ones, else plain text. */
export function textKind(lines: readonly string[]): TextKind {
	const normalized = lines.map(normalizeSpace);
	if (normalized.some((l) => WIKI_HEADING.test(l))) return 'wiki';
	if (normalized.some((l) => MARKDOWN_HEADING.test(l))) return 'markdown';
	return 'plain';
}

/** A line's words without Markdown emphasis around it (`*By Jane Doe*` → `By Jane Doe`). */
export function withoutEmphasis(line: string): string {
	return normalizeSpace(line).replace(/^([*_]{1,3})(.+)\1$/, '$2').trim();
}

/** Lines a copied web or wiki page carries that are no part of any article. */
const NAVIGATION: readonly RegExp[] = [
	/^skip to (main )?(content|navigation)$/i,
	/^jump to (navigation|search|content)\b/i,
	/^from wikipedia, the free encyclopedia$/i,
	/^(main menu|toggle (the )?table of contents|contents|hide)$/i,
	/^v\s*[·•.]?\s*t\s*[·•.]?\s*e$/i,
	/^retrieved from\s/i,
	/^categor(y|ies):/i,
	/^this page was last edited on\b/i,
	/^\[edit\]$/i,
];

/**
 * "navigation" for a line of site or wiki furniture: a skip link, a wiki's "v t e" box
 * label, "Retrieved from …", category lines, or a menu (three or more short items separated
 * by `|`, `·`, `•`, `›` or `>`); else undefined.
 */
export function navigationKind(line: string): string | undefined {
	const text = normalizeSpace(line);
	if (NAVIGATION.some((p) => p.test(text))) return 'navigation';
	const items = text.split(/\s+[|·•›>]\s+/);
	if (items.length >= 3 && items.every((i) => i.split(' ').length <= 4 && !/[.!?]$/.test(i))) return 'navigation';
	return undefined;
}
