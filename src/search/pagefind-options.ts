/**
 * How the site starts Pagefind, shared by the search box (src/search/ui.ts) and the search
 * page's head start (src/search/search-start.ts), which starts it before the box's code arrives.
 */

/** Pagefind ranking for a knowledge base; measured by the questions in tests/e2e/search.test.ts. */
export const RANKING = {
	pageLength: 0.75,
	termFrequency: 1.0,
	termSaturation: 1.2,
	termSimilarity: 1.0,
	// A title match would add to a page's score on top of its text; names are found by exact-name
	// promotion instead, and article paragraphs have no title words to match.
	metaWeights: { title: 0 },
};

/**
 * Pagefind's options for a bundle, all given before `init` so that they apply as it starts: set
 * after, the ranking would wait for Pagefind to be ready. No worker: a main-thread search over
 * this index takes milliseconds, the worker costs 13 KB more. The meta cache tag is added where
 * the page preloads the entry file (src/integrations/pagefind.ts); elsewhere Pagefind uses its own.
 */
export function pagefindOptions(bundle: string) {
	return { noWorker: true, baseUrl: bundle.replace(/pagefind\/$/, ''), ranking: RANKING, excerptLength: 26 };
}
