/** Site-wide names and texts, in one place. */
export const SITE = {
	title: 'Russia–Kazakhstan Relations',
	shortTitle: 'RU–KZ Relations',
	description:
		'A knowledge base of Russia–Kazakhstan relations: the source articles in full, with pages for every person, state, treaty, organization, place and event they name, each fact cited to its paragraph.',
	lang: 'en',
} as const;

/** The sections of the site, in navigation order. */
export const NAV = [
	{ href: 'relations/', label: 'Overview' },
	{ href: 'articles/', label: 'Articles' },
	{ href: 'actors/', label: 'Actors' },
	{ href: 'treaties/', label: 'Treaties' },
	{ href: 'organizations/', label: 'Organizations' },
	{ href: 'places/', label: 'Places' },
	{ href: 'events/', label: 'Events' },
	{ href: 'timeline/', label: 'Timeline' },
	{ href: 'map/', label: 'Map' },
	{ href: 'graph/', label: 'Graph' },
	// About (with the data files and how to cite) is linked from every page's footer: with the
	// Overview added, eleven sections no longer fit one row at 1280 px.
] as const;
