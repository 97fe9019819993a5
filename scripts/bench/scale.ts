/**
 * npm run bench:scale [-- 100 1000 5000] [--text=sources|twenty-words] — builds synthetic
 * corpora of growing size and prints build time, peak memory and search index size for each,
 * with the time per article, so that growth that is not close to linear stands out, and what a
 * first search fetches. The text is drawn from the real articles' words by default;
 * `--text=twenty-words` is the search index's worst case (see synthetic-corpus.ts). Measures and
 * prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../tests/helpers/browser';
import { serve } from '../../tests/helpers/server';
import { firstSearch } from './first-search';
import { type SyntheticText, syntheticWords, writeSyntheticCorpus } from './synthetic-corpus';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000, 5000);
const textArg = args.find((a) => a.startsWith('--text='))?.slice('--text='.length) ?? 'sources';
if (textArg !== 'sources' && textArg !== 'twenty-words') throw new Error(`--text=${textArg}: use --text=sources (the real articles' words, the default) or --text=twenty-words (the worst case)`);
const text: SyntheticText = textArg;
const words = syntheticWords(text, join(root, 'content', 'articles'));
console.log(`text: ${text} (${words.length} words drawn from, ${new Set(words.map((w) => w.toLowerCase())).size} distinct)`);

const dirSize = (dir: string): number =>
	readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		return sum + (statSync(path).isDirectory() ? dirSize(path) : statSync(path).size);
	}, 0);

const rows: string[][] = [];
const parts: string[][] = [];
let first: { articles: number; seconds: number } | undefined;
for (const size of sizes) {
	const work = mkdtempSync(join(tmpdir(), `kb-scale-${size}-`));
	const content = join(work, 'content');
	const { entities } = writeSyntheticCorpus(content, size, words);
	const rssFile = join(work, 'rss');
	const started = performance.now();
	const build = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'report-rss.mjs'), join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		env: { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: join(work, 'dist'), KB_RSS_FILE: rssFile, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (build.status !== 0) throw new Error(`build of ${size} articles failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? 0);
	const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0;
	const index = dirSize(join(work, 'dist', 'pagefind'));
	// A first search on the search page, cold: all bytes fetched, as `npm run bench` measures them.
	const server = await serve(join(work, 'dist'), '/');
	const browser = await launch();
	const search = await firstSearch(browser, `${server.url}search/?q=border+security`);
	await browser.close();
	await server.close();
	first ??= { articles: size, seconds };
	const linear = (first.seconds / first.articles) * size;
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	rows.push([String(size), String(entities), String(pages), `${seconds.toFixed(1)} s`, `${((seconds / size) * 1000).toFixed(0)} ms`, `${(seconds / linear).toFixed(2)}×`, `${(rss / 2 ** 20).toFixed(0)} MB`, `${(index / 2 ** 20).toFixed(1)} MB`, kb(search.bytes)]);
	parts.push([String(size), kb(search.bytes - search.indexBytes), kb(search.parts.code), kb(search.parts.meta), kb(search.parts.index), kb(search.parts.filters), kb(search.parts.fragments)]);
	console.log(`built ${size} articles in ${seconds.toFixed(1)} s`);
	rmSync(work, { recursive: true, force: true });
}
const head = ['articles', 'entities', 'pages', 'build time', 'per article', 'vs linear', 'peak memory', 'search index', 'first search (gzip, ?q=border+security)'];
console.log(`\n${[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')}\n`);
console.log('"vs linear": build time divided by the smallest size\'s time scaled linearly; 1.00× is exactly linear.');
const partsHead = ['articles', 'page (HTML, CSS, JS)', 'Pagefind code', 'meta (one entry per record)', 'word index', 'filters', 'fragments'];
console.log(`\nWhere the first search's bytes go (gzip):\n\n${[`| ${partsHead.join(' | ')} |`, `| ${partsHead.map(() => '---').join(' | ')} |`, ...parts.map((r) => `| ${r.join(' | ')} |`)].join('\n')}\n`);
