import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/knowledge/ledger';
import { DIST, FIXTURE_BASE, FIXTURE_DIST, GOOD_FIXTURE, ROOT } from '../helpers/build';
import { htmlFiles } from '../helpers/files';
import { attr, selectAll } from '../helpers/html';

/** The file a site path is served from, or undefined if none. */
function fileFor(dist: string, path: string): string | undefined {
	const decoded = decodeURIComponent(path);
	const candidates = [join(dist, decoded), join(dist, decoded, 'index.html'), join(dist, `${decoded}.html`)];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		const tree = fromHtml(readFileSync(file, 'utf8'));
		ids = new Set((selectAll('[id]', tree) as Element[]).map((n) => attr(n, 'id')!));
		for (const a of selectAll('a[name]', tree) as Element[]) ids.add(attr(a, 'name')!);
		idCache.set(file, ids);
	}
	return ids;
}

describe.each([
	['site', DIST, '/'],
	['fixture site under /kb/', FIXTURE_DIST, FIXTURE_BASE],
])('internal links: %s', (_, dist, base) => {
	const files = htmlFiles(dist);
	it('has pages to check', () => expect(files.length).toBeGreaterThan(5));

	it.each(files.map((f) => [relative(dist, f), f]))('%s: every internal link and #fragment resolves', (_, file) => {
		const tree = fromHtml(readFileSync(file, 'utf8'));
		// The URL the page is served at, so relative links resolve as a browser would resolve them.
		const pageUrl = new URL(base + relative(dist, file).replace(/index\.html$/, ''), 'http://site.test');
		const broken: string[] = [];
		for (const el of selectAll('a[href], link[href], script[src], img[src], form[action]', tree) as Element[]) {
			const ref = attr(el, 'href') ?? attr(el, 'src') ?? attr(el, 'action')!;
			const target = new URL(ref, pageUrl);
			if (target.origin !== pageUrl.origin) continue; // external: checked by the security gate, not here
			if (!target.pathname.startsWith(base)) {
				broken.push(`${ref} (outside the base path ${base})`);
				continue;
			}
			const path = target.pathname.slice(base.length);
			const targetFile = fileFor(dist, path);
			if (!targetFile) {
				broken.push(`${ref} (no file)`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) broken.push(`${ref} (no #${fragment})`);
		}
		expect(broken).toEqual([]);
	});
});

// The ledger of permanent links (src/knowledge/ledger.ts): every address and paragraph anchor it
// records is served by the built site, an anchor that changed still lands on its paragraph.
describe.each([
	['site', DIST, join(ROOT, 'content', 'ledger.json')],
	['fixture site', FIXTURE_DIST, join(ROOT, GOOD_FIXTURE, 'ledger.json')],
])('permanent links: %s', (_, dist, ledgerFile) => {
	const ledger = readLedger(ledgerFile);

	it('serves every address in the ledger', () => {
		expect(ledger.pages.length).toBeGreaterThan(5);
		expect(ledger.pages.filter((page) => !fileFor(dist, page.slice(1)))).toEqual([]);
	});

	it('has every recorded paragraph anchor on its article page, old anchors on the paragraph that replaced them', () => {
		const missing: string[] = [];
		for (const [article, anchors] of Object.entries(ledger.anchors)) {
			const file = fileFor(dist, `articles/${article}/`)!;
			const tree = fromHtml(readFileSync(file, 'utf8'));
			// Paragraph id → itself, and each old id kept inside a paragraph → that paragraph's id.
			const lands = new Map<string, string>();
			for (const p of selectAll('[data-anchor]', tree) as Element[]) {
				lands.set(attr(p, 'id')!, attr(p, 'id')!);
				for (const kept of selectAll('.anchor-alias', p) as Element[]) lands.set(attr(kept, 'id')!, attr(p, 'id')!);
			}
			const renamed = ledger.renamed[article] ?? {};
			for (const anchor of anchors) {
				// Where the anchor must land: itself, or the paragraph its renames lead to now.
				let target = anchor;
				for (let hops = 0; renamed[target] && lands.get(target) !== target && hops < 10; hops++) target = renamed[target]!;
				if (lands.get(anchor) !== target) missing.push(`${article}#${anchor} (lands on ${lands.get(anchor) ?? 'nothing'}, should on ${target})`);
			}
		}
		expect(missing).toEqual([]);
	});
});

describe('a renamed paragraph anchor in the fixture site', () => {
	it('keeps #p-the-note-names-the-sample-union on the paragraph now anchored #p-the-note-mentions-the-sample-union', () => {
		const tree = fromHtml(readFileSync(join(FIXTURE_DIST, 'articles', 'undated-note', 'index.html'), 'utf8'));
		const paragraph = (selectAll('[id="p-the-note-mentions-the-sample-union"]', tree) as Element[])[0]!;
		expect(paragraph.tagName).toBe('p');
		expect((selectAll('span.anchor-alias', paragraph) as Element[]).map((s) => attr(s, 'id'))).toEqual(['p-the-note-names-the-sample-union']);
	});
});
