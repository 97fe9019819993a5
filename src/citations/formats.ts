import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl';

/**
 * Citation files and rendered references, all made from CSL-JSON by citation-js (a maintained
 * library that knows each format's fields and escaping), never by string templates.
 *
 * The style of the references shown on the site: APA 7th edition, the CSL style citation-js
 * ships with its CSL plugin (Chicago would need a style file of its own), with the US English
 * locale, the only English one the plugin ships.
 */
export const CITATION_STYLE = { template: 'apa', lang: 'en-US', name: 'APA (7th edition)' } as const;

// BibTeX keys are the article ids (stable, unique, what `npm run paragraphs` shows), not
// citation-js's author-year-word labels, which collide and change when a title is corrected.
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.useIdAsLabel = true;
// Hyphens are valid in BibTeX keys; the check would strip them ("k-long-id" → "klongid").
bibtexConfig.format.checkLabel = false;

/** The file formats offered, with their media types and file extensions. */
export const CITATION_FORMATS = {
	bibtex: { extension: 'bib', mediaType: 'application/x-bibtex', label: 'BibTeX' },
	ris: { extension: 'ris', mediaType: 'application/x-research-info-systems', label: 'RIS' },
	csl: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** One or more items in a citation file format. */
export function formatCitations(items: CslItem[], format: CitationFormat): string {
	const cite = new Cite(items);
	if (format === 'csl') return `${cite.format('data', { format: 'text' })}\n`;
	if (format === 'ris') return `${risText(cite, items)}\n`;
	return `${items.map(bibtexEntry).join('\n')}\n`;
}

/** BibTeX's month macros, which every BibTeX style and biber understand. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One BibTeX entry, from citation-js, with two corrections to what citation-js 0.8.2 writes:
 * - the month: it writes `month = {1}` or, with a day, `month = {nov 19}`, which is no
 *   month to BibTeX; here it is the standard macro (`month = nov`) and the day, when the
 *   source gives one, goes in its own `day` field (biblatex's; BibTeX styles ignore it).
 * - a thesis whose genre is not a master's or PhD thesis (our "Student dissertation")
 *   comes out as `@misc`; here it is `@mastersthesis`, BibTeX's thesis entry below the
 *   doctorate, with the genre in `type` (which BibTeX styles print instead of "Master's
 *   thesis"), so that the work is a thesis in BibTeX as it is in RIS (THES) and CSL-JSON.
 */
function bibtexEntry(item: CslItem): string {
	let text = new Cite([item]).format('bibtex', { format: 'text' }).trim();
	const [, month, day] = item.issued?.['date-parts'][0] ?? [];
	const monthLines = month ? `\tmonth = ${MONTH_MACROS[month - 1]},\n${day ? `\tday = {${day}},\n` : ''}` : '';
	text = text.replace(/^\tmonth = \{[^}\n]*\},\n/m, monthLines);
	if (item.type === 'thesis') text = text.replace(/^@misc\{/, '@mastersthesis{');
	return text;
}

/**
 * RIS from the library's own tag mapping (types, dates, which field goes under which tag),
 * written one tag per line. citation-js 0.8.2's text output hard-wraps every value at 70
 * characters, mid-word, and readers (its own parser, Zotero) rejoin continuation lines with a
 * space, so long URLs came back broken ("…russia-and-kazakhs tan-2030…"); here no value is wrapped.
 * The record id (`ID`) is the whole article id, the BibTeX key and CSL id, not the library's
 * first 20 characters of it: one id per article in every format.
 */
function risText(cite: Cite, items: readonly CslItem[]): string {
	const entries = cite.format('ris', { format: 'object' }) as unknown as Array<Record<string, string | number | Array<string | number>>>;
	return entries
		.map((entry, i) => {
			const lines = [`TY  - ${entry.TY}`];
			for (const [tag, value] of Object.entries({ ...entry, ID: items[i]!.id })) {
				if (tag !== 'TY') for (const v of ([] as Array<string | number>).concat(value)) lines.push(`${tag}  - ${v}`);
			}
			lines.push('ER  - ');
			return lines.join('\n');
		})
		.join('\n');
}

/** An item's reference in the site's style, as plain text. */
export function referenceText(item: CslItem): string {
	return new Cite([item]).format('bibliography', { format: 'text', template: CITATION_STYLE.template, lang: CITATION_STYLE.lang }).trim();
}
