import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NATIVE_UNPACK } from '../../../src/search/native-unpack';
import { SEARCH_START } from '../../../src/search/search-start';

// The function the search page's head start runs, evaluated as the page has it, with Node's own
// fetch types (Response, ReadableStream, DecompressionStream) and a fetch that answers from a table
// of bodies, each sent in chunks of a given size.
const ORIGIN = 'https://kb.example';
const SIGNED = new TextEncoder().encode(`pagefind_dcd${JSON.stringify({ url: '/articles/x/', content: 'Kazakhstan '.repeat(200) })}`);
const PACKED = new Uint8Array(gzipSync(SIGNED));

type Fetch = (input: string) => Promise<Response>;
type Body = { bytes: Uint8Array; status?: number; chunk?: number };

/** Runs the unpacker on a page of ORIGIN whose bundle is `bundle`; returns the page's fetch afterwards and the one it replaced. */
function install(bodies: Record<string, Body>, options: { bundle?: string; decompression?: boolean } = {}) {
	const original: Fetch = async (input) => {
		const url = new URL(input, `${ORIGIN}/search/`).href;
		const body = bodies[url] ?? { bytes: new TextEncoder().encode('not found'), status: 404 };
		const size = body.chunk ?? 1000;
		const chunks = Array.from({ length: Math.ceil(body.bytes.length / size) }, (_, i) => body.bytes.slice(i * size, (i + 1) * size));
		const stream = new ReadableStream<Uint8Array>({
			pull(c) {
				const next = chunks.shift();
				if (next) c.enqueue(next);
				else c.close();
			},
		});
		const response = new Response(stream, { status: body.status ?? 200, headers: { 'content-type': 'application/octet-stream' } });
		// As a browser's: the URL it was fetched from.
		Object.defineProperty(response, 'url', { value: url });
		return response;
	};
	const self = { fetch: original, DecompressionStream: options.decompression === false ? undefined : DecompressionStream };
	const unpack = new Function('self', 'location', 'DecompressionStream', `return ${NATIVE_UNPACK};`)(self, { origin: ORIGIN }, self.DecompressionStream) as (bundle: string) => void;
	unpack(options.bundle ?? '/pagefind/');
	return { fetch: self.fetch as Fetch, original };
}

const bytesOf = async (r: Response) => new Uint8Array(await r.arrayBuffer());
const at = (path: string, body: Body) => ({ [`${ORIGIN}${path}`]: body });

describe('Pagefind’s files unpacked by the browser (src/search/native-unpack.ts)', () => {
	it('is run by the search page’s head start before it imports Pagefind', () => {
		expect(SEARCH_START).toContain(`(${NATIVE_UNPACK})(bundle);`);
		expect(SEARCH_START.indexOf(NATIVE_UNPACK)).toBeLessThan(SEARCH_START.indexOf("import(bundle + 'pagefind.js')"));
	});

	it('unpacks each packed kind of file under the bundle as it arrives: what Pagefind reads begins with its signature', async () => {
		const kinds = ['wasm.en.pagefind', 'pagefind.en_1.pf_meta', 'index/en_2.pf_index', 'filter/en_3.pf_filter', 'fragment/en_4.pf_fragment'];
		const { fetch } = install(Object.assign({}, ...kinds.map((k) => at(`/pagefind/${k}`, { bytes: PACKED, chunk: 64 }))));
		for (const kind of kinds) {
			const r = await fetch(`/pagefind/${kind}`);
			expect(r.ok, kind).toBe(true);
			expect(await bytesOf(r), kind).toEqual(SIGNED);
		}
	});

	it('passes on untouched what it cannot or need not unpack, for Pagefind to unpack as before', async () => {
		const { fetch } = install({
			// Already unpacked (a server that sent it with Content-Encoding).
			...at('/pagefind/fragment/plain.pf_fragment', { bytes: SIGNED }),
			// Too short a first chunk to tell: Pagefind's own gunzip reads it.
			...at('/pagefind/fragment/short.pf_fragment', { bytes: PACKED, chunk: 1 }),
			// Not a packed kind, not under the bundle, not this origin.
			...at('/pagefind/kb-words/names-k.json', { bytes: PACKED }),
			...at('/elsewhere/index/en_2.pf_index', { bytes: PACKED }),
			'https://other.example/pagefind/index/en_2.pf_index': { bytes: PACKED },
		});
		expect(await bytesOf(await fetch('/pagefind/fragment/plain.pf_fragment'))).toEqual(SIGNED);
		expect(await bytesOf(await fetch('/pagefind/fragment/short.pf_fragment'))).toEqual(PACKED);
		expect(await bytesOf(await fetch('/pagefind/kb-words/names-k.json'))).toEqual(PACKED);
		expect(await bytesOf(await fetch('/elsewhere/index/en_2.pf_index'))).toEqual(PACKED);
		expect(await bytesOf(await fetch('https://other.example/pagefind/index/en_2.pf_index'))).toEqual(PACKED);
		const missing = await fetch('/pagefind/index/gone.pf_index');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('not found');
	});

	it('keeps to the bundle it is given, and leaves fetch alone where the browser cannot unpack', async () => {
		const elsewhere = install({ ...at('/search-index/index/en_2.pf_index', { bytes: PACKED }), ...at('/pagefind/index/en_2.pf_index', { bytes: PACKED }) }, { bundle: '/search-index/' });
		expect(await bytesOf(await elsewhere.fetch('/search-index/index/en_2.pf_index'))).toEqual(SIGNED);
		expect(await bytesOf(await elsewhere.fetch('/pagefind/index/en_2.pf_index'))).toEqual(PACKED);
		const old = install({}, { decompression: false });
		expect(old.fetch).toBe(old.original);
	});
});
