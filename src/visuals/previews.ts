import type { Site } from '../knowledge/site';
import { TIMELINE_KINDS } from '../knowledge/timeline';
import { regionMap, type MapPicture } from './map';
import { mapPlaces } from './site-maps';
import { timeAxis, type TimeAxis } from './time-axis';

/**
 * The front door's small pictures: the site map at thumbnail width without labels (the map page
 * names every place), and the whole timeline's strip. Drawn at build time like the full pictures,
 * from the same builders, so the preview always shows what the page it leads to shows.
 */
export function mapPreview(site: Site, width = 360): MapPicture {
	const picture = regionMap(mapPlaces(site.entities), width);
	return { ...picture, labels: [], unlabelled: [...picture.markers, ...picture.areas, ...picture.routes].map((m) => m.id).sort() };
}

/** The strip of dated items per year for the whole timeline, as the timeline page draws it. */
export function timelinePreview(site: Site): TimeAxis | undefined {
	return timeAxis(site.timeline, TIMELINE_KINDS, { width: 560, unit: 5 });
}
