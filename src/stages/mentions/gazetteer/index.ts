// Offline geocoding: countries, demonyms, admin areas and towns, ranked by name kind, size and context.

import type { Place } from '../../../model/index.ts';
import { type Admin, type City, type Country, type GazetteerData, loadGazetteer } from './load.ts';
import { nameKey } from './normalize.ts';
import { apStateAbbreviations, postalCodes } from './us-states.ts';

export { nameKey } from './normalize.ts';

let data: GazetteerData | null = null;

/** The gazetteer, loaded on first use (about a second, ~110 MB). */
export const gazetteer = (): GazetteerData => (data ??= loadGazetteer());

/** Places already known in a report: candidates there are preferred. */
export interface GeoContext {
  countries: Set<string>;
  /** Admin keys, "US.TN". */
  admins: Set<string>;
}

export const emptyContext = (): GeoContext => ({ countries: new Set(), admins: new Set() });

export interface CityMatch {
  city: City;
  score: number;
  /** Matched on the town's own name, not one of its alternate names. */
  primary: boolean;
  /** Matched a country or admin area already named in the report. */
  inContext: boolean;
}

export const countryByName = (name: string): Country | null => {
  const g = gazetteer();
  const code = g.countryNames.get(nameKey(name));
  return code ? (g.countries.get(code) ?? null) : null;
};

export const countryByDemonym = (word: string): Country | null => {
  const g = gazetteer();
  const code = g.demonyms.get(nameKey(word));
  return code ? (g.countries.get(code) ?? null) : null;
};

export const countryByCode = (code: string): Country | null => gazetteer().countries.get(code) ?? null;

/** "Tenn.", "N.C." and, when `postal` is set, "TN"; also full state names. */
export const usStateByAbbreviation = (abbr: string, postal = false): Admin | null => {
  const a = abbr.trim();
  const code = apStateAbbreviations[a] ?? apStateAbbreviations[a.replace(/\s+/g, '')] ?? (postal && postalCodes.has(a) ? a : null);
  return code ? (gazetteer().admins.get(`US.${code}`) ?? null) : null;
};

/** An admin area by name, preferring one in a country of the context. */
export const adminByName = (name: string, ctx: GeoContext = emptyContext()): Admin | null => {
  const g = gazetteer();
  const keys = g.adminNames.get(nameKey(name));
  if (!keys?.length) return null;
  const inCtx = keys.find((k) => ctx.countries.has(k.split('.')[0]));
  return g.admins.get(inCtx ?? keys[0]) ?? null;
};

const featureBonus = (code: string): number => (code === 'PPLC' ? 1 : code === 'PPLA' ? 0.6 : code.startsWith('PPLA') ? 0.2 : 0);

const scoreCity = (c: City, primary: boolean, ctx: GeoContext): CityMatch => {
  const inAdmin = ctx.admins.has(`${c.country}.${c.admin1}`);
  const inCountry = ctx.countries.has(c.country);
  const score = Math.log10(c.population + 10) + (primary ? 1.5 : 0) + featureBonus(c.code) + (inCountry ? 2.5 : 0) + (inAdmin ? 3 : 0);
  return { city: c, score, primary, inContext: inAdmin || inCountry };
};

/** Towns named `name`, best first: own names over alternate names, then context, size, rank. */
export const findCities = (name: string, ctx: GeoContext = emptyContext(), limit = 5): CityMatch[] => {
  const g = gazetteer();
  const key = nameKey(name);
  const seen = new Set<number>();
  const out: CityMatch[] = [];
  for (const [map, primary] of [[g.primary, true], [g.alternate, false]] as const) {
    for (const i of map.get(key) ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      out.push(scoreCity(g.cities[i], primary, ctx));
    }
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
};

/** The US states that have a county (or parish) of that name: "Bibb County" → Georgia, Alabama. */
export const statesOfCounty = (name: string): Admin[] => {
  const g = gazetteer();
  const key = nameKey(name.replace(/\s+Co\.?$/i, ' County'));
  return (g.countyStates.get(key) ?? []).map((k) => g.admins.get(k)).filter((a): a is Admin => Boolean(a));
};

/** Best town of that name within one admin area ("Rocky Mount" in NC), or null. */
export const findCityInAdmin = (name: string, admin: Admin): City | null => {
  const ctx: GeoContext = { countries: new Set([admin.country]), admins: new Set([admin.key]) };
  const hit = findCities(name, ctx, 10).find((m) => `${m.city.country}.${m.city.admin1}` === admin.key);
  return hit?.city ?? null;
};

const adminName = (country: string, admin1: string): string | null => gazetteer().admins.get(`${country}.${admin1}`)?.name ?? null;

/** Abbreviated name words spelled out, as GeoNames writes most US towns: "St. Louis" → "Saint Louis". */
const spelledOut: [RegExp, string][] = [[/^St\.? (?=\p{Lu})/u, 'Saint '], [/^Ste\.? (?=\p{Lu})/u, 'Sainte '], [/^Ft\.? (?=\p{Lu})/u, 'Fort '], [/^Mt\.? (?=\p{Lu})/u, 'Mount '], [/ St\.? (?=\p{Lu})/u, ' Saint ']];

/** A town's name in full: no abbreviations, no "Borough of" ("Borough of Queens" → "Queens"). */
export const fullName = (name: string): string =>
  spelledOut.reduce((n, [re, by]) => n.replace(re, by), name).replace(/^(?:Borough|City|Town|Village) of (?=\p{Lu})/u, '').replace(/^Washington, D\. ?C\.$/, 'Washington');

export const placeOfCity = (c: City): Place => ({
  name: fullName(c.name), admin: adminName(c.country, c.admin1), country: c.country, lat: c.lat, lon: c.lon,
  population: c.population, key: `geonames:${c.id}`,
});

/** A federal district is its city ("D.C." is Washington). */
const districtCity = new Map<string, string>([['US.DC', 'washington']]);

export const placeOfAdmin = (a: Admin): Place => {
  const city = districtCity.get(a.key);
  const hit = city ? findCityInAdmin(city, a) : null;
  return hit ? placeOfCity(hit) : adminPlace(a);
};

const adminPlace = (a: Admin): Place => ({
  name: a.name, admin: a.name, country: a.country, lat: a.lat, lon: a.lon, key: `admin:${a.key}`,
});

export const placeOfCountry = (c: Country): Place => ({
  name: c.name, admin: null, country: c.code, lat: c.lat, lon: c.lon, key: `country:${c.code}`,
});

/** A town the gazetteer lacks but the text places in a known area ("HERMITAGE, Tenn."): the area's coordinates. */
export const placeInAdmin = (name: string, a: Admin): Place => ({
  name: fullName(name), admin: a.name, country: a.country, lat: a.lat, lon: a.lon, key: `admin:${a.key}:${nameKey(name)}`,
});
