import type { Entity, Site } from '../knowledge/site';
import { kazakhstanMap, locatorMap, placesByCountry, regionMap, type MapPicture, type MapPlace } from './map';

/** The places as the map builders take them, from the site's entities. */
export function mapPlaces(entities: Entity[]): MapPlace[] {
	return entities
		.filter((e) => e.collection === 'places')
		.map((e) => {
			const data = e.data as Record<string, any>;
			return { id: e.id, name: data.name, kind: data.kind, coordinates: data.coordinates, route: data.route, country: data.country };
		});
}

/** The map page's pictures: each drawn wide (desktop) and narrow (a phone, 300 units for a 288 px column). */
export interface SiteMaps {
	picture: MapPicture;
	narrow: MapPicture;
	kazakhstan: MapPicture;
	kazakhstanNarrow: MapPicture;
	places: MapPlace[];
}

let cached: SiteMaps | undefined;

/** The site maps, drawn once per build and shared by the map page and the bench. */
export function siteMap(site: Site): SiteMaps {
	if (!cached) {
		const places = mapPlaces(site.entities);
		cached = {
			picture: regionMap(places),
			narrow: regionMap(places, 300, 12.5),
			kazakhstan: kazakhstanMap(places),
			kazakhstanNarrow: kazakhstanMap(places, 300, 330, 12.5),
			places,
		};
	}
	return cached;
}

/** The locator inset of one place (at a width, for the share card), or undefined when it has no coordinates or route. */
export function siteLocator(site: Site, id: string, width?: number): MapPicture | undefined {
	const { places } = siteMap(site);
	const place = places.find((p) => p.id === id);
	return place ? locatorMap(place, places, width) : undefined;
}

export { placesByCountry };
