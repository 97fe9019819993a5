import type { PartialDate } from '../schemas/date';

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

