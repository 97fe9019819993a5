import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * One policy for the whole site, made from the per-page policies Astro writes into each page's
 * <meta>: every directive with the union of its sources (each page's script and style hashes).
 * Sent as an HTTP header, it allows every page's own scripts, and a header (unlike a <meta>)
 * also covers what comes before the <meta> in the head.
 */
export function sitePolicy(policies: string[]): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const set = directives.get(name) ?? new Set<string>();
			for (const source of sources) set.add(source);
			directives.set(name, set);
		}
	}
	return [...directives].map(([name, sources]) => [name, ...[...sources].sort((a, b) => Number(a.startsWith("'sha")) - Number(b.startsWith("'sha")) || a.localeCompare(b))].join(' ')).join('; ');
}

/** The `_headers` file Netlify and Cloudflare Pages read from the published folder (never served). */
export function headersFile(policy: string): string {
	return `# Written by the build (src/integrations/csp-header.ts): the pages' Content-Security-Policy as an HTTP header.\n/*\n  Content-Security-Policy: ${policy}\n`;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** Writes dist/_headers with the site-wide policy; the README's deploy section shows it for other hosts. */
export default function cspHeader(): AstroIntegration {
	return {
		name: 'kb:csp-header',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const policies = htmlFiles(dist).map((f) => META.exec(readFileSync(f, 'utf8'))?.[1]).filter((p): p is string => Boolean(p));
				if (policies.length === 0) return;
				writeFileSync(join(dist, '_headers'), headersFile(sitePolicy(policies.map((p) => p.replaceAll('&#39;', "'")))));
				logger.info(`wrote _headers: one Content-Security-Policy for ${policies.length} pages`);
			},
		},
	};
}
