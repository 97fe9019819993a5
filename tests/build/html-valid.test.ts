import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_DIST } from '../helpers/build';
import { htmlFiles } from '../helpers/files';

// html-validate with its recommended rules (.htmlvalidate.json) over every built page.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([
	['site', DIST],
	['fixture site', FIXTURE_DIST],
])('valid HTML: %s', (_, dist) => {
	const files = htmlFiles(dist);
	it('has pages to check', () => expect(files.length).toBeGreaterThan(5));
	it.each(files.map((f) => [relative(dist, f), f]))('%s', async (_, file) => {
		const report = await validator.validateFile(file);
		const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
		expect(messages).toEqual([]);
	});
});
