/**
 * Pagefind's files (its WebAssembly, meta, index, filter and fragment files) are gzip'd, and
 * pagefind.js unpacks each with a gunzip written in JavaScript, on the page's main thread, in code
 * not yet optimised on a first search. This hands Pagefind those files already unpacked by the
 * browser's own DecompressionStream, as they arrive. Pagefind accepts that by design: its unpacked
 * data begins with a signature ("pagefind_dcd") that it looks for first, so that a server which
 * sends the files with Content-Encoding works too (Pagefind pull request #28).
 *
 * Measured on /search/?q=… against the build before it (the bench's three queries, 21 alternating
 * loads each, in both orders): the first result came 49–98 ms sooner. Reading the whole file first,
 * to look at its first bytes before choosing, kept little of the gain (0–16 ms sooner where the
 * streaming version gained 35–58), so it looks at the first chunk only.
 *
 * Whatever it cannot unpack, it passes on untouched and Pagefind unpacks it as before: a browser
 * without DecompressionStream, a response that is not ok, or bytes that do not begin as gzip does
 * (a file the browser has already unpacked because the server sent it with Content-Encoding). Only
 * this origin's requests under the bundle for Pagefind's packed kinds of file are touched.
 *
 * A function's source, run by the search page's head start (src/search/search-start.ts) with the
 * bundle's path before Pagefind is imported, so it is in place for Pagefind's first file. Only the
 * search page runs it: inline on every page for the header's dialog, it took the reading pages past
 * their 5 KB budget of JavaScript. Comments stay out of the string, which the page carries.
 */
export const NATIVE_UNPACK = `(bundle) => {
	if (!self.DecompressionStream) return;
	const fetch = self.fetch;
	self.fetch = async (...request) => {
		const r = await fetch(...request);
		if (!r.ok || !r.body || !r.url.startsWith(location.origin + bundle) || !/\\.(pagefind|pf_\\w+)$/.test(r.url)) return r;
		const [peek, body] = r.body.tee();
		const reader = peek.getReader();
		const { value } = await reader.read();
		reader.cancel();
		return new Response(value?.[0] === 31 && value[1] === 139 ? body.pipeThrough(new DecompressionStream('gzip')) : body, r);
	};
}`;
