import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Bytes a reader downloads for one page, gzip-compressed as any static host serves them. */
export interface PageWeight {
	html: number;
	css: number;
	/** JavaScript that runs on load: inline module scripts, external scripts and their static imports. */
	js: number;
	/** Script files the page loads on first view. */
	scripts: string[];
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Static `import … from "./x.js"` and `import "./x.js"` in a built module (not dynamic `import()`). */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * Weighs a built page: its HTML, the stylesheets it links, and the JavaScript it runs on load,
 * following static imports of module scripts. Lazy code (dynamic import, the search UI
 * loaded on demand) is not counted: a reader who never searches never downloads it.
 */
export function pageWeight(dist: string, pagePath: string, base = '/'): PageWeight {
	const file = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(file, 'utf8');
	const tree = fromHtml(html);
	const local = (href: string) => join(dist, new URL(href, `http://x${base}${pagePath}`).pathname.slice(base.length));
	let css = 0;
	for (const link of selectAll('link[rel=stylesheet]', tree) as Element[]) {
		const path = local(String(link.properties!.href));
		if (existsSync(path)) css += gz(readFileSync(path));
	}
	let js = 0;
	const seen = new Set<string>();
	const follow = (path: string) => {
		if (seen.has(path) || !existsSync(path)) return;
		seen.add(path);
		const code = readFileSync(path, 'utf8');
		js += gz(code);
		for (const spec of staticImports(code)) follow(join(path, '..', spec));
	};
	for (const script of selectAll('script', tree) as Element[]) {
		const type = String(script.properties?.type ?? '');
		if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD, templates: data, not code
		if (script.properties?.src) follow(local(String(script.properties.src)));
		else js += gz(toString(script));
	}
	return { html: gz(html), css, js, scripts: [...seen].map((p) => p.slice(dist.length)) };
}
