import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NATIVE_UNPACK } from '../../../src/search/native-unpack';

// The inline script itself, run with Node's own fetch types (Request, Response, ReadableStream,
// DecompressionStream) and a fetch that answers from a table of bodies, each sent in chunks.
const SIGNED = new TextEncoder().encode(`pagefind_dcd${JSON.stringify({ url: '/articles/x/', content: 'Kazakhstan '.repeat(200) })}`);
const PACKED = new Uint8Array(gzipSync(SIGNED));

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Runs the script on a page whose bundle is `bundle`; returns the page's fetch afterwards and the one it replaced. */
function install(bodies: Record<string, { bytes: Uint8Array; status?: number; chunk?: number }>, options: { bundle?: string; decompression?: boolean } = {}) {
	const original: Fetch = async (input) => {
		const path = new URL(input instanceof Request ? input.url : String(input), 'https://kb.example/').pathname;
		const body = bodies[path];
		if (!body) return new Response('not found', { status: 404 });
		const size = body.chunk ?? 1000;
		const chunks = Array.from({ length: Math.ceil(body.bytes.length / size) }, (_, i) => body.bytes.slice(i * size, (i + 1) * size));
		const stream = new ReadableStream<Uint8Array>({
			pull(c) {
				const next = chunks.shift();
				if (next) c.enqueue(next);
				else c.close();
			},
		});
		return new Response(stream, { status: body.status ?? 200, headers: { 'content-type': 'application/octet-stream' } });
	};
	const self = { fetch: original };
	const document = { currentScript: { dataset: { bundle: options.bundle ?? '/pagefind/' } } };
	const location = { href: 'https://kb.example/search/?q=kazakhstan' };
	const globals = { DecompressionStream: options.decompression === false ? undefined : DecompressionStream };
	new Function('self', 'document', 'location', 'DecompressionStream', NATIVE_UNPACK)(self, document, location, globals.DecompressionStream);
	return { fetch: self.fetch, original };
}

const bytesOf = async (r: Response) => new Uint8Array(await r.arrayBuffer());

describe('Pagefind’s files unpacked by the browser (src/search/native-unpack.ts)', () => {
	it('unpacks each packed kind of file under the bundle as it arrives: what Pagefind reads begins with its signature', async () => {
		const kinds = ['wasm.en.pagefind', 'pagefind.en_1.pf_meta', 'index/en_2.pf_index', 'filter/en_3.pf_filter', 'fragment/en_4.pf_fragment'];
		const { fetch } = install(Object.fromEntries(kinds.map((k) => [`/pagefind/${k}`, { bytes: PACKED, chunk: 64 }])));
		for (const kind of kinds) {
			const r = await fetch(`/pagefind/${kind}`);
			expect(r.ok, kind).toBe(true);
			expect(await bytesOf(r), kind).toEqual(SIGNED);
		}
		// A Request as well as a URL string.
		expect(await bytesOf(await fetch(new Request('https://kb.example/pagefind/index/en_2.pf_index')))).toEqual(SIGNED);
	});

	it('passes on untouched what it cannot or need not unpack, for Pagefind to unpack as before', async () => {
		const { fetch } = install({
			// Already unpacked (a server that sent it with Content-Encoding).
			'/pagefind/fragment/plain.pf_fragment': { bytes: SIGNED },
			// Too short a first chunk to tell: Pagefind's own gunzip reads it.
			'/pagefind/fragment/short.pf_fragment': { bytes: PACKED, chunk: 1 },
			// Not a packed kind, or not under the bundle.
			'/pagefind/kb-words/names-k.json': { bytes: PACKED },
			'/elsewhere/index/en_2.pf_index': { bytes: PACKED },
		});
		expect(await bytesOf(await fetch('/pagefind/fragment/plain.pf_fragment'))).toEqual(SIGNED);
		expect(await bytesOf(await fetch('/pagefind/fragment/short.pf_fragment'))).toEqual(PACKED);
		expect(await bytesOf(await fetch('/pagefind/kb-words/names-k.json'))).toEqual(PACKED);
		expect(await bytesOf(await fetch('/elsewhere/index/en_2.pf_index'))).toEqual(PACKED);
		const missing = await fetch('/pagefind/index/gone.pf_index');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('not found');
	});

	it('keeps the bundle the page names, and leaves fetch alone where the browser cannot unpack', async () => {
		const elsewhere = install({ '/search-index/index/en_2.pf_index': { bytes: PACKED }, '/pagefind/index/en_2.pf_index': { bytes: PACKED } }, { bundle: '/search-index/' });
		expect(await bytesOf(await elsewhere.fetch('/search-index/index/en_2.pf_index'))).toEqual(SIGNED);
		expect(await bytesOf(await elsewhere.fetch('/pagefind/index/en_2.pf_index'))).toEqual(PACKED);
		const old = install({}, { decompression: false });
		expect(old.fetch).toBe(old.original);
	});
});
