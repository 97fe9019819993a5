import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { actorSchema } from './schemas/actor';
import { articleSchema } from './schemas/article';
import { dimensionSchema } from './schemas/dimension';
import { eventSchema } from './schemas/event';
import { organizationSchema } from './schemas/organization';
import { overviewSchema } from './schemas/overview';
import { placeSchema } from './schemas/place';
import { treatySchema } from './schemas/treaty';

// Tests point the build at fixture content through this variable; the site uses content/.
const CONTENT_DIR = process.env.KB_CONTENT_DIR ?? 'content';

/** Every Markdown file of content/<name>/; its file name is its id. */
function files(name: string) {
	const dir = `${CONTENT_DIR}/${name}`;
	// The glob loader reads a relative base from the project root, an absolute one only as a URL.
	return glob({ pattern: '*.{md,mdx}', base: isAbsolute(dir) ? pathToFileURL(dir) : dir });
}

// Spelled out per collection (not built in a loop) so astro:content keeps each schema's type.
export const collections = {
	articles: defineCollection({ loader: files('articles'), schema: articleSchema }),
	actors: defineCollection({ loader: files('actors'), schema: actorSchema }),
	treaties: defineCollection({ loader: files('treaties'), schema: treatySchema }),
	organizations: defineCollection({ loader: files('organizations'), schema: organizationSchema }),
	places: defineCollection({ loader: files('places'), schema: placeSchema }),
	events: defineCollection({ loader: files('events'), schema: eventSchema }),
	dimensions: defineCollection({ loader: files('dimensions'), schema: dimensionSchema }),
	overview: defineCollection({ loader: files('overview'), schema: overviewSchema }),
};
