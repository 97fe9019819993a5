import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTION_SCHEMAS, type CollectionName } from './schemas';

// Tests point the build at fixture content through this variable; the site uses content/.
const CONTENT_DIR = process.env.KB_CONTENT_DIR ?? 'content';

const collection = (name: CollectionName) =>
	defineCollection({
		// The glob loader reads a relative base from the project root, an absolute one only as a URL.
		loader: glob({ pattern: '*.{md,mdx}', base: isAbsolute(CONTENT_DIR) ? pathToFileURL(`${CONTENT_DIR}/${name}`) : `${CONTENT_DIR}/${name}` }),
		schema: COLLECTION_SCHEMAS[name],
	});

export const collections = {
	articles: collection('articles'),
	actors: collection('actors'),
	treaties: collection('treaties'),
	organizations: collection('organizations'),
	places: collection('places'),
};
