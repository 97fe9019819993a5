import { partialDateSortKey, type PartialDate } from '../schemas/date';
import type { CslItem, CslName } from './csl';

/** Text escaped for XML content and attribute values. */
export function xmlEscape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A partial date as the RFC 3339 timestamp Atom requires: its first day, at midnight UTC. */
export function atomTimestamp(date: PartialDate): string {
	const pad = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
	return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}T00:00:00Z`;
}

/** Sort order of a feed: newest first, undated entries last. */
export function newestFirst(a: PartialDate | undefined, b: PartialDate | undefined): number {
	if (!a || !b) return a ? -1 : b ? 1 : 0;
	return partialDateSortKey(b).localeCompare(partialDateSortKey(a));
}

function personName(name: CslName): string {
	return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}

export interface FeedEntry {
	item: CslItem;
	pageUrl: string;
	published: PartialDate | undefined;
	topics: string[];
}

/**
 * An Atom 1.0 feed (RFC 4287) of the articles, from their CSL items. Atom wants a full
 * timestamp: a date known only to a month or year is given as its first day (the precise
 * `published` is the CSL item's); an undated article takes the feed's own `updated`.
 */
export function atomFeed(feed: { title: string; subtitle: string; siteUrl: string; feedUrl: string; updated: PartialDate; entries: FeedEntry[] }): string {
	const e = xmlEscape;
	const updated = atomTimestamp(feed.updated);
	const entries = feed.entries.map(({ item, pageUrl, published, topics }) => {
		const when = published ? atomTimestamp(published) : updated;
		const authors = (item.author ?? []).map((a) => `<author><name>${e(personName(a))}</name></author>`);
		// Atom requires an author: an anonymous work is credited to its venue.
		if (authors.length === 0) authors.push(`<author><name>${e(item.publisher ?? item['container-title'] ?? feed.title)}</name></author>`);
		return [
			'<entry>',
			`<id>${e(pageUrl)}</id>`,
			`<title>${e(item.title)}</title>`,
			`<link rel="alternate" type="text/html" href="${e(pageUrl)}"/>`,
			item.URL !== pageUrl ? `<link rel="related" href="${e(item.URL)}"/>` : '',
			`<published>${when}</published>`,
			`<updated>${when}</updated>`,
			...authors,
			...topics.map((t) => `<category term="${e(t)}"/>`),
			item.abstract ? `<summary>${e(item.abstract)}</summary>` : '',
			'</entry>',
		]
			.filter(Boolean)
			.join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`<id>${e(feed.feedUrl)}</id>`,
		`<title>${e(feed.title)}</title>`,
		`<subtitle>${e(feed.subtitle)}</subtitle>`,
		`<link rel="self" type="application/atom+xml" href="${e(feed.feedUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${e(feed.siteUrl)}"/>`,
		`<updated>${updated}</updated>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
