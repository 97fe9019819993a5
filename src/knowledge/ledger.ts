import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ENTITY_COLLECTIONS } from '../schemas';
import { anchoredBlocks } from '../utils/anchored-blocks';
import { parseArticleMarkdown } from '../utils/markdown-tree';
import type { ContentError, RawEntry } from './content-files';
import { aliasRoutes } from './aliases';

/**
 * The ledger of permanent links (`content/ledger.json`): every address the site has published
 * and every article paragraph's anchor. A link a reader saved or a citation a paper printed
 * must keep working, so the build refuses to publish a site on which one of them is gone:
 * - a page may move, but its old address then redirects (an entity's `formerPaths`, or a name
 *   that stays an alias);
 * - a paragraph's anchor comes from its first words, so correcting a typo there changes it; the
 *   old anchor is then mapped to the new one under `renamed`, and the article page keeps the old
 *   id on an empty element inside the paragraph, so `#old` still lands there without JavaScript.
 * The build adds every new address and anchor itself; committing the updated file is the only
 * step. Entries are sorted, so the file changes only where the site does.
 */
export interface Ledger {
	/** Every published address below the site's base: pages (`/actors/russia/`) and files (`/data/actors.csv`). */
	pages: string[];
	/** Per article id, every paragraph anchor ever published. */
	anchors: Record<string, string[]>;
	/** Per article id, anchors that changed: old anchor → the anchor of the same paragraph now. */
	renamed: Record<string, Record<string, string>>;
}

export const LEDGER_FILE = 'ledger.json';

const EMPTY: Ledger = { pages: [], anchors: {}, renamed: {} };

/** Where a content tree keeps its ledger. */
export function ledgerPath(projectRoot: string, contentDir: string): string {
	return resolve(projectRoot, contentDir, LEDGER_FILE);
}

/** Reads a ledger; a missing file is an empty ledger (a first build writes it). */
export function readLedger(path: string): Ledger {
	if (!existsSync(path)) return structuredClone(EMPTY);
	const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Ledger>;
	return { pages: data.pages ?? [], anchors: data.anchors ?? {}, renamed: data.renamed ?? {} };
}

const sortedObject = <T>(record: Record<string, T>, map: (v: T) => T = (v) => v) =>
	Object.fromEntries(Object.keys(record).sort().map((k) => [k, map(record[k]!)]));

/** The ledger as written: sorted, one entry a line, so two builds of one site write the same bytes. */
export function formatLedger(ledger: Ledger): string {
	const out = {
		$comment: 'Every published address and article paragraph anchor: the build adds new ones and fails if one would disappear. See README, "Permanent links".',
		pages: [...new Set(ledger.pages)].sort(),
		anchors: sortedObject(ledger.anchors, (list) => [...new Set(list)].sort()),
		renamed: sortedObject(ledger.renamed, (map) => sortedObject(map)),
	};
	return `${JSON.stringify(out, null, '\t')}\n`;
}

/** The ledger with everything in `pages` and `anchors` added; nothing is ever removed here. */
export function mergeLedger(ledger: Ledger, pages: Iterable<string>, anchors: ReadonlyMap<string, readonly string[]>): Ledger {
	const merged: Ledger = { pages: [...new Set([...ledger.pages, ...pages])], anchors: { ...ledger.anchors }, renamed: ledger.renamed };
	for (const [article, list] of anchors) merged.anchors[article] = [...new Set([...(merged.anchors[article] ?? []), ...list])];
	return merged;
}

/** The anchors of every article's paragraphs now, by article id, in document order. */
export function currentAnchors(entries: RawEntry[]): Map<string, string[]> {
	return new Map(entries.filter((e) => e.collection === 'articles').map((e) => [e.id, anchoredBlocks(parseArticleMarkdown(e.body)).map((b) => b.anchor)]));
}

/** The addresses the content itself makes: article and entity pages, alias and former-address redirects. */
export function contentPages(entries: RawEntry[]): Set<string> {
	const pages = new Set(entries.map((e) => `/${e.collection}/${e.id}/`));
	for (const route of aliasRoutes(entries.filter((e) => e.collection !== 'articles'))) pages.add(`/${route.collection}/${route.slug}/`);
	return pages;
}

