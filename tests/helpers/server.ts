import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way a plain static host does: `path/` → `path/index.html`,
 * unknown paths → the site's 404.html with status 404. Loopback only, a random free port.
 * `headers` are sent with every response, as a host sends those of a `_headers` file; `gzip`
 * compresses text as hosts do (the benchmarks' Lighthouse runs, whose slow-network model counts the bytes sent).
 */
export async function serve(dist: string, base = '/', options: { headers?: Record<string, string>; gzip?: boolean } = {}): Promise<StaticServer> {
	const compressed = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file: string | undefined;
		if (path.startsWith(base)) {
			const local = normalize(join(dist, path.slice(base.length)));
			if (local.startsWith(dist)) {
				for (const candidate of [local, join(local, 'index.html')]) {
					if (existsSync(candidate) && statSync(candidate).isFile()) {
						file = candidate;
						break;
					}
				}
			}
		}
		const status = file ? 200 : 404;
		file ??= join(dist, '404.html');
		// With its length, as static hosts send files: a piped stream goes out chunked, which costs
		// a few milliseconds a request on loopback and would show up in the search benchmarks.
		let body: Buffer = readFileSync(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// `gzip`: text compressed as static hosts send it, to a browser that accepts it (once per file).
		// Pagefind's own files are compressed already; a host sends them as they are.
		const zip = options.gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
		if (zip) body = compressed.get(file) ?? compressed.set(file, gzipSync(body)).get(file)!;
		res.writeHead(status, { ...options.headers, 'content-type': type, 'content-length': body.length, ...(zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		// A browser keeps its connections open; dropping them lets close() end now, not at their timeout.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** The headers a `_headers` file (Netlify, Cloudflare Pages) sets for every path (`/*`). */
export function headersOf(file: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (match) headers[match[1]!.toLowerCase()] = match[2]!;
	}
	return headers;
}
