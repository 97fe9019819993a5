import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIngestInput } from '../../../src/ingest/index';
import { decodeSource, SourceTextError, sourceTextProblems } from '../../../src/ingest/source-text';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BAD = join(ROOT, 'tests', 'fixtures', 'ingest', 'bad-bytes');

describe('source text is checked byte for byte', () => {
	it('rejects a Windows-1252 byte, naming file, line and byte offset, and the character it stands for', () => {
		const bytes = readFileSync(join(BAD, 'windows-1252.txt'));
		expect(() => decodeSource('content/sources/windows-1252.txt', bytes)).toThrow(SourceTextError);
		expect(() => decodeSource('content/sources/windows-1252.txt', bytes)).toThrow(
			/content\/sources\/windows-1252\.txt: line 3, byte 19: byte 0x92 is not valid UTF-8; in Windows-1252 it is "’"[\s\S]*re-save it as UTF-8/,
		);
	});

	it('rejects U+FFFD and control characters in valid UTF-8', () => {
		const problems = sourceTextProblems(readFileSync(join(BAD, 'replacement.txt')));
		expect(problems.map((p) => [p.line, p.byte, p.message.slice(0, 6)])).toEqual([
			[3, 19, 'U+FFFD'],
			[3, 31, 'U+0007'],
		]);
	});

	it('names C1 controls that came from Windows-1252 converted byte for byte', () => {
		expect(sourceTextProblems(new TextEncoder().encode('region\u0092s'))[0]!.message).toMatch(/U\+0092 is an invisible control character; .*0x92 is "’"/);
	});

	it('rejects overlong forms, surrogates and truncated sequences', () => {
		for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
			expect(sourceTextProblems(Uint8Array.from(bytes)).length, bytes.join(',')).toBeGreaterThan(0);
		}
	});

	it('accepts every committed source', () => {
		const sources = loadIngestInput(join(ROOT, 'content', 'sources')).sources;
		expect(sources.size).toBeGreaterThan(0);
	});

	it('stops the ingest (and so `ingest --check`) on a corrupted source', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-sources-'));
		cpSync(join(ROOT, 'content', 'sources'), dir, { recursive: true });
		const [file] = [...loadIngestInput(dir).sources.keys()];
		const bytes = readFileSync(join(dir, file!));
		const at = bytes.indexOf(Buffer.from('’'));
		const corrupted = Buffer.concat([bytes.subarray(0, at), Buffer.from([0x92]), bytes.subarray(at + 3)]);
		writeFileSync(join(dir, file!), corrupted);
		expect(() => loadIngestInput(dir)).toThrow(new RegExp(`content/sources/${file!.replace('.', '\\.')}: line \\d+, byte ${at}: byte 0x92 is not valid UTF-8`));
	});
});
