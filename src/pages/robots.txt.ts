import type { APIRoute } from 'astro';
import { url } from '../utils/paths';

/**
 * robots.txt: every page may be crawled, and the sitemap is named by its absolute address
 * (from SITE_URL and BASE_PATH). Crawlers read robots.txt only at a host's root: a site built
 * under a sub-path (BASE_PATH=/kb/) writes it at /kb/robots.txt, for the host's owner to merge
 * into the root one; its Sitemap line is right wherever it ends up.
 */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(url('sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nDisallow:\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
