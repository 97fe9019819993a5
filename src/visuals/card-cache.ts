import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardTree, type CardSpec } from './card';
import { cardPng, RENDERER } from './card-render';

// Rendering a card costs ~0.1 s; a build has hundreds and most do not change between builds. A
// card is stored under the hash of everything that decides its pixels: the laid-out tree (text,
// styles, colours, the locator map), the fonts and the versions of satori and resvg. A stale
// entry can never be served, only left behind. KB_CARD_CACHE=0 renders every card afresh (the
// deterministic-build test does, to prove a fresh card equals the cached one byte for byte);
// KB_CARD_CACHE_DIR puts the cache elsewhere (the bench times a build with an empty one).
const DIR = process.env.KB_CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'kb-cards');
const enabled = process.env.KB_CARD_CACHE !== '0';

/** The key of a card: sha256 of its tree and the renderer's fonts and versions. */
export function cardKey(spec: CardSpec, siteName: string): string {
	return createHash('sha256').update(RENDERER.fingerprint()).update(JSON.stringify(cardTree(spec, siteName))).digest('hex');
}

/** A card's PNG, from the cache when an identical card was rendered before. */
export async function cachedCardPng(spec: CardSpec, siteName: string): Promise<Buffer> {
	if (!enabled) return cardPng(spec, siteName);
	const file = join(DIR, `${cardKey(spec, siteName)}.png`);
	if (existsSync(file)) return readFileSync(file);
	const png = await cardPng(spec, siteName);
	mkdirSync(DIR, { recursive: true });
	// Written under a temporary name and renamed: a build that stops halfway leaves no torn file.
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, png);
	renameSync(tmp, file);
	return png;
}
