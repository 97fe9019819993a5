/**
 * Generic page cruft: the lines that web and PDF extracts carry around an article but that
 * are no part of it (disclaimers, share buttons, citation widgets, related links, headers
 * and footers, photo credits, word counts, tags).
 *
 * The manifest cuts each article out by line ranges and lists what it leaves out, so these
 * patterns are not what removes cruft. They are a guard: if a line inside an article range
 * looks like cruft, a boundary is probably wrong, and the ingest stops rather than publish a
 * "Share on Facebook" as a paragraph. A line that is genuinely article text and matches can
 * be listed in `allow`.
 */
import { normalizeSpace } from './lines';

export interface CruftRule {
	kind: string;
	pattern: RegExp;
}

/** Whole-line patterns; each names the kind of cruft for messages and the manifest. */
export const CRUFT_RULES: readonly CruftRule[] = [
	{ kind: 'disclaimer', pattern: /^Disclaimer:/i },
	{ kind: 'disclaimer', pattern: /^Any opinions, findings, conclusions,? or recommendations expressed/i },
	{ kind: 'word count', pattern: /^Info: [\d,]+ words\b/i },
	{ kind: 'site date line', pattern: /^Published: \d/i },
	{ kind: 'citation widget', pattern: /^(Reference this|Cite This Work|Cite this article)$/i },
	{ kind: 'citation widget', pattern: /^To export a reference to this/i },
	{ kind: 'citation widget', pattern: /^Reference Copied to Clipboard\.?$/i },
	{ kind: 'tags', pattern: /^(Tagged|Tags):/i },
	{ kind: 'related links', pattern: /^(Related (Services|Content|Articles|Posts|Stories)|View all|All Tags|More details|Read more)$/i },
	{ kind: 'related links', pattern: /^Content relating to:/i },
	{ kind: 'share buttons', pattern: /^(Share (on|in|via) \w+\b.*|Print article|Print this page)$/i },
	{ kind: 'photo credit', pattern: /^(photo|image|picture|credit)s?:\s*\S+/i },
	{ kind: 'site footer', pattern: /^(DMCA \/ Removal Request|Legal footer|Privacy Policy|Terms (of use|and conditions))$/i },
	{ kind: 'site footer', pattern: /^(Ph\.(\/Fax)?|Tel\.?|Fax|E-?mail):\s*\S/i },
	{ kind: 'site footer', pattern: /^©\s*\d{4}/ },
	{ kind: 'site footer', pattern: /^All the rights for the materials published on this website/i },
	{ kind: 'site header', pattern: /^(Search|Reports|top|RUS|ENG|Menu)$/i },
	{ kind: 'age rating', pattern: /^\d{1,2}\+$/ },
];

/** The kind of cruft a line is, or undefined for ordinary text. */
export function cruftKind(line: string): string | undefined {
	const text = normalizeSpace(line);
	if (!text) return undefined;
	return CRUFT_RULES.find((rule) => rule.pattern.test(text))?.kind;
}

/** Lines of an article range that look like cruft, with their 1-based numbers. */
export function findCruft(
	lines: readonly string[],
	firstLineNumber: number,
	allow: readonly string[] = [],
): Array<{ line: number; kind: string; text: string }> {
	const found: Array<{ line: number; kind: string; text: string }> = [];
	lines.forEach((line, i) => {
		const kind = cruftKind(line);
		const text = normalizeSpace(line);
		if (kind && !allow.includes(text)) found.push({ line: firstLineNumber + i, kind, text });
	});
	return found;
}
