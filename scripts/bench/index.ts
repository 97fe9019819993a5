/**
 * npm run bench — measures and prints; asserts nothing (size budgets are tested in
 * tests/build/budgets.test.ts). Build time, the bytes a reader downloads per page type
 * (gzip), and the bytes and time of a first search in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../../tests/helpers/browser';
import { serve } from '../../tests/helpers/server';
import { pageWeight } from './page-weight';

const root = join(import.meta.dirname, '..', '..');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: string[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

// 1. Build time: the real `astro build` (site + Pagefind index) into a scratch folder.
const out = mkdtempSync(join(tmpdir(), 'kb-bench-'));
const started = performance.now();
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
	cwd: root,
	env: { ...process.env, KB_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
	encoding: 'utf8',
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
const pages = Number(/(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? 0);
console.log(`\n## Build\n\n${table(['pages', 'build time (site + search index)'], [[String(pages), `${buildSeconds.toFixed(1)} s`]])}`);

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
const svgBytes = (path: string, visual: string) => {
	const html = readFileSync(join(out, path, 'index.html'), 'utf8');
	const svg = new RegExp(`<svg[^>]*data-visual="${visual}"[\\s\\S]*?</svg>`).exec(html)?.[0];
	return svg ? { raw: Buffer.byteLength(svg), gzip: gzipSync(svg).length } : undefined;
};
const locators = readdirSync(join(out, 'places'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => svgBytes(`places/${d.name}`, 'locator'))
	.filter((b) => b !== undefined);
const pictureRows = [
	['map', '/map/', svgBytes('map', 'map')],
	['relations graph', '/graph/', svgBytes('graph', 'graph')],
	['timeline strip', '/timeline/', svgBytes('timeline', 'timeline')],
	['connections diagram', '/actors/kazakhstan/', svgBytes('actors/kazakhstan', 'connections')],
].map(([name, path, b]) => [name as string, path as string, b ? kb((b as { raw: number }).raw) : '—', b ? kb((b as { gzip: number }).gzip) : '—']);
const gz = locators.map((b) => b.gzip).sort((a, b) => a - b);
if (gz.length) {
	pictureRows.push([`locator maps (${gz.length})`, '/places/*/', '', `median ${kb(gz[Math.floor(gz.length / 2)]!)}, largest ${kb(gz.at(-1)!)}, total ${kb(gz.reduce((a, b) => a + b, 0))}`]);
}
console.log(`\n## Pictures (inline SVG)\n\n${table(['picture', 'page', 'raw', 'gzip'], pictureRows)}`);

// 4. A first search, cold, in Chromium: everything fetched from /pagefind/ and the time to the first result.
const server = await serve(out, '/');
const browser = await launch();
const searchRows: string[][] = [];
async function firstSearch(label: string, path: string, act?: (page: import('playwright-core').Page) => Promise<void>) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies: Promise<number>[] = [];
	page.on('response', (r) => {
		if (new URL(r.url()).pathname.startsWith('/pagefind/')) bodies.push(r.body().then((b) => gzipSync(b).length).catch(() => 0));
	});
	await page.goto(server.url + path);
	// On the search page the clock starts with navigation; for the dialog, when the reader presses the keys.
	const start = act ? performance.now() : 0;
	if (act) await act(page);
	await page.locator('.pf-result-link').first().waitFor({ timeout: 30_000 });
	const ms = act ? performance.now() - start : await page.evaluate(() => performance.now());
	const sizes = await Promise.all(bodies);
	searchRows.push([label, kb(sizes.reduce((a, b) => a + b, 0)), `${Math.round(ms)} ms`, String(sizes.length)]);
	await context.close();
}
await firstSearch('search page opened with ?q=kazakhstan', 'search/?q=kazakhstan');
await firstSearch('header dialog (Ctrl+K, "Tokaev") on an article', 'articles/kusznir-long-alliance/', async (page) => {
	await page.keyboard.press('Control+k');
	await page.locator('pagefind-modal pagefind-input input').fill('Tokaev');
});
await browser.close();
await server.close();
console.log(`\n## First search (cold cache, Chromium, loopback)\n\n${table(['how', 'search bytes (gzip)', 'time to first result', 'files'], searchRows)}\n`);
rmSync(out, { recursive: true, force: true });
