// Datelines ("HERMITAGE, Tenn. —", "PITTSBURGH (KDKA) –"): where a local report was filed.

import type { Mention, Place } from '../../model/index.ts';
import {
  adminByName, countryByName, findCities, findCityInAdmin, type GeoContext, placeInAdmin, placeOfCity, placeOfPart,
  statesOfCounty, townInCounty, usStateByAbbreviation,
} from './gazetteer/index.ts';
import type { Admin } from './gazetteer/load.ts';

const pattern =
  /(^|\n)[ \t]*([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:County|Parish)|[A-Z][A-Za-z.]{0,5}(?:[ \t]?[A-Z][a-z]?\.)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?(?:[ \t]*\([^)\n]{1,30}\)[ \t]*(?:—|–|--|-|:)?|[ \t]*(?:—|–|--|-|:))/g;

// Only the top of a report carries its dateline (after a caption or two at most).
const searchChars = 1200;

// Out here: esbuild under tsx (tests, benches; bin/load-main.js keeps them in the bundle) rebuilds a \p{…} literal at every call (replace resets lastIndex, so sharing is safe).
const wordStart = /(^|[\s.'’-])\p{L}/gu;
const municipalityOf = /^(?:Borough|City|Town|Village) Of (?=\p{Lu})/u;

const titleCase = (s: string): string => s.toLowerCase().replace(wordStart, (m) => m.toUpperCase());

/** The area a dateline qualifier names: "Tenn.", "KAN.", "FL", "Brooklyn" (a borough is no area: null). */
const qualifierAdmin = (q: string, ctx: GeoContext): Admin | null =>
  usStateByAbbreviation(q, true) ?? usStateByAbbreviation(titleCase(q)) ?? (/^[A-Z][a-z]{1,4}$/.test(q) ? usStateByAbbreviation(`${q}.`) : null) ?? adminByName(q, ctx);

/**
 * "SNOWVILLE, Box Elder County —": a town in the county's state, the state whose town of that name lies in the
 * county, else the only state with such a county.
 */
const townOfCounty = (city: string, county: string): Place | null => {
  const states = statesOfCounty(county);
  const towns = states.map((a) => findCityInAdmin(city, a)).map((c) => (c ? placeOfCity(c) : null));
  const inCounty = towns.findIndex((t, i) => t !== null && townInCounty(t, placeInAdmin(county, states[i])));
  if (inCounty >= 0) return towns[inCounty];
  return states.length === 1 ? (towns[0] ?? placeInAdmin(city, states[0])) : null;
};

const locate = (city: string, q: string | undefined, ctx: GeoContext): Place | null => {
  if (q && /\s(?:County|Parish)$/.test(q)) return townOfCounty(city, q);
  const admin = q ? qualifierAdmin(q, ctx) : null;
  if (admin) {
    const hit = findCityInAdmin(city, admin);
    return hit ? placeOfCity(hit) : placeInAdmin(city, admin);
  }
  if (q && countryByName(q)) {
    const cc = countryByName(q)!.code;
    const best = findCities(city, { countries: new Set([cc]), admins: new Set() }).find((m) => m.city.country === cc);
    return best ? placeOfCity(best.city) : null;
  }
  if (q) {
    // "EAST FLATBUSH, Brooklyn": the qualifier is the better-known place.
    const best = findCities(q, ctx)[0];
    return best?.primary ? placeOfPart(placeOfCity(best.city), city) : null;
  }
  const best = findCities(city, ctx)[0];
  return best && best.primary ? placeOfCity(best.city) : null;
};

/** The dateline of a report, as a located mention, or null when it has none. */
export const findDateline = (articleId: string, text: string, ctx: GeoContext): { mention: Mention; end: number } | null => {
  const head = text.slice(0, searchChars);
  for (const m of head.matchAll(pattern)) {
    const raw = m[2].trim().replace(/[ .-]+$/, (s) => (s.endsWith('.') && /[A-Z]\.$/.test(m[2].trim()) ? s : ''));
    const letters = raw.replace(/[^A-Za-z]/g, '');
    if (letters.length < 3 || letters !== letters.toUpperCase()) continue;
    // "TOWN OF CASSVILLE" is Cassville.
    const city = titleCase(raw).replace(municipalityOf, '');
    const place = locate(city, m[3], ctx);
    if (!place) continue;
    const start = (m.index ?? 0) + m[1].length + m[0].slice(m[1].length).indexOf(raw);
    const mention: Mention = { articleId, start, end: start + raw.length, text: raw, type: 'location', place, source: 'dateline' };
    return { mention, end: (m.index ?? 0) + m[0].length };
  }
  return null;
};
