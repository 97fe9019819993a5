import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The specifiers of a module's leading static imports (`import{a}from"./x.js";import"./y.js"`), as bundlers write them. */
export function staticImports(code: string): string[] {
	const found: string[] = [];
	// Vite puts a dynamic-import map before the imports of a chunk that has one; the imports follow it.
	const body = code.replace(/^const __vite__mapDeps=[^\n]*\n/, '');
	const statement = /\s*import\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+)["'];?/y;
	for (let m = statement.exec(body); m; m = statement.exec(body)) found.push(m[1]!);
	return found;
}

/** The literal specifiers a module imports on demand (`import("./x.js")`, as bundlers write them with any quote). */
export function dynamicImports(code: string): string[] {
	return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g)].map((m) => m[2]!);
}

/**
 * Every module a page's module scripts import statically, at any depth, as site paths: the browser
 * finds each only once the one before it has arrived and been parsed, so the page names them all up
 * front (`<link rel="modulepreload">`). `scripts` are the `src` of the page's module scripts; only
 * relative imports inside the built site are followed. With `dynamic`, the modules they import on
 * demand too, for a page whose first use needs them.
 */
export function modulePreloads(outDir: string, scripts: readonly string[], { dynamic = false } = {}): string[] {
	const seen = new Set<string>();
	const visit = (path: string) => {
		const file = join(outDir, path);
		if (!existsSync(file)) return;
		const code = readFileSync(file, 'utf8');
		for (const specifier of [...staticImports(code), ...(dynamic ? dynamicImports(code) : [])]) {
			if (!specifier.startsWith('.')) continue;
			const target = posix.join(posix.dirname(path), specifier);
			if (seen.has(target)) continue;
			seen.add(target);
			visit(target);
		}
	};
	for (const script of scripts) visit(script);
	return [...seen].filter((p) => !scripts.includes(p));
}
