import { describe, expect, it } from 'vitest';
import { cslDate, cslItem, cslName, type CslInput } from '../../../src/citations/csl';
import { atomFeed, atomTimestamp, newestFirst } from '../../../src/citations/feed';
import { formatCitations, referenceText } from '../../../src/citations/formats';
import { citationMeta } from '../../../src/citations/meta';
import { articleSchema } from '../../../src/schemas/article';
import { parsePartialDate, type PartialDate } from '../../../src/schemas/date';

const date = (text: string) => parsePartialDate(text) as PartialDate;
const PAGE = 'https://kb.example/articles/a/';

const baseData = () => ({
	title: 'A Title',
	authors: [{ name: 'Fatima Kukeyeva', actor: 'fatima-kukeyeva' }],
	publication: { name: 'Russian Analytical Digest', issue: 'No. 87' },
	kind: 'journal-article',
	published: '2010-11',
	source: { file: 'x.txt' },
	abstract: 'An abstract.',
});

function article(over: Record<string, unknown> = {}, id = 'a'): CslInput {
	return { id, data: articleSchema.parse({ ...baseData(), ...over }) };
}

describe('CSL-JSON items', () => {
	it('give each kind of work its CSL type and put the venue where the type expects it', () => {
		expect(cslItem(article(), PAGE)).toMatchObject({ type: 'article-journal', 'container-title': 'Russian Analytical Digest', issue: '87' });
		expect(cslItem(article({ kind: 'magazine-article' }), PAGE).type).toBe('article-magazine');
		expect(cslItem(article({ kind: 'blog-post' }), PAGE).type).toBe('post-weblog');
		expect(cslItem(article({ kind: undefined }), PAGE).type).toBe('webpage');
		const report = cslItem(article({ kind: 'report', publication: { name: 'Caspian Institute', issue: 'Reports' } }), PAGE);
		expect(report).toMatchObject({ type: 'report', publisher: 'Caspian Institute', 'collection-title': 'Reports' });
		expect(report).not.toHaveProperty('container-title');
		expect(report).not.toHaveProperty('issue');
		const thesis = cslItem(article({ kind: 'dissertation', authors: [{ name: 'Unnamed student', kind: 'unknown' }], publication: { name: 'UKDiss.com' } }), PAGE);
		expect(thesis).toMatchObject({ type: 'thesis', genre: 'Student dissertation', publisher: 'UKDiss.com' });
		// A placeholder is not an author: the work is anonymous.
		expect(thesis).not.toHaveProperty('author');
	});

	it('split a person into given names and surname; keep an institution whole; leave an unknown author out', () => {
		expect(cslName({ name: 'Jane Q. Example', actor: 'jane' })).toEqual({ family: 'Example', given: 'Jane Q.' });
		expect(cslName({ name: 'Someone Without A Page' })).toEqual({ family: 'Page', given: 'Someone Without A' });
		expect(cslName({ name: 'Caspian Institute for Strategic Studies', kind: 'institution' })).toEqual({ literal: 'Caspian Institute for Strategic Studies' });
		// An author that links only an organization page is an institution unless stated.
		expect(cslName({ name: 'Caspian Institute for Strategic Studies', organization: 'ci' })).toEqual({ literal: 'Caspian Institute for Strategic Studies' });
		expect(cslName({ name: 'Unnamed student', kind: 'unknown' })).toBeUndefined();
		expect(cslName({ name: 'Madonna' })).toEqual({ literal: 'Madonna' });
	});

	it('refuse a name that only says nobody is named unless its kind says so', () => {
		for (const name of ['Unnamed student', 'Anonymous', 'Unknown author']) {
			const result = articleSchema.safeParse({ ...baseData(), authors: [{ name }] });
			expect(result.success, name).toBe(false);
			expect(result.success ? '' : result.error.issues[0]!.message).toMatch(/names nobody: write \{ name: .*, kind: unknown \}/);
		}
		expect(articleSchema.safeParse({ ...baseData(), authors: [{ name: 'Anonymous', kind: 'unknown' }] }).success).toBe(true);
		expect(articleSchema.safeParse({ ...baseData(), authors: [{ name: 'Unna Example' }] }).success).toBe(true);
		expect(articleSchema.safeParse({ ...baseData(), authors: [{ name: 'X Institute', kind: 'institution', actor: 'x' }] }).success).toBe(false);
	});

	it('keep a date at its precision and invent none', () => {
		expect(cslDate(date('2010'))).toEqual({ 'date-parts': [[2010]] });
		expect(cslDate(date('2010-11'))).toEqual({ 'date-parts': [[2010, 11]] });
		expect(cslDate(date('2010-11-19'))).toEqual({ 'date-parts': [[2010, 11, 19]] });
		const undated = { ...article(), data: { ...article().data, published: undefined } };
		expect(cslItem(undated, PAGE)).not.toHaveProperty('issued');
		expect(citationMeta(cslItem(undated, PAGE), PAGE).map((t) => t.name)).not.toContain('citation_publication_date');
	});

	it('use the original address when known, else the page here; accessed is the given date', () => {
		expect(cslItem(article(), PAGE, date('2026-11-28'))).toMatchObject({ URL: PAGE, accessed: { 'date-parts': [[2026, 11, 28]] } });
		expect(cslItem(article({ source: { file: 'x.txt', url: 'https://orig.example/a' } }), PAGE).URL).toBe('https://orig.example/a');
	});
});

