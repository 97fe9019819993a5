/**
 * Each citation format, written from one CSL item and read back by citation-js's own parsers
 * (the BibTeX and RIS readers reference managers share the formats with): corporate authors
 * whole, dates in each format's documented form, one id and one item type per article.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { labelName } from '../../../src/citations/authors';
import { cslItem, type CslInput } from '../../../src/citations/csl';
import { formatCitations } from '../../../src/citations/formats';
import { citationMeta, highwireAuthor, highwireDate } from '../../../src/citations/meta';
import { citationLabel } from '../../../src/knowledge/citations';
import { articleSchema } from '../../../src/schemas/article';

const PAGE = 'https://kb.example/articles/x/';
const LONG_ID = 'caspian-institute-road-map-2030-a-long-article-id';

function input(over: Record<string, unknown>, id = LONG_ID): CslInput {
	const data = articleSchema.parse({ title: 'T', authors: [{ name: 'Jane Doe' }], publication: { name: 'Venue' }, published: '2015-01', source: { file: 'x.txt' }, abstract: 'A.', ...over });
	return { id, data };
}
const institute = input({ kind: 'report', authors: [{ name: 'Caspian Institute for Strategic Studies', kind: 'institution' }], publication: { name: 'Caspian Institute for Strategic Studies' } });
const essay = input({ kind: 'dissertation', authors: [{ name: 'Unnamed student', kind: 'unknown' }], publication: { name: 'UKDiss.com' }, published: '2019-11-19' }, 'ukdiss-cooperation-to-coercion');
const item = (a: CslInput) => cslItem(a, PAGE);
const parsed = (text: string) => new Cite(text).data as Array<Record<string, any>>;

/**
 * How Zotero's Embedded Metadata translator reads one `citation_author` tag: a value with a
 * comma is "family, given" (split at the first comma, trailing punctuation dropped first);
 * one without is "given family", split at the last space.
 */
function zoteroReadsAuthor(tag: string): { lastName: string; firstName?: string } {
	const cleaned = tag.replace(/^[\s.,/[\]:]+/, '').replace(/[\s,/[\]:.]+$/, '');
	if (tag.includes(',')) {
		const [lastName, firstName] = cleaned.split(/, ?/);
		return firstName ? { lastName: lastName!, firstName } : { lastName: lastName! };
	}
	const at = cleaned.lastIndexOf(' ');
	return { lastName: cleaned.slice(at + 1), firstName: cleaned.slice(0, at) };
}

