// Tests: one entity per real person, group and place; look-alikes apart.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, EventEntity, Mention, Place } from '../../model/index.ts';
import { createEntityRegistry } from './registry.ts';
import { resolveEntities } from './resolve.ts';
import { nameSimilarity } from './similarity.ts';

let pos = 0;
const m = (articleId: string, text: string, type: EntityType, extra: Partial<Mention> = {}): Mention => {
  pos += 10;
  return { articleId, start: pos, end: pos + text.length, text, type, ...extra };
};
const place = (name: string, key: string): Place => ({ name, admin: null, country: 'XX', lat: 0, lon: 0, key });
const holding = (es: EventEntity[], name: string): EventEntity | undefined => es.find((e) => [e.name, ...e.aliases].includes(name));
const together = (es: EventEntity[], a: string, b: string): boolean => holding(es, a) !== undefined && holding(es, a) === holding(es, b);

test('transliteration variants of one person are one entity, with the reason kept', () => {
  const es = resolveEntities([m('a1', 'Obaid Rahman Nizamani', 'person'), m('a2', 'Ubaid-ur-Rehman Nizamani', 'person'), m('a3', 'Yousef Karimzadeh', 'person'), m('a4', 'Yusuf Karimzada', 'person')]);
  assert.ok(together(es, 'Obaid Rahman Nizamani', 'Ubaid-ur-Rehman Nizamani'));
  assert.ok(together(es, 'Yousef Karimzadeh', 'Yusuf Karimzada'));
  assert.ok(!together(es, 'Yusuf Karimzada', 'Obaid Rahman Nizamani'));
  assert.match(holding(es, 'Yusuf Karimzada')!.mergedBecause!.join(' '), /spelling variants/);
  assert.deepEqual(holding(es, 'Yusuf Karimzada')!.articleIds, ['a3', 'a4']);
});

test('a spelling variant of a given name merges; a different given name with the same surname does not', () => {
  const es = resolveEntities([m('a1', 'Shahbaz Sharif', 'person'), m('a2', 'Shehbaz Sharif', 'person'), m('a2', 'Shehbaz Sharif', 'person'), m('a3', 'Nawaz Sharif', 'person')]);
  assert.ok(together(es, 'Shahbaz Sharif', 'Shehbaz Sharif'));
  assert.equal(holding(es, 'Shahbaz Sharif')!.name, 'Shehbaz Sharif', 'the most frequent spelling leads');
  assert.ok(!together(es, 'Shehbaz Sharif', 'Nawaz Sharif'));
});

test('a surname alone joins the one full name holding it, and stays apart when two do', () => {
  const one = resolveEntities([m('a1', 'Abdul Qahar Balkhi', 'person', { role: 'ministry spokesperson' }), m('a2', 'Balkhi', 'person', { role: 'Mr.' })]);
  assert.ok(together(one, 'Abdul Qahar Balkhi', 'Balkhi'));
  assert.deepEqual(holding(one, 'Balkhi')!.roles, ['ministry spokesperson'], 'courtesy titles are no roles');
  const two = resolveEntities([m('a1', 'Shehbaz Sharif', 'person'), m('a1', 'Nawaz Sharif', 'person'), m('a2', 'Sharif', 'person')]);
  assert.ok(!together(two, 'Sharif', 'Shehbaz Sharif') && !together(two, 'Sharif', 'Nawaz Sharif'));
});

test('a person is never merged with a place sharing a word of the name', () => {
  const es = resolveEntities([m('a1', 'Shehbaz Sharif', 'person'), m('a1', 'Sharif', 'person'), m('a2', 'Mazar-i-Sharif', 'location', { place: place('Mazar-e Sharif', 'g:1') })]);
  assert.ok(together(es, 'Sharif', 'Shehbaz Sharif'));
  assert.ok(!together(es, 'Mazar-i-Sharif', 'Shehbaz Sharif'));
  assert.equal(holding(es, 'Mazar-i-Sharif')!.type, 'location');
});

