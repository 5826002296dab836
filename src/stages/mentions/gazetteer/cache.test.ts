// Tests for the gazetteer cache file: what is read back is what was built.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeGazetteer, encodeGazetteer, gazetteerKey, loadCachedGazetteer } from './cache.ts';
import type { GazetteerData, NameIndex } from './load.ts';

const sample = (): GazetteerData => ({
  cities: [
    { id: 7, name: 'Harrowby', lat: 41.5, lon: -87.25, country: 'US', admin1: 'IL', admin2: '031', population: 5200, code: 'PPL' },
    { id: 9, name: 'São Bento do Norte', lat: -5.06, lon: -35.9, country: 'BR', admin1: '22', admin2: '', population: 0, code: 'PPLA2' },
  ],
  primary: new Map([['harrowby', [0]], ['sao bento do norte', [1, 0]]]),
  alternate: new Map([['bento', [1]]]),
  countries: new Map([['US', { code: 'US', name: 'United States', lat: 38, lon: -97 }]]),
  countryNames: new Map([['united states', 'US']]),
  demonyms: new Map([['american', 'US']]),
  admins: new Map([['US.IL', { key: 'US.IL', country: 'US', code: 'IL', name: 'Illinois', lat: 39.8, lon: -89.6 }]]),
  adminNames: new Map([['illinois', ['US.IL']]]),
  countyStates: new Map([['cook county', ['US.IL']]]),
  countyCodes: new Map([['US.IL|cook county', '031']]),
});

/** The name indexes are read in place, not rebuilt as Maps: they must answer every key as the built ones do. */
const assertSameGazetteer = (back: GazetteerData, data: GazetteerData): void => {
  const { primary, alternate, ...rest } = data;
  const { primary: backPrimary, alternate: backAlternate, ...backRest } = back;
  assert.deepEqual(backRest, rest);
  assert.deepEqual(Object.keys(back), Object.keys(data));
  const sameAnswers = (read: NameIndex, built: NameIndex): void => {
    for (const [key, list] of built as Map<string, number[]>) assert.deepEqual(read.get(key), list, key);
    for (const missing of ['', 'zzzz', 'harrowb', 'harrowbyx']) assert.equal(read.get(missing), (built as Map<string, number[]>).get(missing));
  };
  sameAnswers(backPrimary, primary);
  sameAnswers(backAlternate, alternate);
};

test('a gazetteer encoded and decoded is the same, field by field', () => {
  const data = sample();
  const back = decodeGazetteer(encodeGazetteer(data));
  assertSameGazetteer(back, data);
  assert.deepEqual(Object.keys(back.cities[1]), Object.keys(data.cities[1]));
});

test('a column of few values (countries, states) is read back row by row, each value as written', () => {
  const towns = ['Harrowby', 'Lindale', 'Oakvale', 'Brennick', 'Cold Spring', 'Marwick', 'Tillbury', 'Fenmoor'];
  const data: GazetteerData = {
    ...sample(),
    cities: towns.map((name, i) => ({
      id: i, name, lat: 40 + i, lon: -80 - i, country: i < 6 ? 'US' : 'CA', admin1: ['IL', 'OH', 'ON'][i % 3], admin2: '', population: i * 100, code: 'PPL',
    })),
  };
  const back = decodeGazetteer(encodeGazetteer(data));
  assert.deepEqual(back.cities, data.cities);
  assert.deepEqual(back.cities.map((c) => Object.keys(c)), data.cities.map((c) => Object.keys(c)));
});

test('the cache key stays the same while data and code do', () => {
  assert.match(gazetteerKey(), /^[0-9a-f]{16}$/);
  assert.equal(gazetteerKey(), gazetteerKey());
});

test('the first load writes the cache file; the next reads the same gazetteer from it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-cache-'));
  const built = loadCachedGazetteer(dir);
  assert.deepEqual(readdirSync(dir), [`gazetteer-${gazetteerKey()}.bin`]);
  const read = loadCachedGazetteer(dir);
  assert.notEqual(read, built);
  assert.equal(read.cities.length, built.cities.length);
  assertSameGazetteer(read, built);
});
