import { z } from 'zod';
import { entityBaseShape, requireCitations } from './entity';
import { entityRefSchema, nameText } from './ids';

export const PLACE_KINDS = [
	'capital', 'city', 'region', 'facility', 'cosmodrome', 'test-range', 'base',
	'pipeline', 'railway', 'corridor', 'sea', 'border', 'river', 'other',
] as const;

/** A name the place used to have, for redirects and search. */
export const formerNameSchema = z.strictObject({
	/** The former name: "Alma-Ata". */
	name: nameText('former name'),
	/** Years it was in use, as free text: "until 1993". */
	period: z.string().optional(),
});

/**
 * A point on the globe in decimal degrees (WGS 84), north and east positive:
 * `{ lat: 51.17, lon: 71.45 }` is Astana. Coordinates are facts from outside the articles, so
 * a place that has them names their source in `coordinatesSource` instead of citing a paragraph.
 */
export const coordinatesSchema = z.strictObject({
	/** Latitude, -90 (south pole) to 90 (north pole). */
	lat: z.number().min(-90, 'Latitude runs from -90 to 90: write decimal degrees, south negative, e.g. 51.17.').max(90, 'Latitude runs from -90 to 90: write decimal degrees, south negative, e.g. 51.17.'),
	/** Longitude, -180 to 180, east positive. */
	lon: z.number().min(-180, 'Longitude runs from -180 to 180: write decimal degrees, west negative, e.g. 71.45.').max(180, 'Longitude runs from -180 to 180: write decimal degrees, west negative, e.g. 71.45.'),
});

/**
 * A bare point on a route, optionally named: `{ lat: 19.08, lon: 72.88, name: Mumbai }`. Maps
 * name a route's end by it when the end lies beyond the picture's edge.
 */
export const routePointSchema = z.strictObject({
	...coordinatesSchema.shape,
	/** The town or site at this point, as the coordinates' source names it. */
	name: z.string().min(1).optional(),
});

/** One stop on a route: the id of a place that has coordinates, or a bare point. */
export const routeStopSchema = z.union([entityRefSchema, routePointSchema]);

/** A city, region, facility, pipeline or corridor the relations turn on. */
export const placeSchema = z
	.strictObject({
		...entityBaseShape,
		/** What sort of place it is. */
		kind: z.enum(PLACE_KINDS),
		/** Former names; also searchable and redirected like aliases. */
		formerNames: z.array(formerNameSchema).default([]),
		/** State it lies in; for a pipeline or corridor, leave unset and name the states in the text. */
		country: entityRefSchema.optional(),
		/** For a facility, base or cosmodrome: the state or organization that leases it from the host state (Baikonur: Russia). */
		leaseholder: entityRefSchema.optional(),
		/** For a facility, base, pipeline or cosmodrome: who runs it, when the sources say and it is not the leaseholder. */
		operator: entityRefSchema.optional(),
		/** Where the place is: a city's centre, a region's or facility's approximate centre. */
		coordinates: coordinatesSchema.optional(),
		/**
		 * For a pipeline, railway or corridor: the stops in order, each a place id (which must have
		 * coordinates) or a point. Maps draw it as a schematic line through these stops only.
		 */
		route: z.array(routeStopSchema).min(2, 'A route needs at least two stops: its two ends.').optional(),
		/** Where the coordinates and route points come from, e.g. "GeoNames / Wikipedia coordinates". */
		coordinatesSource: z.string().min(1).optional(),
	})
	.superRefine(requireCitations)
	.superRefine((data, ctx) => {
		const hasPoints = data.coordinates !== undefined || (data.route ?? []).some((stop) => typeof stop !== 'string');
		if (hasPoints && !data.coordinatesSource) {
			ctx.addIssue({ code: 'custom', path: ['coordinatesSource'], message: 'Coordinates are facts from outside the articles: say where they come from, e.g. `coordinatesSource: GeoNames / Wikipedia coordinates`.' });
		}
	});

export type PlaceData = z.output<typeof placeSchema>;
export type Coordinates = z.output<typeof coordinatesSchema>;
export type RouteStop = z.output<typeof routeStopSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
