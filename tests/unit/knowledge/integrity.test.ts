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
