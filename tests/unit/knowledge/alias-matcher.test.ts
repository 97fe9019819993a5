import { describe, expect, it } from 'vitest';
import { AliasMatcher, isAcronym } from '../../../src/knowledge/alias-matcher';

const matcher = new AliasMatcher([
	{ name: 'Kazakhstan', entity: 'kazakhstan' },
	{ name: 'Republic of Kazakhstan', entity: 'kazakhstan' },
	{ name: 'Russia', entity: 'russia' },
	{ name: 'US', entity: 'united-states' },
	{ name: 'U.S.', entity: 'united-states' },
	{ name: 'Collective Security Treaty', entity: 'collective-security-treaty' },
	{ name: 'Collective Security Treaty Organization', entity: 'csto' },
	{ name: 'Nur-Sultan', entity: 'astana' },
	{ name: 'Назарбаев', entity: 'nursultan-nazarbayev' },
	{ name: 'ОДКБ', entity: 'csto' },
	{ name: 'Military Doctrine', entity: 'doctrine-2000' },
	{ name: 'Military Doctrine (2010)', entity: 'doctrine-2010' },
]);

const names = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entity]);

describe('alias matcher', () => {
	it('prefers the longest name', () => {
		expect(names('the Collective Security Treaty Organization and the Collective Security Treaty')).toEqual([
			['Collective Security Treaty Organization', 'csto'],
			['Collective Security Treaty', 'collective-security-treaty'],
		]);
		expect(names('the Republic of Kazakhstan')).toEqual([['Republic of Kazakhstan', 'kazakhstan']]);
	});

	it('matches whole words only, and leaves a possessive outside the name', () => {
		expect(names('Kazakhstani troops; Russian forces; Russia’s army and Kazakhstan\'s')).toEqual([
			['Russia', 'russia'],
			['Kazakhstan', 'kazakhstan'],
		]);
	});

	it('ignores case, except for acronyms', () => {
		expect(names('KAZAKHSTAN and kazakhstan')).toEqual([['KAZAKHSTAN', 'kazakhstan'], ['kazakhstan', 'kazakhstan']]);
		expect(names('let us see what the US and the U.S. do')).toEqual([['US', 'united-states'], ['U.S', 'united-states']]);
		expect(isAcronym('ОДКБ')).toBe(true);
		expect(isAcronym('Russia')).toBe(false);
	});

	it('joins words by spaces, hyphens and dots, never across a comma', () => {
		expect(names('Nur-Sultan, Nur Sultan and Nur, Sultan')).toEqual([['Nur-Sultan', 'astana'], ['Nur Sultan', 'astana']]);
	});

	it('reads a year in parentheses as part of a name', () => {
		expect(names('the Military Doctrine (2010) replaced the Military Doctrine')).toEqual([
			['Military Doctrine (2010)', 'doctrine-2010'],
			['Military Doctrine', 'doctrine-2000'],
		]);
	});

	it('finds Cyrillic names', () => {
		expect(names('Назарбаев и ОДКБ')).toEqual([['Назарбаев', 'nursultan-nazarbayev'], ['ОДКБ', 'csto']]);
	});

	it('grows linearly: ten times the text, ten times the matches', () => {
		const text = 'Russia and Kazakhstan signed the Collective Security Treaty. ';
		expect(matcher.match(text.repeat(1000))).toHaveLength(matcher.match(text.repeat(100)).length * 10);
	});
});

describe('names inside longer proper names', () => {
	const m = new AliasMatcher([
		{ name: 'Kazakhstan', entity: 'kazakhstan' },
		{ name: 'Russia', entity: 'russia' },
		{ name: 'Central Asia', entity: 'central-asia' },
		{ name: 'CIS', entity: 'cis' },
		{ name: 'Kassym-Jomart Tokayev', entity: 'tokayev' },
		{ name: 'Tokayev', entity: 'tokayev' },
	]);
	const found = (text: string) => m.match(text).map((x) => text.slice(x.start, x.end));

	it('does not link a name that a capitalised word continues', () => {
		expect(found('a poll by the Central Asia Barometer found')).toEqual([]);
		expect(found('the Kazakhstan Institute for Strategic Studies (KISI) argued')).toEqual([]);
		expect(found('reported by the Astana Times and Central Asia alike')).toEqual(['Central Asia']);
	});

	it('does not link a name after "X of" or "X of the" when X is part of a name', () => {
		expect(found('the Tsardom of Russia expanded')).toEqual([]);
		expect(found('the Free Trade Area of the CIS (FTA CIS) was signed')).toEqual([]);
		expect(found('the Assembly of the People of Kazakhstan')).toEqual([]);
	});

	it('still links after a title, in a possessive, at a sentence start and before a title', () => {
		expect(found('the President of Russia met the Prime Minister of Kazakhstan')).toEqual(['Russia', 'Kazakhstan']);
		expect(found('Russia’s army and Kazakhstan\'s')).toEqual(['Russia', 'Kazakhstan']);
		expect(found('Russia objected. Kazakhstan agreed.')).toEqual(['Russia', 'Kazakhstan']);
		expect(found('In Kazakhstan, President Tokayev spoke; Most of Russia listened')).toEqual(['Kazakhstan', 'Tokayev', 'Russia']);
		expect(found('the CIS Secretary General')).toEqual(['CIS']);
	});

	it('still links in title-case titles after function words and nationalities', () => {
		expect(found('“Relations Between Russia and Kazakhstan”')).toEqual(['Russia', 'Kazakhstan']);
		expect(found('the Kazakh-Chinese Central Asia pipeline')).toEqual(['Central Asia']);
	});

	it('reads a known name beside a name as a second name, not a longer one', () => {
		expect(found('in Russia Kazakhstan is often viewed')).toEqual(['Russia', 'Kazakhstan']);
		expect(found('his colleague in Kazakhstan Kassym-Jomart Tokayev')).toEqual(['Kazakhstan', 'Kassym-Jomart Tokayev']);
	});

	it('does not treat a dash, comma or line as part of a longer name', () => {
		expect(found('the Russia–Ukraine war; Kazakhstan, Uzbekistan')).toEqual(['Russia', 'Kazakhstan']);
	});
});

describe('co-mentions', async () => {
	const { coMentionIndex } = await import('../../../src/knowledge/mentions');
	it('counts the paragraphs two entities share, most shared first', () => {
		const m = (entity: string, anchor: string) => ({ entity, article: 'a', anchor, context: '', highlight: [0, 0] as [number, number] });
		const index = new Map([
			['russia', [m('russia', 'p-1'), m('russia', 'p-2')]],
			['kazakhstan', [m('kazakhstan', 'p-1'), m('kazakhstan', 'p-2')]],
			['china', [m('china', 'p-2'), m('china', 'p-3')]],
		]);
		expect(coMentionIndex(index).get('russia')).toEqual([{ entity: 'kazakhstan', count: 2 }, { entity: 'china', count: 1 }]);
		expect(coMentionIndex(index).get('china')).toEqual([{ entity: 'kazakhstan', count: 1 }, { entity: 'russia', count: 1 }]);
	});
});