test('organization spelling variants merge; the shorter look-alike group stays apart', () => {
  const es = resolveEntities([m('a1', 'Tehrik-i-Taliban Pakistan', 'organization'), m('a2', 'Tehreek-e-Taliban Pakistan', 'organization'), m('a3', 'Taliban', 'organization')]);
  assert.ok(together(es, 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan'));
  assert.ok(!together(es, 'Taliban', 'Tehrik-i-Taliban Pakistan'));
});

test('acronyms: written expansion, initials, and the K of ISIS-K; Islamic State apart from the Islamic Emirate', () => {
  const es = resolveEntities([
    m('a1', 'Islamic State Khorasan Province', 'organization'),
    m('a1', 'ISKP', 'organization', { longForm: 'Islamic State Khorasan Province', source: 'acronym' }),
    m('a2', 'ISIS-K', 'organization'),
    m('a3', 'Islamic State', 'organization'),
    m('a3', 'Islamic Emirate of Afghanistan', 'organization'),
    m('a3', 'Afghanistan', 'location', { place: place('Afghanistan', 'country:AF') }),
    m('a4', 'Northern Valley Front', 'organization'),
    m('a4', 'NVF', 'organization'),
  ]);
  assert.ok(together(es, 'ISKP', 'Islamic State Khorasan Province'));
  assert.ok(together(es, 'ISIS-K', 'ISKP'));
  assert.ok(together(es, 'NVF', 'Northern Valley Front'));
  assert.equal(holding(es, 'ISKP')!.name, 'Islamic State Khorasan Province', 'an expansion leads over its acronym');
  assert.ok(!together(es, 'Islamic State', 'Islamic Emirate of Afghanistan'));
  assert.ok(!together(es, 'Islamic State', 'ISKP'));
  assert.match(holding(es, 'ISKP')!.mergedBecause!.join(' '), /acronym/);
});

test('places merge on their gazetteer entry, and two towns stay two', () => {
  const kabul = place('Kabul', 'geonames:1');
  const es = resolveEntities([m('a1', 'Kabul', 'location', { place: kabul }), m('a2', 'Kabul', 'location', { place: kabul }), m('a2', 'Peshawar', 'location', { place: place('Peshawar', 'geonames:2') })]);
  assert.equal(holding(es, 'Kabul')!.articleIds.length, 2);
  assert.ok(!together(es, 'Kabul', 'Peshawar'));
  assert.equal(holding(es, 'Kabul')!.place?.key, 'geonames:1');
});

test('event roles of a person are collected across reports, and each mention keeps the role its report gives there', () => {
  const es = resolveEntities([m('a1', 'Dale Ormond', 'person', { eventRole: 'suspect' }), m('a2', 'Ormond', 'person', { eventRole: 'arrested' }), m('a2', 'Ormond', 'person')]);
  const e = holding(es, 'Dale Ormond')!;
  assert.deepEqual(e.roles, ['suspect', 'arrested']);
  assert.deepEqual(e.mentions!.map((x) => [x.articleId, x.role]), [['a1', 'suspect'], ['a2', 'arrested'], ['a2', undefined]]);
});

test('name similarity separates variants from different names', () => {
  assert.ok(nameSimilarity('Obaid Rahman Nizamani', 'Ubaid-ur-Rehman Nizamani') >= 0.88);
  assert.ok(nameSimilarity('Shehbaz Sharif', 'Bilawal Bhutto Zardari') < 0.6);
  assert.ok(nameSimilarity('Kevin Marsh', 'Kyle Marsh') < 0.88);
});

test('the registry gives one id to the same entity in two events', () => {
  const reg = createEntityRegistry();
  const [a] = resolveEntities([m('a1', 'Shehbaz Sharif', 'person')]).map(reg.register);
  const [b] = resolveEntities([m('a9', 'Shahbaz Sharif', 'person'), m('a9', 'Shehbaz Sharif', 'person'), m('a9', 'Shehbaz Sharif', 'person')]).map(reg.register);
  const [c] = resolveEntities([m('a8', 'Nawaz Sharif', 'person')]).map(reg.register);
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
});

test('a place written with an abbreviation is named in full, the written form kept as an alias', () => {
  const saint = { ...place('Saint Loriot', 'geonames:7'), name: 'Saint Loriot' };
  const es = resolveEntities([m('a1', 'St. Loriot', 'location', { place: saint }), m('a2', 'St. Loriot', 'location', { place: saint })]);
  assert.equal(es[0].name, 'Saint Loriot');
  assert.deepEqual(es[0].aliases, ['St. Loriot']);
});

test('a person mention with title words glued before a full name written elsewhere is that person', () => {
  const es = resolveEntities([
    m('a1', 'Harbour Safety Tomas Ekwueme Barde', 'person'),
    m('a2', 'Tomas Ekwueme Barde', 'person'),
  ]);
  assert.equal(es.filter((e) => e.type === 'person').length, 1);
  assert.equal(holding(es, 'Tomas Ekwueme Barde')!.articleIds.length, 2);
  assert.ok(!holding(es, 'Tomas Ekwueme Barde')!.aliases.some((a) => /Harbour/.test(a)));
});

test('a hyphenated surname alone is no full name: it joins the one person holding it and never trims the given name', () => {
  const es = resolveEntities([m('a1', 'Lorna Vale-Tibbs', 'person'), m('a1', 'Vale-Tibbs', 'person'), m('a2', 'Oren Tibbs', 'person')]);
  assert.ok(holding(es, 'Lorna Vale-Tibbs'), 'the given name stays');
  assert.ok(together(es, 'Lorna Vale-Tibbs', 'Vale-Tibbs'));
  assert.ok(!together(es, 'Oren Tibbs', 'Vale-Tibbs'));
});

test('a full name with a generational suffix is also known without it', () => {
  const e = holding(resolveEntities([m('a1', 'Corbin Ashdown, Jr.', 'person')]), 'Corbin Ashdown, Jr.');
  assert.ok(e?.aliases.includes('Corbin Ashdown Jr'));
});

test('a double-barrelled surname is also known with a space, a curly apostrophe also as a straight one', () => {
  const e = holding(resolveEntities([m('a1', 'Pell Varo-O’Dowd', 'person')]), 'Pell Varo-O’Dowd');
  assert.ok(e?.aliases.includes("Pell Varo-O'Dowd"));
  assert.ok(e?.aliases.includes("Pell Varo O'Dowd"));
  assert.deepEqual(holding(resolveEntities([m('a1', 'Varo-Dowd', 'person')]), 'Varo-Dowd')?.aliases, [], 'a surname alone gets no forms');
  assert.deepEqual(holding(resolveEntities([m('a1', 'Ubaid-ur-Rehman Nizamani', 'person')]), 'Ubaid-ur-Rehman Nizamani')?.aliases, [], 'a hyphenated given name stays');
});

test('every way the reports write one name stays an alias: a hyphen in one report, a space in another', () => {
  const es = resolveEntities([m('a1', 'Mirela Corvo Tansy', 'person'), m('a2', 'Mirela Corvo-Tansy', 'person'), m('a2', 'Mirela Corvo-Tansy', 'person')]);
  const e = holding(es, 'Mirela Corvo Tansy');
  assert.equal(es.filter((x) => x.type === 'person').length, 1);
  assert.ok(e?.aliases.includes('Mirela Corvo-Tansy'));
});

test('a partial name joins the one person of that name its own report named before it, even when the event holds two', () => {
  const at = (articleId: string, start: number, text: string): Mention => ({ articleId, start, end: start + text.length, text, type: 'person' });
  const es = resolveEntities([
    at('b1', 10, 'Shehbaz Sharif'), at('b1', 60, 'Mr. Sharif'), at('b1', 120, 'Nawaz Sharif'),
    at('b2', 10, 'Nawaz Sharif'), at('b2', 50, 'Sharif'),
    at('b3', 10, 'Sharif'), at('b3', 40, 'Shehbaz Sharif'),
  ]);
  const shehbaz = holding(es, 'Shehbaz Sharif')!;
  const nawaz = holding(es, 'Nawaz Sharif')!;
  assert.ok(shehbaz.mentions!.some((x) => x.articleId === 'b1' && x.start === 60), 'Mr. Sharif in b1 is Shehbaz');
  assert.ok(nawaz.mentions!.some((x) => x.articleId === 'b2' && x.start === 50), 'Sharif in b2 is Nawaz');
  assert.match(shehbaz.mergedBecause!.join(' '), /named before it/);
  assert.ok(![shehbaz, nawaz].some((e) => e.mentions!.some((x) => x.articleId === 'b3' && x.start === 10)), 'a Sharif named before any full name stays apart');
});

test('a country named only by its demonym is named as the country, the demonym an alias', () => {
  const es = resolveEntities([m('a1', 'Pakistani', 'location', { source: 'demonym', place: place('Pakistan', 'country:PK') })]);
  assert.equal(es[0].name, 'Pakistan');
  assert.deepEqual(es[0].aliases, ['Pakistani']);
});

test('across events the registry links spelling variants and known names of a group, and says why', () => {
  const reg = createEntityRegistry();
  const [a] = resolveEntities([m('e1', 'Shahbaz Sharif', 'person')]).map(reg.register);
  const [b] = resolveEntities([m('e2', 'Shehbaz Sharif', 'person')]).map(reg.register);
  const [c] = resolveEntities([m('e3', 'Nawaz Sharif', 'person')]).map(reg.register);
  const [d] = resolveEntities([m('e4', 'Tehreek-e-Taliban Pakistan', 'organization')]).map(reg.register);
  const [e] = resolveEntities([m('e5', 'TTP', 'organization')]).map(reg.register);
  const [f] = resolveEntities([m('e6', 'Taliban', 'organization')]).map(reg.register);
  assert.equal(a.id, b.id);
  assert.match(b.mergedBecause!.join(' '), /"Shehbaz Sharif" is "Shahbaz Sharif" of another event: spelling variants/);
  assert.notEqual(c.id, a.id);
  assert.equal(d.id, e.id);
  assert.notEqual(f.id, d.id);
});
