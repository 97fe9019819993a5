import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_FIXTURE, ROOT, TMP } from '../../helpers/build';

/** Runs `npm run check:content` (tsx on the Node running the tests) on a content tree. */
function checkContent(contentDir: string) {
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check-content.ts'], {
		cwd: ROOT,
		env: { ...process.env, KB_CONTENT_DIR: contentDir, NO_COLOR: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run check:content and article topics', () => {
	it('lists an article topic that no dimension covers, naming the article, without failing', () => {
		const dir = join(TMP, 'content', 'unmapped-topic');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		cpSync(join(ROOT, GOOD_FIXTURE), dir, { recursive: true });
		const article = join(dir, 'articles', 'sample-article.mdx');
		writeFileSync(article, readFileSync(article, 'utf8').replace('topics: [security]', 'topics: [security, grain exports]'));
		const { status, output } = checkContent(dir);
		expect(status, output).toBe(0);
		expect(output).toMatch(/1 article topic maps to no dimension/);
		expect(output).toMatch(/"grain exports"\s+\(sample-article\)/);
		expect(output).not.toMatch(/"security"/);
	});
	it('lists nothing when every topic is covered', () => {
		const { status, output } = checkContent(GOOD_FIXTURE);
		expect(status, output).toBe(0);
		expect(output).not.toMatch(/maps? to no dimension/);
	});
});
