/**
 * Validates all content without building the site: schemas, references, citations down to
 * the paragraph, duplicate names, ids. The build runs the same check and stops on errors.
 * Then lists the article topics that no dimension covers: a warning to act on (a new source's
 * new topics show up here), never a failure.
 * Usage: npm run check:content
 */
import { join } from 'node:path';
import { unmappedTopics, type DimensionInput } from '../src/knowledge/dimensions';
import { formatContentErrors, validateContent } from '../src/knowledge/integrity';

const root = join(import.meta.dirname, '..');
const { entries, errors } = validateContent(root, process.env.KB_CONTENT_DIR ?? 'content');
if (errors.length > 0) {
	console.error(formatContentErrors(errors));
	process.exit(1);
}
const counts = new Map<string, number>();
for (const e of entries) counts.set(e.collection, (counts.get(e.collection) ?? 0) + 1);
console.log(`Content check passed: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ') || 'no entries'}.`);

const dimensions = entries.filter((e) => e.collection === 'dimensions') as unknown as DimensionInput[];
const articles = entries.filter((e) => e.collection === 'articles') as unknown as Array<{ id: string; data: { topics?: string[] } }>;
const unmapped = unmappedTopics(articles, dimensions);
if (unmapped.length > 0) {
	console.warn(`\nWarning: ${unmapped.length} article topic${unmapped.length === 1 ? '' : 's'} map${unmapped.length === 1 ? 's' : ''} to no dimension (add each to the \`topics\` of the dimension that covers it, in content/dimensions/):`);
	for (const { topic, articles: ids } of unmapped) console.warn(`  "${topic}"  (${ids.join(', ')})`);
}
