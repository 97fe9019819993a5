import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_BASE, FIXTURE_DIST } from '../helpers/build';
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
