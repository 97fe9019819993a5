import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/client/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };
const link = (left: number, top: number) => ({ left, top, bottom: top + 20 });
const inside = (p: { left: number; top: number }, c = card, v = viewport) => p.left >= 8 && p.top >= 8 && p.left + c.width <= v.width - 8 && p.top + c.height <= v.height - 8;

describe('placing a preview card', () => {
	it('goes under its link when there is room', () => {
		expect(placeCard(link(100, 100), card, viewport)).toEqual({ left: 100, top: 126 });
	});

	it('goes above its link near the bottom edge', () => {
		const p = placeCard(link(100, 700), card, viewport);
		expect(p).toEqual({ left: 100, top: 494 });
		expect(inside(p)).toBe(true);
	});

	it('stays inside near the right and left edges', () => {
		expect(placeCard(link(950, 100), card, viewport).left).toBe(1000 - 320 - 8);
		expect(placeCard(link(-40, 100), card, viewport).left).toBe(8);
	});

	it('stays inside near the top edge and in a window too short for either side', () => {
		expect(inside(placeCard(link(100, 2), card, viewport))).toBe(true);
		const short = { width: 1000, height: 300 };
		expect(inside(placeCard(link(100, 140), card, short), card, short)).toBe(true);
	});

	it('keeps the card inside at every link position of a narrow window', () => {
		const phone = { width: 320, height: 560 };
		const small = { width: 304, height: 180 };
		for (let x = -10; x <= 330; x += 20) for (let y = 0; y <= 560; y += 20) expect(inside(placeCard(link(x, y), small, phone), small, phone)).toBe(true);
	});
});
