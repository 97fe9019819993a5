/**
 * The search page's speed against its targets (issue 21 item 5): time to the first result side by
 * side with a bare Pagefind search of the same index, and Lighthouse's mobile and desktop presets.
 * Used by `npm run bench`, and alone by `npm run bench -- --only=search` on an existing build
 * (KB_BENCH_DIR, default ./dist, copied to a scratch folder first) so that measuring a change
 * to the search client does not cost a second build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/helpers/browser';
import { serve } from '../../tests/helpers/server';
import { BARE_PAGE, BARE_SEARCH, bareSearchInPage } from './bare-search';
import { bareFirstResult, ourFirstResult } from './first-search';
import { runLighthouse } from './lighthouse';

export const table = (head: string[], rows: string[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const median = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)]!;
const RUNS = 9;

/**
 * Time to the first result, the search page opened with ?q= against a bare Pagefind search on a
 * blank page and on the search page itself (bareSearchInPage), alternating, median of RUNS.
 */
export async function timeToFirstResult(out: string): Promise<string> {
	writeFileSync(join(out, 'bench-bare.html'), BARE_PAGE);
	writeFileSync(join(out, 'bench-bare.js'), BARE_SEARCH);
	mkdirSync(join(out, 'bench-bare-in-page'), { recursive: true });
	writeFileSync(join(out, 'bench-bare-in-page', 'index.html'), bareSearchInPage(readFileSync(join(out, 'search', 'index.html'), 'utf8'), '/bench-bare.js'));
	const server = await serve(out, '/');
	const browser = await launch();
	const rows: string[][] = [];
	for (const q of ['kazakhstan', 'border security', 'did Kazakhstan recognize the annexation of Crimea']) {
		const query = `?q=${encodeURIComponent(q)}`;
		const blank: number[] = [];
		const inPage: number[] = [];
		const ours: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			blank.push(await bareFirstResult(browser, `${server.url}bench-bare.html${query}`));
			inPage.push(await bareFirstResult(browser, `${server.url}bench-bare-in-page/${query}`));
			ours.push(await ourFirstResult(browser, `${server.url}search/${query}`));
		}
		const [b, p, o] = [median(blank), median(inPage), median(ours)];
		rows.push([q, `${Math.round(b)} ms`, `${Math.round(p)} ms`, `${Math.round(o)} ms`, `${(o / b).toFixed(2)}×`, `${(p / b).toFixed(2)}×`, `${(o / p).toFixed(2)}×`]);
	}
	await browser.close();
	await server.close();
	return `\n## Time to first result (median of ${RUNS}, alternating, same run)\n\n${table(
		['query', 'bare Pagefind, blank page', 'bare Pagefind, on the search page', '/search/?q=…', 'ours ÷ blank (target ≤ 1.2×)', 'the page alone ÷ blank', 'ours ÷ the page alone'],
		rows,
	)}\n`;
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
