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
