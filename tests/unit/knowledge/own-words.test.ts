import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/knowledge/content-files';
import { ROOT } from '../../helpers/build';
import { copiedRuns, runsOf } from '../../helpers/own-words';

/** No run of this many consecutive words of our prose may stand in an article. */
const RUN = 8;

describe('copy detection', () => {
	const source = runsOf(['Kazakhstan remains Russia’s main ally in the region, and relations between the two countries are central.'], RUN);
	it('finds a run of eight words taken from a source, whatever the case and apostrophes', () => {
		expect(copiedRuns('As Kukeyeva says, kazakhstan remains Russias main ally in the region and more [@a#p-b].', source, RUN)).toEqual([
			'kazakhstan remains russias main ally in the region',
			'remains russias main ally in the region and',
		]);
	});
	it('leaves quotations in quotation marks and citation marks alone, and shorter shared runs', () => {
		expect(copiedRuns('She writes that “Kazakhstan remains Russia’s main ally in the region, and relations” hold [@a#p-b].', source, RUN)).toEqual([]);
		expect(copiedRuns('She calls it "Russia’s main ally in the region, and relations between the two" here.', source, RUN)).toEqual([]);
		expect(copiedRuns('Today it remains Russia’s main ally in the region.', source, RUN)).toEqual([]);
		expect(copiedRuns('Kazakhstan remains, for Russia, its main ally in the region.', source, RUN)).toEqual([]);
	});
});

describe('the overview and the dimensions are in our own words', () => {
	const { entries } = loadContent(ROOT);
	const articles = entries.filter((e) => e.collection === 'articles');
	const sources = runsOf(articles.flatMap((a) => [a.body, String(a.data.abstract ?? '')]), RUN);
	const ours = entries.filter((e) => e.collection === 'dimensions' || e.collection === 'overview');
	it('has texts to check', () => expect(ours.length).toBeGreaterThan(0));
	it.each(ours.map((e) => [e.file, e] as const))('%s shares no run of eight words with any article (quotations aside)', (_file, entry) => {
		const texts = [entry.body, String(entry.data.description ?? ''), String(entry.data.lead ?? '')];
		expect(texts.flatMap((t) => copiedRuns(t, sources, RUN))).toEqual([]);
	});
});
