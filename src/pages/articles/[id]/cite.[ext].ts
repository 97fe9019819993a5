import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FORMATS, type CitationFormat, formatCitations } from '../../../citations/formats';
import { getCitations } from '../../../citations/site';

/** Each article's citation as a file: /articles/<id>/cite.bib, cite.ris and cite.json (CSL-JSON). */
export const getStaticPaths = (async () => {
	const citations = await getCitations();
	return [...citations.keys()].flatMap((id) =>
		(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({ params: { id, ext: CITATION_FORMATS[format].extension }, props: { format } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const format = (props as { format: CitationFormat }).format;
	const citation = (await getCitations()).get(params.id!)!;
	return new Response(formatCitations([citation.item], format), { headers: { 'content-type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` } });
};
