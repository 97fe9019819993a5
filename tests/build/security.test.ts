import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_DIST } from '../helpers/build';
import { allFiles, htmlFiles } from '../helpers/files';
import { attr, select, selectAll } from '../helpers/html';

describe.each([
	['site', DIST],
	['fixture site', FIXTURE_DIST],
])('security: %s', (_, dist) => {
	it.each(htmlFiles(dist).map((f) => [relative(dist, f), f]))('%s', (_, file) => {
		const tree = fromHtml(readFileSync(file, 'utf8'));
		const csp = attr(select('meta[http-equiv=content-security-policy]', tree), 'content') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
		expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|[\s:]\*/);
		for (const el of selectAll('*', tree) as Element[]) {
			const handlers = Object.keys(el.properties ?? {}).filter((p) => /^on[A-Z]/.test(p));
			expect(handlers, `<${el.tagName}> has inline event handlers`).toEqual([]);
		}
		for (const a of selectAll('a[href^="http"]', tree) as Element[]) {
			expect(attr(a, 'rel') ?? '', attr(a, 'href')).toMatch(/\bnoopener\b/);
		}
	});
});

// Only safe URLs: no file the build writes (pages, feed, citation files, export, CSV) holds a
// link with a script or data scheme; the content check and every writer refuse them
// (src/utils/safe-url.ts), and this looks at what was really written.
describe.each([
	['site', DIST],
	['fixture site', FIXTURE_DIST],
])('no unsafe URL in any written file: %s', (_, dist) => {
	it('pages, feed, citation files, export and CSV', () => {
		const written = allFiles(dist).filter((f) => /\.(?:html|xml|bib|ris|json|csv)$/.test(f) && !f.startsWith('pagefind/'));
		expect(written.length).toBeGreaterThan(10);
		const unsafe = written.filter((f) => /(?:javascript|vbscript|livescript):|data:text\/html/i.test(readFileSync(join(dist, f), 'utf8')));
		expect(unsafe).toEqual([]);
	});
});