/** An address only content makes: `/<collection>/<id>/`, checked before the build; the rest are checked after it. */
const CONTENT_PAGE = new RegExp(`^/(?:articles|${ENTITY_COLLECTIONS.join('|')})/[^/]+/$`);

/**
 * What in the ledger the content no longer publishes: entity, article and redirect pages, and
 * paragraph anchors. Runs with the content check, before Astro renders anything.
 */
export function ledgerErrors(ledger: Ledger, entries: RawEntry[], file: string): ContentError[] {
	const errors: ContentError[] = [];
	const pages = contentPages(entries);
	for (const page of ledger.pages) {
		if (!CONTENT_PAGE.test(page) || pages.has(page)) continue;
		errors.push({
			file,
			field: 'pages',
			value: page,
			message: `The published address ${page} would disappear. If the page moved, add "${page.slice(1, -1)}" to \`formerPaths\` of the page that replaces it (it then redirects); if its name changed, keep the old name as an alias. Remove the entry from ${file} only if the address must really stop working.`,
		});
	}
	const anchors = currentAnchors(entries);
	for (const [article, list] of Object.entries(ledger.anchors)) {
		const now = anchors.get(article);
		if (!now) continue; // the article page itself is reported above
		const current = new Set(now);
		const renamed = ledger.renamed[article] ?? {};
		const added = now.filter((a) => !list.includes(a));
		for (const anchor of list) {
			if (current.has(anchor)) continue;
			const target = renamed[anchor];
			if (target && current.has(followRenames(renamed, anchor))) continue;
			const guess = added.length === 1 ? `"${added[0]}"` : `the new anchor of that paragraph (\`npm run paragraphs -- ${article}\` lists them)`;
			errors.push({
				file,
				field: `anchors.${article}`,
				value: anchor,
				message: target
					? `The paragraph anchor #${anchor} of /articles/${article}/ is mapped to "${target}", which no paragraph has any more: set renamed.${article}.${anchor} to ${guess}.`
					: `The paragraph anchor #${anchor} of /articles/${article}/ would disappear (its paragraph's first words changed, or it was removed), breaking every saved link and citation to it. Keep it: add "renamed": { "${article}": { "${anchor}": ${guess} } } to ${file}.`,
			});
		}
		for (const [old, target] of Object.entries(renamed)) {
			if (current.has(old)) {
				errors.push({ file, field: `renamed.${article}.${old}`, value: target, message: `"${old}" is again the anchor of a paragraph of ${article}: remove the mapping, or the page would have two elements with this id.` });
			}
		}
	}
	return errors;
}

/** Loads a content tree's ledger and checks the content against it. */
export function checkLedger(projectRoot: string, contentDir: string, entries: RawEntry[]): ContentError[] {
	const path = ledgerPath(projectRoot, contentDir);
	return ledgerErrors(readLedger(path), entries, relative(projectRoot, path));
}

/** Where a renamed anchor leads now: A → B → C when B was renamed again (a loop stops where it closes). */
function followRenames(renamed: Record<string, string>, anchor: string): string {
	const seen = new Set([anchor]);
	let at = renamed[anchor] ?? anchor;
	while (renamed[at] !== undefined && !seen.has(at)) {
		seen.add(at);
		at = renamed[at]!;
	}
	return at;
}

/** Old anchors to keep on each article's page: article id → new anchor → old anchors. */
export function anchorAliases(ledger: Ledger): Map<string, Map<string, string[]>> {
	const out = new Map<string, Map<string, string[]>>();
	for (const [article, map] of Object.entries(ledger.renamed)) {
		const byTarget = new Map<string, string[]>();
		for (const old of Object.keys(map).sort()) {
			const target = followRenames(map, old);
			byTarget.set(target, [...(byTarget.get(target) ?? []), old]);
		}
		out.set(article, byTarget);
	}
	return out;
}
