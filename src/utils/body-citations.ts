import { parseCitation, type Citation } from '../schemas/citation';

/**
 * Citations in entity prose are written `[@article-id#p-anchor]`: plain Markdown text that reads
 * well in the source and that src/markdown/remark-citations.ts turns into numbered links to the
 * paragraph. One bracket may hold several, separated by `;` (or `,`), and each may carry a
 * locator after a comma, as in Pandoc: `[@a#p-x, quoting the minister; @b#p-y]`.
 *
 * Anything that looks like a citation must parse: a bracket holding an `@`, or a bare
 * `@id#p-…` outside one. Otherwise it would reach the page as raw text and its key would
 * never be checked.
 */

/** One citation of a group: the key as written, its article and paragraph, and an optional locator. */
export interface BodyCitation {
	key: string;
	citation: Citation;
	locator?: string;
}

/** A bracketed group found in a text: where it is, what it holds, or why it does not parse. */
export interface CitationGroup {
	start: number;
	end: number;
	raw: string;
	items: BodyCitation[];
	/** Set when the group looks like a citation but does not parse. */
	error?: string;
}

/** A bracket holding an `@` (not a Markdown link `[text](url)` or a footnote `[^1]`). */
const GROUP = /\[([^[\]]*@[^[\]]*)\](?!\()/g;
/** A citation key written outside brackets. */
const BARE = /(^|[^\w[@.-])@[a-z0-9][\w-]*#[\w-]+/g;
/** The keys' own form: `@article-id#p-anchor`. */
const KEY = /^@(\S+)$/;

function parseGroup(inner: string): { items: BodyCitation[]; error?: string } {
	const items: BodyCitation[] = [];
	for (const part of inner.split(';')) {
		const pieces = part.split(',').map((p) => p.trim());
		if (pieces.every((p) => p === '')) return { items, error: 'an empty citation between separators' };
		for (const piece of pieces) {
			if (piece.startsWith('@')) {
				const key = KEY.exec(piece)?.[1];
				const citation = key ? parseCitation(key) : undefined;
				if (!key || !citation) return { items, error: `"${piece}" is not a citation key: write @article-id#p-anchor (npm run paragraphs lists them)` };
				items.push({ key, citation });
			} else {
				const last = items.at(-1);
				if (!last) return { items, error: `"${piece}" comes before any citation key: start with @article-id#p-anchor` };
				if (piece === '') return { items, error: 'an empty locator after a comma' };
				last.locator = last.locator ? `${last.locator}, ${piece}` : piece;
			}
		}
	}
	return { items };
}

/** Every bracketed citation group in a text, parsed, in order. */
export function citationGroups(text: string): CitationGroup[] {
	const groups: CitationGroup[] = [];
	for (const match of text.matchAll(GROUP)) {
		const { items, error } = parseGroup(match[1]!);
		groups.push({ start: match.index!, end: match.index! + match[0].length, raw: match[0], items, ...(error ? { error } : {}) });
	}
	return groups;
}

/** Citation keys written outside any bracket (`as @a#p-x says`): they would show as raw text. */
export function bareCitations(text: string): string[] {
	const groups = citationGroups(text);
	const found: string[] = [];
	for (const match of text.matchAll(BARE)) {
		const at = match.index! + match[1]!.length;
		if (!groups.some((g) => at >= g.start && at < g.end)) found.push(match[0].slice(match[1]!.length));
	}
	return found;
}
