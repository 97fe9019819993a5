/**
 * The ingest as a whole: the miniature fixture against golden files, and the real sources
 * against the committed content/articles/ files (the same check as `npm run ingest -- --check`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, loadIngestInput } from '../../../src/ingest/index';
import { parseManifest } from '../../../src/ingest/manifest';
import { anchoredBlocks } from '../../../src/markdown/paragraph-anchors';
import { articleSchema } from '../../../src/schemas/article';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MINI = join(ROOT, 'tests', 'fixtures', 'ingest', 'mini');
/** The content tree under test: the project's, or a copy (KB_CONTENT_DIR, as the CLIs take it). */
const CONTENT = resolve(ROOT, process.env.KB_CONTENT_DIR ?? 'content');
const ARTICLES = join(CONTENT, 'articles');

function frontmatterOf(mdx: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
	if (!match) throw new Error('no frontmatter');
	return parseYaml(match[1]!) as Record<string, unknown>;
}

describe('ingest of the miniature fixture', () => {
	const articles = ingest(loadIngestInput(MINI));

	it('produces the golden files (UPDATE_GOLDEN=1 rewrites them)', () => {
		for (const a of articles) {
			const golden = join(MINI, 'expected', a.fileName);
			if (process.env.UPDATE_GOLDEN) writeFileSync(golden, a.mdx);
			expect(a.mdx, a.fileName).toBe(readFileSync(golden, 'utf8'));
		}
	});

	it('applies every declared repair and generic rule to the PDF-style source', () => {
		const body = articles[0]!.mdx.split('\n---\n')[1]!;
		expect(body).toContain('The partnership between the two states is a relationship of equals, illustrating the military-political');
		expect(body).toContain('in military-political terms the so-called partnership holds. The Baku-Tbilisi pipeline runs.');
		expect(body).toContain('## Why the Two States Matter to Each Other');
		expect(body).toContain('The interests are:\n\n- Ensuring security;\n- Developing trade;\n- Limiting \\*outside\\* influence.');
		expect(body).toContain('\\<b>between\\</b>');
		expect(body).not.toContain('Test of');
		expect(body).not.toContain('ANALYSIS');
		expect(body).not.toContain('unrelated');
		expect(body).not.toContain('This abstract is printed');
	});

	it('writes the frontmatter the site accepts', () => {
		for (const a of articles) expect(articleSchema.safeParse(frontmatterOf(a.mdx)).success, a.id).toBe(true);
		const fm = frontmatterOf(articles[0]!.mdx);
		expect(fm.abstract).toBe('This abstract is printed apart from the body and wraps over two lines.');
		expect(fm.published).toBe('2010-07');
		expect((fm.source as { repairs: string[] }).repairs).toEqual([
			'Drop cap rejoined to its word: “T” + “he” → “The”.',
			'Heading wrapped over 2 lines rejoined: “Why the Two States Matter to Each”, “Other” → “Why the Two States Matter to Each Other”.',
			'List whose bullets were lost in extraction restored: 3 items, starting “Ensuring”, “Developing”…',
			'“Baku- Tbilisi” → “Baku-Tbilisi”: Stray space after a compound hyphen.',
			'Paragraphs re-flowed from the hard-wrapped lines of the PDF extract.',
			'Line-end hyphenation removed: rela-tionship → relationship.',
			'Line-end hyphen kept as part of a compound: military-political (compound in corpus); so-called (compound element).',
			'Paragraph continued across a page or column break after “illustrating”, “trade;”.',
			'Abstract moved from the body to the frontmatter; the page shows it above the body.',
		]);
	});

	it('turns the web-style source’s notes into footnotes and keeps its bibliography and author note', () => {
		const mdx = articles[1]!.mdx;
		expect(frontmatterOf(mdx).abstract).toBe('First paragraph of the web article, with a note.');
		expect(mdx).toContain('First paragraph of the web article, with a note.[^1] It goes on.');
		expect(mdx).toContain('own \\[bracketed words] and a second note.[^2]');
		expect(mdx).toContain('## A Short Heading');
		expect(mdx).toContain('## Works Cited\n\n- Doe, Jane. 2010. A Book. City: Press.\n- Roe, John. 2011. “An Article.” Journal 1(2): 3-4.');
		expect(mdx).toContain('***\n\nJohn Roe is a writer.');
		expect(mdx).toContain('[^2]: Roe, “An Article,” 3.');
		expect(mdx).not.toContain('Related Articles');
	});

	it('is deterministic', () => {
		expect(ingest(loadIngestInput(MINI)).map((a) => a.mdx)).toEqual(articles.map((a) => a.mdx));
	});

	it('refuses a manifest that leaves a line unaccounted for', () => {
		const input = loadIngestInput(MINI);
		const text = readFileSync(join(MINI, 'manifest.yaml'), 'utf8').replace('- { lines: [24, 24], what: Related links', '- { lines: [23, 23], what: Related links');
		expect(() => ingest({ ...input, manifest: parseManifest(text) })).toThrow(/line 24–24 belong|lines 24–24 belong to no article/);
	});

	it('refuses cruft inside an article range', () => {
		const input = loadIngestInput(MINI);
		const sources = new Map(input.sources);
		sources.set('web.txt', sources.get('web.txt')!.replace('A Short Heading', 'Share on Facebook'));
		expect(() => ingest({ ...input, sources })).toThrow(/look like page cruft[\s\S]*line 8 \(share buttons\)/);
	});

	it('refuses an endnote that nothing references (GFM would drop it)', () => {
		const input = loadIngestInput(MINI);
		const sources = new Map(input.sources);
		sources.set('web.txt', sources.get('web.txt')!.replace(' [2]', ''));
		expect(() => ingest({ ...input, sources })).toThrow(/endnote 2 is never referenced/);
	});
});

