import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ingest } from '../../../src/ingest/index';
import { parseManifest } from '../../../src/ingest/manifest';
import { placeholderIn } from '../../../src/schemas/placeholders';
import { findDate, looksLikeHeading, scaffoldEntry } from '../../../src/ingest/scaffold';

const DRAFTS = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest', 'drafts');

/** The draft as the one entry of a manifest. */
const asManifest = (yaml: string) => `version: 1\nsources:\n${yaml.replace(/^/gm, '  ')}`;

/** The draft with every placeholder filled in as a maintainer would (a date left `undated`). */
function filled(yaml: string): string {
	const fill = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string') return placeholderIn(value) === 'a draft placeholder' ? (key === 'published' ? 'undated' : `Filled in (${key}).`) : value;
		if (Array.isArray(value)) return value.map((v) => fill(v, key));
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k)]));
		return value;
	};
	return stringify({ version: 1, sources: fill(parse(yaml)) });
}

function messageOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	return '';
}

const WEB = [
	'Share on Twitter', // 1
	'', //
	'The Steppe and the Bear: Notes on an Alliance', // 3
	'', //
	'By Jane Doe, Almaty', // 5
	'', //
	'12 May 2014', // 7
	'', //
	'Russia and Kazakhstan share the longest land border of either state. Trade followed it.', // 9
	'', //
	'Early Years', // 11
	'', //
	'In the first years both governments kept the old links alive.', // 13
	'', //
	'Works Cited', // 15
	'Doe, Jane. 2010. “An Earlier Piece.” Example Digest.', // 16
	'Roe, John. 2012. “Another Piece.” Example Digest.', // 17
	'', //
	'Related Articles', // 19
	'Something else entirely', // 20
].join('\n');

