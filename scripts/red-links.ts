/**
 * Lists the proper names the articles use that have no entity page (src/knowledge/red-links.ts),
 * most frequent first, with body and notes counted apart.
 *
 * Usage:
 *   npm run red-links                 the top 40 in article bodies, then the top 40 only in notes
 *   npm run red-links -- --limit 100  more (0 for all)
 *   npm run red-links -- --json       machine-readable, all of them
 */
import { join } from 'node:path';
import { AliasMatcher } from '../src/knowledge/alias-matcher';
import { loadContent } from '../src/knowledge/content-files';
import { entityNameEntries } from '../src/knowledge/names';
import { redLinks, textBlocks } from '../src/knowledge/red-links';
import { parseArticleMarkdown } from '../src/utils/markdown-tree';

// Piped into `head`, stop quietly when the reader has seen enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 40;

const { entries } = loadContent(root, process.env.KB_CONTENT_DIR ?? 'content');
const matcher = new AliasMatcher(entityNameEntries(entries));
const articles = entries.filter((e) => e.collection === 'articles').map((e) => ({ id: e.id, blocks: textBlocks(parseArticleMarkdown(e.body)) }));
const ranked = redLinks(articles, matcher);

if (args.includes('--json')) {
	console.log(JSON.stringify(ranked, null, 2));
} else {
	// Bodies first: a name the authors' own text relies on is the likeliest page; then the
	// names found only in notes and bibliographies (authors, publishers, journals, titles).
	const inBody = ranked.filter((r) => r.body > 0);
	const notesOnly = ranked.filter((r) => r.body === 0);
	console.log(`${ranked.length} names without a page in ${articles.length} articles: ${inBody.length} in article bodies, ${notesOnly.length} only in notes.\n`);
	table('In article bodies', inBody);
	table('Only in notes and bibliographies', notesOnly);
}

function table(title: string, rows: typeof ranked): void {
	const shown = limit > 0 ? rows.slice(0, limit) : rows;
	const width = Math.max(4, ...shown.map((r) => r.name.length));
	console.log(`${title} (${shown.length} of ${rows.length}):`);
	console.log(`${'#'.padStart(3)}  ${'name'.padEnd(width)}  body  notes  articles  first at (npm run paragraphs -- <article> to read it)`);
	shown.forEach((r, i) => {
		console.log(`${String(i + 1).padStart(3)}  ${r.name.padEnd(width)}  ${String(r.body).padStart(4)}  ${String(r.notes).padStart(5)}  ${String(r.articles.length).padStart(8)}  ${r.first}`);
	});
	console.log('');
}
