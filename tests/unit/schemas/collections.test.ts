import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../../src/schemas/actor';
import { articleSchema } from '../../../src/schemas/article';
import { organizationSchema } from '../../../src/schemas/organization';
import { placeSchema } from '../../../src/schemas/place';
import { treatySchema } from '../../../src/schemas/treaty';

const CITE = ['sample-article#p-some-paragraph'];

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('actor schema', () => {
	const valid = { name: 'Kassym-Jomart Tokayev', kind: 'person', description: 'President of Kazakhstan.', aliases: ['Tokaev'], native: { ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' }, country: 'kazakhstan', cite: { country: CITE }, roles: [{ title: 'President', of: 'kazakhstan', from: 2019, cite: CITE }] };

	it('accepts a complete person and parses role dates and citations', () => {
		const data = actorSchema.parse(valid);
		expect(data.roles[0]!.from).toMatchObject({ iso: '2019', precision: 'year' });
		expect(data.cite.country![0]).toEqual({ article: 'sample-article', anchor: 'p-some-paragraph' });
	});

	it('requires a citation for every fact field', () => {
		const result = actorSchema.safeParse({ ...valid, cite: {} });
		expect(messages(result)).toEqual([expect.stringMatching(/^cite\.country: "country" is a fact and needs a source/)]);
	});

	it('rejects a citation for a field that is not set', () => {
		const result = actorSchema.safeParse({ ...valid, cite: { country: CITE, born: CITE } });
		expect(messages(result)).toEqual([expect.stringMatching(/^cite\.born: cite\.born cites a field that is not set/)]);
	});

	it('rejects an unknown kind, an unknown field, and a malformed citation', () => {
		expect(messages(actorSchema.safeParse({ ...valid, kind: 'country' }))[0]).toMatch(/^kind:/);
		expect(messages(actorSchema.safeParse({ ...valid, birthplace: 'Moscow' }))[0]).toMatch(/birthplace/);
		expect(messages(actorSchema.safeParse({ ...valid, cite: { country: ['sample-article, para 3'] } }))[0]).toMatch(/^cite\.country\.0: A citation is written/);
	});

	it('rejects a role without a source', () => {
		const { cite: _c, ...role } = valid.roles[0]!;
		expect(messages(actorSchema.safeParse({ ...valid, roles: [role] }))[0]).toMatch(/^roles\.0\.cite:/);
	});
});

describe('treaty schema', () => {
	const valid = { title: 'Treaty on Eternal Friendship', shortTitle: 'Eternal Friendship', kind: 'declaration', description: 'A declaration.', parties: ['russia', 'kazakhstan'], signed: '1998-07-06', cite: { parties: CITE, signed: CITE } };

	it('accepts a treaty and keeps the signature date precision', () => {
		expect(treatySchema.parse(valid).signed).toMatchObject({ precision: 'day', iso: '1998-07-06' });
	});

	it('has no separate name: the title names it', () => {
		expect(messages(treatySchema.safeParse({ ...valid, name: 'x' }))[0]).toMatch(/name/);
	});

	it('rejects a reference that is not a slug', () => {
		expect(messages(treatySchema.safeParse({ ...valid, parties: ['Russia'] }))[0]).toMatch(/^parties\.0: A reference is an entry id/);
	});
});

describe('organization schema', () => {
	it('accepts members with dates and their own citations', () => {
		const data = organizationSchema.parse({ name: 'Collective Security Treaty Organization', acronym: 'CSTO', kind: 'intergovernmental', description: 'A military alliance.', members: [{ ref: 'kazakhstan', from: '2002', cite: CITE }] });
		expect(data.members[0]!.from!.year).toBe(2002);
	});
});

describe('place schema', () => {
	it('accepts former names without citations: names are not facts', () => {
		const data = placeSchema.parse({ name: 'Almaty', kind: 'city', description: 'A city.', formerNames: [{ name: 'Alma-Ata', period: 'until 1993' }] });
		expect(data.formerNames[0]!.name).toBe('Alma-Ata');
	});
});

describe('article schema', () => {
	const valid = { title: 'T', authors: [{ name: 'A', affiliation: 'Almaty' }], publication: { name: 'Digest', issue: 'No. 1' }, published: '2010-07', source: { file: '000.txt' }, abstract: 'Abs.' };

	it('accepts an article and fills defaults', () => {
		const data = articleSchema.parse(valid);
		expect(data.language).toBe('en');
		expect(data.source.repairs).toEqual([]);
		expect(data.truncated).toBeUndefined();
	});

	it('requires at least one author and a valid url', () => {
		expect(messages(articleSchema.safeParse({ ...valid, authors: [] }))[0]).toMatch(/^authors:/);
		expect(messages(articleSchema.safeParse({ ...valid, source: { file: 'x', url: 'not a url' } }))[0]).toMatch(/^source\.url:/);
	});
});
