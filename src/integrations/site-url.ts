import type { AstroIntegration } from 'astro';

/**
 * Warns on `astro build` when SITE_URL is unset: the site is then built for
 * http://localhost:4321, and every absolute address written into files (canonical URLs, the
 * sitemap, the feed, the data export, the citation files) points there. Pages still work on
 * any host, and the references readers copy use the address they are on; the files do not.
 */
export default function siteUrl({ configured }: { configured: boolean }): AstroIntegration {
	return {
		name: 'kb:site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (configured) return;
				logger.warn(
					'SITE_URL is not set: canonical URLs, the sitemap, the Atom feed, the data export and the citation files will point to http://localhost:4321. Build with SITE_URL=https://your.host (and BASE_PATH=/sub/path/ if needed) for a deployment.',
				);
			},
		},
	};
}
