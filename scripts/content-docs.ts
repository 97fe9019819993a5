/**
 * Writes the generated parts of content/README.md (today: the `kind` values of every
 * collection, read from src/schemas/), so the documentation cannot drift from the schemas.
 *
 * Usage:
 *   npm run docs:content              rewrite the block between the markers
 *   npm run docs:content -- --check   write nothing; exit 1 if the README's block is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withKindsBlock } from '../src/schemas/kinds-doc';

const path = join(import.meta.dirname, '..', 'content', 'README.md');
const before = readFileSync(path, 'utf8');
const after = withKindsBlock(before);
if (process.argv.includes('--check')) {
	if (before !== after) {
		console.error('content/README.md: the list of `kind` values is out of date with src/schemas/: run `npm run docs:content`.');
		process.exitCode = 1;
	} else console.log('content/README.md is up to date with src/schemas/.');
} else if (before !== after) {
	writeFileSync(path, after);
	console.log('wrote content/README.md (kinds from src/schemas/).');
} else console.log('content/README.md is already up to date.');
