/**
 * Adding a faithful source never turns CI red: a copy of the content tree gets a new plain
 * text source, the manifest entry a contributor writes from the `--new` draft and an entity
 * citing the new article; the ingest, the content check and the tests that read the corpus
 * (run again on the copy) all pass, and the new article is produced. Every CLI takes the tree
 * from KB_CONTENT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ingest', 'new-source');
const SOURCE = '900_fixture-new-source.txt';
const ID = 'fixture-long-border-note';
const PLACE = 'fixture-grain-crossings';

/** Runs a command on the Node running the tests, in the project, on the copied content tree. */
function run(content: string, args: string[]) {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, KB_CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' }, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const tsx = (content: string, script: string, ...args: string[]) => run(content, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, ...args]);

describe('a new plain-text source added to a copy of the content', () => {
	let dir = '';
	let content = '';
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'kb-new-source-'));
		content = join(dir, 'content');
		cpSync(join(ROOT, 'content'), content, { recursive: true });
		cpSync(join(FIXTURE, SOURCE), join(content, 'sources', SOURCE));
		const manifest = readFileSync(join(content, 'sources', 'manifest.yaml'), 'utf8');
		const entry = readFileSync(join(FIXTURE, 'entry.yaml'), 'utf8').replace(/^(?=.)/gm, '  ');
		writeFileSync(join(content, 'sources', 'manifest.yaml'), `${manifest.trimEnd()}\n${entry}`);
		// And an entity that cites the new article, as a contributor adds next.
		cpSync(join(FIXTURE, 'places', `${PLACE}.mdx`), join(content, 'places', `${PLACE}.mdx`));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('gets a draft from `ingest --new`', () => {
		const { status, output } = tsx(content, 'scripts/ingest.ts', '--new', SOURCE);
		expect(status).toBe(0);
		expect(output).toMatch(/^# Draft manifest entry for 900_fixture-new-source\.txt/);
		expect(output).toContain('sentences: 1');
	});

	it('is ingested into a new article beside the others', () => {
		const before = readdirSync(join(content, 'articles')).length;
		const { status, output } = tsx(content, 'scripts/ingest.ts');
		expect(output).toMatch(new RegExp(`wrote +.*articles/${ID}\\.mdx`));
		expect(status).toBe(0);
		const mdx = readFileSync(join(content, 'articles', `${ID}.mdx`), 'utf8');
		expect(mdx).toContain('title: A Fixture Note on the Long Border');
		expect(mdx).toContain('\n## Why Transit Matters\n');
		expect(readdirSync(join(content, 'articles'))).toHaveLength(before + 1);
		expect(tsx(content, 'scripts/ingest.ts', '--check').status).toBe(0);
	});

	it('passes the content check, with an entity that cites the new article', () => {
		expect(existsSync(join(content, 'articles', `${ID}.mdx`))).toBe(true);
		const { status, output } = tsx(content, 'scripts/check-content.ts');
		expect(output).toContain('Content check passed');
		expect(status).toBe(0);
	});

	it('is checked for real: a citation of a paragraph the new article lacks fails the content check', () => {
		const path = join(content, 'places', `${PLACE}.mdx`);
		const good = readFileSync(path, 'utf8');
		try {
			writeFileSync(path, good.replaceAll('#p-the-railway-crossings-between-kazakhstan-and', '#p-no-such-paragraph'));
			const { status, output } = tsx(content, 'scripts/check-content.ts');
			expect(status).toBe(1);
			expect(output).toMatch(/fixture-grain-crossings\.mdx[\s\S]*p-no-such-paragraph/);
		} finally {
			writeFileSync(path, good);
		}
	});

	it('keeps green the unit tests that read the corpus, run on the copy', () => {
		expect(existsSync(join(content, 'places', `${PLACE}.mdx`))).toBe(true);
		const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
		const { status, output } = run(content, [vitest, 'run', '--project', 'unit', 'tests/unit/ingest/manifest.test.ts', 'tests/unit/ingest/ingest.test.ts']);
		expect(output, output).toMatch(/Test Files +2 passed/);
		expect(status).toBe(0);
	});
});
