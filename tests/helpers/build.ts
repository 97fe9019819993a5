import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TMP = join(ROOT, 'tests', '.tmp');
export const GOOD_FIXTURE = 'tests/fixtures/content/good';
/** Where the global setup builds the fixture site, deployed under a sub-path to prove base paths work. */
export const FIXTURE_DIST = join(TMP, 'dist-fixture');
export const FIXTURE_BASE = '/kb/';
export const FIXTURE_SITE = 'https://example.org';
export const DIST = join(ROOT, 'dist');

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` on the pinned Node (the one running the tests) with the given environment. */
export function astroBuild(env: Record<string, string>): BuildResult {
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: ROOT,
		env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Makes a content tree for one bad-content case: the good fixture with the case's files laid
 * over it (tests/fixtures/content/bad/<case>/), so each case differs from a valid tree by one defect.
 */
export function overlayFixture(caseName: string): string {
	const dir = join(TMP, 'content', caseName);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(join(ROOT, GOOD_FIXTURE), dir, { recursive: true });
	cpSync(join(ROOT, 'tests', 'fixtures', 'content', 'bad', caseName), dir, { recursive: true });
	return dir;
}
