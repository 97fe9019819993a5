import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index';
import { parseManifest } from '../../../src/ingest/manifest';
import { findDate, looksLikeHeading, scaffoldEntry } from '../../../src/ingest/scaffold';

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
		expect(draft.yaml).toMatch(/^# Draft manifest entry for new\.txt: every value is a guess/);
	});

	it('is refused while it holds TODO placeholders, naming each field', () => {
		expect(() => parseManifest(`version: 1\nsources:\n${draft.yaml.replace(/^/gm, '  ')}`)).toThrow(/sources\[0\]\.what: "TODO: [^"]*" is a draft placeholder: fill it in/);
	});

	it('is a valid manifest entry that the ingest accepts once every TODO is filled in', () => {
		const filled = draft.yaml.replace(/TODO[^"'\n]*/g, 'Filled in by the maintainer.');
		const manifest = parseManifest(`version: 1\nsources:\n${filled.replace(/^/gm, '  ')}`);
		const entry = manifest.sources[0]!;
		expect(entry.omit.map((o) => o.lines)).toEqual([[1, 1], [19, 20]]);
		expect(entry.articles[0]!.id).toBe('doe-the-steppe-and-the');
		expect(entry.articles[0]!.frontmatter.published).toBe('2014-05-12');
		const [article] = ingest({ manifest, sources: new Map([['new.txt', WEB]]) });
		expect(article!.mdx).toContain('## Early Years');
		expect(article!.mdx).toContain("published: '2014-05-12'");
	});

	it('writes `undated` when no date is printed, never an invented one', () => {
		const undated = scaffoldEntry('u.txt', WEB.replace('12 May 2014', 'Opinion'));
		expect(undated.date).toBeUndefined();
		expect(undated.yaml).toContain('published: undated');
		expect(undated.yaml).toContain('no printed date found, so `undated` (never invent one)');
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
