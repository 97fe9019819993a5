/**
 * The comparison behind tests/build/article-fidelity.test.ts, proved on small inputs and on a
 * hand-written page shaped like the site's built article pages: it must catch a dropped, an
 * added and a changed word, and must not be fooled by the renderer's own text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/ingest/manifest';
import { alnum, compareWords, pageText, rawSourceText, renumberAsCalled, sourceText } from '../../fixtures/ingest/fidelity';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MINI = join(ROOT, 'tests', 'fixtures', 'ingest', 'mini');
const PAGE = readFileSync(join(ROOT, 'tests', 'fixtures', 'ingest', 'page.html'), 'utf8');

describe('alnum', () => {
	it('keeps every letter and digit, in any script, and nothing else', () => {
		expect(alnum('rela- tions, “so-called” 16,3 – Ürümqi «Қазақстан» ¶ ↩')).toBe('relationssocalled163ÜrümqiҚазақстан');
	});

	it('is case-sensitive and NFC-normalises', () => {
		expect(alnum('Kazakhstan')).not.toBe(alnum('kazakhstan'));
		expect(alnum('e\u0301')).toBe(alnum('\u00e9'));
	});
});

describe('compareWords', () => {
	const source = 'K azakhstan and Russia both refer to their bilateral rela-\ntionship as a strategic partnership.';

	it('accepts re-flow, de-hyphenation, drop caps and punctuation changes', () => {
		expect(compareWords(source, 'Kazakhstan and Russia both refer to their bilateral relationship as a strategic partnership')).toBeUndefined();
	});

	it('catches a dropped word and shows where', () => {
		const message = compareWords(source, 'Kazakhstan and Russia refer to their bilateral relationship as a strategic partnership.');
		expect(message).toBeDefined();
		expect(message).toContain('source: K azakhstan and Russia »both« refer to their bilateral');
		expect(message).toContain('page:   Kazakhstan and Russia »refer« to their bilateral');
	});

	it('catches a changed word', () => {
		const message = compareWords(source, 'Kazakhstan and Russia both refer to their bilateral relationship as a tactical partnership.');
		expect(message).toMatch(/source: .*»strategic« partnership\./);
		expect(message).toMatch(/page: {3}.*»tactical« partnership\./);
	});

	it('catches an added word, a changed digit and a changed case', () => {
		expect(compareWords('in 2008 the', 'in 2008 the the')).toMatch(/»⟨end⟩«/);
		expect(compareWords('in 2008 the', 'in 2009 the')).toBeDefined();
		expect(compareWords('the CSTO', 'the Csto')).toBeDefined();
	});

	it('catches a lost word at the very end', () => {
		expect(compareWords('many of the', 'many of')).toContain('source: many of »the«');
	});
});

describe('pageText', () => {
	const page = pageText(PAGE);

	it('takes the article body without copy-link controls, footnote calls, back-links or the footnotes label', () => {
		expect(page.body).not.toContain('¶');
		expect(page.body).not.toContain('↩');
		expect(page.body).not.toContain('Footnotes');
		expect(page.body).not.toContain('Link to paragraph copied');
		expect(page.body).not.toContain('Cite this article');
		expect(page.body.replace(/\s+/g, ' ').trim()).toBe(
			'First paragraph of the web article, with a note. It goes on. A Short Heading Second paragraph with the author’s own [bracketed words] and a second note. Works Cited Doe, Jane. 2010. A Book. City: Press. Roe, John. 2011. “An Article.” Journal 1(2): 3-4. John Roe is a writer. Doe, A Book, 5. Roe, “An Article,” 3.',
		);
	});

	it('reads the abstract, the footnote calls and the title', () => {
		expect(page.abstract).toBe('First paragraph of the web article, with a note.');
		expect(page.footnoteCalls).toEqual(['1', '2']);
		expect(page.title).toBe('A Web Article');
	});

	it('keeps words of adjacent blocks apart and skips scripts', () => {
		expect(page.all).toMatch(/Works Cited\s+Doe/);
		expect(page.all).not.toContain('shareOnTwitter');
	});

	it('fails loudly on a page without an article body', () => {
		expect(() => pageText('<html><body><p>x</p></body></html>')).toThrow(/data-article-body/);
	});
});

describe('sourceText + compareWords on the miniature fixture', () => {
	const manifest = parseManifest(readFileSync(join(MINI, 'manifest.yaml'), 'utf8'));
	const entry = manifest.sources[1]!.articles[0]!;
	const raw = rawSourceText(readFileSync(join(MINI, 'web.txt')), 'web.txt');
	const src = sourceText(entry, raw);
	const page = pageText(PAGE);

	it('takes the declared parts only, without markers or note numbers', () => {
		expect(src.markers).toEqual(['1', '2']);
		expect(src.body).not.toMatch(/\[\d+\]/);
		expect(src.body).not.toContain('Share on');
		expect(src.body).not.toContain('Related Articles');
		expect(src.abstract).toBeUndefined();
	});

	it('matches the page', () => {
		expect(compareWords(src.body, page.body)).toBeUndefined();
		expect(page.footnoteCalls).toEqual(renumberAsCalled(src.markers));
	});

	it('catches a word the page lost, even inside a footnote', () => {
		expect(compareWords(src.body, page.body.replace('Doe, A Book, 5.', 'Doe, Book, 5.'))).toContain('»A«');
		expect(compareWords(src.body, page.body.replace('It goes on.', 'It goes.'))).toContain('»on.«');
	});

	it('catches a footnote call that moved or vanished', () => {
		expect(renumberAsCalled(src.markers)).not.toEqual(['1']);
	});

	it('renumbers repeated calls as GFM shows them', () => {
		expect(renumberAsCalled(['3', '7', '3', '9'])).toEqual(['1', '2', '1', '3']);
	});

	it('applies a declared replacement only if it changes letters or digits', () => {
		const pdf = manifest.sources[0]!.articles[0]!;
		const pdfRaw = rawSourceText(readFileSync(join(MINI, 'pdf.txt')), 'pdf.txt');
		expect(sourceText(pdf, pdfRaw).body).toContain('Baku- Tbilisi');
		const changed = { ...pdf, repairs: { ...pdf.repairs, replacements: [{ find: 'Baku- Tbilisi', replace: 'Baku-Tiflis', why: 'x', count: 1 }] } };
		expect(sourceText(changed, pdfRaw).body).toContain('Baku-Tiflis');
		expect(sourceText(pdf, pdfRaw).abstract).toContain('This abstract is printed apart');
	});
});
