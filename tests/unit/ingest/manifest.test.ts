import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest } from '../../../src/ingest/manifest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The content tree under test: the project's, or a copy (KB_CONTENT_DIR, as the CLIs take it). */
const SOURCES = join(resolve(ROOT, process.env.KB_CONTENT_DIR ?? 'content'), 'sources');

const MINIMAL = `
version: 1
sources:
  - file: a.txt
    obtained: web extract
    what: A test page.
    articles:
      - id: doe-example
        abstract: { from: lead, sentences: 1, why: none printed }
        parts:
          - { role: body, lines: [3, 5] }
        frontmatter:
          title: Example
          authors: [{ name: Jane Doe }]
          publication: { name: Digest }
          published: '2010'
`;

describe('parseManifest', () => {
	it('accepts a minimal manifest and fills in defaults', () => {
		const m = parseManifest(MINIMAL);
		const article = m.sources[0]!.articles[0]!;
		expect(article.repairs).toEqual({ dropCaps: [], headings: [], lists: [], replacements: [], hyphenation: { keep: [], join: [] } });
		expect(article.frontmatter.language).toBe('en');
		expect(m.sources[0]!.omit).toEqual([]);
	});

	it('accepts the project manifest, which lists every source file once', () => {
		const m = parseManifest(readFileSync(join(SOURCES, 'manifest.yaml'), 'utf8'));
		const files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));
		expect(files.length).toBeGreaterThan(0);
		expect(m.sources.map((s) => s.file).sort()).toEqual(files.sort());
	});

	it('reports YAML syntax errors as such', () => {
		expect(() => parseManifest('version: 1\nsources: [')).toThrow(ManifestError);
		expect(() => parseManifest('version: 1\nsources: [')).toThrow(/is not valid YAML/);
	});

	it('lists every schema problem with its path, in words an editor can act on', () => {
		const bad = MINIMAL.replace('lines: [3, 5]', 'lines: [5, 3]')
			.replace('id: doe-example', 'id: Doe Example')
			.replace("published: '2010'", 'published: 12 May 2010')
			.replace('role: body', 'role: text');
		let message = '';
		try {
			parseManifest(bad);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toMatch(/sources\[0\]\.articles\[0\]\.id: An article id is lower-case words joined by hyphens/);
		expect(message).toMatch(/sources\[0\]\.articles\[0\]\.parts\[0\]\.role: Each part needs a role/);
		expect(message).toMatch(/sources\[0\]\.articles\[0\]\.frontmatter\.published: Write the date as a quoted YYYY/);
	});

	it('explains a reversed line range', () => {
		expect(() => parseManifest(MINIMAL.replace('lines: [3, 5]', 'lines: [5, 3]'))).toThrow(/parts\[0\]\.lines: A line range must not end before it starts/);
	});

	it('rejects unknown keys (a typo must not be silently ignored)', () => {
		expect(() => parseManifest(MINIMAL.replace('what: A test page.', 'what: A test page.\n    wat: typo'))).toThrow(/sources\[0\]/);
	});

	it('rejects duplicate article ids and duplicate files', () => {
		const twice = MINIMAL + MINIMAL.split('sources:\n')[1]!;
		expect(() => parseManifest(twice)).toThrow(/Article id "doe-example" is already used in a\.txt/);
		expect(() => parseManifest(twice)).toThrow(/a\.txt is listed twice/);
	});
});

describe('manifest errors name the file, the field and the fix', () => {
	const messageOf = (text: string) => {
		try {
			parseManifest(text, 'content/sources/manifest.yaml');
		} catch (error) {
			return (error as Error).message;
		}
		return '';
	};

	it('a missing field: add it', () => {
		const message = messageOf(MINIMAL.replace('          title: Example\n', ''));
		expect(message).toMatch(/^content\/sources\/manifest\.yaml does not match/);
		expect(message).toMatch(/sources\[0\]\.articles\[0\]\.frontmatter\.title: "title" is required but missing: add it/);
	});

	it('a misspelt field: remove it or correct the spelling', () => {
		expect(messageOf(MINIMAL.replace('{ role: body, lines: [3, 5] }', '{ role: body, lines: [3, 5], frist: T }'))).toMatch(
			/parts\[0\]: unknown field\(s\) "frist": remove them or correct the spelling/,
		);
	});

	it('an unquoted comma in a { … } entry: quote the value, not "remove the field"', () => {
		const message = messageOf(MINIMAL.replace('{ role: body, lines: [3, 5] }', '{ role: body, lines: [3, 5], first: Russia, Kazakhstan and the rest }'));
		expect(message).toMatch(/parts\[0\]: unknown field\(s\) "Kazakhstan and the rest": probably a value with a comma inside \{ … \}.*Quote the whole value: first: 'Russia, Kazakhstan and the rest'/);
		expect(message).not.toMatch(/remove them or correct the spelling/);
	});

	it('a colon or braces in a { … } value: the YAML error says to quote it', () => {
		for (const value of ['Site header: menu', 'Site {header}']) {
			const message = messageOf(MINIMAL.replace("published: '2010'", "published: '2010'\n          attribution: [{ field: published, note: X }]").replace('note: X', `note: ${value}`));
			expect(message, value).toMatch(/is not valid YAML: [\s\S]*must be quoted, above all inside \{ … \}/);
		}
		expect(messageOf('version: 1\nsources: [')).not.toMatch(/must be quoted/);
	});

	it('a placeholder left in: fill it in', () => {
		for (const value of ['TODO: the publisher', 'FIXME', 'TBD', '<publisher>']) {
			expect(messageOf(MINIMAL.replace('publication: { name: Digest }', `publication: { name: '${value}' }`)), value).toMatch(/frontmatter\.publication\.name: ".*" is (a draft|an <angle-bracket>) placeholder: fill it in/);
		}
		expect(() => parseManifest(MINIMAL.replace('publication: { name: Digest }', "publication: { name: 'Digest (to do)' }"))).not.toThrow();
	});

	it('a wrong choice: the choices', () => {
		expect(messageOf(MINIMAL.replace('obtained: web extract', 'obtained: web extrakt'))).toMatch(/sources\[0\]\.obtained: must be one of "web extract", "PDF extract": write one of them/);
	});

	it('an unquoted year: quote it', () => {
		expect(messageOf(MINIMAL.replace("published: '2010'", 'published: 2010'))).toMatch(/frontmatter\.published: Write the date as a quoted string.*unquoted, YAML reads 2010 as a number/);
	});

	it('accepts `undated` and rejects an invented format', () => {
		expect(parseManifest(MINIMAL.replace("published: '2010'", 'published: undated')).sources[0]!.articles[0]!.frontmatter.published).toBe('undated');
		expect(messageOf(MINIMAL.replace("published: '2010'", 'published: unknown'))).toMatch(/or `undated` when the source gives none: never invent a day or month/);
	});

	it('a noLink entry needs an anchor, names and a reason', () => {
		const withNoLink = (entry: string) => MINIMAL.replace('        frontmatter:', `        noLink:\n          - ${entry}\n        frontmatter:`);
		expect(parseManifest(withNoLink("{ paragraph: p-the-first, names: [Russia], why: 'Part of Tsardom of Russia.' }")).sources[0]!.articles[0]!.noLink).toHaveLength(1);
		expect(messageOf(withNoLink("{ paragraph: The first, names: [Russia], why: x }"))).toMatch(/noLink\[0\]\.paragraph: A paragraph is its anchor.*npm run paragraphs/);
		expect(messageOf(withNoLink("{ paragraph: p-the-first, names: [], why: x }"))).toMatch(/noLink\[0\]\.names: List at least one name/);
	});
});
