import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build';
import { launch } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// axe-core with the WCAG 2.2 A/AA and best-practice rules on every page the sitemap lists,
// in the light theme, and on one page of each type in the dark theme.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const samples = ['/', '/articles/kusznir-long-alliance/', '/actors/kazakhstan/', '/treaties/', '/timeline/', '/search/?q=csto'];

let server: StaticServer;
let browser: Browser;
const contexts: Record<string, BrowserContext> = {};

beforeAll(async () => {
	server = await serve(DIST, '/');
	browser = await launch();
	contexts.light = await browser.newContext({ colorScheme: 'light' });
	contexts.dark = await browser.newContext({ colorScheme: 'dark' });
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function violations(theme: 'light' | 'dark', path: string) {
	const page = await contexts[theme]!.newPage();
	try {
		await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
		if (path.startsWith('/search/?q=')) await page.locator('pagefind-results .pf-result-link').first().waitFor();
		const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
	} finally {
		await page.close();
	}
}

// Pages are independent, so they are checked a few at a time.
describe.concurrent('accessibility (axe-core)', () => {
	it('checks every page in the sitemap', () => expect(paths.length).toBeGreaterThan(150));
	it.each(paths)('%s', async (path) => expect(await violations('light', path)).toEqual([]));
	it.each(samples)('dark theme: %s', async (path) => expect(await violations('dark', path)).toEqual([]));
});
