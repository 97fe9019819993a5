/**
 * Screenshots of every page type at phone, tablet and desktop widths in both themes, so anyone
 * can look at the layout before and after changing it:
 *
 *   npm run screenshots               build the site, serve it, write screenshots/<page>-<width>-<theme>.png
 *   npm run screenshots -- --reuse    use the existing dist/ instead of building
 *
 * The folder is git-ignored. Each shot is the top of the page down to at most MAX_HEIGHT px.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/helpers/browser';
import { astroBuild, DIST, ROOT } from '../tests/helpers/build';
import { serve } from '../tests/helpers/server';

const OUT = join(ROOT, 'screenshots');
// `--two-widths`: only the phone and the desktop (a quicker look at pictures at both ends).
const WIDTHS = process.argv.includes('--two-widths') ? ([320, 1280] as const) : ([320, 768, 1280] as const);
const THEMES = ['light', 'dark'] as const;
const MAX_HEIGHT = 3000;
/** Entity collections: each gets a shot of its longest entity page (actors also of its index). */
const COLLECTIONS = ['actors', 'treaties', 'organizations', 'places', 'events'];

/** The entry of a collection with the longest page: it shows the most of what can go wrong. */
function largestEntry(collection: string): string | undefined {
	const dir = join(DIST, collection);
	if (!existsSync(dir)) return undefined;
	let best: { id: string; size: number } | undefined;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const file = join(dir, entry.name, 'index.html');
		if (!entry.isDirectory() || !existsSync(file)) continue;
		const { size } = statSync(file);
		if (!best || size > best.size) best = { id: entry.name, size };
	}
	return best?.id;
}

async function main() {
	if (!process.argv.includes('--reuse') || !existsSync(DIST)) {
		console.log('building the site…');
		const result = astroBuild({});
		if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
	}
	const pages: Array<[name: string, path: string]> = [
		['home', ''],
		['overview', 'relations/'],
		['dimensions-index', 'dimensions/'],
		...((): Array<[string, string]> => {
			const id = largestEntry('dimensions');
			return id ? [['dimension', `dimensions/${id}/`]] : [];
		})(),
		['actor-kazakhstan', 'actors/kazakhstan/'],
		['articles-index', 'articles/'],
		['article', `articles/${largestEntry('articles')}/`],
		['entity-index', 'actors/'],
		...COLLECTIONS.flatMap((c): Array<[string, string]> => {
			const id = largestEntry(c);
			return id ? [[`entity-${c}`, `${c}/${id}/`]] : [];
		}),
		['timeline', 'timeline/'],
		['map', 'map/'],
		['graph', 'graph/'],
		// A place's locator, where a reader looks up where a place is.
		['place-aktobe', 'places/aktobe/'],
		['place-baikonur', 'places/baikonur-cosmodrome/'],
		['contested-figures', 'contested-figures/'],
		['search', 'search/?q=baikonur'],
		['about', 'about/'],
		['404', 'no-such-page/'],
	];
	// `--pages=home,overview` takes only those (a quicker look at the pages one is working on).
	const only = process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
	if (only) pages.splice(0, pages.length, ...pages.filter(([name]) => only.includes(name)));
	if (!only) rmSync(OUT, { recursive: true, force: true });
	mkdirSync(OUT, { recursive: true });
	const server = await serve(DIST, '/');
	const browser = await launch();
	try {
		for (const theme of THEMES) {
			for (const width of WIDTHS) {
				const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
				const page = await context.newPage();
				for (const [name, path] of pages) {
					await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
					if (name === 'search') await page.waitForSelector('pagefind-results a, .search-ui a[href]', { timeout: 15_000 }).catch(() => undefined);
					const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
					const file = join(OUT, `${name}-${width}-${theme}.png`);
					await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
					console.log(`${name.padEnd(22)} ${String(width).padStart(4)} ${theme.padEnd(5)} ${path}`);
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
		await server.close();
	}
	console.log(`screenshots written to ${OUT}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
