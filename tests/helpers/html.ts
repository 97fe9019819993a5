import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export { select, selectAll, toString };

/** Parses a built page, given its URL path under a dist folder ("actors/russia/"). */
export function readPage(dist: string, path: string): Root {
	const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No built page at ${file}: run \`npm run build\` first (npm test does it for you).`);
	return fromHtml(readFileSync(file, 'utf8'));
}

export function attr(node: Element | undefined, name: string): string | undefined {
	const value = node?.properties?.[name];
	return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}
