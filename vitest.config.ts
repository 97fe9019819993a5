import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				// Pure functions: schemas, ingest rules, knowledge, plugins. Fast, no build.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// Assertions on real builds. One file at a time: builds share Astro's cache folder.
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/build/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
