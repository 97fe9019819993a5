import { describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, overlayFixture, TMP } from '../helpers/build';
import { BUILD_CASES } from '../fixtures/content/bad-cases';

// The real `astro build` must stop on each defect, print file, field and fix, and write no pages.
describe('astro build on bad content', () => {
	it.each(BUILD_CASES)('$name: the build fails and says where and how to fix it', ({ name, file, field, message }) => {
		const outDir = join(TMP, `dist-bad-${name}`);
		rmSync(outDir, { recursive: true, force: true });
		const { status, output } = astroBuild({ KB_CONTENT_DIR: overlayFixture(name), KB_OUT_DIR: outDir });
		expect(status, output).not.toBe(0);
		expect(output).toContain(file);
		expect(output).toContain(`field ${field}`);
		expect(output).toMatch(message);
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	});
});
