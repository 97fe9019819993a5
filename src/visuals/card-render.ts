import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardSpec } from './card';

// Noto Sans (SIL Open Font License) from @fontsource/noto-sans, as WOFF: satori reads TTF, OTF
// and WOFF, not WOFF2. The subsets cover the titles' scripts: Latin with its accents and Cyrillic.
const SUBSETS = { latin: 'Noto Sans', 'latin-ext': 'Noto Sans Latin Ext', cyrillic: 'Noto Sans Cyrillic' } as const;
const WEIGHTS = [400, 700] as const;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

function loadFonts(): Font[] {
	if (!fonts) {
		const dir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
		fonts = WEIGHTS.flatMap((weight) => Object.entries(SUBSETS).map(([subset, name]) => ({ name, data: readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`)), weight, style: 'normal' as const })));
	}
	return fonts;
}

const require = createRequire(join(process.cwd(), 'package.json'));
const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
const RESVG_OPTIONS = { fitTo: { mode: 'original' as const }, font: { loadSystemFonts: false } };

/** What, besides a card's tree, decides its pixels: for the cache key (src/visuals/card-cache.ts). */
let fingerprint: string | undefined;
export const RENDERER = {
	fingerprint(): string {
		if (fingerprint) return fingerprint;
		const hash = createHash('sha256');
		for (const font of loadFonts()) hash.update(`${font.name}/${font.weight}/`).update(font.data);
		fingerprint = `${hash.digest('hex')} satori@${version('satori')} resvg@${version('@resvg/resvg-js')} ${JSON.stringify(RESVG_OPTIONS)} ${CARD_WIDTH}x${CARD_HEIGHT}`;
		return fingerprint;
	},
};

/** The card as SVG: satori lays the tree out and turns every glyph into a path. */
export async function cardSvg(spec: CardSpec, siteName: string): Promise<string> {
	return satori(cardTree(spec, siteName) as any, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/**
 * The card as a 1200×630 PNG. resvg loads no system fonts (the SVG holds no text, only paths):
 * the same card gives the same bytes on every machine.
 */
export async function cardPng(spec: CardSpec, siteName: string): Promise<Buffer> {
	const svg = await cardSvg(spec, siteName);
	const png = new Resvg(svg, RESVG_OPTIONS).render().asPng();
	return Buffer.from(png);
}
