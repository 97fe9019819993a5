import type { MapPicture } from './map';

/** What a page's share card says: the page's title, what sort of page it is, and a line under it. */
export interface CardSpec {
	/** The page's title, as its `og:title`. */
	title: string;
	/** What sort of page: "Place · City", "Article · Journal article", "Timeline". */
	type: string;
	/** One line under the title: an article's authors and date, an entity's description. */
	detail?: string;
	/** A place's locator inset, drawn on the right. */
	locator?: MapPicture;
}

/** The card's fonts, one family per subset: satori looks a glyph up in each in turn. */
export const CARD_FONT_FAMILY = 'Noto Sans, Noto Sans Latin Ext, Noto Sans Cyrillic';

/** The card's size: the 1.91:1 image Open Graph and X (Twitter) show full width. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// The site's light theme (src/styles/tokens.css, visuals.css), as plain colours: a card has no CSS.
const COLOURS = {
	bg: '#fdfcf9',
	text: '#1c1c1a',
	muted: '#55534d',
	accent: '#1f4e79',
	border: '#d8d4c8',
	sea: '#dde8f1',
	land: '#eeebe2',
	focus: '#fbf6e4',
	kz: '#f3e6c4',
	mapBorder: '#9b968a',
	ruKz: '#b0570a',
	route: '#7a2e8c',
	marker: '#1f4e79',
};

/** A node of the tree satori lays out: the shape of a React element, without React. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string; [key: string]: unknown };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children'], extra: Record<string, unknown> = {}): CardNode => ({
	type,
	props: { style, ...extra, ...(children === undefined ? {} : { children }) },
});

/**
 * A locator inset as a standalone SVG with its colours written in (no CSS, no text: the card's
 * renderer loads no system fonts, so that every machine draws the same pixels).
 */
export function locatorSvg(picture: MapPicture): string {
	const c = COLOURS;
	const countries = picture.countries.map((k) => `<path d="${k.d}" fill="${k.id === '398' ? c.kz : k.focus ? c.focus : c.land}"/>`).join('');
	const routes = picture.routes.map((r) => `<path d="${r.d}" fill="none" stroke="${c.route}" stroke-width="3" stroke-dasharray="8 4" stroke-linejoin="round"/>`).join('');
	const markers = picture.markers
		.map((m) =>
			m.shape === 'region'
				? `<circle cx="${m.x}" cy="${m.y}" r="14" fill="none" stroke="${c.marker}" stroke-width="2.5" stroke-dasharray="5 3"/>`
				: `<circle cx="${m.x}" cy="${m.y}" r="9" fill="${c.marker}" stroke="${c.bg}" stroke-width="3"/>`,
		)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}">` +
		`<rect width="${picture.width}" height="${picture.height}" fill="${c.sea}"/>${countries}` +
		`<path d="${picture.borders}" fill="none" stroke="${c.mapBorder}" stroke-width="1"/>` +
		`<path d="${picture.ruKz}" fill="none" stroke="${c.ruKz}" stroke-width="3.5" stroke-linejoin="round" stroke-linecap="round"/>` +
		`${routes}${markers}</svg>`
	);
}

/**
 * The card as a tree for satori: the type above the title, a line of detail under it, the site's
 * name at the foot, and a place's locator inset on the right. Long titles are cut at four lines
 * with an ellipsis (three beside a map), so nothing runs off the card.
 */
export function cardTree(spec: CardSpec, siteName: string): CardNode {
	const c = COLOURS;
	const map = spec.locator;
	const mapWidth = 460;
	const mapHeight = map ? Math.round((map.height / map.width) * mapWidth) : 0;
	const long = spec.title.length > 60;
	const text = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 }, [
		el('div', { fontSize: 30, fontWeight: 700, color: c.accent, textTransform: 'uppercase', letterSpacing: 1.5 }, spec.type),
		el('div', { marginTop: 20, fontSize: long ? 54 : 68, fontWeight: 700, lineHeight: 1.12, color: c.text, lineClamp: map ? 3 : 4 }, spec.title),
		...(spec.detail ? [el('div', { marginTop: 24, fontSize: 30, lineHeight: 1.3, color: c.muted, lineClamp: 2 }, spec.detail)] : []),
	]);
	const body = el('div', { display: 'flex', flexGrow: 1, alignItems: 'flex-start', gap: 48 }, [
		text,
		...(map
			? [
					el('img', { width: mapWidth, height: mapHeight, border: `2px solid ${c.border}`, borderRadius: 8, flexShrink: 0 }, undefined, {
						src: `data:image/svg+xml;base64,${Buffer.from(locatorSvg(map)).toString('base64')}`,
						width: mapWidth,
						height: mapHeight,
					}),
				]
			: []),
	]);
	const foot = el('div', { display: 'flex', alignItems: 'center', borderTop: `3px solid ${c.accent}`, paddingTop: 24, fontSize: 32, fontWeight: 700, color: c.text }, siteName);
	return el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', padding: '64px 72px 56px', backgroundColor: c.bg, fontFamily: CARD_FONT_FAMILY }, [body, foot]);
}
