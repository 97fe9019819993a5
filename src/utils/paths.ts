/** Prefixes a site path with the deployment base ("/" or e.g. "/kb/"), so links work under a sub-path. */
export function url(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	return base + path.replace(/^\//, '');
}

/** The page of an entry: `/actors/kazakhstan/`. */
export function entryUrl(collection: string, id: string, hash?: string): string {
	return url(`${collection}/${id}/`) + (hash ? `#${hash}` : '');
}
