import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				// Pure functions: schemas, ingest rules, knowledge, plugins. Fast, no build.
				// A few run the ingest CLI (tsx) in a child process: 1–3 s idle, several times that on a busy
				// 2-core machine, so they get more than vitest's 5 s default.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
			},
			{
				// Assertions on real builds, as HTML (build/) and in Chromium (e2e/). One file at a
				// time: builds share Astro's cache folder, and one global setup builds for both.
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/build/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 180_000,
					// Searches and page loads in Chromium can take seconds on a busy 2-core machine.
					expect: { poll: { timeout: 15_000 } },
					hookTimeout: 300_000,
				},
			},
		],
	},
});
