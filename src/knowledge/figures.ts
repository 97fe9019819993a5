import { toSlug } from '../utils/names';
import type { Citation } from '../schemas/citation';

export interface FigureClaim {
	value: string;
	note?: string;
	cite: Citation[];
}

/** A figure on which at least two sources give different values, with the entity it belongs to. */
export interface ContestedFigure {
	collection: string;
	id: string;
	name: string;
	topic: string;
	claims: FigureClaim[];
}

type FigureInput = { collection: string; id: string; name: string; figures: Array<{ topic: string; claims: FigureClaim[] }> };

/** True when the sources give different values (case and surrounding space aside). */
export function isContested(claims: FigureClaim[]): boolean {
	const values = new Set(claims.map((c) => c.value.trim().toLowerCase()));
	return values.size > 1;
}

/** Every contested figure across the entities, ordered by topic. */
export function contestedFigures(entities: FigureInput[]): ContestedFigure[] {
	return entities
		.flatMap((e) => e.figures.filter((f) => isContested(f.claims)).map((f) => ({ collection: e.collection, id: e.id, name: e.name, topic: f.topic, claims: f.claims })))
		.sort((a, b) => a.topic.localeCompare(b.topic, 'en'));
}

/** Id of a figure's table on the Contested figures page, so an article can link straight to it. */
export function figureAnchor(topic: string): string {
	return `figure-${toSlug(topic)}`;
}

/** A contested figure stated in one article paragraph. */
export interface FigureFlag {
	topic: string;
	anchor: string;
}

/**
 * For each article paragraph (`article#p-anchor`) that states a contested figure, the figures it
 * states, so the article can flag them where the reader meets them and link to the comparison.
 */
export function figureFlags(entities: Array<{ figures?: Array<{ topic: string; claims: FigureClaim[] }> }>): Map<string, FigureFlag[]> {
	const flags = new Map<string, FigureFlag[]>();
	for (const e of entities) {
		for (const figure of e.figures ?? []) {
			if (!isContested(figure.claims)) continue;
			for (const claim of figure.claims) {
				for (const c of claim.cite) {
					const key = `${c.article}#${c.anchor}`;
					const list = flags.get(key) ?? [];
					if (!list.some((f) => f.topic === figure.topic)) list.push({ topic: figure.topic, anchor: figureAnchor(figure.topic) });
					flags.set(key, list);
				}
			}
		}
	}
	return flags;
}
