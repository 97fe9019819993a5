/**
 * Lighthouse 12 (performance only) on a page of the built site, in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium): its mobile preset (simulated slow 4G and a 4× slower
 * CPU) and its desktop preset. Used by `npm run bench`; measures and prints, asserts nothing.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export interface LighthouseFigures {
	score: number;
	lcpMs: number;
	cls: number;
	fcpMs: number;
	tbtMs: number;
}

export async function runLighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseFigures> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' }, preset === 'desktop' ? desktopConfig : undefined);
		const audits = result!.lhr.audits;
		return {
			score: Math.round((result!.lhr.categories.performance?.score ?? 0) * 100),
			lcpMs: audits['largest-contentful-paint']!.numericValue!,
			cls: audits['cumulative-layout-shift']!.numericValue!,
			fcpMs: audits['first-contentful-paint']!.numericValue!,
			tbtMs: audits['total-blocking-time']!.numericValue!,
		};
	} finally {
		chrome.kill();
	}
}
