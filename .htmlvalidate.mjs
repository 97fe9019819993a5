// html-validate over every built page (tests/build/html-valid.test.ts).
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro's output is not hand-formatted; whitespace style is not validity.
		'no-trailing-whitespace': 'off',
		'void-style': 'off',
		// Article titles are the sources' own and some exceed 70 characters; we do not shorten them.
		'long-title': 'off',
		// HTML5 allows ids that start with a digit, as heading ids from "2005-2012: …" do.
		'valid-id': ['error', { relaxed: true }],
	},
};