describe('reference-manager tags', () => {
	it('write Highwire and Dublin Core tags, dates at their precision', () => {
		const tags = citationMeta(cslItem(article({ source: { file: 'x.txt', url: 'https://orig.example/a' } }), PAGE), PAGE);
		const get = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
		expect(get('citation_title')).toEqual(['A Title']);
		expect(get('citation_author')).toEqual(['Kukeyeva, Fatima']);
		// Scholar documents YYYY/MM/DD and YYYY: a month-precision date is given as its year.
		expect(get('citation_publication_date')).toEqual(['2010']);
		expect(get('citation_journal_title')).toEqual(['Russian Analytical Digest']);
		expect(get('citation_publisher')).toEqual([]);
		expect(get('citation_issue')).toEqual(['87']);
		expect(get('citation_public_url')).toEqual([PAGE]);
		expect(get('citation_pdf_url')).toEqual([]);
		expect(get('DC.date')).toEqual(['2010-11']);
		expect(get('DC.source')).toEqual(['https://orig.example/a']);
		const web = citationMeta(cslItem(article({ kind: 'web-article' }), PAGE), PAGE);
		expect(web.find((t) => t.name === 'citation_journal_title')).toBeUndefined();
		expect(web.find((t) => t.name === 'citation_publisher')?.content).toBe('Russian Analytical Digest');
	});
});

describe('formats', () => {
	it('render the APA reference and write RIS without breaking long values', () => {
		const item = cslItem(article(), PAGE);
		expect(referenceText(item)).toBe(`Kukeyeva, F. (2010). A Title. Russian Analytical Digest, (87). ${PAGE}`);
		const url = `https://orig.example/${'long-segment-'.repeat(10)}end`;
		const ris = formatCitations([{ ...item, URL: url }], 'ris');
		expect(ris.split('\n')).toContain(`UR  - ${url}`);
		expect(formatCitations([item], 'bibtex')).toMatch(/^@article\{a,/);
	}, 30_000); // the first rendering loads the CSL engine, its style and locale
});

describe('Atom feed', () => {
	it('gives partial dates a timestamp and orders newest first, undated last', () => {
		expect(atomTimestamp(date('2015-01'))).toBe('2015-01-01T00:00:00Z');
		expect(atomTimestamp(date('2010'))).toBe('2010-01-01T00:00:00Z');
		const list = [date('2010'), undefined, date('2015-01')].sort(newestFirst);
		expect(list).toEqual([date('2015-01'), date('2010'), undefined]);
	});

	it('escapes text and credits an anonymous work to its venue', () => {
		const item = { ...cslItem(article({ title: 'A <b> & "c"', authors: [{ name: 'Unnamed student', kind: 'unknown' }] }), PAGE) };
		const xml = atomFeed({ title: 'T', subtitle: 'S', siteUrl: 'https://kb.example/', feedUrl: 'https://kb.example/feed.xml', updated: date('2020'), entries: [{ item, pageUrl: PAGE, published: undefined, topics: [] }] });
		expect(xml).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
		expect(xml).toContain('<author><name>Russian Analytical Digest</name></author>');
		expect(xml).toContain('<published>2020-01-01T00:00:00Z</published>');
	});
});
