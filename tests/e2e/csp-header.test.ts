import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../../src/components/theme-script';
import { DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { headersOf, serve, type StaticServer } from '../helpers/server';

// The site served as a static host serves it with the build's dist/_headers: the page's
// Content-Security-Policy as an HTTP header. A header also governs the inline theme script that
// runs before the <meta>, so this proves the policy allows it (by hash) and everything else.
let server: StaticServer;
let browser: Browser;
let policy: string;

beforeAll(async () => {
	const headers = headersOf(join(DIST, '_headers'));
	policy = headers['content-security-policy']!;
	server = await serve(DIST, '/', { headers });
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** One of each page type, and what shows that its scripts ran. */
const PAGES: Array<[string, string]> = [
	['', 'search-box'],
	['about/', 'search-box'],
	['articles/caspian-institute-road-map-2030/', 'button.cite-paragraph'],
	['actors/kazakhstan/', 'search-box'],
	// An alias address: a redirect page that refreshes to the entity's page.
	['actors/tokaev/', 'h1'],
	['map/', 'svg'],
	['graph/', 'svg'],
	['timeline/', 'search-box'],
	['search/?q=customs+union', 'search-page .search-hit__meta'],
	['no-such-page/', 'search-box'],
];

/** Opens a page with the violations it reports and the theme the theme script set. */
async function visit(url: string) {
	const { page, context, errors } = await openPage(browser, new URL(url).origin);
	await context.addInitScript(() => {
		localStorage.setItem('theme', 'dark');
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
	const response = await page.goto(url);
	await page.waitForLoadState('load');
	return { page, context, errors, response };
}

describe('Content-Security-Policy as an HTTP header', () => {
	it('would catch a blocked theme script: the same header without its hash reports a violation', async () => {
		const hash = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
		expect(policy).toContain(hash);
		const trial = await serve(DIST, '/', { headers: { 'content-security-policy': policy.replace(` ${hash}`, '') } });
		const { page, context } = await visit(`${trial.url}about/`);
		await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
		expect((await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).join('\n')).toMatch(/script-src/);
		await context.close();
		await trial.close();
	});

	it('is a strict policy with no unsafe sources', () => {
		expect(policy).toMatch(/^default-src 'self';/);
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|[\s:]\*/);
	});

	it.each(PAGES)('/%s: no violation, and the theme script runs', async (path, ready) => {
		const { page, context, errors, foreign } = await openPage(browser, new URL(server.url).origin);
		await context.addInitScript(() => {
			localStorage.setItem('theme', 'dark');
			(window as unknown as { violations: string[] }).violations = [];
			document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
		});
		const response = await page.goto(`${server.url}${path}`);
		expect(response!.headers()['content-security-policy']).toBe(policy);
		await page.locator(ready).first().waitFor({ state: 'attached' });
		if (path === 'actors/tokaev/') await page.waitForURL(/\/actors\/kassym-jomart-tokayev\/$/);
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});
});
