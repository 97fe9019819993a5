import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BASE, FIXTURE_DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// A paragraph whose anchor changed keeps the old one (the fixture's ledger maps
// p-the-note-names-the-sample-union to p-the-note-mentions-the-sample-union): a saved link with
// the old fragment still opens the paragraph, marked as the target, with JavaScript off.
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await serve(FIXTURE_DIST, FIXTURE_BASE);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a saved link to a renamed paragraph anchor', () => {
	it.each([
		['with JavaScript', true],
		['without JavaScript', false],
	])('lands on its paragraph and highlights it, %s', async (_, javaScriptEnabled) => {
		const { page, context, errors } = await openPage(browser, new URL(server.url).origin, { javaScriptEnabled, viewport: { width: 320, height: 480 } });
		await page.goto(`${server.url}articles/undated-note/#p-the-note-names-the-sample-union`);
		const paragraph = page.locator('#p-the-note-mentions-the-sample-union');
		await expect.poll(() => paragraph.evaluate((p) => getComputedStyle(p).backgroundColor)).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
		const box = (await paragraph.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(480);
		expect(errors).toEqual([]);
		await context.close();
	});
});
