/**
 * Builds content/articles/<id>.mdx from content/sources/manifest.yaml and the raw source
 * files beside it (see src/ingest/index.ts).
 *
 * Usage:
 *   npm run ingest              write the articles
 *   npm run ingest -- --check   write nothing; exit 1 if any committed article differs from
 *                               what the ingest produces, or if an .mdx file exists that the
 *                               manifest does not produce
 *   npm run ingest -- --new <file>
 *                               print a draft manifest entry for a new raw source (a path, or a
 *                               name in content/sources/): guessed title, byline, date, candidate
 *                               headings and line ranges, for the maintainer to check and paste
 *
 * KB_CONTENT_DIR points at another content tree (its sources/ and articles/), as it does for
 * `npm run check:content`: the tests ingest a scratch copy of the content with a source added.
 * INGEST_ARTICLES_DIR overrides the output folder alone (the tests check a scratch copy with it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { ingest, loadIngestInput } from '../src/ingest/index';
import { scaffoldEntry } from '../src/ingest/scaffold';
import { decodeSource } from '../src/ingest/source-text';

const root = join(import.meta.dirname, '..');
const contentDir = resolve(root, process.env.KB_CONTENT_DIR ?? 'content');
const sourcesDir = join(contentDir, 'sources');
const articlesDir = process.env.INGEST_ARTICLES_DIR ?? join(contentDir, 'articles');
const check = process.argv.includes('--check');

function scaffold(path: string): number {
	const file = existsSync(path) ? path : join(sourcesDir, path);
	if (!existsSync(file)) {
		console.error(`No such file: ${path} (give a path, or a file name in content/sources/).`);
		return 1;
	}
	console.log(scaffoldEntry(basename(file), decodeSource(relative(root, file), readFileSync(file))).yaml);
	return 0;
}

function main(): number {
	const newAt = process.argv.indexOf('--new');
	if (newAt >= 0) return scaffold(process.argv[newAt + 1] ?? '');
	const articles = ingest(loadIngestInput(sourcesDir));
	const produced = new Set(articles.map((a) => a.fileName));
	const existing = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith('.mdx')) : [];
	const stale = existing.filter((f) => !produced.has(f)).sort();

	if (check) {
		const differing = articles.filter((a) => {
			const path = join(articlesDir, a.fileName);
			return !existsSync(path) || readFileSync(path, 'utf8') !== a.mdx;
		});
		for (const a of differing) console.error(`differs: ${relative(root, join(articlesDir, a.fileName))}`);
		for (const f of stale) console.error(`not produced by the manifest: ${relative(root, join(articlesDir, f))}`);
		if (differing.length || stale.length) {
			console.error('content/articles is out of date: run `npm run ingest`.');
			return 1;
		}
		console.log(`ingest --check: ${articles.length} articles up to date.`);
		return 0;
	}

	mkdirSync(articlesDir, { recursive: true });
	for (const a of articles) {
		const path = join(articlesDir, a.fileName);
		const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		if (before !== a.mdx) writeFileSync(path, a.mdx);
		console.log(`${before === a.mdx ? 'unchanged' : 'wrote    '} ${relative(root, path)} (${a.repairs.length} repairs)`);
	}
	for (const f of stale) console.warn(`warning: ${relative(root, join(articlesDir, f))} is not produced by the manifest; remove it if it is stale.`);
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
}
