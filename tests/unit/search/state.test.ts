import { describe, expect, it } from 'vitest';
import { MAX_QUERY, readSearchState, resolveFilters, sameState, writeSearchState } from '../../../src/search/state';

describe('search state in the URL', () => {
	it('reads the query and filters, several values per filter, ignoring unknown parameters', () => {
		expect(readSearchState('?q=customs+union&type=treaty&type=organization&decade=2010s,2000s&utm=x')).toEqual({
			q: 'customs union',
			filters: { type: ['treaty', 'organization'], decade: ['2010s', '2000s'] },
		});
		expect(readSearchState('')).toEqual({ q: '', filters: {} });
	});

	it('round-trips, writing lower-case filter values', () => {
		const url = writeSearchState({ q: 'Назарбаев', filters: { type: ['Actor'], country: ['Kazakhstan'] } });
		expect(url).toBe('?q=%D0%9D%D0%B0%D0%B7%D0%B0%D1%80%D0%B1%D0%B0%D0%B5%D0%B2&type=actor&country=kazakhstan');
		expect(readSearchState(url)).toEqual({ q: 'Назарбаев', filters: { type: ['actor'], country: ['kazakhstan'] } });
		expect(writeSearchState({ q: '  ', filters: {} })).toBe('');
	});

	it('cuts an overlong query instead of failing', () => {
		expect(readSearchState(`?q=${'a'.repeat(2000)}`).q).toHaveLength(MAX_QUERY);
	});

	it('keeps markup in a query as text', () => {
		expect(readSearchState('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').q).toBe('<script>alert(1)</script>');
	});

	it('maps URL values onto the index labels, dropping unknown ones', () => {
		const available = { type: { Treaty: 38, Actor: 54 }, country: { 'Kazakh SSR': 1 } };
		expect(resolveFilters({ type: ['treaty', 'nonsense'], country: ['kazakh ssr'], decade: ['1990s'] }, available)).toEqual({ type: ['Treaty'], country: ['Kazakh SSR'] });
	});

	it('compares states by what they search', () => {
		expect(sameState({ q: 'csto', filters: { type: ['Organization'] } }, { q: 'csto ', filters: { type: ['organization'] } })).toBe(true);
		expect(sameState({ q: 'csto', filters: {} }, { q: 'cis', filters: {} })).toBe(false);
	});
});
