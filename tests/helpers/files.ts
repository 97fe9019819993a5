import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of a built site, Pagefind's own files aside. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
			return name.endsWith('.html') ? [path] : [];
		});
}

/** Every file of a built site, recursively, as paths relative to it. */
export function allFiles(dir: string, prefix = ''): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			const rel = prefix ? `${prefix}/${name}` : name;
			return statSync(path).isDirectory() ? allFiles(path, rel) : [rel];
		});
}
