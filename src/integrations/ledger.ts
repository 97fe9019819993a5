import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLedger, mergeLedger, readLedger } from '../knowledge/ledger';

/**
 * Not addresses anyone saves: content-hashed output whose names change with every build, the
 * hosts' _headers file (never served), and share cards, which are pictures of a page that come
 * and go with it (the page's own address is what the ledger keeps).
 */
const HASHED = /^\/(?:_astro\/|pagefind\/|cards\/|_headers$)/;

/** Every address the built site serves, below its base: `/actors/russia/`, `/data/actors.csv`. */
export function publishedAddresses(dist: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else out.push(`/${relative(dist, path).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
		}
	};
	walk(dist);
	return out.filter((p) => !HASHED.test(p) && p !== '/404.html').sort();
}

/**
 * After the build: every address in the ledger of permanent links (src/knowledge/ledger.ts) must
 * still be served, or the build fails naming it; then every new address and paragraph anchor is
 * added to the ledger, which the maintainer commits. The content check has already compared the
 * content's own pages and anchors with the ledger before anything was rendered.
 */
export default function ledger({ file, anchors }: { file: string; anchors: ReadonlyMap<string, readonly string[]> }): AstroIntegration {
	return {
		name: 'kb:ledger',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const before = readLedger(file);
				const served = publishedAddresses(fileURLToPath(dir));
				const present = new Set(served);
				const gone = before.pages.filter((p) => !present.has(p));
				if (gone.length > 0) {
					throw new Error(
						[
							`${gone.length} published address${gone.length === 1 ? '' : 'es'} of ${relative(process.cwd(), file)} would disappear:`,
							...gone.map((p) => `  ${p}`),
							'Keep each one working: an entity page that moved lists its old address under `formerPaths`; a page or file of the site itself keeps its route (or gets a redirect page). Remove an entry from the ledger only if the address must really stop working.',
						].join('\n'),
					);
				}
				const after = formatLedger(mergeLedger(before, served, anchors));
				const old = formatLedger(before);
				if (after === old) return;
				writeFileSync(file, after);
				const added = after.split('\n').length - old.split('\n').length;
				logger.info(`added ${added} new addresses and anchors to ${relative(process.cwd(), file)}: commit it, so that they stay permanent`);
			},
		},
	};
}
