import { rmSync } from 'node:fs';
import { astroBuild, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE, GOOD_FIXTURE } from '../helpers/build';

/**
 * Builds the two sites the build tests read: the real one into dist/ (exactly what
 * `npm run build` makes), and the good fixture under a sub-path, whose content the tests know.
 */
export default function setup() {
	const real = astroBuild({});
	if (real.status !== 0) throw new Error(`npm run build failed:\n${real.output}`);
	rmSync(FIXTURE_DIST, { recursive: true, force: true });
	const fixture = astroBuild({ KB_CONTENT_DIR: GOOD_FIXTURE, KB_OUT_DIR: FIXTURE_DIST, BASE_PATH: FIXTURE_BASE, SITE_URL: FIXTURE_SITE });
	if (fixture.status !== 0) throw new Error(`Fixture build failed:\n${fixture.output}`);
}
