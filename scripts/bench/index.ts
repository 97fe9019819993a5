/**
 * npm run bench — measures and prints; asserts nothing (size budgets are tested in
 * tests/build/budgets.test.ts). Build time, the bytes a reader downloads per page type
 * (gzip), the bytes and time of a first search in Chromium, and warm keystroke times.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../../tests/helpers/browser';
import { serve } from '../../tests/helpers/server';
import { firstSearch, warmKeystrokes, type FirstSearch } from './first-search';
import { lighthouseSearch, table, timeToFirstResult } from './search-speed';
import { pageWeight } from './page-weight';

const root = join(import.meta.dirname, '..', '..');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// `npm run bench -- --only=search`: only the search page's speed (time to first result, Lighthouse), on an
// existing build (KB_BENCH_DIR, default ./dist, copied so the bench's extra page never lands in it).
if (process.argv.includes('--only=search')) {
	const copy = mkdtempSync(join(tmpdir(), 'kb-bench-only-'));
	cpSync(process.env.KB_BENCH_DIR ?? join(root, 'dist'), copy, { recursive: true });
	console.log(await timeToFirstResult(copy));
	console.log(await lighthouseSearch(copy));
	rmSync(copy, { recursive: true, force: true });
	process.exit(0);
}

// 1. Build time: the real `astro build` (site + Pagefind index) into a scratch folder, with an
// empty share-card cache (every card rendered, as on a fresh clone); then again with the cache
// that build filled (a rebuild where no card changed).
const cardCache = mkdtempSync(join(tmpdir(), 'kb-bench-cards-'));
const timedBuild = (outDir: string) => {
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		env: { ...process.env, KB_OUT_DIR: outDir, KB_CARD_CACHE_DIR: cardCache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
	// Astro logs each route with the time it took ("├─ /cards/actors/x.png (+72ms)").
	const cardMs = [...result.stdout.matchAll(/\/cards\/\S+\.png \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0);
	return { seconds: (performance.now() - started) / 1000, cardSeconds: cardMs / 1000, stdout: result.stdout };
};
const out = mkdtempSync(join(tmpdir(), 'kb-bench-'));
const cold = timedBuild(out);
const buildSeconds = cold.seconds;
const pages = Number(/(\d+) page\(s\) built/.exec(cold.stdout)?.[1] ?? 0);
console.log(`\n## Build\n\n${table(['pages', 'build time (site + search index, share cards rendered)'], [[String(pages), `${buildSeconds.toFixed(1)} s`]])}`);

// 1b. Share cards: how many, their bytes, and what rendering them adds to a build.
const warmOut = mkdtempSync(join(tmpdir(), 'kb-bench-warm-'));
const warm = timedBuild(warmOut);
rmSync(warmOut, { recursive: true, force: true });
rmSync(cardCache, { recursive: true, force: true });
const cardFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? cardFiles(join(dir, d.name)) : d.name.endsWith('.png') ? [join(dir, d.name)] : []));
const cardBytes = cardFiles(join(out, 'cards')).map((f) => readFileSync(f).length).sort((a, b) => a - b);
console.log(
	`\n## Share cards (1200×630 PNG, satori + resvg)\n\n${table(
		['cards', 'median', 'largest', 'total', 'rendering them (empty cache)', 'from the cache', 'build, empty cache', 'build, warm cache'],
		[[String(cardBytes.length), kb(cardBytes[Math.floor(cardBytes.length / 2)] ?? 0), kb(cardBytes.at(-1) ?? 0), kb(cardBytes.reduce((a, b) => a + b, 0)), `${cold.cardSeconds.toFixed(1)} s`, `${warm.cardSeconds.toFixed(1)} s`, `${cold.seconds.toFixed(1)} s`, `${warm.seconds.toFixed(1)} s`]],
	)}`,
);

// 2. What a reader downloads per page type.
const types: Array<[string, string]> = [
	['home', ''],
	['article', 'articles/ukdiss-cooperation-to-coercion/'],
	['articles index', 'articles/'],
	['actor', 'actors/kazakhstan/'],
	['treaty', 'treaties/road-map-2030/'],
	['organization', 'organizations/csto/'],
	['place', 'places/baikonur-cosmodrome/'],
	['entity index', 'actors/'],
	['timeline', 'timeline/'],
	['search', 'search/'],
];
const rows = types.map(([type, path]) => {
	const w = pageWeight(out, path);
	return [type, `/${path}`, kb(w.html), kb(w.css), kb(w.js), kb(w.html + w.css + w.js)];
});
console.log(`\n## Bytes per page type (gzip; JavaScript that runs on load)\n\n${table(['page type', 'example', 'HTML', 'CSS', 'JS', 'total'], rows)}`);

// 3. The pictures drawn at build time: inline SVG bytes (gzip) of the map, the graph, every locator.
// A picture drawn in two layouts (wide, and narrow for a phone) is measured per layout.
const svgBytes = (path: string, visual: string, variant?: string) => {
	const html = readFileSync(join(out, path, 'index.html'), 'utf8');
	const svg = new RegExp(`<svg[^>]*data-visual="${visual}"${variant ? `[^>]*data-variant="${variant}"` : ''}[\\s\\S]*?</svg>`).exec(html)?.[0];
	return svg ? { raw: Buffer.byteLength(svg), gzip: gzipSync(svg).length } : undefined;
};
const locators = readdirSync(join(out, 'places'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => svgBytes(`places/${d.name}`, 'locator'))
	.filter((b) => b !== undefined);
const pictureRows = [
	['map, wide', '/map/', svgBytes('map', 'map', 'wide')],
	['map, phone', '/map/', svgBytes('map', 'map', 'narrow')],
	['Kazakhstan map, wide', '/map/', svgBytes('map', 'map-kz', 'wide')],
	['Kazakhstan map, phone', '/map/', svgBytes('map', 'map-kz', 'narrow')],
	['relations graph, wide', '/graph/', svgBytes('graph', 'graph', 'wide')],
	['relations graph, phone', '/graph/', svgBytes('graph', 'graph', 'narrow')],
	['timeline strip, wide', '/timeline/', svgBytes('timeline', 'timeline', 'wide')],
	['timeline strip, phone', '/timeline/', svgBytes('timeline', 'timeline', 'narrow')],
	['connections diagram, wide', '/actors/kazakhstan/', svgBytes('actors/kazakhstan', 'connections', 'wide')],
	['connections diagram, phone', '/actors/kazakhstan/', svgBytes('actors/kazakhstan', 'connections', 'narrow')],
].map(([name, path, b]) => [name as string, path as string, b ? kb((b as { raw: number }).raw) : '—', b ? kb((b as { gzip: number }).gzip) : '—']);
const gz = locators.map((b) => b.gzip).sort((a, b) => a - b);
if (gz.length) {
	pictureRows.push([`locator maps (${gz.length})`, '/places/*/', '', `median ${kb(gz[Math.floor(gz.length / 2)]!)}, largest ${kb(gz.at(-1)!)}, total ${kb(gz.reduce((a, b) => a + b, 0))}`]);
}
console.log(`\n## Pictures (inline SVG)\n\n${table(['picture', 'page', 'raw', 'gzip'], pictureRows)}`);

