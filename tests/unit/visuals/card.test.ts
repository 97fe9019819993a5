import { describe, expect, it } from 'vitest';
import { cardPath } from '../../../src/knowledge/card-path';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, locatorSvg } from '../../../src/visuals/card';
import { cardKey } from '../../../src/visuals/card-cache';
import { cardPng, cardSvg } from '../../../src/visuals/card-render';
import { locatorMap } from '../../../src/visuals/map';

const almaty = { id: 'almaty', name: 'Almaty', kind: 'city', coordinates: { lat: 43.24, lon: 76.89 } };
const astana = { id: 'astana', name: 'Astana', kind: 'capital', coordinates: { lat: 51.17, lon: 71.45 } };
const locator = locatorMap(almaty, [almaty, astana], 460)!;

describe('share card paths', () => {
	it('maps a page path to its card file, the home page and 404 included', () => {
		expect(cardPath('')).toBe('cards/index.png');
		expect(cardPath('/')).toBe('cards/index.png');
		expect(cardPath('actors/kazakhstan/')).toBe('cards/actors/kazakhstan.png');
		expect(cardPath('/articles/')).toBe('cards/articles.png');
		expect(cardPath('/404')).toBe('cards/404.png');
		expect(cardPath('404.html')).toBe('cards/404.png');
	});
});

describe('share card picture', () => {
	it('draws the locator with its colours written in and no text (the renderer loads no system fonts)', () => {
		const svg = locatorSvg(locator);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="460"/);
		expect(svg).toContain('<circle');
		expect(svg).not.toContain('<text');
		expect(svg).not.toContain('class=');
	});

	it('puts the locator beside the title on a place card only', () => {
		const json = (tree: unknown) => JSON.stringify(tree);
		expect(json(cardTree({ title: 'Almaty', type: 'Place · City', locator }, 'Site'))).toContain('data:image/svg+xml;base64,');
		expect(json(cardTree({ title: 'Kazakhstan', type: 'Actor · State' }, 'Site'))).not.toContain('data:image');
	});

	it('renders text as paths with the bundled fonts, Cyrillic included, and the map as an image', async () => {
		const svg = await cardSvg({ title: 'Назарбаев and the Customs Union', type: 'Place · City', detail: 'Қазақстан', locator }, 'Russia–Kazakhstan Relations');
		expect(svg).toContain(`width="${CARD_WIDTH}"`);
		expect(svg).toContain('<image');
		expect(svg).not.toContain('<text');
	});

	it('is a 1200×630 PNG, the same bytes each time, and a different key and picture for a different title', async () => {
		const spec = { title: 'Almaty', type: 'Place · City', detail: 'Largest city.', locator };
		const a = await cardPng(spec, 'Site');
		const b = await cardPng(spec, 'Site');
		expect(a.subarray(1, 4).toString()).toBe('PNG');
		expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		expect(a.equals(b)).toBe(true);
		const other = { ...spec, title: 'Almaty (Alma-Ata)' };
		expect(cardKey(other, 'Site')).not.toBe(cardKey(spec, 'Site'));
		expect((await cardPng(other, 'Site')).equals(a)).toBe(false);
	});
});
