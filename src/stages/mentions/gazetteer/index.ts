// Offline geocoding: countries, demonyms, admin areas and towns, ranked by name kind, size and context.

import type { Place } from '../../../model/index.ts';
import { memoize } from '../../memo.ts';
import { loadCachedGazetteer } from './cache.ts';
import type { Admin, City, Country, GazetteerData } from './load.ts';
import { nameKey } from './normalize.ts';
import { apStandaloneCities, apStateAbbreviations, postalCodes } from './us-states.ts';
import { outletTowns } from './outlets.ts';

export { nameKey } from './normalize.ts';

let data: GazetteerData | null = null;

/** The gazetteer, loaded on first use (about a second, ~110 MB). */
export const gazetteer = (): GazetteerData => (data ??= loadCachedGazetteer());

/** Places already known in a report: candidates there are preferred. */
export interface GeoContext {
  countries: Set<string>;
  /** Admin keys, "US.TN". */
  admins: Set<string>;
}

export const emptyContext = (): GeoContext => ({ countries: new Set(), admins: new Set() });

/** A context naming no place, for lookups that only read it (built once: a fresh one per lookup was measurable). */
const noContext: GeoContext = emptyContext();

/** A context naming the US only, to read a name as a US state (read-only: lookups never change a context). */
export const usContext: GeoContext = { countries: new Set(['US']), admins: new Set() };

// Every capitalised token is looked up several times (country, demonym, area, town): its key is folded once.
const foldedKey = memoize(nameKey, 100_000);

/** Lower-case words and digits are their own key (the tokens' lower-case forms mostly): no need to remember them. */
const plainLower = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const lookupKey = (name: string): string => (plainLower.test(name) ? name : foldedKey(name));

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
  const code = g.countryNames.get(lookupKey(name));
  return code ? (g.countries.get(code) ?? null) : null;
};

