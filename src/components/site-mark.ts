/**
 * The site's mark (RU over KZ), drawn once: served as /favicon.svg (src/pages/favicon.svg.ts)
 * and drawn inline in the header (Header.astro). Inline, it is part of the page: as an <img>,
 * every page built a separate SVG document for it and looked up its fonts before the first paint
 * (10–20 ms of the main thread, measured on the search page).
 */
export const SITE_MARK_VIEWBOX = '0 0 32 32';

/** The mark's shapes, the inside of its <svg>. */
export const SITE_MARK_SHAPES = [
	'<rect width="32" height="32" rx="6" fill="#1f4e79"/>',
	'<text x="16" y="14" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="12" fill="#ffffff" text-anchor="middle">RU</text>',
	'<rect x="6" y="16" width="20" height="1.5" fill="#f4c542"/>',
	'<text x="16" y="28" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="12" fill="#f4c542" text-anchor="middle">KZ</text>',
].join('');

/** The mark as a standalone SVG file, titled for tabs and bookmarks. */
export const SITE_MARK_FILE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${SITE_MARK_VIEWBOX}"><title>RU–KZ</title>${SITE_MARK_SHAPES}</svg>\n`;
