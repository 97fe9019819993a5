import { execFileSync } from 'node:child_process';
import { parsePartialDate, type PartialDate } from '../schemas/date';

/**
 * The "accessed" date of the citation files: the day of the corpus version being built, so
 * that two builds of one commit write identical files (tests/build/deterministic.test.ts).
 * SOURCE_DATE_EPOCH (the reproducible-builds convention, seconds) wins; else the date of the
 * checked-out commit; without git (an exported tarball) there is no accessed date at all
 * rather than an invented one.
 */
export function accessDate(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): PartialDate | undefined {
	let iso: string | undefined;
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) iso = new Date(epoch * 1000).toISOString().slice(0, 10);
	else {
		try {
			iso = execFileSync('git', ['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d'], { cwd, encoding: 'utf8', env: { ...env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		} catch {
			return undefined;
		}
	}
	const date = parsePartialDate(iso);
	return typeof date === 'string' ? undefined : date;
}
