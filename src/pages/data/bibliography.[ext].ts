import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FORMATS, type CitationFormat, formatCitations } from '../../citations/formats';
import { getCitations } from '../../citations/site';

/** The whole corpus as one bibliography: /data/bibliography.bib, .ris and .json (CSL-JSON). */
export const getStaticPaths = (() =>
	(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({ params: { ext: CITATION_FORMATS[format].extension }, props: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const format = (props as { format: CitationFormat }).format;
	const items = [...(await getCitations()).values()].map((c) => c.item);
	return new Response(formatCitations(items, format), { headers: { 'content-type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` } });
};
