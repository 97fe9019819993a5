import { describe, expect, it } from 'vitest';
import { promoteExactName } from '../../../src/client/best-bets';

const result = (id: string, names?: string) => ({ id, data: async () => ({ meta: names ? { names } : {} }) });

describe('exact-name promotion', () => {
	const results = [result('response-force', 'Collective Operational Response Force | CSTO Collective Operational Response Force'), result('article'), result('csto', 'Collective Security Treaty Organization | CSTO | ОДКБ')];

	it('moves the page named exactly what was typed to the top', async () => {
		expect((await promoteExactName(results, 'csto')).map((r) => r.id)).toEqual(['csto', 'response-force', 'article']);
		expect((await promoteExactName(results, 'одкб')).map((r) => r[`id`])[0]).toBe('csto');
	});

	it('ignores case, diacritics, dots and hyphens', async () => {
		const places = [result('a'), result('almaty', 'Almaty | Alma-Ata | Алматы')];
		expect((await promoteExactName(places, 'ALMA ATA')).map((r) => r.id)).toEqual(['almaty', 'a']);
	});

	it('leaves the order alone when no name matches exactly, or the query is empty', async () => {
		expect((await promoteExactName(results, 'collective')).map((r) => r.id)).toEqual(['response-force', 'article', 'csto']);
		expect((await promoteExactName(results, '  ')).map((r) => r.id)).toEqual(['response-force', 'article', 'csto']);
	});
});
