import { describe, expect, it } from 'vitest';
import { formatContentErrors, validateContent } from '../../../src/knowledge/integrity';
import { GOOD_FIXTURE, overlayFixture, ROOT } from '../../helpers/build';
import { BAD_CASES } from '../../fixtures/content/bad-cases';

describe('content integrity check', () => {
	it('passes the good fixture with no errors', () => {
		const { entries, errors } = validateContent(ROOT, GOOD_FIXTURE);
		expect(errors).toEqual([]);
		expect(entries.map((e) => `${e.collection}/${e.id}`).sort()).toContain('treaties/sample-treaty');
	});

	it.each(BAD_CASES)('$name: reports exactly one error naming file, field and fix', ({ name, file, field, message }) => {
		const { errors } = validateContent(ROOT, overlayFixture(name));
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toMatch(new RegExp(`${file.replace('.', '\\.')}$`));
		expect(errors[0]!.field).toBe(field);
		expect(errors[0]!.message).toMatch(message);
		expect(formatContentErrors(errors)).toContain(file);
	});
});

describe('predecessor/successor cycles', async () => {
	const { successionCycles } = await import('../../../src/knowledge/integrity');
	const org = (id: string, data: Record<string, unknown>) => [id, { collection: 'organizations' as const, id, file: `content/organizations/${id}.mdx`, data, body: '' }] as const;

	it('finds a cycle through predecessors and successors together, once, naming the chain', () => {
		const byId = new Map([org('a', { successor: 'b' }), org('b', {}), org('c', { predecessor: 'b', successor: 'a' })]);
		const errors = successionCycles(byId);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(/run in a circle \(a → b → c → a\)/);
		expect(errors[0]!.file).toBe('content/organizations/c.mdx');
	});

	it('accepts a chain that runs one way, and a pair that states the same link from both ends', () => {
		const byId = new Map([org('a', { successor: 'b' }), org('b', { predecessor: 'a', successor: 'c' }), org('c', { predecessor: 'b' })]);
		expect(successionCycles(byId)).toEqual([]);
	});
});
