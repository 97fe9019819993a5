import { authorKind } from '../citations/authors';
import type { ArticleData, ArticleKind } from '../schemas/article';
import type { PartialDate } from '../schemas/date';

/** schema.org type for each kind of entity. */
export function schemaType(collection: string, kind: string): string {
	if (collection === 'treaties') return 'Legislation';
	if (collection === 'organizations') return 'Organization';
	if (collection === 'places') return 'Place';
	if (collection === 'events') return 'Event';
	if (kind === 'person') return 'Person';
	if (kind === 'state') return 'Country';
	return 'Thing';
}

/** Another page of the site as a node: its type, address and name, with a place's point where known. */
export interface LdRef {
	'@type': string;
	'@id': string;
	name: string;
	geo?: GeoCoordinates;
}

type GeoCoordinates = { '@type': 'GeoCoordinates'; latitude: number; longitude: number };

/** Finds an entity by id as a node, or undefined when there is no such page. */
export type RefOf = (id: string) => LdRef | undefined;

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/** A place's point as schema.org GeoCoordinates (WGS 84 decimal degrees, as the content stores them). */
export function geoOf(coordinates: { lat: number; lon: number } | undefined): GeoCoordinates | undefined {
	return coordinates ? { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon } : undefined;
}

/**
 * A date as schema.org reads it: ISO 8601 at the precision the sources give ("1991",
 * "2022-01", "1998-07-06"). A decade ("1950s") has no ISO 8601 form schema.org accepts, and a
 * year would invent a precision, so it is left out.
 */
function isoDate(date: PartialDate | undefined): string | undefined {
	return date && date.precision !== 'decade' ? date.iso : undefined;
}

// The types schema.org allows as values of the properties below (their "range"), as the subset
// our nodes can have: a Country is a Place (an AdministrativeArea), never an Organization.
const AGENT = new Set(['Person', 'Organization']);
const PLACE = new Set(['Place', 'Country']);
const ADMINISTRATIVE_AREA = new Set(['Country']);

/** The refs whose node type schema.org allows for a property, in the order given. */
function refsOf(ids: (string | undefined)[], refOf: RefOf, allowed?: Set<string>): LdRef[] {
	return ids.flatMap((id) => {
		const ref = id ? refOf(id) : undefined;
		return ref && (!allowed || allowed.has(ref['@type'])) ? [ref] : [];
	});
}

/** A list property: always a list (one shape for consumers), left out when empty. */
function list<T>(items: T[]): T[] | undefined {
	return items.length === 0 ? undefined : items;
}

// LegalForceStatus members for the treaty statuses that say whether it binds now.
const LEGAL_FORCE: Record<string, string> = {
	'in-force': 'https://schema.org/InForce',
	expired: 'https://schema.org/NotInForce',
	terminated: 'https://schema.org/NotInForce',
	superseded: 'https://schema.org/NotInForce',
};

function clean(ld: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(ld).filter(([, v]) => v !== undefined));
}

/**
 * Linked data for an entity page: type, names, description and the main dated facts, so
 * that machines read the page as people do. Every fact here is one the page shows and cites,
 * and every property is used with a value of a type schema.org defines for it.
 */
export function entityJsonLd(entity: EntityInput, pageUrl: string, names: { name: string; others: string[] }, refOf: RefOf): Record<string, unknown> {
	const d = entity.data;
	const ld: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': schemaType(entity.collection, d.kind),
		'@id': pageUrl,
		url: pageUrl,
		name: names.name,
		description: d.description,
	};
	if (names.others.length) ld.alternateName = names.others;
	if (entity.collection === 'treaties') {
		// legislationDate is "the date of adoption or signature"; entry into force is when the
		// treaty starts to apply; `expires` is when it stops being valid.
		ld.legislationDate = isoDate(d.signed);
		ld.legislationDateOfApplicability = isoDate(d.inForce);
		ld.expires = isoDate(d.expires);
		ld.legislationLegalForce = LEGAL_FORCE[d.status];
		ld.legislationType = d.kind;
		// The jurisdiction is an AdministrativeArea: the states party to it, never an organization.
		ld.legislationJurisdiction = list(refsOf(d.parties ?? [], refOf, ADMINISTRATIVE_AREA));
		ld.locationCreated = refsOf([d.place], refOf, PLACE)[0];
	}
	if (entity.collection === 'organizations') {
		ld.foundingDate = isoDate(d.founded);
		ld.location = refsOf([d.headquarters], refOf, PLACE)[0];
		// `member` takes people and organizations; member states are named on the page and in the export.
		ld.member = list(refsOf((d.members ?? []).map((m: { ref: string }) => m.ref), refOf, AGENT));
	}
	if (entity.collection === 'events') {
		ld.startDate = isoDate(d.date ?? d.start);
		ld.endDate = isoDate(d.date ?? d.end);
		ld.location = list(refsOf(d.places ?? [], refOf, PLACE));
		ld.attendee = list(refsOf([...(d.participants ?? []), ...(d.organizations ?? [])], refOf, AGENT));
		ld.about = list(refsOf(d.treaties ?? [], refOf));
	}
	if (d.kind === 'person' && d.country) ld.nationality = refsOf([d.country], refOf, ADMINISTRATIVE_AREA)[0];
	if (entity.collection === 'places') {
		ld.geo = geoOf(d.coordinates);
		ld.containedInPlace = refsOf([d.country], refOf, PLACE)[0];
	}
	return clean(ld);
}

