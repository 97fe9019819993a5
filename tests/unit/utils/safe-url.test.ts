import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest } from '../../../src/ingest/manifest';
import rehypeSafeLinks from '../../../src/markdown/rehype-safe-links';
import { articleSchema } from '../../../src/schemas/article';
import { checkUrlsIn, isSafeHref, isWebUrl, safeUrl, unsafeLinksIn } from '../../../src/utils/safe-url';

const HOSTILE = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', 'https://'];

describe('only safe URLs', () => {
	it('accepts http(s) addresses and refuses every other scheme', () => {
		expect(isWebUrl('https://example.org/a?b#c')).toBe(true);
		expect(isWebUrl('http://example.org')).toBe(true);
		for (const url of HOSTILE) expect(isWebUrl(url), url).toBe(false);
	});

	it('accepts paths on this site as link targets, and nothing with a scheme of its own', () => {
		for (const path of ['/actors/russia/', '#p-x', '../x/', 'cite.bib']) expect(isSafeHref(path), path).toBe(true);
		for (const url of HOSTILE.filter((u) => u !== 'https://')) expect(isSafeHref(url), url).toBe(false);
	});

	it('refuses a javascript: URL in the manifest, naming the field', () => {
		const manifest = `version: 1
sources:
  - file: a.txt
    obtained: web extract
    what: A test page.
    url: "javascript:alert(1)"
    articles:
      - id: doe-example
        abstract: { from: lead, sentences: 1, why: none printed }
        parts:
          - { role: body, lines: [3, 5] }
        frontmatter:
          title: Example
          authors: [{ name: Jane Doe }]
          publication: { name: Digest, url: "data:text/html,x" }
          published: '2010'
`;
		expect(() => parseManifest(manifest)).toThrow(ManifestError);
		expect(() => parseManifest(manifest)).toThrow(/sources\[0\]\.url: Only web addresses[\s\S]*publication\.url: Only web addresses/);
	});

	it('refuses one in an article’s frontmatter', () => {
		const result = articleSchema.safeParse({ title: 'T', authors: [{ name: 'A' }], publication: { name: 'P', url: 'javascript:alert(1)' }, published: '2010', source: { file: 'a.txt' }, abstract: 'x' });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path).toEqual(['publication', 'url']);
	});

	it('finds unsafe links written in Markdown or HTML in a body', () => {
		expect(unsafeLinksIn('See [x](javascript:alert(1)), <vbscript:x> and <a href="data:text/html,x">y</a>; [ok](https://a.org) [here](/actors/x/)').sort()).toEqual(['data:text/html,x', 'javascript:alert(1', 'vbscript:x']);
	});

	it('every writer refuses an unsafe address, naming where it came from', () => {
		expect(() => safeUrl('javascript:alert(1)', 'x: source.url')).toThrow(/x: source\.url.*only http\(s\) addresses are written out/);
		expect(() => checkUrlsIn({ articles: [{ source: { url: 'javascript:alert(1)' } }] }, 'export')).toThrow(/export\.articles\.0\.source\.url/);
		expect(() => checkUrlsIn({ articles: [{ source: { url: 'https://a.org' } }] }, 'export')).not.toThrow();
	});

	it('stops the HTML pipeline on a javascript: link that got past the check', () => {
		const run = (html: string) => rehypeSafeLinks()(fromHtml(html, { fragment: true }), { path: 'content/actors/x.mdx' } as never);
		expect(() => run('<a href="javascript:alert(1)">x</a>')).toThrow(/content\/actors\/x\.mdx.*javascript:alert\(1\)/);
		expect(() => run('<a href="https://a.org">x</a><a href="#p-x">y</a>')).not.toThrow();
	});
});
