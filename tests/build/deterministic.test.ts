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
		// Share cards rendered afresh (no cache): a card drawn now equals the one in dist/, byte for byte.
		const { status, output } = astroBuild({ KB_OUT_DIR: second, KB_CARD_CACHE: '0' });
		expect(status, output).toBe(0);
		const first = allFiles(DIST);
		expect(allFiles(second)).toEqual(first);
		expect(first.filter((f) => f.startsWith('cards/places/') && f.endsWith('.png')).length, 'place cards (with their locator) are compared').toBeGreaterThan(0);
		const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
		expect(differing).toEqual([]);
	});
});
