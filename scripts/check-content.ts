/**
 * Validates all content without building the site: schemas, references, citations down to
 * the paragraph, duplicate names, ids. The build runs the same check and stops on errors.
 * Usage: npm run check:content
 */
import { join } from 'node:path';
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
