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
	})
	.superRefine(requireCitations);

export type PlaceData = z.output<typeof placeSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
