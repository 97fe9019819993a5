/**
 * Pagefind ranking for a knowledge base. By default Pagefind favours short pages strongly
 * (BM25 length normalisation), which puts a two-paragraph page that merely names "CSTO"
 * above the CSTO's own page. Entity pages carry their names in weighted elements (title 10,
 * "Also known as" 8), so we let term frequency and weight decide and damp page length.
 */
export const RANKING = {
	pageLength: 0.5,
	termFrequency: 1.0,
	termSaturation: 1.6,
	termSimilarity: 1.0,
};

/** Applies the site's options to a Component UI instance before its index loads. */
export function configurePagefind(bundlePath: string, name = 'default'): any {
	return (window as any).PagefindComponents.configureInstance(name, { bundlePath, ranking: RANKING, highlightParam: 'highlight' });
}