/**
 * The schema.org type of an article by its `kind`: a journal article is a ScholarlyArticle, a
 * student dissertation a Thesis, a report a Report, a newspaper article a NewsArticle, a blog post
 * a BlogPosting; a magazine or web article is an Article (schema.org's NewsArticle is for news).
 */
export const ARTICLE_TYPES: Record<ArticleKind, string> = {
	'journal-article': 'ScholarlyArticle',
	'magazine-article': 'Article',
	'newspaper-article': 'NewsArticle',
	'blog-post': 'BlogPosting',
	'web-article': 'Article',
	report: 'Report',
	dissertation: 'Thesis',
};

// Where each kind appears: a periodical (journal, magazine, newspaper) or a website.
const PERIODICAL_KINDS = new Set<ArticleKind>(['journal-article', 'magazine-article', 'newspaper-article']);


/**
 * Linked data for an article page: what sort of work it is, its headline, authors (a Person,
 * or an Organization when the author is an institution with a page), date, publisher and the
 * periodical or website it is part of. `url` is this page; `sameAs` the original's address.
 */
export function articleJsonLd(article: { id: string; data: ArticleData }, pageUrl: string, refOf: RefOf): Record<string, unknown> {
	const d = article.data;
	const authors = d.authors
		.filter((a) => authorKind(a) !== 'unknown')
		.map((a) => {
			// The same rule every citation format follows (src/citations/authors.ts).
			const institution = authorKind(a) === 'institution';
			const page = institution ? (a.organization ?? a.actor) : (a.actor ?? a.organization);
			const ref = page ? refOf(page) : undefined;
			return clean({ '@type': institution ? 'Organization' : 'Person', '@id': ref?.['@id'], name: a.name });
		});
	const venue = d.publication.organization ? refOf(d.publication.organization) : undefined;
	const container = clean({
		'@type': PERIODICAL_KINDS.has(d.kind) ? 'Periodical' : 'WebSite',
		name: d.publication.name,
		url: d.publication.url,
	});
	return clean({
		'@context': 'https://schema.org',
		'@type': ARTICLE_TYPES[d.kind],
		'@id': pageUrl,
		url: pageUrl,
		sameAs: d.source.url,
		headline: d.title,
		name: d.title,
		abstract: d.abstract,
		inLanguage: d.language,
		author: list(authors),
		datePublished: isoDate(d.published),
		// The venue publishes the work; it is an Organization (with its page when there is one).
		publisher: clean({ '@type': 'Organization', '@id': venue?.['@id'], name: d.publication.name, url: d.publication.url }),
		// An issue ("No. 83") is a PublicationIssue of the periodical.
		isPartOf: d.publication.issue ? { '@type': 'PublicationIssue', issueNumber: d.publication.issue, isPartOf: container } : container,
	});
}

/**
 * Linked data for a dimension of the relationship: an Article in our words about the entities
 * it declares, citing the source articles it rests on, part of the overview of the relationship.
 */
export function dimensionJsonLd(input: { pageUrl: string; title: string; shortTitle: string; description: string; aliases: string[]; about: LdRef[]; citations: LdRef[]; partOf?: LdRef }): Record<string, unknown> {
	// Every node carries its type and name: schema.org's `about` takes a Thing, `citation` and
	// `isPartOf` a CreativeWork, and a bare {"@id"} is neither.
	const ld: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': 'Article',
		'@id': input.pageUrl,
		url: input.pageUrl,
		headline: input.title,
		name: input.title,
		alternateName: [input.shortTitle, ...input.aliases],
		description: input.description,
		about: list(input.about),
		citation: list(input.citations),
		isPartOf: input.partOf,
	};
	return clean(ld);
}
