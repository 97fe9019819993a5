/**
 * The card file of a page, from the page's path under the base: "actors/kazakhstan/" →
 * "cards/actors/kazakhstan.png", the home page → "cards/index.png", "404" → "cards/404.png".
 * Head.astro links it as og:image; src/pages/cards/[...card].png.ts writes it.
 */
export function cardPath(pagePath: string): string {
	const key = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '').replace(/\/index$/, '');
	return `cards/${key === '' || key === 'index' ? 'index' : key}.png`;
}
