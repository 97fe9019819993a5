// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import integrity from './src/integrations/integrity.ts';
import ledger from './src/integrations/ledger.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteUrl from './src/integrations/site-url.ts';
import remarkParagraphAnchors from './src/markdown/remark-paragraph-anchors.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import rehypeAnchorLinks from './src/markdown/rehype-anchor-links.ts';
import rehypeSafeLinks from './src/markdown/rehype-safe-links.ts';
import rehypeExternalLinks from 'rehype-external-links';
import remarkEntityLinks from './src/markdown/remark-entity-links.ts';
import remarkFigureFlags from './src/markdown/remark-figure-flags.ts';
import { figureFlags } from './src/knowledge/figures.ts';
import { AliasMatcher } from './src/knowledge/alias-matcher.ts';
import { validateContent } from './src/knowledge/integrity.ts';
import { entityNameEntries } from './src/knowledge/names.ts';
import { noLinkIndex } from './src/knowledge/no-link.ts';
import { aliasRoutes } from './src/knowledge/aliases.ts';
import { THEME_SCRIPT } from './src/components/theme-script.ts';
import { SEARCH_START } from './src/search/search-start.ts';
import cspHeader from './src/integrations/csp-header.ts';
import { anchorAliases, currentAnchors, ledgerPath, readLedger } from './src/knowledge/ledger.ts';
import { isEntityCollection } from './src/schemas/index.ts';

// Where the site is deployed: override for a sub-path host, e.g. SITE_URL=https://example.org BASE_PATH=/kb/
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';
// Tests build fixture content into their own folders so they never overwrite dist/.
const outDir = process.env.KB_OUT_DIR ?? './dist';
const articlesDir = resolve(contentDir, 'articles');

// The content is read and checked once, here: the integrity check reports its errors, and the
// names of every entity feed the alias matcher that links mentions in the articles.
const content = validateContent(process.cwd(), contentDir);
const matcher = new AliasMatcher(entityNameEntries(content.entries));
const aliasPages = new Set(aliasRoutes(content.entries.filter((e) => isEntityCollection(e.collection))).map((a) => new URL(`${base.replace(/\/?$/, '/')}${a.collection}/${a.slug}/`, site).href));
const entityUrls = new Map(
	content.entries.filter((e) => isEntityCollection(e.collection)).map((e) => [e.id, `${base.replace(/\/?$/, '/')}${e.collection}/${e.id}/`]),
);

// The ledger of permanent links: addresses and paragraph anchors that must keep working, and
// the old anchors each article page keeps on the paragraph that now has a new one.
const ledgerFile = ledgerPath(process.cwd(), contentDir);
const keptAnchors = anchorAliases(readLedger(ledgerFile));

// Entity pages link the other entities their prose names; each file knows its own id so it never links itself.
// The dimensions and the overview link the entities they name too; their own id is no entity's, so none is skipped.
const entityFiles = new Map(
	content.entries
		.filter((e) => e.collection !== 'articles')
		.map((e) => /** @type {[string, string]} */ ([resolve(e.file), isEntityCollection(e.collection) ? e.id : `${e.collection}/${e.id}`])),
);

// Article paragraphs that state a figure the sources disagree on link to its comparison.
const flags = figureFlags(content.entries.filter((e) => isEntityCollection(e.collection)).map((e) => /** @type {any} */ (e.data)));

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		integrity({ content }),
		siteUrl({ configured: Boolean(process.env.SITE_URL) }),
		mdx(),
		// Alias URLs are redirects (noindex), not pages of their own.
		sitemap({ filter: (page) => !aliasPages.has(page) }),
		pagefind(),
		// The same policy as an HTTP header for static hosts (dist/_headers; README, "Deploying").
		cspHeader(),
		ledger({ file: ledgerFile, anchors: currentAnchors(content.entries) }),
	],
	markdown: {
		// The content has no code blocks, and Shiki's inline styles would clash with the CSP.
		syntaxHighlight: false,
		// Astro 7's default Sätteri processor runs no remark plugins, and ours are remark plugins.
		processor: unified({
			gfm: true,
			// Sources keep their own quotes and dashes: fidelity over typography.
			smartypants: false,
			// Notes sit under a visible heading, not the screen-reader-only "Footnotes" GFM writes.
			remarkRehype: { footnoteLabel: 'Notes', footnoteLabelProperties: { className: ['footnotes__heading'] } },
			remarkPlugins: [
				remarkGfm,
				[remarkParagraphAnchors, { articlesDir, keptAnchors }],
				[remarkEntityLinks, { matcher, urls: entityUrls, articlesDir, entityFiles, noLink: noLinkIndex(content.entries.filter((e) => e.collection === 'articles')) }],
				[remarkCitations, { base }],
				[remarkFigureFlags, { flags, articlesDir, base }],
			],
			// Links out of the site (URLs in footnotes and bibliographies) never get a handle on this page.
			rehypePlugins: [rehypeSafeLinks, rehypeAnchorLinks, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'external'] }]],
		}),
	},
	security: {
		// A Content-Security-Policy <meta> on every page: only this site's own resources. Astro adds
		// the hashes of the scripts and styles it renders; Pagefind's search runs WebAssembly,
		// which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// The inline theme script and the search page's head start (src/search/search-start.ts) run
			// before the <meta> policy is read, so the <meta> alone never saw them; as an HTTP header the
			// policy governs them too, so they are allowed by their hashes.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_SCRIPT, SEARCH_START].map((script) => /** @type {const} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`)) },
		},
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// MDX modules carry Astro's own "use astro:head-inject" directive, which the bundler
				// warns about once per file although Astro handles it; keep the log for real problems.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
