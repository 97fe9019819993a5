import type { APIRoute } from 'astro';
import { SITE_MARK_FILE } from '../components/site-mark';

/** The site's icon: the same mark the header draws inline (src/components/site-mark.ts). */
export const GET: APIRoute = () => new Response(SITE_MARK_FILE, { headers: { 'content-type': 'image/svg+xml' } });
