import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, DIST, TMP } from '../helpers/build';
import { allFiles } from '../helpers/files';

// Two builds of the same commit must produce the same files, byte for byte, search index included.
describe('deterministic build', () => {
	it('a second build of the same content equals dist/', () => {
		const second = join(TMP, 'dist-second');
		rmSync(second, { recursive: true, force: true });
		const { status, output } = astroBuild({ KB_OUT_DIR: second });
		expect(status, output).toBe(0);
		const first = allFiles(DIST);
		expect(allFiles(second)).toEqual(first);
		const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
		expect(differing).toEqual([]);
	});
});
