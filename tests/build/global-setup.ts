import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, DIST, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE, GOOD_FIXTURE } from '../helpers/build';

/**
 * Builds the two sites the build tests read: the real one into dist/ (exactly what
 * `npm run build` makes), and the good fixture under a sub-path, whose content the tests know.
 * KB_REUSE_BUILD=1 skips both builds when their output exists, for quick re-runs while editing tests.
 */
export default function setup() {
	const reuse = process.env.KB_REUSE_BUILD === '1';
	if (!(reuse && existsSync(join(DIST, 'index.html')))) {
		const real = astroBuild({});
		if (real.status !== 0) throw new Error(`npm run build failed:\n${real.output}`);
	}
	if (!(reuse && existsSync(join(FIXTURE_DIST, 'index.html')))) {
		rmSync(FIXTURE_DIST, { recursive: true, force: true });
		const fixture = astroBuild({ KB_CONTENT_DIR: GOOD_FIXTURE, KB_OUT_DIR: FIXTURE_DIST, BASE_PATH: FIXTURE_BASE, SITE_URL: FIXTURE_SITE });
		if (fixture.status !== 0) throw new Error(`Fixture build failed:\n${fixture.output}`);
	}
}