describe('ingest --new: a draft manifest entry', () => {
	const draft = scaffoldEntry('new.txt', WEB);

	it('guesses the title, byline, date, headings and ranges', () => {
		expect(draft.title).toEqual({ line: 3, text: 'The Steppe and the Bear: Notes on an Alliance' });
		expect(draft.byline).toEqual({ line: 5, text: 'By Jane Doe, Almaty' });
		expect(draft.date).toEqual({ line: 7, text: '12 May 2014', iso: '2014-05-12' });
		expect(draft.headings).toEqual([{ line: 11, text: 'Early Years' }]);
		expect(draft.body).toEqual([9, 13]);
		expect(draft.apparatus).toEqual({ role: 'bibliography', heading: 'Works Cited', lines: [15, 17] });
		expect(draft.obtained).toBe('web extract');
		expect(draft.yaml).toContain("published: '2014-05-12'");
		expect(draft.yaml).toMatch(/^# Draft manifest entry for new\.txt: every value is a guess/);
	});

	it('fails, naming each field, until its placeholders are filled in', () => {
		const message = messageOf(() => parseManifest(asManifest(draft.yaml)));
		expect(message).toMatch(/sources\[0\]\.what: "TODO: what the file is.*" is a draft placeholder: fill it in/);
		expect(message).toMatch(/sources\[0\]\.articles\[0\]\.frontmatter\.publication\.name: "TODO: /);
		expect(message).toMatch(/sources\[0\]\.omit\[0\]\.why: "TODO: /);
		// What the text told it is not a placeholder.
		expect(message).not.toMatch(/frontmatter\.(title|published|authors)/);
	});

	it('is a manifest entry that the ingest accepts once filled in', () => {
		const manifest = parseManifest(filled(draft.yaml));
		const entry = manifest.sources[0]!;
		expect(entry.omit.map((o) => o.lines)).toEqual([[1, 1], [19, 20]]);
		expect(entry.articles[0]!.abstract).toMatchObject({ from: 'lead', sentences: 2 });
		expect(entry.articles[0]!.id).toBe('doe-the-steppe-and-the');
		expect(entry.articles[0]!.frontmatter.published).toBe('2014-05-12');
		const [article] = ingest({ manifest, sources: new Map([['new.txt', WEB]]) });
		expect(article!.mdx).toContain('## Early Years');
		expect(article!.mdx).toContain("published: '2014-05-12'");
	});

	it('leaves an unprinted date to the maintainer (a date found elsewhere, or `undated`), never an invented one', () => {
		const undated = scaffoldEntry('u.txt', WEB.replace('12 May 2014', 'Opinion'));
		expect(undated.date).toBeUndefined();
		expect(undated.yaml).toMatch(/published: "TODO: the date printed or established elsewhere.*or `undated`/);
		expect(undated.yaml).toContain('no printed date found: write one established elsewhere, or `undated` (never invent one)');
		expect(messageOf(() => parseManifest(asManifest(undated.yaml)))).toMatch(/frontmatter\.published: "TODO: the date/);
	});

	it('leaves an unprinted author as a placeholder that names the documented forms', () => {
		const anonymous = scaffoldEntry('a.txt', WEB.replace('By Jane Doe, Almaty', ''));
		expect(anonymous.byline).toBeUndefined();
		expect(messageOf(() => parseManifest(asManifest(anonymous.yaml)))).toMatch(/frontmatter\.authors\[0\]\.name: "TODO: the author as printed; see content\/README\.md/);
	});

	it('takes the title, not the subheading or standfirst between it and the byline', () => {
		const sub = scaffoldEntry('s.txt', WEB.replace('By Jane Doe, Almaty', 'Why the Partnership Holds, for Now\n\nA standfirst sentence that sums up the piece.\n\nBy Jane Doe, Almaty'));
		expect(sub.title).toEqual({ line: 3, text: 'The Steppe and the Bear: Notes on an Alliance' });
		expect(sub.yaml).toMatch(/lines: \[ 5, 5 \]\n\s+what: "TODO: what these lines are \(a rubric, a subtitle or standfirst/);
	});

	it('without a byline, takes the title just before the printed date, not a site tagline above the menu', () => {
		const page = ['RUS', 'Global perspective through the lens of regional issues', 'Search', 'Reports', '', 'Steppe and Bear: A Road Map', '', 'photo: example.org', '12 October 2023', '', 'Russia and Kazakhstan share the longest land border of either state.'].join('\n');
		const draft = scaffoldEntry('p.txt', page);
		expect(draft.title).toEqual({ line: 6, text: 'Steppe and Bear: A Road Map' });
		expect(draft.date).toMatchObject({ line: 9, iso: '2023-10-12' });
		expect(draft.body).toEqual([11, 11]);
	});

	it('counts the lead’s sentences: a one-sentence lead is one, a longer one two', () => {
		expect(draft.sentences).toBe(2);
		expect(scaffoldEntry('x.txt', WEB.replace(' Trade followed it.', '')).sentences).toBe(1);
		expect(scaffoldEntry('x.txt', WEB.replace('Trade followed it.', 'Trade followed it. Then came the pipelines.')).sentences).toBe(2);
	});

	it('reads printed dates at their precision', () => {
		expect(findDate('19 November 2010')).toBe('2010-11-19');
		expect(findDate('November 19, 2010')).toBe('2010-11-19');
		expect(findDate('Updated 2023-10-12 09:00')).toBe('2023-10-12');
		expect(findDate('May 2014')).toBe('2014-05');
		expect(findDate('in the 1990s')).toBeUndefined();
	});

	it('takes short capitalised lines without a closing stop for headings', () => {
		expect(looksLikeHeading('Why Russia and Kazakhstan Matter')).toBe(true);
		expect(looksLikeHeading('Trade followed the border.')).toBe(false);
		expect(looksLikeHeading('• A bullet')).toBe(false);
	});
});

/** The draft of a fixture, checked, filled in and ingested. */
function draftOf(name: string) {
	const text = readFileSync(join(DRAFTS, name), 'utf8');
	const draft = scaffoldEntry('new.txt', text);
	const manifest = parseManifest(filled(draft.yaml));
	const [article, ...rest] = ingest({ manifest, sources: new Map([['new.txt', text]]) });
	expect(rest).toEqual([]);
	return { draft, entry: manifest.sources[0]!, mdx: article!.mdx, text };
}

describe('ingest --new fits each kind of text', () => {
	it('plain web text: navigation and a rubric omitted, the title not the rubric, a one-sentence lead', () => {
		const { draft, entry, mdx } = draftOf('plain.txt');
		expect(draft.kind).toBe('plain');
		expect(draft.title).toEqual({ line: 6, text: 'Grain, Rail and the Long Border: A Note on Transit' });
		expect(draft.date?.iso).toBe('2023-03-14');
		expect(entry.omit[0]).toMatchObject({ lines: [1, 2], what: 'navigation' });
		expect(entry.omit.map((o) => o.lines)).toEqual([[1, 2], [4, 4], [24, 26]]);
		expect(draft.headings.map((h) => h.text)).toEqual(['Why Transit Matters', 'What Comes Next']);
		expect(entry.articles[0]!.abstract).toMatchObject({ from: 'lead', sentences: 1 });
		expect(mdx).toContain("title: 'Grain, Rail and the Long Border: A Note on Transit'");
		expect(mdx).toMatch(/abstract: The railway crossings between Kazakhstan and Russia carried more grain last year than in any year since 2014\.\n/);
		expect(mdx).toContain('## Why Transit Matters');
		expect(mdx).not.toMatch(/Commentary|Skip to|Share on|Related Articles/);
	});

	it('Markdown: the `#` title, not the `##` subheading after it; `##` headings; the emphasised byline', () => {
		const { draft, entry, mdx } = draftOf('markdown.md');
		expect(draft.kind).toBe('markdown');
		expect(scaffoldEntry('notes.md', readFileSync(join(DRAFTS, 'markdown.md'), 'utf8')).yaml).toContain('# notes.md is not a .txt file: save it in content/sources/ as NNN_<name>.txt');
		expect(draft.title).toEqual({ line: 1, text: 'Pipelines Across the Steppe' });
		expect(entry.articles[0]!.frontmatter.title).toBe('Pipelines Across the Steppe');
		expect(entry.articles[0]!.frontmatter.authors).toEqual([{ name: 'Daniyar Sample' }]);
		expect(entry.articles[0]!.frontmatter.published).toBe('2021-06-02');
		expect(entry.omit.map((o) => o.lines)).toEqual([[3, 3]]);
		expect(draft.headings.map((h) => h.text)).toEqual(['The route', 'Alternatives']);
		expect(mdx).toContain('\n## The route\n');
		expect(mdx).toContain('\n## Alternatives\n');
		expect(mdx).not.toMatch(/^#{3,} |\\#|A field note/m);
	});

	it('wiki markup: `= Title =` without its markup, `==` headings, the flattened infobox and navigation omitted', () => {
		const { draft, entry, mdx } = draftOf('wiki.txt');
		expect(draft.kind).toBe('wiki');
		expect(draft.title).toEqual({ line: 1, text: 'Sample Border Crossing' });
		expect(entry.articles[0]!.frontmatter.title).toBe('Sample Border Crossing');
		expect(entry.articles[0]!.meta).toEqual([{ line: 1, field: 'title', text: '= Sample Border Crossing =' }]);
		expect(entry.omit[0]).toMatchObject({ lines: [3, 7], what: 'Infobox (flattened)' });
		expect(entry.omit[1]!.lines).toEqual([19, 27]);
		expect(draft.body).toEqual([9, 17]);
		expect(draft.headings.map((h) => h.text)).toEqual(['Overview', 'Traffic']);
		expect(mdx).toContain('\n## Overview\n');
		expect(mdx).toContain('\n## Traffic\n');
		expect(mdx).not.toMatch(/==|Opened 1994|v t e|Categories:|See also/);
	});
});
