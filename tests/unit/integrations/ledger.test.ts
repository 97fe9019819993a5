import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import ledger, { publishedAddresses } from '../../../src/integrations/ledger';

/** A built site in a temporary folder, with these files. */
function site(files: string[]): string {
	const dist = mkdtempSync(join(tmpdir(), 'kb-dist-'));
	for (const file of files) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		writeFileSync(join(dist, file), 'x');
	}
	return dist;
}

function runBuildDone(file: string, dist: string, anchors = new Map<string, string[]>()) {
	const logged: string[] = [];
	const hook = ledger({ file, anchors }).hooks['astro:build:done'] as (options: unknown) => void;
	hook({ dir: pathToFileURL(`${dist}/`), logger: { info: (m: string) => logged.push(m) } });
	return logged;
}

describe('the ledger after the build', () => {
	const files = ['index.html', 'map/index.html', 'actors/russia/index.html', 'data/actors.csv', '404.html', '_astro/x.1a2b.js', 'pagefind/index/en_1.pf_index', '_headers'];

	it('lists what a reader can save: pages and files, not hashed assets, the 404 page or _headers', () => {
		expect(publishedAddresses(site(files))).toEqual(['/', '/actors/russia/', '/data/actors.csv', '/map/']);
	});

	it('adds new addresses and anchors, sorted, and writes nothing when nothing is new', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'kb-ledger-')), 'ledger.json');
		const dist = site(files);
		expect(runBuildDone(file, dist, new Map([['a', ['p-two', 'p-one']]]))[0]).toMatch(/added \d+ new addresses and anchors.*commit it/);
		const written = JSON.parse(readFileSync(file, 'utf8'));
		expect(written.pages).toEqual(['/', '/actors/russia/', '/data/actors.csv', '/map/']);
		expect(written.anchors).toEqual({ a: ['p-one', 'p-two'] });
		expect(runBuildDone(file, dist, new Map([['a', ['p-two', 'p-one']]]))).toEqual([]);
	});

	it('fails naming every recorded address the site no longer serves, and the fix', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'kb-ledger-')), 'ledger.json');
		runBuildDone(file, site(files));
		expect(() => runBuildDone(file, site(files.filter((f) => f !== 'map/index.html')))).toThrow(/1 published address of .*ledger\.json would disappear:\n {2}\/map\/\n.*formerPaths/);
	});
});
