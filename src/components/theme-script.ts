/**
 * The theme script, inline in every page's head so that a reader who chose a theme never sees
 * the other one flash (a module script would run after the page is drawn). Kept as one string
 * so that astro.config.mjs can allow it by its SHA-256 hash in the Content-Security-Policy: the
 * same policy then works as a <meta> and as an HTTP header (a header also governs the scripts
 * that come before the <meta>, as this one does).
 */
export const THEME_SCRIPT = `(() => {
	try {
		const stored = localStorage.getItem('theme');
		if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
	} catch {}
})();`;