describe('a corporate author stays whole in every format', () => {
	it('BibTeX braces it, RIS writes it as one AU without a comma, CSL-JSON as a literal', () => {
		const bib = formatCitations([item(institute)], 'bibtex');
		expect(bib).toContain('author = {{Caspian Institute for Strategic Studies}},');
		expect(parsed(bib)[0]!.author).toEqual([{ family: 'Caspian Institute for Strategic Studies' }]);
		const ris = formatCitations([item(institute)], 'ris');
		expect(ris.split('\n').filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Caspian Institute for Strategic Studies']);
		expect(parsed(ris)[0]!.author).toEqual([{ literal: 'Caspian Institute for Strategic Studies' }]);
		expect(JSON.parse(formatCitations([item(institute)], 'csl'))[0].author).toEqual([{ literal: 'Caspian Institute for Strategic Studies' }]);
	});

	it('the citation_author tag of an institution is one Zotero keeps whole; a person is "Family, Given"', () => {
		const tag = citationMeta(item(institute), PAGE).find((t) => t.name === 'citation_author')!.content;
		expect(tag).toBe('Caspian Institute for Strategic Studies,');
		expect(zoteroReadsAuthor(tag)).toEqual({ lastName: 'Caspian Institute for Strategic Studies' });
		// Without the comma Zotero would split it, as reported: "Studies, Caspian Institute for Strategic".
		expect(zoteroReadsAuthor('Caspian Institute for Strategic Studies')).toEqual({ lastName: 'Studies', firstName: 'Caspian Institute for Strategic' });
		expect(highwireAuthor({ family: 'Kukeyeva', given: 'Fatima' })).toBe('Kukeyeva, Fatima');
		expect(zoteroReadsAuthor('Kukeyeva, Fatima')).toEqual({ lastName: 'Kukeyeva', firstName: 'Fatima' });
		expect(citationMeta(item(institute), PAGE).find((t) => t.name === 'DC.creator')!.content).toBe('Caspian Institute for Strategic Studies');
	});

	it('the short label names an institution whole, a person by surname, an unknown author by the venue', () => {
		expect(citationLabel(institute)).toBe('Caspian Institute for Strategic Studies 2015');
		expect(citationLabel(input({}))).toBe('Doe 2015');
		expect(citationLabel(essay)).toBe('UKDiss.com 2019');
		expect(labelName({ name: 'Unnamed student', kind: 'unknown' })).toBeUndefined();
	});

	it('an unknown author is in no format, and no tag names it', () => {
		for (const format of ['bibtex', 'ris', 'csl'] as const) {
			const text = formatCitations([item(essay)], format);
			expect(text).not.toMatch(/Unnamed/);
			expect(format === 'csl' ? JSON.parse(text)[0].author : parsed(text)[0]!.author).toBeUndefined();
		}
		expect(citationMeta(item(essay), PAGE).filter((t) => /author|creator/.test(t.name))).toEqual([]);
	});
});

describe('dates in each format’s documented form', () => {
	it('citation_publication_date is YYYY/MM/DD or YYYY, never a month alone or an invented day', () => {
		expect(highwireDate([2019, 11, 19])).toBe('2019/11/19');
		expect(highwireDate([2015, 1])).toBe('2015');
		expect(highwireDate([2010])).toBe('2010');
		expect(highwireDate(undefined)).toBeUndefined();
		for (const a of [institute, essay]) {
			const tag = citationMeta(item(a), PAGE).find((t) => t.name === 'citation_publication_date')!.content;
			expect(tag).toMatch(/^\d{4}(\/\d{2}\/\d{2})?$/);
		}
		expect(citationMeta(item(institute), PAGE).find((t) => t.name === 'DC.date')!.content).toBe('2015-01');
	});

	it('BibTeX writes the month as its macro and the day in `day`, and reads both back', () => {
		const day = formatCitations([item(essay)], 'bibtex');
		expect(day).toMatch(/\n\tmonth = nov,\n\tday = \{19\},\n/);
		expect(day).not.toMatch(/month = \{/);
		expect(parsed(day)[0]!.issued).toEqual({ 'date-parts': [[2019, 11, 19]] });
		const month = formatCitations([item(institute)], 'bibtex');
		expect(month).toMatch(/\n\tmonth = jan,\n/);
		expect(month).not.toMatch(/\bday =/);
		expect(parsed(month)[0]!.issued).toEqual({ 'date-parts': [[2015, 1]] });
		const year = formatCitations([item(input({ published: '2010' }))], 'bibtex');
		expect(year).not.toMatch(/month|day =/);
		expect(parsed(year)[0]!.issued).toEqual({ 'date-parts': [[2010]] });
	});
});

describe('one id and one item type per article across the formats', () => {
	it('the RIS record id is the whole article id, equal to the BibTeX key and the CSL id', () => {
		const ris = formatCitations([item(institute), item(essay)], 'ris');
		expect(ris).toContain(`ID  - ${LONG_ID}\n`);
		expect(parsed(ris).map((i) => i.id)).toEqual([LONG_ID, 'ukdiss-cooperation-to-coercion']);
		const bib = formatCitations([item(institute), item(essay)], 'bibtex');
		expect(parsed(bib).map((i) => i.id)).toEqual([LONG_ID, 'ukdiss-cooperation-to-coercion']);
		expect(JSON.parse(formatCitations([item(institute)], 'csl'))[0].id).toBe(LONG_ID);
	});

	it('the student essay is a thesis, with the genre "Student dissertation", in all three', () => {
		const bib = formatCitations([item(essay)], 'bibtex');
		expect(bib).toMatch(/^@mastersthesis\{ukdiss-cooperation-to-coercion,/);
		expect(bib).toContain('type = {Student dissertation},');
		expect(bib).toContain('school = {UKDiss.com},');
		const ris = formatCitations([item(essay)], 'ris');
		expect(ris).toMatch(/^TY {2}- THES$/m);
		expect(ris).toMatch(/^M3 {2}- Student dissertation$/m);
		const csl = JSON.parse(formatCitations([item(essay)], 'csl'))[0];
		for (const back of [parsed(bib)[0]!, parsed(ris)[0]!, csl]) {
			expect(back.type).toBe('thesis');
			expect(back.genre).toBe('Student dissertation');
			expect(back.publisher).toBe('UKDiss.com');
		}
	});
});
