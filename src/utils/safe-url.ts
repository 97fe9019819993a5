/**
 * The only addresses the site writes out: web addresses (http and https) and paths on this site.
 * A `javascript:`, `data:` or `vbscript:` link in a source's metadata would otherwise reach the
 * pages, the Atom feed, the citation files and the export, where only a browser's CSP (and no
 * reference manager) stops it. The content schemas accept the same addresses (src/schemas/url.ts),
 * and every writer asks `safeUrl` again, so an address that slipped past one cannot be written.
 */
export const WEB_PROTOCOL = /^https?$/;

/** Whether `text` is an absolute http(s) address with a host. */
export function isWebUrl(text: string): boolean {
	if (/[\s\u0000-\u001f\u007f]/.test(text)) return false;
	try {
		const parsed = new URL(text);
		return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
	} catch {
		return false;
	}
}

/** Whether `text` is a path on this site ("/actors/russia/", "#p-x", "../x/"), with no scheme of its own. */
export function isSitePath(text: string): boolean {
	return !/[\s\u0000-\u001f\u007f\\]/.test(text) && !/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith('//');
}

/** Whether an address may be written out as a link: a web address or a path on this site. */
export function isSafeHref(text: string): boolean {
	return isWebUrl(text) || isSitePath(text);
}

/**
 * Returns a web address unchanged, or throws naming where it came from. Writers call it on every
 * address from content before putting it in a page, feed or file.
 */
export function safeUrl<T extends string | undefined>(text: T, where: string): T {
	if (text !== undefined && !isWebUrl(text)) {
		throw new Error(`Refusing to write the address ${JSON.stringify(text)} (${where}): only http(s) addresses are written out. Correct the url in content/sources/manifest.yaml and run \`npm run ingest\`.`);
	}
	return text;
}

/** Checks every `url`/`URL` field of data about to be written out (export, citation items), at any depth. */
export function checkUrlsIn(value: unknown, where: string): void {
	if (Array.isArray(value)) value.forEach((v, i) => checkUrlsIn(v, `${where}.${i}`));
	else if (value && typeof value === 'object') {
		for (const [key, v] of Object.entries(value)) {
			if ((key === 'url' || key === 'URL') && typeof v === 'string') safeUrl(v, `${where}.${key}`);
			else checkUrlsIn(v, `${where}.${key}`);
		}
	}
}

/** Link targets written in Markdown or HTML in a body: `[text](target)`, `<scheme:…>`, `href="…"`, `src="…"`. */
const BODY_LINK = /\]\(\s*<?([^)\s>]+)|<([a-z][a-z0-9+.-]*:[^>\s]*)>|\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi;

/** The link targets in a Markdown body that are neither web addresses nor site paths. */
export function unsafeLinksIn(body: string): string[] {
	const found: string[] = [];
	for (const m of body.matchAll(BODY_LINK)) {
		const target = m[1] ?? m[2] ?? m[3]!;
		if (!isSafeHref(target)) found.push(target);
	}
	return found;
}
