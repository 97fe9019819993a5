import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_DIST, ROOT, TMP } from '../helpers/build';
import { htmlFiles } from '../helpers/files';

// The Nu HTML Checker (the W3C validator, from the vnu-jar package) over every built page of
// both sites, in one JVM: starting Java once costs a few seconds, checking ~700 pages about ten
// more. It needs Java (Debian's default-jre-headless; .ci/run installs it when missing).
const JAR = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

// A page with two errors the checker must report, checked in the same run: a run that reports
// nothing for it did not check anything, so "no errors" on the site could not be trusted.
const CANARY = '<!doctype html><html lang="en"><head><title>canary</title></head><body><input type="search" role="combobox" aria-expanded="false" aria-controls="x"><ol id="x" role="listbox"></ol></body></html><script>1</script>';

interface NuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
}

function runChecker(files: string[]): NuMessage[] {
	const result = spawnSync('java', ['-jar', JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`Could not run Java for the Nu HTML Checker (${result.error.message}): install a Java runtime, e.g. \`apt-get install default-jre-headless\`.`);
	// The JSON report goes to stderr; the exit status is 1 whenever there is an error.
	const report = JSON.parse(result.stderr) as { messages: NuMessage[] };
	return report.messages;
}

describe('Nu HTML Checker: no errors on any page', () => {
	const sites = [
		['site', DIST],
		['fixture site', FIXTURE_DIST],
	] as const;
	const pages = sites.flatMap(([name, dist]) => htmlFiles(dist).map((file) => ({ name, dist, file })));
	mkdirSync(TMP, { recursive: true });
	const canary = join(TMP, 'nu-canary.html');
	writeFileSync(canary, CANARY);
	const messages = runChecker([canary, ...pages.map((p) => p.file)]);
	const fileOf = (m: NuMessage) => fileURLToPath(m.url);

	it('checks the pages of both sites', () => {
		for (const [name] of sites) expect(pages.filter((p) => p.name === name).length, name).toBeGreaterThan(5);
	});

	it('reports the errors of a page that has them (the run checked something)', () => {
		const found = messages.filter((m) => fileOf(m) === canary).map((m) => m.message);
		expect(found).toContainEqual(expect.stringMatching(/Bad value “search” for attribute “type”|role.*combobox/));
		expect(found).toContainEqual(expect.stringMatching(/Stray start tag “script”/));
	});

	it.each(sites)('%s: zero errors', (_, dist) => {
		const errors = messages
			.filter((m) => fileOf(m) !== canary && !relative(dist, fileOf(m)).startsWith('..'))
			.map((m) => `${relative(dist, fileOf(m))}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.subType ?? m.type}: ${m.message}`);
		expect(errors).toEqual([]);
	});
});
