import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this sandbox needs (no background traffic, no sandbox as root). */
export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
	});
}

/** A fresh page; requests to any host other than the local server are recorded and aborted. */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
	const context = await browser.newContext(options);
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		foreign.push(url);
		return route.abort();
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// A resource the Content-Security-Policy blocks is a bug: the page meant to use it.
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
	});
	return { context, page, foreign, errors };
}
