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

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/**
 * Linked data for an entity page: type, names, description and the main dated facts, so
 * that machines read the page as people do. Every fact here is one the page shows and cites.
 */
export function entityJsonLd(entity: EntityInput, pageUrl: string, names: { name: string; others: string[] }, urlOf: (id: string) => string | undefined): Record<string, unknown> {
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
	const ref = (id: string | undefined) => (id && urlOf(id) ? { '@id': urlOf(id) } : undefined);
	if (entity.collection === 'treaties') {
		if (d.signed) ld.legislationDate = d.signed.iso;
		if (d.status === 'in-force') ld.legislationLegalForce = 'InForce';
		ld.legislationType = d.kind;
		if (d.parties?.length) ld.legislationJurisdiction = d.parties.map(ref).filter(Boolean);
	}
	if (entity.collection === 'organizations') {
		if (d.founded) ld.foundingDate = d.founded.iso;
		if (d.headquarters) ld.location = ref(d.headquarters);
		if (d.members?.length) ld.member = d.members.map((m: { ref: string }) => ref(m.ref)).filter(Boolean);
	}
	if (entity.collection === 'events') {
		// schema.org dates are ISO 8601; a decade ("1950s") has no such form and is left out.
		const iso = (date?: { iso: string; precision: string }) => (date && date.precision !== 'decade' ? date.iso : undefined);
		ld.startDate = iso(d.date ?? d.start);
		ld.endDate = iso(d.date ?? d.end);
		if (d.places?.length) ld.location = d.places.map(ref).filter(Boolean);
		const attendees = [...(d.participants ?? []), ...(d.organizations ?? [])].map(ref).filter(Boolean);
		if (attendees.length) ld.attendee = attendees;
		if (d.treaties?.length) ld.about = d.treaties.map(ref).filter(Boolean);
	}
	if (d.kind === 'person' && d.country) ld.nationality = ref(d.country);
	if (entity.collection === 'places' && d.country) ld.containedInPlace = ref(d.country);
	return Object.fromEntries(Object.entries(ld).filter(([, v]) => v !== undefined));
}

/**
 * Linked data for a dimension of the relationship: an Article in our words about the entities
 * it declares, citing the source articles it rests on, part of the overview of the relationship.
 */
export function dimensionJsonLd(input: { pageUrl: string; title: string; shortTitle: string; description: string; aliases: string[]; about: string[]; citations: string[]; partOf?: string }): Record<string, unknown> {
	const ld: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': 'Article',
		'@id': input.pageUrl,
		url: input.pageUrl,
		headline: input.title,
		name: input.title,
		alternateName: [input.shortTitle, ...input.aliases],
		description: input.description,
		about: input.about.map((id) => ({ '@id': id })),
		citation: input.citations.map((id) => ({ '@id': id })),
	};
	if (input.partOf) ld.isPartOf = { '@id': input.partOf };
	return ld;
}
