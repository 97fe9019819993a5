import { describe, expect, it } from 'vitest';
import { joinDropCaps } from '../../../src/ingest/dropcaps';

describe('joinDropCaps', () => {
	it('joins a drop cap to its word across a blank line', () => {
		const lines = ['them mutually. ', '', 'K ', '', 'azakhstan and Russia both refer to their bilateral ', 'relationship as'];
		expect(joinDropCaps(lines, [{ letter: 'K', continues: 'azakhstan and Russia' }])).toEqual([
			'them mutually. ',
			'',
			'Kazakhstan and Russia both refer to their bilateral ',
			'relationship as',
		]);
	});

	it('joins when the continuation follows directly', () => {
		expect(joinDropCaps(['T', 'he text'], [{ letter: 'T', continues: 'he text' }])).toEqual(['The text']);
	});

	it('leaves undeclared lone capitals alone', () => {
		expect(joinDropCaps(['A', 'b c'], [])).toEqual(['A', 'b c']);
	});

	it('fails when the declared drop cap is missing or ambiguous', () => {
		expect(() => joinDropCaps(['K', 'azakh'], [{ letter: 'K', continues: 'azakhstan' }])).toThrow(/found 0 times/);
		expect(() => joinDropCaps(['K', 'azakhstan', 'K', 'azakhstan'], [{ letter: 'K', continues: 'azakhstan' }])).toThrow(/found 2 times/);
	});
});