describe('ingest of content/sources', () => {
	const articles = ingest(loadIngestInput(join(CONTENT, 'sources')));

	it('equals the committed content/articles files byte for byte', () => {
		const committed = existsSync(ARTICLES) ? readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx')).sort() : [];
		expect(committed).toEqual(articles.map((a) => a.fileName).sort());
		for (const a of articles) {
			expect(a.mdx, `${a.fileName} is out of date: run \`npm run ingest\``).toBe(readFileSync(join(ARTICLES, a.fileName), 'utf8'));
		}
	});

	it('produces one article per manifest entry, in manifest order, named by its id', () => {
		const manifest = loadIngestInput(join(CONTENT, 'sources')).manifest;
		expect(articles.length).toBeGreaterThan(0);
		expect(articles.map((a) => a.id)).toEqual(manifest.sources.flatMap((s) => s.articles.map((x) => x.id)));
		for (const a of articles) expect(a.fileName).toBe(`${a.id}.mdx`);
	});

	it('never shows the mojibake date or any cruft probe in an article file', () => {
		const manifest = loadIngestInput(join(CONTENT, 'sources')).manifest;
		const probes = manifest.sources.flatMap((s) => [...s.omit, ...s.articles.flatMap((x) => x.omit)].flatMap((o) => o.probes));
		for (const a of articles) {
			expect(a.mdx).not.toMatch(/îêòÿáðÿ/);
			for (const probe of probes) expect(a.mdx.includes(probe), `${a.id} contains "${probe}"`).toBe(false);
		}
	});

	it('gives every paragraph a distinct anchor without needing a -2 suffix', () => {
		for (const a of articles) {
			const anchors = anchoredBlocks(parseArticleMarkdown(a.mdx)).map((b) => b.anchor);
			expect(anchors.filter((x) => /-\d+$/.test(x) && anchors.includes(x.replace(/-\d+$/, ''))), a.id).toEqual([]);
		}
	});
});

describe('npm run ingest -- --check', () => {
	/** Runs scripts/ingest.ts --check the way `npm run ingest` does (tsx on the Node running the tests). */
	function check(articlesDir?: string) {
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/ingest.ts', '--check'], {
			cwd: ROOT,
			env: { ...process.env, ...(articlesDir ? { INGEST_ARTICLES_DIR: articlesDir } : {}) },
			encoding: 'utf8',
		});
		return { status: result.status, output: `${result.stdout}${result.stderr}` };
	}

	it('passes on the committed articles, every one of them', () => {
		const { status, output } = check();
		const committed = readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx')).length;
		expect(output).toContain(`${committed} articles up to date`);
		expect(status).toBe(0);
	});

	it('fails, writing nothing, when an article was edited by hand or a stray file exists', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ingest-check-'));
		try {
			cpSync(ARTICLES, dir, { recursive: true });
			const file = join(dir, 'kusznir-long-alliance.mdx');
			const edited = readFileSync(file, 'utf8').replace('Russia goes soft', 'Russia goes hard');
			writeFileSync(file, edited);
			writeFileSync(join(dir, 'stray.mdx'), '---\n---\n');
			const { status, output } = check(dir);
			expect(status).toBe(1);
			expect(output).toMatch(/differs: .*kusznir-long-alliance\.mdx/);
			expect(output).toMatch(/not produced by the manifest: .*stray\.mdx/);
			expect(readFileSync(file, 'utf8')).toBe(edited);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
