import type { CslItem, CslName } from './csl';

/** One `<meta name content>` tag. */
export interface MetaTag {
	name: string;
	content: string;
}

/**
 * A name as Dublin Core writes it: a person inverted ("Kukeyeva, Fatima"), an institution whole.
 */
function dcName(name: CslName): string {
	if ('literal' in name) return name.literal;
	return name.given ? `${name.family}, ${name.given}` : name.family;
}

/**
 * A name as a `citation_author` tag: "Family, Given" for a person, as Google Scholar's
 * inclusion guidelines show; an institution (a CSL literal) with a trailing comma,
 * "Caspian Institute for Strategic Studies,". Zotero's Embedded Metadata translator splits a
 * name without a comma at its last space ("Studies, Caspian Institute for Strategic"); with a
 * comma it takes what precedes the comma as the family name and what follows as the given
 * name, here nothing, so the institution stays whole (and Scholar reads it the same way).
 */
export function highwireAuthor(name: CslName): string {
	return 'literal' in name ? `${name.literal},` : dcName(name);
}

/**
 * A date as `citation_publication_date`: Google Scholar documents two forms, the full date
 * "YYYY/MM/DD" and the year alone "YYYY". A date known to the day is written in full; one
 * known to the month or year as its year, since "2015/01" is neither form and a made-up day
 * ("2015/01/01") would be a date the source never gave (the month stays in DC.date and in
 * the citation files).
 */
export function highwireDate(parts: number[] | undefined): string | undefined {
	if (!parts || parts.length === 0) return undefined;
	return parts.length === 3 ? dateText(parts, '/') : String(parts[0]);
}

/** CSL date-parts at their precision, joined: [2010] → "2010", [2010, 11] → "2010/11". */
function dateText(parts: number[] | undefined, separator: string): string | undefined {
	if (!parts || parts.length === 0) return undefined;
	return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join(separator);
}

/** The CSL types that appear in a periodical (journal, magazine, newspaper): Highwire calls their venue a journal. */
const PERIODICAL = new Set(['article-journal', 'article-magazine', 'article-newspaper']);

/**
 * The reference-manager tags of an article page, from its CSL item: Highwire Press
 * `citation_*` (what Google Scholar and Zotero read) and Dublin Core as a fallback for readers
 * that know only DC. Every value is one the citation files also carry; nothing is written for
 * what is unknown (an undated source has no date tag, a work with no named author no author tag).
 *
 * `pageUrl` is this site's page, where the full text is read; the original address, when the
 * source gives one, is `DC.source`.
 */
export function citationMeta(item: CslItem, pageUrl: string): MetaTag[] {
	const tags: MetaTag[] = [];
	const add = (name: string, content: string | undefined) => {
		if (content) tags.push({ name, content });
	};
	const venue = item['container-title'] ?? item.publisher;
	const date = item.issued?.['date-parts'][0];
	add('citation_title', item.title);
	for (const author of item.author ?? []) add('citation_author', highwireAuthor(author));
	add('citation_publication_date', highwireDate(date));
	if (PERIODICAL.has(item.type)) add('citation_journal_title', item['container-title']);
	else if (item.type === 'report') add('citation_technical_report_institution', item.publisher);
	else if (item.type === 'thesis') add('citation_dissertation_institution', item.publisher);
	if (!PERIODICAL.has(item.type)) add('citation_publisher', venue);
	add('citation_issue', item.issue);
	add('citation_language', item.language);
	// The full text is on this page; no PDF is published, so there is no citation_pdf_url.
	add('citation_public_url', pageUrl);
	add('citation_fulltext_html_url', pageUrl);
	add('DC.title', item.title);
	for (const author of item.author ?? []) add('DC.creator', dcName(author));
	// Dublin Core dates are W3C-DTF: 2010, 2010-11 or 2010-11-19.
	add('DC.date', dateText(date, '-'));
	add('DC.publisher', venue);
	add('DC.language', item.language);
	add('DC.type', 'Text');
	add('DC.identifier', pageUrl);
	// DC.source: "a related resource from which the described resource is derived", the original.
	if (item.URL !== pageUrl) add('DC.source', item.URL);
	return tags;
}
