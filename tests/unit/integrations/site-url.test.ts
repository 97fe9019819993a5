import { describe, expect, it } from 'vitest';
import siteUrl from '../../../src/integrations/site-url';

// The hook receives Astro's logger; a recording logger shows what `npm run build` prints.
function run(configured: boolean): string[] {
	const warnings: string[] = [];
	const hook = siteUrl({ configured }).hooks['astro:build:start'] as (options: { logger: { warn(m: string): void } }) => void;
	hook({ logger: { warn: (m) => warnings.push(m) } });
	return warnings;
}

describe('the SITE_URL warning', () => {
	it('warns on build when SITE_URL is unset, naming what will point to localhost', () => {
		const [warning, ...rest] = run(false);
		expect(rest).toEqual([]);
		expect(warning).toMatch(/SITE_URL is not set: canonical URLs, the sitemap.*http:\/\/localhost:4321/);
	});

	it('says nothing when SITE_URL is set', () => expect(run(true)).toEqual([]));
});
