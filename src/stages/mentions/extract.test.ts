import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../model/index.ts';
import { segment } from '../annotate/tokenize.ts';
import { extractMentions } from './extract.ts';
import { findCities } from './gazetteer/index.ts';
import { pickPlace } from './place.ts';

const mentionsOf = (text: string): Mention[] => {
  const { sentences, tokens } = segment(text);
  return extractMentions('t1', text, tokens, sentences);
};
const find = (ms: Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text);

test('a title before a name is kept as its role, and its demonym as a place', () => {
  const text = 'Pakistani Prime Minister Shehbaz Sharif spoke to reporters on Monday about the floods.';
  const ms = mentionsOf(text);
  const p = find(ms, 'Shehbaz Sharif');
  assert.equal(p?.type, 'person');
  assert.equal(p?.role, 'Pakistani Prime Minister');
  assert.equal(p?.eventRole, 'official');
  assert.equal(find(ms, 'Pakistani')?.place?.country, 'PK');
  ms.forEach((m) => assert.equal(text.slice(m.start, m.end), m.text));
});

test('an acronym in brackets carries its expansion; particles stay inside names', () => {
  const ms = mentionsOf('The Northern Valley Liberation Front (NVLF) said its fighters had left Mazar-i-Sharif by Tuesday.');
  const acr = find(ms, 'NVLF');
  assert.equal(acr?.longForm, 'Northern Valley Liberation Front');
  assert.equal(acr?.type, 'organization');
  assert.equal(find(ms, 'Mazar-i-Sharif')?.type, 'location');
  assert.equal(find(ms, 'Mazar-i-Sharif')?.place?.country, 'AF');
});

test('a dateline places a town the gazetteer lacks in the state it names', () => {
  const ms = mentionsOf('HERMITAGE, Tenn. — A man was hurt late Friday when a neighbor fired at his truck, deputies said.');
  const d = ms.find((m) => m.source === 'dateline');
  assert.equal(d?.text, 'HERMITAGE');
  assert.equal(d?.place?.admin, 'Tennessee');
  assert.equal(d?.place?.country, 'US');
  assert.equal(pickPlace(ms)?.name, 'Hermitage');
});

test('the state written after a town picks the right one of several', () => {
  const ms = mentionsOf('Officers were called to a house in Springfield, Ill., on Sunday night.');
  const town = find(ms, 'Springfield');
  assert.equal(town?.place?.admin, 'Illinois');
  const nc = mentionsOf('Two men were hurt in Rocky Mount, N.C., after an argument at a car wash.');
  assert.equal(find(nc, 'Rocky Mount')?.place?.admin, 'North Carolina');
});

test('victims and suspects get their part in the event from the words around them', () => {
  const ms = mentionsOf('Tina Marsh, 19, was shot in the leg outside the store. Police said Dale Ormond was arrested Saturday and charged with assault.');
  assert.equal(find(ms, 'Tina Marsh')?.eventRole, 'victim');
  assert.equal(find(ms, 'Dale Ormond')?.eventRole, 'arrested');
});

test('a surname repeated after the full name stays a person, not a namesake town', () => {
  const ms = mentionsOf('Kevin Jackson, 22, was shot on Elm Street. Jackson was taken to a hospital.');
  assert.equal(find(ms, 'Jackson')?.type, 'person');
});

test('own names of towns outrank alternate names, and context picks between namesakes', () => {
  assert.equal(findCities('Islamabad')[0].city.country, 'PK');
  const il = findCities('Springfield', { countries: new Set(['US']), admins: new Set(['US.IL']) })[0];
  assert.equal(il.city.admin1, 'IL');
  const mo = findCities('Springfield', { countries: new Set(['US']), admins: new Set(['US.MO']) })[0];
  assert.equal(mo.city.admin1, 'MO');
});
