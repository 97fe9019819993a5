import { z } from 'zod';
import { citationsSchema } from './citation';
import { partialDateSchema } from './date';
import { entityRefSchema, nameText } from './ids';

/** Names of an entity in Cyrillic scripts, for readers who search in them. */
export const nativeNamesSchema = z.strictObject({
	/** Russian, e.g. "Касым-Жомарт Токаев". */
	ru: nameText('Russian name').optional(),
	/** Kazakh, e.g. "Қасым-Жомарт Тоқаев". */
	kk: nameText('Kazakh name').optional(),
});

/**
 * One figure as a source gives it. Several claims under one topic are shown side by side
 * instead of picking one, and are collected on the "Contested figures" page.
 */
export const figureClaimSchema = z.strictObject({
	/** The figure in the source's own terms: "more than 7.5 thousand km". */
	value: z.string().min(1),
	/** Optional qualification in our words: "as of 2014". */
	note: z.string().optional(),
	/** Where the source states it. */
	cite: citationsSchema,
});

/** A quantity or date on which sources may disagree. */
export const figureSchema = z.strictObject({
	/** What is measured: "Length of the Russia–Kazakhstan border". */
	topic: z.string().min(1),
	/** Each source's figure. */
	claims: z.array(figureClaimSchema).min(1),
});

/**
 * A dated item on an entity's timeline, as an article reports it, in our words. Something
 * that has a page of its own belongs in content/events/ instead; an item about such an event
 * (a reaction to it, a step in it) names it in `event` so that the timeline links to its page.
 */
export const timelineItemSchema = z.strictObject({
	/** When, at the precision the article gives. */
	date: partialDateSchema,
	/** What happened, one short sentence in our own words. */
	text: z.string().min(1).max(240),
	/** The event page this item is about, by id (content/events/), if there is one. */
	event: entityRefSchema.optional(),
	/** Where the article reports it. */
	cite: citationsSchema,
});

/** A former address of a page, `collection/id` (`treaties/virgin-lands-campaign`). */
export const formerPathSchema = z
	.string()
	.regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A former address is written "collection/id", e.g. "treaties/virgin-lands-campaign".');

/**
 * An entity the prose names that the infobox and relations rightly leave out, and why: "a
 * partner, not a member", "where the treaty was discussed". The content check
 * (tests/unit/knowledge/infobox-coverage.test.ts) lists every prose reference of the kinds an
 * infobox holds (members, parties) that is neither in the facts nor explained here.
 */
export const unrelatedMentionSchema = z.strictObject({
	/** The entity named in the prose. */
	ref: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id: lower-case words joined by hyphens'),
	/** Why it is not a fact of this entity, in a few words. */
	reason: z.string().min(8),
});

/**
 * Fields every entity page shares. Every fact field other than names must be cited in
 * `cite.<field>` (or carry its own `cite` for list items); see requireCitations below.
 */
export const entityBaseShape = {
	/** Canonical name, as an English reader would look for it. */
	name: nameText('name'),
	/**
	 * Other names readers search for: spellings the sources use, transliterations
	 * (Tokaev/Tokayev), acronyms in English and Russian, former names. Each must be unique
	 * across all entities.
	 */
	aliases: z.array(nameText('alias')).default([]),
	/** Names in Russian and Kazakh Cyrillic. */
	native: nativeNamesSchema.default({}),
	/** One sentence in our own words, used for previews, search results and meta descriptions. */
	description: z.string().min(1).max(200),
	/** Dated events the articles report about this entity; they feed its page and the timeline. */
	events: z.array(timelineItemSchema).default([]),
	/**
	 * Addresses this page had before it moved (to another collection, or under another id),
	 * written `collection/id`: each stays a working URL that redirects here, so links keep working.
	 */
	formerPaths: z.array(formerPathSchema).default([]),
	/** Figures on which the sources disagree or which they state, each with its source. */
	figures: z.array(figureSchema).default([]),
	/** Entities the prose names but the facts rightly leave out, each with its reason. */
	unrelatedMentions: z.array(unrelatedMentionSchema).default([]),
	/** Citations for the scalar fact fields, keyed by field name: `cite: { signed: [...] }`. */
	cite: z.record(z.string(), citationsSchema).default({}),
};

/** Fields that are names, not facts: they need no citation. */
const NAME_FIELDS = new Set(['unrelatedMentions', 'name', 'aliases', 'native', 'description', 'figures', 'events', 'cite', 'kind', 'shortTitle', 'title', 'acronym', 'formerNames', 'formerPaths', 'roles', 'members',
	// A place's coordinates and route come from outside the articles and name their source instead.
	'coordinates', 'route', 'coordinatesSource',
	// An actor's relations carry their own citations, one per characterisation.
	'relations']);

/**
 * Every fact field that is set must have `cite.<field>`; every cited field must exist.
 * Lists of objects (roles, members, figures) carry their own `cite` and are exempt here.
 */
export function requireCitations(data: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const cite = (data.cite ?? {}) as Record<string, unknown>;
	for (const [field, value] of Object.entries(data)) {
		if (NAME_FIELDS.has(field) || value === undefined) continue;
		if (Array.isArray(value) && value.length === 0) continue;
		if (!cite[field]) {
			ctx.addIssue({
				code: 'custom',
				path: ['cite', field],
				message: `"${field}" is a fact and needs a source: add \`cite: { ${field}: [article-id#p-anchor] }\`.`,
			});
		}
	}
	for (const field of Object.keys(cite)) {
		if (data[field] === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['cite', field],
				message: `cite.${field} cites a field that is not set: remove it or set "${field}".`,
			});
		}
	}
}
