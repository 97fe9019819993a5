/**
 * The search page's speed against its targets (issue 21 item 5): time to the first result side by
 * side with a bare Pagefind search of the same index, and Lighthouse's mobile and desktop presets.
 * Used by `npm run bench`, and alone by `npm run bench -- --only=search` on an existing build
 * (KB_BENCH_DIR, default ./dist, copied to a scratch folder first) so that measuring a change
 * to the search client does not cost a second build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/helpers/browser';
import { serve } from '../../tests/helpers/server';
import { bareFirstResult, ourFirstResult } from './first-search';
import { runLighthouse } from './lighthouse';

export const table = (head: string[], rows: string[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A blank page that runs a bare Pagefind search of the index: the baseline for the time to first result. */
const BARE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title><script type="module">
const q = new URLSearchParams(location.search).get('q');
const pf = await import('/pagefind/pagefind.js');
await pf.options({ noWorker: true });
const r = await pf.search(q);
await r.results[0]?.data();
window.__firstResult = performance.now();
</script></html>`;

const median = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)]!;

/** Time to the first result, the search page opened with ?q= against a bare Pagefind search, alternating, median of 5. */
export async function timeToFirstResult(out: string): Promise<string> {
	writeFileSync(join(out, 'bench-bare.html'), BARE_PAGE);
	const server = await serve(out, '/');
	const browser = await launch();
	const rows: string[][] = [];
	for (const q of ['kazakhstan', 'border security', 'did Kazakhstan recognize the annexation of Crimea']) {
		const ours: number[] = [];
		const bare: number[] = [];
		for (let i = 0; i < 5; i++) {
			bare.push(await bareFirstResult(browser, `${server.url}bench-bare.html?q=${encodeURIComponent(q)}`));
			ours.push(await ourFirstResult(browser, `${server.url}search/?q=${encodeURIComponent(q)}`));
		}
		rows.push([q, `${Math.round(median(bare))} ms`, `${Math.round(median(ours))} ms`, `${(median(ours) / median(bare)).toFixed(2)}×`]);
	}
	await browser.close();
	await server.close();
	return `\n## Time to first result (median of 5, alternating, same run)\n\n${table(['query', 'bare Pagefind', '/search/?q=…', 'ratio'], rows)}\n`;
}

/**
 * Lighthouse 12 (performance) on the search page with a query, mobile and desktop presets, with the
 * site's text sent gzip'd as static hosts send it: the mobile preset's slow network counts the bytes
 * on the wire, and from a server that compresses nothing, every stylesheet, script and word table
 * would cost it three to four times what a reader downloads.
 */
export async function lighthouseSearch(out: string): Promise<string> {
	const server = await serve(out, '/', { gzip: true });
	const rows: string[][] = [];
	for (const preset of ['mobile', 'desktop'] as const) {
		const r = await runLighthouse(`${server.url}search/?q=${encodeURIComponent('Kazakhstan Russia border')}`, preset);
		rows.push([preset, String(r.score), `${Math.round(r.fcpMs)} ms`, `${Math.round(r.lcpMs)} ms`, r.cls.toFixed(3), `${Math.round(r.tbtMs)} ms`]);
	}
	await server.close();
	return `## Lighthouse (/search/?q=Kazakhstan Russia border; text served gzip'd, as hosts send it)\n\n${table(['preset', 'performance', 'FCP', 'LCP', 'CLS', 'TBT'], rows)}\n`;
}
