import { url } from '../utils/paths';

/** A `<link rel="alternate">`: the same content in another format. */
export interface Alternate {
	type: string;
	href: string;
	title: string;
}

/** On every page: the Atom feed of the articles and the whole knowledge base as JSON. */
export const SITE_ALTERNATES: Alternate[] = [
	{ type: 'application/atom+xml', href: url('articles/feed.xml'), title: 'Articles (Atom feed)' },
	{ type: 'application/json', href: url('data/knowledge-base.json'), title: 'The knowledge base (JSON)' },
];
