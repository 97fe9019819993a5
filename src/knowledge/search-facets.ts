import { formatPartialDate, type PartialDate } from '../schemas/date';

/** What search knows about a page beyond its text: its type, date and countries. */
export interface SearchFacets {
	type: string;
	date?: PartialDate;
	countries: string[];
}

type EntityInput = { collection: string; data: Record<string, any> };

/**
 * The date a search result shows and filters by: a treaty's signature, an organization's
 * founding, an event's date or start, a person's first office; places, states and groups have none.
 */
export function facetDate(entity: EntityInput): PartialDate | undefined {
	const d = entity.data;
	return d.signed ?? d.inForce ?? d.founded ?? d.date ?? d.start ?? d.roles?.find((r: { from?: PartialDate }) => r.from)?.from;
}

/** The states a page concerns, by id: a person's or place's country, a treaty's state parties, an organization's state members, an event's state participants. */
export function facetCountries(entity: EntityInput, isState: (id: string) => boolean): string[] {
	const d = entity.data;
	const ids: string[] = [];
	if (d.country) ids.push(d.country);
	for (const party of d.parties ?? []) ids.push(party);
	for (const member of d.members ?? []) ids.push(member.ref);
	for (const participant of d.participants ?? []) ids.push(participant);
	return [...new Set(ids.filter(isState))];
}


/**
 * The dates a search result's label shows beside its type, the ones that matter for what it is:
 * a person's offices with their years ("President from 1990", "Prime Minister 1999–2008"), an
 * event's span ("2004–2005"), otherwise the page's date ("2013"). Undefined when it has none.
 */
export function searchWhen(entity: EntityInput): string | undefined {
	const d = entity.data;
	const year = (p: PartialDate) => String(p.year);
	const roles = ((d.roles ?? []) as Array<{ title: string; from?: PartialDate; to?: PartialDate }>).filter((r) => r.from || r.to);
	if (roles.length) {
		const span = (r: (typeof roles)[number]) => (r.from && r.to ? `${year(r.from)}–${year(r.to)}` : r.from ? `from ${year(r.from)}` : `until ${year(r.to!)}`);
		return roles.slice(0, 2).map((r) => `${r.title} ${span(r)}`).join(', ') + (roles.length > 2 ? ` +${roles.length - 2}` : '');
	}
	if (d.start) return d.end ? (d.start.year === d.end.year ? formatPartialDate(d.start) : `${year(d.start)}–${year(d.end)}`) : `${formatPartialDate(d.start)}–`;
	const date = facetDate(entity);
	return date && formatPartialDate(date);
}
