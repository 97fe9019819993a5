/** A rectangle in viewport coordinates (what getBoundingClientRect returns). */
export interface Box {
	left: number;
	top: number;
	bottom: number;
}

/**
 * Where a preview card goes, in viewport coordinates: under its link if it fits, else above
 * it, else as low as the window allows; never past an edge of the window (`margin` from each).
 * Pure, so the edge cases are unit-tested; the element adds the scroll offsets.
 */
export function placeCard(link: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, margin = 8): { left: number; top: number } {
	const left = Math.max(margin, Math.min(link.left, viewport.width - card.width - margin));
	const below = link.bottom + gap;
	const above = link.top - gap - card.height;
	const lowest = viewport.height - margin - card.height;
	let top: number;
	if (below >= margin && below <= lowest) top = below;
	else if (above >= margin) top = Math.min(above, lowest);
	else top = Math.max(margin, lowest);
	return { left, top };
}