// 4. A first search, cold, in Chromium: everything fetched (page, search code, index) and the time to the first result.
const server = await serve(out, '/');
const browser = await launch();
const searchRows: string[][] = [];
const partRows: string[][] = [];
const row = (label: string, r: FirstSearch) => {
	searchRows.push([label, kb(r.bytes), kb(r.indexBytes), `${Math.round(r.ms)} ms`, String(r.files)]);
	partRows.push([label, kb(r.bytes - r.indexBytes), kb(r.parts.code), kb(r.parts.meta), kb(r.parts.index), kb(r.parts.filters), kb(r.parts.fragments)]);
};
row('search page opened with ?q=kazakhstan', await firstSearch(browser, `${server.url}search/?q=kazakhstan`));
row('search page opened with ?q=border+security', await firstSearch(browser, `${server.url}search/?q=border+security`));
row('search page, a question (?q=did Kazakhstan recognize the annexation of Crimea)', await firstSearch(browser, `${server.url}search/?q=${encodeURIComponent('did Kazakhstan recognize the annexation of Crimea')}`));
row('header dialog (Ctrl+K, "Tokaev") on an article', await firstSearch(browser, `${server.url}articles/kusznir-long-alliance/`, async (page) => {
	await page.keyboard.press('Control+k');
	await page.locator('#search-dialog-q').fill('Tokaev');
}));
const keys = await warmKeystrokes(browser, `${server.url}search/`, 'Kazakhstan Russia border');
const sorted = [...keys].sort((a, b) => a - b);
await browser.close();
await server.close();
console.log(`\n## First search (cold cache, Chromium, loopback)\n\n${table(['how', 'all bytes (gzip)', 'of which search code + index', 'time to first result', 'files'], searchRows)}\n`);
console.log(`Where the bytes go (gzip):\n\n${table(['how', 'page (HTML, CSS, JS)', 'Pagefind code', 'meta', 'word index', 'filters', 'fragments'], partRows)}\n`);
console.log(`Warm keystrokes ("Kazakhstan Russia border" typed letter by letter, ${keys.length} searches): median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (search and render, index loaded).\n`);
console.log(await timeToFirstResult(out));

console.log(await lighthouseSearch(out));
rmSync(out, { recursive: true, force: true });