export const countryByDemonym = (word: string): Country | null => {
  const g = gazetteer();
  const code = g.demonyms.get(lookupKey(word));
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
export const adminByName = (name: string, ctx: GeoContext = noContext): Admin | null => {
  const g = gazetteer();
  const keys = g.adminNames.get(lookupKey(name));
  if (!keys?.length) return null;
  const inCtx = keys.find((k) => ctx.countries.has(k.split('.')[0]));
  // A US state's name is shared by a few municipalities elsewhere ("Florida", Puerto Rico): the state is meant.
  const state = keys.find((k) => k.startsWith('US.'));
  return g.admins.get(inCtx ?? state ?? keys[0]) ?? null;
};

const featureBonus = (code: string): number => (code === 'PPLC' ? 1 : code === 'PPLA' ? 0.6 : code.startsWith('PPLA') ? 0.2 : 0);

/** A town a name key stands for, with the part of its score no report changes: size, own name or alternate, rank. */
interface NamedCity {
  city: City;
  primary: boolean;
  base: number;
  /** Its admin key ("US.TN"), written once instead of at every lookup. */
  admin: string;
}

/** The towns a key names, own names first (each town once), in the order the ranking breaks ties by. */
const readNamedCities = (key: string): NamedCity[] => {
  const g = gazetteer();
  const seen = new Set<number>();
  const out: NamedCity[] = [];
  for (const [map, primary] of [[g.primary, true], [g.alternate, false]] as const) {
    for (const i of map.get(key) ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      const c = g.cities[i];
      out.push({ city: c, primary, base: Math.log10(c.population + 10) + (primary ? 1.5 : 0) + featureBonus(c.code), admin: `${c.country}.${c.admin1}` });
    }
  }
  return out;
};

// Reports name the same towns over and over ("Chicago" in 1 in 3 GVA reports): their lists are kept by name as written.
const namedCities = memoize((name: string) => readNamedCities(lookupKey(name)), 50_000);

const scoreCity = (n: NamedCity, ctx: GeoContext): CityMatch => {
  const inAdmin = ctx.admins.has(n.admin);
  const inCountry = ctx.countries.has(n.city.country);
  const score = n.base + (inCountry ? 2.5 : 0) + (inAdmin ? 3 : 0);
  return { city: n.city, score, primary: n.primary, inContext: inAdmin || inCountry };
};

/** Towns named `name`, best first: own names over alternate names, then context, size, rank. */
export const findCities = (name: string, ctx: GeoContext = noContext, limit = 5): CityMatch[] => {
  const best: CityMatch[] = [];
  for (const n of namedCities(name)) {
    const m = scoreCity(n, ctx);
    // Kept after every match scoring as much, as a stable sort orders ties; only the best `limit` are kept.
    let at = best.length;
    while (at > 0 && best[at - 1].score < m.score) at--;
    if (at >= limit) continue;
    best.splice(at, 0, m);
    if (best.length > limit) best.pop();
  }
  return best;
};

/** The US states that have a county (or parish) of that name: "Bibb County" → Georgia, Alabama. */
export const statesOfCounty = (name: string): Admin[] => {
  const g = gazetteer();
  // "St. Lucie County" is GeoNames' "Saint Lucie County".
  const key = nameKey(fullName(name.replace(/\s+Co\.?$/i, ' County')));
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

// Outside the function: a \p{…} literal is rebuilt at every call once esbuild under tsx (tests, benches; bin/load-main.js keeps them in the bundle) has compiled it.
const municipalityOf = /^(?:Borough|City|Town|Village) of (?=\p{Lu})/iu;

/** A town's name in full: no abbreviations, no "Borough of" ("Borough of Queens" → "Queens"). */
export const fullName = (name: string): string =>
  spelledOut.reduce((n, [re, by]) => n.replace(re, by), name).replace(municipalityOf, '').replace(/^Washington, D\. ?C\.$/, 'Washington');

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

/** A US city news style names without its state ("Atlanta", "St. Louis"). */
export const standsAlone = (name: string): boolean => apStandaloneCities.has(nameKey(fullName(name)));

/**
 * A part of a city ("Englewood" in Chicago), named "City (Part)": the city's coordinates, with the part and the
 * city kept apart too, and a key of its own under the city's ("geonames:4887398/englewood"). A part of a part
 * is a part of the same city.
 */
export const placeOfPart = (city: Place, part: string): Place => {
  const whole = wholeCity(city);
  return { ...whole, name: `${whole.name} (${part})`, city: whole.name, part, ...(whole.key ? { key: `${whole.key}/${nameKey(part)}` } : {}) };
};

/** The city a part of a city lies in; any other place as it is. */
export const wholeCity = (p: Place): Place => {
  if (!p.part) return p;
  const { part: _part, city, ...rest } = p;
  return { ...rest, name: city ?? p.name, ...(p.key ? { key: p.key.replace(/\/[^/]*$/, '') } : {}) };
};

/** A town the gazetteer lacks but the text places in a known area ("HERMITAGE, Tenn."): the area's coordinates. */
export const placeInAdmin = (name: string, a: Admin): Place => ({
  name: fullName(name), admin: a.name, country: a.country, lat: a.lat, lon: a.lon, key: `admin:${a.key}:${nameKey(name)}`,
});

let cityIndex: Map<number, City> | null = null;
const cityOfPlace = (p: Place): City | null => {
  const id = p.key?.match(/^geonames:(\d+)$/)?.[1];
  if (!id) return null;
  cityIndex ??= new Map(gazetteer().cities.map((c) => [c.id, c]));
  return cityIndex.get(Number(id)) ?? null;
};

/** Great-circle distance in kilometres. */
export const kmBetween = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
};

/**
 * A metro area's city: a state capital, or a county seat of 100,000 people or more (a big suburb, "Sterling Heights"
 * next to Detroit, is no metro's city); its towns lie within 25 km of it.
 */
const metroPopulation = 100_000;
const seatCodes = /^PPL(?:A|A2|C)$/;
const metroKm = 25;
let metroCities: City[] | null = null;

/**
 * A US town under 100,000 within 25 km of a metro city of its state, named as postal addresses and incident
 * lists name such towns, under the metro city ("Dallas (DeSoto)", "Salt Lake City (Murray)", "Olympia (Lacey)"); the
 * nearest such city when there are several ("Oakland (San Leandro)", not San Francisco); else under its county's seat
 * (countySeatOf). A county seat is the centre of its own county and keeps its name ("Norristown", "Portsmouth"), as
 * does any other place.
 */
export const placeInMetro = (p: Place): Place => {
  if (p.part) return pointOfPart(p);
  const town = cityOfPlace(p);
  if (!town || town.country !== 'US' || town.population >= metroPopulation || seatCodes.test(town.code)) return p;
  metroCities ??= gazetteer().cities.filter((c) => c.country === 'US' && ((c.population >= metroPopulation && seatCodes.test(c.code)) || c.code === 'PPLA'));
  let metro: City | null = null;
  let nearest = Infinity;
  for (const c of metroCities) {
    const km = c.admin1 === town.admin1 && c.id !== town.id ? kmBetween(c, town) : Infinity;
    if (km <= metroKm && km < nearest) [metro, nearest] = [c, km];
  }
  metro ??= countySeatOf(town);
  // The name is the postal one, the point the town's own: a map shows the scene, not the metro city's centre.
  return metro ? { ...placeOfPart(placeOfCity(metro), p.name), lat: p.lat, lon: p.lon, population: town.population } : p;
};

/**
 * A part of a city that the gazetteer knows as a town or a place of its own near the city ("Dayton (Trotwood)", filed
 * so by the mentions): the point and population are the part's, a map then showing the scene; a neighbourhood it
 * does not know keeps the city's.
 */
const pointOfPart = (p: Place): Place => {
  const city = cityOfPlace(wholeCity(p));
  const own = city && findCities(p.part!).find((m) => m.city.admin1 === city.admin1 && m.city.country === city.country && m.city.id !== city.id && kmBetween(m.city, city) <= metroKm);
  return own ? { ...p, lat: own.city.lat, lon: own.city.lon, population: own.city.population } : p;
};

let seats: Map<string, City> | null = null;
/**
 * The seat of a town's county, when it is a town of 10,000+ at least three times the town's size within 25 km of
 * it: the small town's centre, as its postal address often says ("Reading (Sinking Spring)", "Bend (Sunriver)").
 */
const countySeatOf = (town: City): City | null => {
  if (!seats) {
    seats = new Map();
    for (const c of gazetteer().cities) if (c.country === 'US' && c.code === 'PPLA2') seats.set(`${c.admin1}|${c.admin2}`, c);
  }
  const seat = seats.get(`${town.admin1}|${town.admin2}`);
  return seat && seat.id !== town.id && seat.population >= Math.max(3 * town.population, 10_000) && kmBetween(seat, town) <= metroKm ? seat : null;
};

/** Whether a town lies in a US county or parish place ("Bibb County, Georgia"). */
export const townInCounty = (town: Place, county: Place): boolean => {
  const c = cityOfPlace(town);
  const m = county.key?.match(/^admin:(US\.[A-Z]{2}):(.+)$/);
  if (!c || !m || `${c.country}.${c.admin1}` !== m[1]) return false;
  return gazetteer().countyCodes.get(`${m[1]}|${nameKey(m[2])}`) === c.admin2;
};

/**
 * The biggest town of a US county place ("Miami-Dade County, Florida" → Miami), or null; a place named as the
 * county is without "County" ("MIAMI-DADE, Fla.") is read as that county too.
 */
export const biggestTownOfCounty = (county: Place): Place | null => (county.key ? countyTown(county.key) : null);

// Every town of the gazetteer is scanned for a county: the answer is kept by county.
const countyTown = memoize((key: string): Place | null => {
  const m = key.match(/^admin:US\.([A-Z]{2}):(.+)$/);
  if (!m) return null;
  const g = gazetteer();
  const name = nameKey(m[2]);
  const code = g.countyCodes.get(`US.${m[1]}|${name}`) ?? g.countyCodes.get(`US.${m[1]}|${name} county`);
  if (!code) return null;
  let best: City | null = null;
  for (const c of g.cities) if (c.country === 'US' && c.admin1 === m[1] && c.admin2 === code && (!best || c.population > best.population)) best = c;
  return best ? placeOfCity(best) : null;
}, 10_000);

/** Words around a town's name in outlet domains ("fox13memphis", "orlandosentinel", "goerie"). */
const outletPrefix = /^(?:the|my|go|cityof|abc\d*|nbc\d*|cbs\d*|fox\d*|cw\d*|wb\d*|news\d*)?$/;
/** Town names that are also newspaper words: "unionleader" is no paper of Union, New Jersey. */
const paperWords = new Set(['union', 'enterprise', 'independence', 'liberty', 'commerce', 'progress', 'record', 'star', 'sun', 'globe', 'mercury', 'ledger', 'leader']);

let outletKeys: Map<string, Place> | null = null;
/** US states and towns of 15,000+ by their name without spaces ("sanantonio"), the most populous per name. */
const outletNames = (): Map<string, Place> => {
  if (outletKeys) return outletKeys;
  const g = gazetteer();
  const out = new Map<string, Place>();
  for (const c of g.cities) {
    if (c.country !== 'US' || c.population < 15_000) continue;
    const k = nameKey(fullName(c.name)).replace(/ /g, '');
    const cur = out.get(k);
    if (!cur || (cur.population ?? 0) < c.population) out.set(k, placeOfCity(c));
  }
  // A state's name is the state, unless a big city shares it ("nbcwashington" is in Washington, D.C.).
  for (const a of g.admins.values()) {
    const k = nameKey(a.name).replace(/ /g, '');
    if (a.country === 'US' && (out.get(k)?.population ?? 0) < 500_000) out.set(k, adminPlace(a));
  }
  return (outletKeys = out);
};

/** A town or state spelled inside one domain label, after at most a broadcast prefix ("abc7chicago", "denverpost"). */
const placeInLabel = (label: string): Place | null => {
  const names = outletNames();
  for (let len = label.length; len >= 4; len--) {
    for (let i = 0; i + len <= label.length; i++) {
      const word = label.slice(i, i + len);
      if (!outletPrefix.test(label.slice(0, i)) || paperWords.has(word) || (len < 5 && i === 0 && len < label.length)) continue;
      // "stlouis": the abbreviation news style and domains write for "Saint".
      const hit = names.get(word) ?? (word.startsWith('st') ? names.get(`saint${word.slice(2)}`) : undefined);
      if (hit) return hit;
    }
  }
  return null;
};

const townOf = (spec: string): Place | null => {
  const [name, abbr] = spec.split(', ');
  const admin = usStateByAbbreviation(abbr, true);
  if (!admin) return null;
  if (!name) return adminPlace(admin);
  const hit = findCityInAdmin(name, admin);
  return hit ? placeOfCity(hit) : placeInAdmin(name, admin);
};

/**
 * The town (or state) a local outlet is based in, from its domain: a known call sign or paper
 * ("wsbtv.com" → Atlanta), else a town or state its name spells ("orlandosentinel.com", "chicago.suntimes.com").
 */
export const outletHome = (outlet: string | null | undefined): Place | null => outletHomeOf(outlet ?? '');

/** An outlet's host name without its scheme, path and site prefix ("www.", "m."). */
const hostOf = (outlet: string): string =>
  outlet.toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/:?#]/)[0].replace(/^(?:www\d?|m|mobile|articles|homicides?|amp)\./, '');

const readOutletHome = (outlet: string): Place | null => {
  const host = hostOf(outlet);
  const labels = host.split('.');
  // State and county hosts ("co.marion.or.us") spell areas in codes.
  if (labels.length < 2 || host.endsWith('.us')) return null;
  const named = labels.slice(0, labels.length - (/^(?:co|com|org|net)$/.test(labels[labels.length - 2]) && labels.length > 2 ? 2 : 1));
  const main = named[named.length - 1];
  // A city's own site ("seattle.gov", "pittsburghpa.gov") spells the city; its subdomains ("spdblotter") are its offices.
  if (host.endsWith('.gov')) return placeInLabel(main.replace(/[^a-z0-9]/g, ''));
  // "dfw.cbslocal.com": a subdomain may be the known outlet.
  const known = [...named].reverse().find((label) => outletTowns[label]);
  if (known) return townOf(outletTowns[known]);
  for (const label of [...named].reverse()) {
    const hit = placeInLabel(label.replace(/[^a-z0-9]/g, ''));
    if (hit) return hit;
  }
  return null;
};

// Every report of an outlet asks for its home, twice (mentions, then the report's place): the reading is kept.
const outletHomeOf = memoize(readOutletHome, 10_000);

/** "(WMC-TV) —", "(KTHV)": a station credited at the top of a report, for a story it filed. */
const creditedStation = /\(([KW][A-Z]{2,3})(?:-TV)?\)/;

/**
 * Where a report comes from: the station it credits at its top, when that station's town is known ("(WMC-TV) - A
 * Memphis mother …" on an Evansville site), else its outlet's home.
 */
export const reportHome = (outlet: string | null | undefined, text: string): Place | null => {
  const sign = text.slice(0, 800).match(creditedStation)?.[1];
  return (sign ? outletHome(`${sign.toLowerCase()}.com`) : null) ?? outletHome(outlet);
};

/** A US broadcaster's call sign as its site spells it ("wjhg", "kait8", "wbtv"): K or W, two or three letters, a band or channel. */
const usCallSign = /^[kw][a-z]{2,3}(?:tv|fm|am)?\d{0,2}$/;

/**
 * The country a local outlet is based in: its home town's, else the US for a broadcaster whose site spells a US
 * call sign, though the town it serves is unknown ("wjhg.com").
 */
export const outletCountry = (outlet: string | null | undefined): string | null => {
  const home = outletHome(outlet);
  if (home?.country) return home.country;
  const host = hostOf(outlet ?? '');
  return usCallSign.test(host.split('.')[0]) && host.includes('.') ? 'US' : null;
};
