/**
 * Pagefind cleans every query (and every preload) by splitting it into grapheme clusters with an
 * `Intl.Segmenter`, to drop punctuation and lower-case what is left. Making the first segmenter
 * of a page loads the browser's segmentation data: 30–41 ms in Chromium on this machine, on the
 * main thread, in the middle of a first search, whatever the query's letters. A query of
 * printable ASCII needs none of it: there every character is a cluster of its own (the only
 * cluster of two ASCII characters is CR LF, which is not printable).
 *
 * So this puts a segmenter of its own in front of the browser's. It splits printable ASCII into
 * graphemes itself, character by character, and makes the browser's segmenter, once, the first
 * time it is given anything else (Cyrillic, accents, emoji, control characters) or asked for
 * another granularity. A malformed locale still throws as the segmenter is made
 * (`Intl.getCanonicalLocales`, which Pagefind calls just before anyway; asking `supportedLocalesOf`
 * there instead cost most of the gain back). It has only what Pagefind asks of a segmenter,
 * `segment`, whose answer it iterates: nothing else on the search page makes one, and the search
 * page's JavaScript budget (10 KB) has no room for the rest of the interface. Both are tested:
 * the splits against the browser's own on ASCII, Cyrillic, combining marks, emoji and CR LF
 * (tests/unit/search/ascii-graphemes.test.ts), and the built pages' code for any other use of a
 * segmenter (tests/build/budgets.test.ts).
 *
 * A function's source, run by the search page's head start (src/search/search-start.ts) before
 * Pagefind is imported, for the same reasons as its unpacking (src/search/native-unpack.ts):
 * inline, allowed by hash, on the search page only. It replaces the head start's warm-up, which
 * made a segmenter early so that its data loaded while the page waited for its files: here the
 * page hardly waits, and the warm-up only moved the 30–41 ms earlier. Measured on /search/?q=…
 * against the build with the warm-up (the bench's three queries, five runs of 15–21 alternating
 * loads): the first result came 3–53 ms sooner, about 25 ms typically. Comments stay out of the
 * string, which the page carries.
 */
export const ASCII_GRAPHEMES = `() => {
	const Native = self.Intl?.Segmenter;
	if (!Native) return;
	Intl.Segmenter = function (locales, options) {
		Intl.getCanonicalLocales(locales);
		let native;
		return {
			segment(text) {
				const input = String(text);
				if ((options?.granularity ?? 'grapheme') !== 'grapheme' || /[^ -~]/.test(input)) return (native ??= new Native(locales, options)).segment(input);
				return [...input].map((segment, index) => ({ segment, index, input }));
			},
		};
	};
}`;
