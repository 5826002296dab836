// Finds and types the name mentions of one article and geocodes its places.

import type { EntityType, Mention, Place, Tokens } from '../../model/index.ts';
import { findDateline } from './dateline.ts';
import {
  adminByName, biggestTownOfCounty, countryByCode, countryByDemonym, countryByName, emptyContext, findCities, findCityInAdmin, type GeoContext, usContext,
  fullName, nameKey, outletCountry, reportHome, placeInAdmin, placeOfAdmin, placeOfCity, placeOfPart, placeOfCountry, standsAlone, statesOfCounty, townInCounty,
  kmBetween, usStateByAbbreviation,
} from './gazetteer/index.ts';
import type { Admin } from './gazetteer/load.ts';
import { leadChars, placeLevel } from './place.ts';
import { genericWords, kinWords, nameTitles, notNameStarts, notNameWords, orgHeads, orgWords, placeHeads, portfolioWords, roleNouns, stopNames, streetHeads, titleWords } from './lexicon.ts';
import { isVocabularyWord } from '../annotate/nlp.ts';
import { givenWordNames } from './given-names.ts';
import { eventRoleOf, roleAppositive, rolePrefix, roleOfTitle, shareListRoles } from './roles.ts';
import { findRuns, headlineTokens, numberWord, suffixes, type Run } from './runs.ts';

/** Title words that only modify a following title ("state minister", "deputy chief"). */
const titleModifiers = new Set(['staff', 'state', 'foreign', 'interior', 'defense', 'defence', 'deputy', 'acting', 'former', 'vice', 'prime', 'chargé', 'charge', 'general']);
const compass = new Set(['west', 'east', 'north', 'south', 'central', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest']);
const locatives = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'to', 'into', 'toward', 'towards', 'throughout', 'around', 'of']);
const acronym = /^[A-Z][A-Z0-9&.]{1,7}$/;

// Patterns with \p{…} live out here: esbuild under tsx (tests, benches; bin/load-main.js keeps them in the bundle) turns such a literal into `new RegExp` at every call.
/** A word written as a name: a capital, then letters, apostrophes, dots or hyphens. */
const namedWord = /^\p{Lu}[\p{L}'’.-]*$/u;
/** A word of letters (apostrophes, dots, hyphens inside). */
const letterWord = /^\p{L}[\p{L}'’.-]*$/u;
const startsCapital = /^\p{Lu}/u;
const twoNamedWords = /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u;
const capitals = /^\p{Lu}{2,}$/u;
const callSign = /^\p{Lu}{3,}\d*$/u;
const givenNameWord = /^\p{Lu}\p{Ll}+$/u;

interface Candidate {
  a: number;
  b: number;
  text: string;
  start: number;
  end: number;
  type: EntityType | null;
  role: string | null;
  source: string;
  place: Place | null;
  longForm?: string | null;
  /** Admin area written right after the name ("Gary, Ind."). */
  qualifier?: Admin | null;
  /** Typed by its own cue words ("Council", "Lane"), which an age after it overrules. */
  cued?: boolean;
  /** Placed by words that leave no doubt ("the Woodlawn neighborhood"). */
  pinned?: boolean;
}

interface Ctx {
  id: string;
  text: string;
  t: Tokens;
  geo: GeoContext;
  /** How often each admin area was named, to pick the report's home state. */
  adminCounts: Map<string, number>;
  /** Where the dateline places the report. */
  dateline: Place | null;
  /** Where the report's outlet is based (a local paper or station), if known. */
  home?: Place | null;
  /** The areas written after names ("Gary, Ind."), by the token they start at. */
  qualifiers?: Map<number, Admin>;
}

const span = (c: Ctx, a: number, b: number): { start: number; end: number; text: string } => ({
  start: c.t.start[a], end: c.t.end[b - 1], text: c.text.slice(c.t.start[a], c.t.end[b - 1]),
});

/**
 * A candidate over tokens [a, b), its fields written out in one order, the optional ones unset: spreading a span into
 * it made slow objects, and fields added later gave candidates many shapes, each a reason for V8 to compile again.
 */
const candidateAt = (s: { start: number; end: number; text: string }, a: number, b: number, type: EntityType | null, source: string, place: Place | null = null): Candidate => ({
  start: s.start, end: s.end, text: s.text, a, b, type, role: null, source, place, longForm: undefined, qualifier: undefined, cued: undefined, pinned: undefined,
});

/** The token after "for" or "of" (and "the") that follows token `i` ("Minister of [the] …"), or -1. */
const afterForOf = (c: Ctx, i: number): number => {
  if (c.t.lower[i + 1] !== 'for' && c.t.lower[i + 1] !== 'of') return -1;
  return c.t.lower[i + 2] === 'the' ? i + 3 : i + 2;
};

/** "Minister of Foreign Affairs Ana Mora": the last token of the portfolio after the title word at `last`, before `b`. */
const portfolioEnd = (c: Ctx, last: number, b: number): number => {
  const from = afterForOf(c, last);
  if (from < 0) return last;
  let k = from;
  while (k < b - 1 && portfolioWords.has(c.t.lower[k])) k++;
  return k > from ? k - 1 : last;
};

/** Splits "Pakistani Prime Minister Shehbaz Sharif" into its title and the name. */
const splitTitle = (c: Ctx, run: Run): { title: Run | null; name: Run } => {
  let last = -1;
  for (let k = run.a; k < run.b - 1; k++) {
    const w = c.t.lower[k];
    // "Deputy Matt Bilodeau": a sheriff's deputy is a title of its own when no title word follows.
    if (titleWords.has(w) && (!titleModifiers.has(w) || (w === 'deputy' && !titleWords.has(c.t.lower[k + 1])))) last = k;
    // "Attorney General Jeff Landry", "Secretary General": "general" right after a title word ends that title.
    if (w === 'general' && k === last + 1 && last >= 0) last = k;
  }
  if (last < 0) return { title: null, name: run };
  // "Antonio King Green", "19-year-old Justice Galarza": a title that is also a given name, after another or after an age
  // (not after an English word: "Circuit Judge", "Assistant Judge").
  const given = (i: number): boolean => readsAsGivenName(c, i) && (!isVocabularyWord(c.t.lower[i]) || givenWordNames.has(c.t.lower[i]));
  if (nameTitles.has(c.t.lower[last]) && last < run.b - 1 && (last === run.a + 1 ? given(run.a) : last === run.a && afterAgeAdjective(c, run.a))) {
    return { title: null, name: run };
  }
  // "Detective Division", "South King Drive", "PM EDT": a title word inside the name of an office, street or clock time.
  const end = c.t.lower[run.b - 1];
  if (orgHeads.has(end) || placeHeads.has(end) || notNameWords.has(end) || (last + 2 === run.b && genericWords.has(end))) return { title: null, name: run };
  // Everything before the title word must itself read as a title: words of the title list, a demonym, a country.
  for (let k = run.a; k < last; k++) {
    const w = c.t.lower[k];
    if (!titleWords.has(w) && !countryByDemonym(w) && !countryByName(w) && !orgHeads.has(w) && c.t.pos[k] !== 'PROPN') return { title: null, name: run };
  }
  last = portfolioEnd(c, last, run.b);
  return { title: { a: run.a, b: last + 1 }, name: { a: last + 1, b: run.b } };
};

/**
 * "Neighbor Tarla Benz said", "Principal Ana Mora": a role noun that opens a sentence is written with a capital
 * but is no part of the name after it (rolePrefix then reads it as the role). Only before a given name and surname.
 */
const dropRoleNoun = (c: Ctx, run: Run): Run => {
  const w = c.t.lower[run.a];
  if (run.b - run.a < 3 || !roleNouns.has(w) || titleWords.has(w)) return run;
  const rest = c.t.lower.slice(run.a + 1, run.b);
  // Written as names are, not in capitals ("NEIGHBOR TOLD THEM" is a shouted line).
  const named = rest.every((x, i) => {
    const word = c.text.slice(c.t.start[run.a + 1 + i], c.t.end[run.a + 1 + i]);
    return namedWord.test(word) && !capsWord(word) && !roleNouns.has(x);
  });
  const last = rest[rest.length - 1];
  return named && !orgHeads.has(last) && !placeHeads.has(last) && !notNameWords.has(last) ? { a: run.a + 1, b: run.b } : run;
};

/** A run of title words only ("Pakistani Prime Minister"): a role, not a name. */
const isTitleOnly = (c: Ctx, run: Run | null): boolean => {
  if (!run) return false;
  let title = false;
  for (let k = run.a; k < run.b; k++) {
    const w = c.t.lower[k];
    if (titleWords.has(w)) title ||= !titleModifiers.has(w);
    else if (!countryByDemonym(w)) return false;
  }
  return title;
};

/** "BAUCHI", "NAIVASHA": a town's own name in capitals, not an acronym. */
const isCapitalizedTown = (c: Ctx, word: string): boolean =>
  word.length >= 5 && /^[A-Z]+$/.test(word) && findCities(word, c.geo).some((m) => m.primary && (m.inContext || m.city.population >= 100_000));

/** "Hotel", "Area", "Government", "Grill": a common noun written with a capital is no name on its own. */
const isGenericWord = (c: Ctx, run: Run): boolean =>
  run.b - run.a === 1 && (placeHeads.has(c.t.lower[run.a]) || (orgHeads.has(c.t.lower[run.a]) && !orgWords.has(c.t.lower[run.a])) || genericWords.has(c.t.lower[run.a]));

/** The run that ends just before token `end` (exclusive), rebuilt from the tokens. */
const findPrevRun = (_out: Candidate[], c: Ctx, end: number): Run | null => {
  let a = end;
  while (a - 1 >= 0 && startsCapital.test(c.text.slice(c.t.start[a - 1], c.t.end[a - 1])) && c.t.sentence[a - 1] === c.t.sentence[end]) a--;
  return a < end ? { a, b: end } : null;
};

/** "Gary, Ind." / "Rocky Mount, N.C." / "Springfield, Illinois": the area written after a name. */
interface Qualifier { admin: Admin; end: number }

const qualifierAfter = (c: Ctx, b: number): Qualifier | null => {
  if (c.t.lower[b] !== ',' || b + 1 >= c.t.start.length) return null;

  const two = c.text.slice(c.t.start[b + 1], c.t.end[b + 2] ?? c.t.end[b + 1]);
  const admin2 = twoNamedWords.test(two) ? adminByName(two, c.geo) : null;
  if (admin2) return { admin: admin2, end: b + 3 };
  const w = c.text.slice(c.t.start[b + 1], c.t.end[b + 1]);
  const named = startsCapital.test(w) ? adminByName(w, c.geo) : null;
  // A bare area name abroad ("North") is too loose unless the report is set in that country.
  const admin = usStateByAbbreviation(w, true) ?? (named && (named.country === 'US' || c.geo.countries.has(named.country)) ? named : null);
  return admin ? { admin, end: b + 2 } : null;
};

/** "Florida, Kentucky, West Virginia": states in a list, not a town and its state ("New York, N.Y." is one). */
const unlessStateList = (c: Ctx, name: string, b: number, q: Qualifier | null): Qualifier | null => {
  if (!q || adminByName(name)?.country !== 'US') return q;
  return c.text.slice(c.t.start[b + 1], c.t.end[q.end - 1]) === q.admin.name ? null : q;
};

const lastWord = (c: Ctx, r: Run): string => c.t.lower[r.b - 1];
const words = (c: Ctx, r: Run): string[] => c.t.lower.slice(r.a, r.b);

const typeByCues = (c: Ctx, r: Run): EntityType | null => {
  const ws = words(c, r);
  const last = lastWord(c, r);
  if (placeHeads.has(last) && !ws.some((w) => orgWords.has(w))) return 'location';
  // "State of Bauchi", "City of Tulsa".
  if (ws[1] === 'of' && areaWords.has(ws[0])) return 'location';
  // "Aiken Co.": a county, not a company, when such a county exists.
  if (last === 'co.' && r.b - r.a > 1 && statesOfCounty(span(c, r.a, r.b).text).length) return 'location';
  if (orgHeads.has(last) || ws.some((w) => orgWords.has(w))) return 'organization';
  return null;
};

/** "Milford Township", "Boyertown Borough": a municipality of its own, never guessed to be a part of a city. */
const ownMunicipality = /\s(?:Township|Twp\.?|County|Parish|Borough|Village)$/i;

/** "World War II", "Wayne State", "KAIT Jonesboro", "Southern California": a war, a university, a station, a region; no settlement. */
const settlementLike = (name: string): boolean => !/\s(?:I{1,3}|IV|V|State)$/.test(name) && !/\b[A-Z]{3,}\b/.test(name) && !regionOfState(name);

const regionPrefix = /^(?:(?:North|South|East|West)(?:ern)?|Central)\s+(\p{Lu}.+)$/u;

/** "North Alabama", "Southern California", "East Texas": a region of a US state, which lies in the state. */
const regionOfState = (name: string): Admin | null => {
  const rest = name.match(regionPrefix)?.[1];
  const state = rest && !adminByName(name) ? adminByName(rest, usContext) : null;
  return state?.country === 'US' ? state : null;
};

const sidePrefix = /^(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Central|Downtown)\s+(\p{Lu}.+)$/u;

/** Geocodes a name typed or guessed as a place; `strict` requires the town's own name. */
const geocode = (c: Ctx, written: string, qualifier: Admin | null, strict: boolean): Place | null => {
  // "Northeast Washington D.C.": the city, with its district written after it in one run.
  const name = written.replace(/(\bWashington),?\s+D\.\s?C\.$/, '$1');
  if (/\.$/.test(name)) {
    const state = usStateByAbbreviation(name);
    return state ? placeOfAdmin(state) : null;
  }
  if (name.length < 3 || compass.has(name.toLowerCase())) return null;
  // "West Baltimore", "South Los Angeles": a part of the city, when no town has that full name.
  const side = name.match(sidePrefix)?.[1];
  const region = regionOfState(name);
  if (region) return placeOfAdmin(region);
  if (side && !adminByName(name) && !countryByName(name) && !findCities(name, c.geo).some((m) => m.primary)) {
    const city = findCities(side, c.geo).find((m) => m.primary && m.city.population >= 100_000);
    if (city) return placeOfCity(city.city);
  }
  const country = countryByName(name);
  // "Georgia" in a report set in the US is the state.
  const state = country && c.geo.countries.has('US') ? adminByName(name, usContext) : null;
  if (state?.country === 'US') return placeOfAdmin(state);
  if (country) return placeOfCountry(country);
  if (qualifier) {
    const hit = findCityInAdmin(name, qualifier);
    // "KAIT Jonesboro, AR": a station's brand before its state, no town the gazetteer lacks.
    return hit ? placeOfCity(hit) : settlementLike(name) ? placeInAdmin(name, qualifier) : null;
  }
  const admin = adminByName(name, c.geo);
  const best = findCities(name, c.geo)[0];
  // A region abroad the report never placed it in does not outweigh a sizeable US town ("Savannah").
  const townAtHome = best?.primary && best.city.country === 'US' && best.city.population >= 50_000 && admin?.country !== 'US' && !c.geo.countries.has(admin?.country ?? '');
  if (admin && !townAtHome && (!best || !best.inContext || c.geo.countries.has(admin.country))) {
    // A state or province unless a town of that name in context is the likelier reading.
    if (!best || best.city.population < 500_000 || !best.primary) return placeOfAdmin(admin);
  }
  // A big city's other spelling ("Mazar-i-Sharif") is safe; a village's, or a short one ("Pat"), is not.
  const safeAlternate = best !== undefined && best.city.population >= 100_000 && name.length >= 6;
  if (best && (best.primary || (!strict && name.length >= 4) || safeAlternate)) return placeOfCity(best.city);
  return null;
};

/** A county in the state the text gives, else the only state with one of that name, else the report's own state. */
const countyPlace = (c: Ctx, name: string, qualifier: Admin | null): Place | null => {
  const states = statesOfCounty(name);
  const home = firstContextAdmin(c);
  const inContext = states.find((a) => a.key === home?.key) ?? states.find((a) => c.geo.admins.has(a.key));
  const admin = qualifier ?? inContext ?? (states.length === 1 ? states[0] : states.length ? null : home);
  return admin ? placeInAdmin(name, admin) : null;
};

/**
 * "Pike County … of Minford, and … of Bainbridge": a county name many states share, in a report that gives no
 * state, lies in the state where the report's other names are towns of that county (else towns of that state).
 */
const countyByTowns = (c: Ctx, cands: Candidate[], k: Candidate): Place | null => {
  const name = k.text.replace(/\s+Co\.?$/, ' County');
  const names = [...new Set(cands.filter((o) => o !== k && o.type !== 'person' && !/\b(?:County|Parish|Co\.)$/.test(o.text)).map((o) => o.text))];
  const scored = statesOfCounty(name).map((admin) => {
    const county = placeInAdmin(name, admin);
    const towns = names.map((n) => findCityInAdmin(n, admin)).filter((t) => t !== null && t.population >= 1_000 && nameKey(t.name) !== nameKey(admin.name));
    return { county, score: towns.reduce((sum, t) => sum + (townInCounty(placeOfCity(t!), county) ? 1 : 0.25), 0) };
  }).sort((a, b) => b.score - a.score);
  // Only a clear lead decides: a tie leaves the county unplaced.
  return scored[0]?.score > 0 && scored[0].score > (scored[1]?.score ?? 0) ? scored[0].county : null;
};

/** The US state most named in the report so far. */
const firstContextAdmin = (c: Ctx): Admin | null => {
  let best: string | null = null;
  for (const [k, n] of c.adminCounts) if (k.startsWith('US.') && (!best || n > c.adminCounts.get(best)!)) best = k;
  if (!best) for (const k of c.geo.admins) if (k.startsWith('US.')) best ??= k;
  return best ? usStateByAbbreviation(best.slice(3), true) : null;
};

const offices = new Set(['commissioner', 'minister', 'secretary', 'director', 'general']);

/**
 * "Commissioner for Internal Security Yakubu Madaki", "Commissioner of Police Umar Sanda": the office and its portfolio
 * (capitalized common words, in the run or just before it) as a title run, from the capitalized words before the office
 * ("Bauchi State Commissioner"); null when no portfolio opens the run.
 */
const portfolioTitle = (c: Ctx, run: Run): Run | null => {
  let k = run.a;
  while (k < run.b && portfolioWords.has(c.t.lower[k])) k++;
  let p = run.a;
  while (p > 0 && portfolioWords.has(c.t.lower[p - 1]) && startsCapital.test(c.text.slice(c.t.start[p - 1], c.t.end[p - 1]))) p--;
  if (k === run.a && p === run.a) return null;
  const office = p - 2 - (c.t.lower[p - 1] === 'the' ? 1 : 0);
  if (!offices.has(c.t.lower[office]) || afterForOf(c, office) !== p || c.t.sentence[office] !== c.t.sentence[run.a]) return null;
  return { a: findPrevRun([], c, office + 1)?.a ?? office, b: k };
};

/** "Bauchi State Commissioner" before "for Internal Security": the office of a title, no name. */
const isOfficeBeforePortfolio = (c: Ctx, run: Run): boolean =>
  offices.has(c.t.lower[run.b - 1]) && portfolioWords.has(c.t.lower[afterForOf(c, run.b - 1)] ?? '');

/** First pass: every run with the type its own words and the gazetteer give. */
const candidates = (c: Ctx, skip: Set<number>): Candidate[] => {
  const out: Candidate[] = [];
  for (const found of findRuns(c.text, c.t, skip)) {
    let run = dropRoleNoun(c, found);
    if (isTitleOnly(c, run) || isGenericWord(c, run)) continue;
    if (isOfficeBeforePortfolio(c, run)) {
      out.push(...orgPlacePrefix(c, run, true));
      continue;
    }
    const portfolio = portfolioTitle(c, run);
    if (portfolio && portfolio.b === run.b) continue;
    if (portfolio) run = { a: portfolio.b, b: run.b };
    // "Prime Minister (PM)": the acronym of a title is no entity.
    if (run.b - run.a === 1 && c.t.lower[run.a - 1] === '(' && isTitleOnly(c, findPrevRun(out, c, run.a - 1))) continue;
    const { title, name } = splitTitle(c, run);
    if (title) {
      for (let k = title.a; k < title.b; k++) {
        const country = countryByDemonym(c.t.lower[k]) ?? countryByName(c.t.lower[k]);
        if (country) out.push(candidateAt(span(c, k, k + 1), k, k + 1, 'location', 'demonym', placeOfCountry(country)));
      }
      // "Logan Police Capt.": the town of the force.
      if (!countryByDemonym(c.t.lower[title.a])) out.push(...orgPlacePrefix(c, title, true));
    }
    const s = span(c, name.a, name.b);
    const country = countryByName(s.text);
    const roleRun = title ?? portfolio;
    const cand = candidateAt(s, name.a, name.b, null, roleRun ? 'title' : 'name');
    cand.role = roleRun ? span(c, roleRun.a, roleRun.b).text : null;
    const q = unlessStateList(c, s.text, name.b, qualifierAfter(c, name.b));
    if (q) {
      cand.qualifier = q.admin;
      c.geo.admins.add(q.admin.key);
      c.geo.countries.add(q.admin.country);
      (c.qualifiers ??= new Map()).set(name.b + 1, q.admin);
    }
    // "Battle Ground, Washington": the state written after a town is that state, not a city of its name.
    const area = c.qualifiers?.get(name.a);
    if (area && !title && adminByName(s.text)?.key === area.key) {
      cand.type = 'location';
      cand.source = 'qualifier';
      cand.place = placeOfAdmin(area);
    } else if (roleRun) cand.type = 'person';
    else if (settlementOf.test(c.text.slice(Math.max(0, s.start - 20), s.start))) {
      cand.type = 'location';
      cand.source = 'settlement';
    }
    else if (name.b - name.a === 1 && acronym.test(s.text.replace(/\.$/, '')) && !country && !isCapitalizedTown(c, s.text) && !usStateByAbbreviation(s.text)) {
      cand.type = 'organization';
      cand.source = 'acronym';
      if (c.t.lower[name.a - 1] === '(' && c.t.lower[name.b] === ')') {
        const prev = out[out.length - 1];
        const possessive = prev && /^['’]s$/.test(c.t.lower[prev.b]) && prev.b === name.a - 2;
        if (prev && (prev.b === name.a - 1 || possessive)) {
          cand.longForm = prev.text;
          cand.type = prev.type ?? 'organization';
        }
      }
    } else if (name.b - name.a === 1 && countryByDemonym(c.t.lower[name.a]) && !countryByName(c.t.lower[name.a])) {
      cand.type = 'location';
      cand.source = 'demonym';
      cand.place = placeOfCountry(countryByDemonym(c.t.lower[name.a])!);
    } else {
      cand.type = typeByCues(c, name);
      cand.cued = cand.type !== null;
      if (!cand.type && country) {
        cand.type = 'location';
        cand.source = 'gazetteer';
      }
      // "Afghan Foreign Ministry": the demonym still tells the country.
      const dem = countryByDemonym(c.t.lower[name.a]);
      if (dem && name.b - name.a > 1) c.geo.countries.add(dem.code);
    }
    if (cand.place) c.geo.countries.add(cand.place.country ?? '');
    if (country) c.geo.countries.add(country.code);
    const admin = adminByName(s.text);
    if (admin && cand.type !== 'person' && cand.type !== 'organization' && admin.country === 'US') {
      c.geo.admins.add(admin.key);
      c.geo.countries.add('US');
    }
    out.push(cand);
    if (cand.type === 'organization' && !cand.longForm) out.push(...orgPlacePrefix(c, name));
  }
  return out;
};

/** Words after a town's name in the names of its own services ("Rocky Mount Police", "Tulsa Fire"). */
const localInstitutions = new Set(['police', 'sheriff', "sheriff's", 'fire', 'county', 'city', 'metro', 'municipal', 'district', 'public', 'school', 'schools', 'state', 'metropolitan']);

/** "Savannah-Chatham": the first town of a hyphened pair. */
const jointForce = /^(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)-\p{Lu}/u;

/** "Savannah-Chatham": the state where the town lies in the county named second (Chatham County, Georgia), else null. */
const stateOfJointForce = (town: string, rest: string): Admin | null => {
  const county = `${rest.replace(/\s+(?:County|Parish)\b.*$/, '').split(/\s+(?=\p{Ll}|Metro|Police|Sheriff)/u)[0]} County`;
  return statesOfCounty(county).find((a) => {
    const hit = findCityInAdmin(town, a);
    return hit !== null && townInCounty(placeOfCity(hit), placeInAdmin(county, a));
  }) ?? null;
};

/** "Rocky Mount Police Department": the town an institution is named after, as its own place mention. */
const orgPlacePrefix = (c: Ctx, r: Run, inContextOnly = false): Candidate[] => {
  for (let k = r.b - 1; k > r.a; k--) {
    const word = c.t.lower[k];
    if (!localInstitutions.has(word)) continue;
    const name = span(c, r.a, k);
    // "Metro Police", "City Police": the force of a city the name does not give.
    if (k - r.a === 1 && localInstitutions.has(c.t.lower[r.a])) return [];
    // "Murray State" is no state; "Henry County Police" names the county (its seat may be elsewhere).
    if (word === 'state' && adminByName(name.text)?.country !== 'US') return [];
    if (word === 'county' && statesOfCounty(`${name.text} County`).length) {
      const county = span(c, r.a, k + 1);
      return [candidateAt(county, r.a, k + 1, 'location', 'org-name')];
    }
    // "Kansas City Star": a town whose own name ends in "City" is that town, not the state before it.
    if (word === 'city' && findCities(span(c, r.a, k + 1).text, c.geo).some((m) => m.primary)) {
      return [candidateAt(span(c, r.a, k + 1), r.a, k + 1, 'location', 'org-name')];
    }
    const towns = findCities(name.text, c.geo);
    // "Batesville Police Officer Tyler Hardin" in a report that names no state yet: a US town of that name.
    const unplaced = c.geo.admins.size === 0 && [...c.geo.countries].every((x) => x === 'US') && towns[0]?.primary && towns[0].city.country === 'US';
    if (inContextOnly && !towns[0]?.inContext && !adminByName(name.text) && !unplaced) return [];
    if (towns.some((m) => m.primary) || countryByName(name.text) || adminByName(name.text))
      return [candidateAt(name, r.a, k, 'location', 'org-name')];
    // "Savannah-Chatham Metropolitan Police": a joint force is named after its town first.
    const first = name.text.match(jointForce)?.[1];
    if (first && findCities(first, c.geo).some((m) => m.primary && m.city.country === 'US')) {
      const town = candidateAt({ start: name.start, end: name.start + first.length, text: first }, r.a, k, 'location', 'org-name');
      town.qualifier = stateOfJointForce(first, name.text.slice(first.length + 1));
      return [town];
    }
    const lead = forceWords.has(word) ? leadingCity(c, r.a, k) : 0;
    if (lead) return [candidateAt(span(c, r.a, lead), r.a, lead, 'location', 'org-name')];
  }
  return [];
};

/**
 * "Savannah Chatham Metropolitan Police", "Chicago Housing Authority Police": the first words of a police force's
 * name that are a sizeable US city's (100,000+) or a town of the report's area; the token they end at, or 0.
 */
const forceWords = new Set(['police', 'metro', 'metropolitan']);
const leadingCity = (c: Ctx, a: number, b: number): number => {
  for (let end = Math.min(b - 1, a + 3); end > a; end--) {
    // "Baltimore County Police" is the county's force, not the city's.
    if (areaHeads.has(c.t.lower[end])) continue;
    const hit = findCities(span(c, a, end).text, c.geo).find((m) => m.primary && m.city.country === 'US');
    if (hit && (hit.city.population >= 100_000 || hit.inContext)) return end;
  }
  return 0;
};

const headlineBefore = new Set(['in', 'at', 'near', 'outside']);
const headlineAfter = new Set(['police', 'sheriff', "sheriff's", 'pd', 'area', 'fire']);
const headlineWord = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * Title Case lines (headlines) give no name cues, so their places are read from the gazetteer alone: a county
 * ("Two Shootings Reported In Bartow County"), or a town after "In", "At", "Near" or before "Police", "Area"
 * ("Shot At Birthday Party In Compton", "Antioch Police Investigate Shooting").
 */
const headlinePlaces = (c: Ctx, lines: Set<number>): Candidate[] => {
  const out: Candidate[] = [];
  // Each token is asked up to six times (as the start and inside of three-, two- and one-word names): answered once.
  const known = new Int8Array(c.t.start.length + 3);
  const readWord = (k: number): boolean => lines.has(k) && headlineWord.test(c.text.slice(c.t.start[k], c.t.end[k])) && !stopNames.has(c.t.lower[k]);
  const word = (k: number): boolean => {
    if (known[k] === 0) known[k] = readWord(k) ? 1 : 2;
    return known[k] === 1;
  };
  const words = (a: number, len: number): boolean => {
    for (let d = 0; d < len; d++) if (!word(a + d)) return false;
    return true;
  };
  for (let a = 0; a < c.t.start.length; a++) {
    for (let len = 3; len >= 1 && word(a); len--) {
      const b = a + len;
      if (!words(a, len)) continue;
      const next = c.t.lower[b] ?? '';
      const county = next === 'county' || next === 'parish';
      const name = span(c, a, county ? b + 1 : b);
      // "Three Dead East Of Bozeman": a compass point and "of" set the scene as "near" does.
      const compassOf = c.t.lower[a - 1] === 'of' && compass.has(c.t.lower[a - 2] ?? '');
      const cued = county ? statesOfCounty(name.text).length > 0 : headlineBefore.has(c.t.lower[a - 1] ?? '') || headlineAfter.has(next) || compassOf;
      if (!cued || (!county && !findCities(name.text, c.geo).some((m) => m.primary && m.city.country === 'US'))) continue;
      // Placed once the rest of the report has set the context (headlineTown).
      out.push(candidateAt(name, a, county ? b + 1 : b, 'location', 'headline'));
      a = b - 1;
      break;
    }
  }
  return out;
};

/**
 * A town a headline names, read with the whole report's context: a US town of that name (local news) unless the
 * report is set abroad; none when the report writes the word in lower case too ("In Early Morning …", "early").
 */
const headlineTown = (c: Ctx, k: Candidate): Place | null => {
  if (k.b - k.a === 1 && new RegExp(`\\b${c.t.lower[k.a]}\\b`).test(c.text)) return null;
  const found = geocode(c, k.text, null, true);
  const home = found && found.country !== 'US' && (!c.geo.countries.size || c.geo.countries.has('US')) ? findCities(k.text, c.geo).find((m) => m.primary && m.city.country === 'US') : undefined;
  const town = home ? placeOfCity(home.city) : found;
  // A small town only in a state the report is about ("In Early Morning" is no Early, Texas, in a New Jersey report).
  return town && placeLevel(town) === 3 && town.country === 'US' && ((town.population ?? 0) >= 50_000 || inHomeArea(c, town)) ? town : null;
};

/** "Ana Mora, 24," / "Ana Mora, 24;": an age right after a name. */
const isAge = (c: Ctx, b: number): boolean =>
  c.t.lower[b] === ',' && c.t.pos[b + 1] === 'NUM' && /^\d{1,3}$/.test(c.t.lower[b + 1]) && [',', '.', ';'].includes(c.t.lower[b + 2]);

const ageAdjectiveBefore = /\d+-year-old(?:\s+(\p{Ll}+))?\s*$/iu;

/** "a 19-year-old Ana Mora", "a 19-year-old friend Ana Mora": an age adjective, maybe with a role noun, before the name. */
const afterAgeAdjective = (c: Ctx, a: number): boolean => {
  const before = c.text.slice(Math.max(0, c.t.start[a] - 40), c.t.start[a]).match(ageAdjectiveBefore);
  return before !== null && (!before[1] || roleNouns.has(before[1]) || personNouns.has(before[1]));
};
const personNouns = new Set(['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'child', 'toddler', 'baby']);

/** "a 15-year-old Ridley County boy": an age before an area name, or before a noun after the name, is not the name's. */
const areaHeads = new Set(['county', 'parish', 'city', 'township', 'borough', 'state', 'district', 'province', 'region', 'area']);
const nounFollows = (c: Ctx, b: number): boolean => c.t.pos[b] === 'NOUN' || personNouns.has(c.t.lower[b] ?? '') || roleNouns.has(c.t.lower[b] ?? '');

/** An age says a name is a person's, whatever the words that usually make it a place, group or title. */
const hasAge = (c: Ctx, k: Candidate): boolean =>
  (isAge(c, k.b) || (afterAgeAdjective(c, k.a) && !nounFollows(c, k.b) && !/^['’]s$/.test(c.t.lower[k.b] ?? ''))) && !words(c, k).some((w) => areaHeads.has(w));

const identifiedBefore = /\bidentified (?:(?:him|her|them|the (?:victim|suspect|man|woman|boy|girl|child|teen|shooter|gunman)s?) )?as\s+$/i;

/** "a boy identified as Zackary", "police identified the victim as Ana Mora": a name, not a place or group. */
const identifiedAs = (c: Ctx, k: Candidate): boolean =>
  identifiedBefore.test(c.text.slice(Math.max(0, k.start - 40), k.start)) && !nounFollows(c, k.b) && !/^['’]s$/.test(c.t.lower[k.b] ?? '');

/** "RICHARDSON 09/15/1991": a date of birth after the name, as police bulletins list the wanted. */
const bornOn = (c: Ctx, b: number): boolean => {
  let i = b;
  while (c.t.pos[i] === 'SPACE') i++;
  return /^\d{1,2}\/\d{1,2}\/(?:19|20)\d\d$/.test(c.t.lower[i] ?? '');
};

/** An all-capital word of two letters or more ("CBS", "RADIO"), not initials ("J.C."). */
const capsWord = (w: string): boolean => capitals.test(w);

/**
 * A run no cue typed that reads as no person's name: a word never found in names, "of", a start no name has,
 * or two words in capitals ("CBS RADIO", "EYE Logo TM": page furniture and broadcast captions).
 */
const unlikeName = (c: Ctx, k: Candidate): boolean => {
  const ws = words(c, k);
  // "Court of Dreams", "Board of Education": "of" joins the names of places and bodies, not of people.
  if (ws.some((w) => notNameWords.has(w) || w === 'of') || notNameStarts.has(ws[0]) || numberWord.test(span(c, k.a, k.a + 1).text)) return true;
  // "Afghanistan-Pakistan (border)", "US-Mexico": two countries joined, not a double-barrelled name.
  if (ws[1] === '-' && countryByName(ws[0]) && countryByName(ws[2] ?? '')) return true;
  let caps = 0;
  for (let i = k.a; i < k.b; i++) if (capsWord(c.text.slice(c.t.start[i], c.t.end[i]))) caps++;
  // "KAIT Jonesboro", "NBC New York", "UPMC Mercy": a station, network or agency of three capitals or more before a
  // word or two names no person (a title and a full name after it, "FBI Agent Ana Mora", may).
  const station = callSign.test(c.text.slice(c.t.start[k.a], c.t.end[k.a])) && k.b - k.a <= 3 && /^\S+(?:\s+\S+){1,2}$/u.test(k.text);
  return caps >= 2 || station;
};

/**
 * "Free Tax Preparation", "Evading Arrest", "Ad Ad Loading": capitalized common words only (page furniture, shop names,
 * charges), no person's name; a name has a word the English vocabulary lacks ("Dale Whisenant"). Two common words
 * may still be a name ("Drew Smith", "Mason Stone"); three, one that is plainly no name's, or two opening with no
 * given name ("Express Mart") are not.
 */
const commonWordsOnly = (ws: readonly string[]): boolean => {
  const letters = ws.filter((w) => letterWord.test(w));
  // "Tony Pass Jr.": a generational suffix is a person's.
  if (ws.some((w) => suffixes.has(w))) return false;
  if (!letters.every(isVocabularyWord)) return false;
  if (letters.length >= 3 || verbFirst.test(letters[0] ?? '') || letters.some((w) => abstractWord.test(w))) return true;
  // "Express Mart", "Circle K": two common words are a name only when the first is also a given name ("Summer Miller",
  // "Drew Smith"), an initial ("J. Hunter") or a kin word before one ("Uncle Wade").
  return letters.length === 2 && !letters[0].endsWith('.') && !givenWordNames.has(letters[0]) && !kinWords.has(letters[0]);
};

/**
 * A person by every rule but a title, whose words are all common ones: retyped last, so that nothing the report's
 * other names were read by changes (surnames, lists, roles of the names after it).
 */
const isPhrase = (c: Ctx, m: Mention): boolean => {
  const ws = c.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
  return ws.length > 1 && commonWordsOnly(ws);
};

/** A verb form opening the words ("Evading Arrest", "Stalled Vehicle"), where a given name stands; surnames may end so ("Manning"). */
const verbFirst = /^\p{L}{3,}(?:ing|ed)$/u;
/** Adverbs and abstract nouns ("Properly", "Public Protection"), which no name is ("Kelly" is). */
const abstractWord = /^\p{L}{3,}(?:[^l]ly|tion|ment|ness|ity|ies)$/u;

/** A person's last word, and a hyphenated surname whole ("Dale-Mora" of "Ana Dale-Mora"), that the surname alone may be typed by. */
const addSurname = (c: Ctx, k: Candidate, into: Set<string>): void => {
  into.add(lastWord(c, k));
  const surname = k.text.match(/\s(\S+-\S+)$/u)?.[1];
  if (surname) into.add(surname.toLowerCase());
};

/**
 * Names typed by the words around them: a charge, a portfolio or a thing after it makes a name no person, an age or a
 * role makes it one. Returns the keys of the names the report gave to things.
 */
const typeByWords = (c: Ctx, cands: Candidate[]): Set<string> => {
  for (const k of cands) if (k.type === null && (words(c, k).some((w) => charges.has(w)) || isPortfolio(c, k) || c.t.lower[k.b] !== undefined && thingNouns.has(c.t.lower[k.b]))) k.type = 'other';
  // "the Mvuli Star Coach bus … passengers of Mvuli Star Coach": a name the report once gave to a thing is no person elsewhere in it.
  const things = new Set(cands.filter((k) => k.type === 'other').map((k) => nameKey(k.text)));
  for (const k of cands) {
    // "Ana Council, 34,", "17-year-old Ana Lane": a two-word name its last word typed is still a person with an age.
    if (k.cued && k.b - k.a === 2 && hasAge(c, k)) k.type = 'person';
    if (k.type === null && k.b - k.a >= 1 && (isAge(c, k.b) || (afterAgeAdjective(c, k.a) && !residentAfter.test(c.text.slice(k.end, k.end + 15))) || rolePrefix(c.text, c.t, k.a) || roleAppositive(c.text, c.t, k.a, k.b) || identifiedAs(c, k) || bornOn(c, k.b))) k.type = 'person';
  }
  return things;
};

/** Places read before the report's people: names set as places, counties, settlements, big towns after "in". */
const placeEarly = (c: Ctx, cands: Candidate[]): void => {
  const early = (k: Candidate): boolean => k.type === 'location' && !k.place && (k.source !== 'headline' || c.t.lower[k.b - 1] === 'county' || c.t.lower[k.b - 1] === 'parish');
  for (const k of cands) if (early(k)) k.place = placeOf(c, k);
  for (const k of cands) if (k.place && !strayTown(c, k.place)) addContext(c, k.place);
  // Big towns named after "in" set the scene before the small, ambiguous ones are read.
  for (const k of cands) {
    if (k.type !== null || !locatives.has(c.t.lower[k.a - 1] ?? '')) continue;
    const best = findCities(k.text, c.geo)[0];
    if (best?.primary && best.city.population >= 100_000) addContext(c, placeOfCity(best.city));
  }
  // Counties need their state, which the context may only now know, or the towns named with them.
  for (const k of cands) if (early(k)) k.place = placeOf(c, k);
  for (const k of cands) {
    if (k.type !== 'location' || k.place || !/\b(?:County|Parish|Co\.)$/.test(k.text)) continue;
    k.place = countyByTowns(c, cands, k);
    if (k.place) addContext(c, k.place);
  }
  // "in Lowry City", "in Deerfield Township": a settlement the gazetteer lacks.
  for (const k of cands) if (k.type === 'location' && !k.place && settlementHeads.has(c.t.lower[k.b - 1])) k.place = unlistedTown(c, cands, k);
};

/** A name no cue typed, typed by the report's people and places: a person, a place or neither. */
const typeByPlace = (c: Ctx, cands: Candidate[], k: Candidate, things: Set<string>, personTokens: Set<string>): void => {
  const ws = words(c, k);
  if (atCrossing(c, k)) {
    k.type = 'other';
    return;
  }
  const resident = residentOf(c, k);
  if (resident) return locate(k, resident);
  // "the Dalton area", "a Dalton-area boy": an area is named after a place, as "in Dalton" would say.
  const locative = locatives.has(c.t.lower[k.a - 1] ?? '') || /^(?:-|\s+)area\b/.test(c.text.slice(k.end, k.end + 6));
  const multi = k.b - k.a > 1;
  const found = geocode(c, k.text, k.qualifier ?? null, !locative);
  const place = found && strayAbroad(c, found, locative, multi) ? null : found;
  const unlisted = place ? null : unlistedTown(c, cands, k);
  if (unlisted) return locate(k, unlisted);
  if ((ws.every((w) => personTokens.has(w)) || personTokens.has(k.text.toLowerCase())) && !k.qualifier && !(locative && place && placeIsStrong(place))) {
    k.type = 'person';
    return;
  }
  const guess = place && locative && !k.qualifier ? localGuess(c, cands, k.text, place) : null;
  if (guess) return locate(k, guess);
  if (place && (k.qualifier || locative || placeIsStrong(place) || countryByName(k.text))) return locate(k, place);
  if (multi && place && isTownName(place, k.text)) return locate(k, place);
  // Two written words at least: one hyphenated word ("Miami-Dade", "Kel-Tec") is no given name and surname.
  if (multi && /\s/.test(k.text) && ws.every((w) => /^(?:-|,|["“”'‘’])$/.test(w) || letterWord.test(w)) && !unlikeName(c, k) && !things.has(nameKey(k.text))) {
    k.type = 'person';
    return;
  }
  if (place && !multi && (inHomeArea(c, place) || (place.population ?? 0) >= 50_000)) return locate(k, place);
  k.type = 'other';
};

/** Types a candidate a place, at `place`. */
const locate = (k: Candidate, place: Place): void => {
  k.type = 'location';
  k.place = place;
};

/**
 * Second pass: types what cues left open, using the report's people and places. Its steps are functions of their
 * own, not one: V8 compiled the one function several times over while a first run of the stage warmed up.
 */
const resolve = (c: Ctx, cands: Candidate[]): void => {
  const things = typeByWords(c, cands);
  placeEarly(c, cands);
  placeNeighbourhoods(c, cands);
  const personTokens = new Set<string>();
  // Longer names first, so that "Robinson" finds "Kaemon Robinson" already typed.
  const order = [...cands].sort((x, y) => (y.b - y.a) - (x.b - x.a));
  for (const k of order) {
    if (k.type === null) typeByPlace(c, cands, k, things, personTokens);
    if (k.type === 'person') addSurname(c, k, personTokens);
  }
  for (const k of cands) if (k.source === 'headline' && !k.place) k.place = headlineTown(c, k);
};

// "Natrona County District Court" is a court, not a district of a city.
const hoodAfter = /^\s+(?:neighbou?rhood|section|community|district(?!\s+(?:court|attorney|judge))|area of)\b/i;
const hoodOf = /^\s+(?:neighbou?rhood|section|community|district|area) of\s+(?:the\s+city\s+of\s+)?$/i;
const hoodBefore = /\b(?:neighbou?rhood|section|community|district) of\s+(?:the\s+)?$/i;

/**
 * The city a report is set in: its dateline town, else the biggest town of 100,000+ it names, not as the name of
 * a neighbourhood ("the Gresham neighborhood" in a Chicago paper).
 */
const mainCity = (c: Ctx, cands: Candidate[]): Place | null => {
  if (c.dateline?.key?.startsWith('geonames:') && (c.dateline.population ?? 0) >= 50_000) return c.dateline;
  let best: Place | null = null;
  for (const k of cands) {
    if (hoodAfter.test(c.text.slice(k.end, k.end + 20))) continue;
    // An unplaced name counts only as a city of a country the report is about ("Chihuahua" is no Mexican city in Oregon).
    const hit = k.place || k.type !== null ? null : findCities(k.text, c.geo).find((m) => m.primary && m.inContext);
    const place = k.place ?? (hit ? placeOfCity(hit.city) : null);
    if (place?.key?.startsWith('geonames:') && (place.population ?? 0) >= 100_000 && (!best || place.population! > best.population!)) best = place;
  }
  return best;
};

/** ", Philadelphia and", "'s top rival": what follows a name in a list or before a possessive. */
const listedAfter = /^(?:\s*(?:,|and|or)\s+(?:the\s+)?\p{Lu}|['’]s\b)/u;

/**
 * "the Austin neighborhood", "the Hill District", "Coney Island, Brooklyn": a part of the report's
 * city, placed there (named "Austin, Chicago"), never geocoded as a town of its own elsewhere.
 */
const placeNeighbourhoods = (c: Ctx, cands: Candidate[]): void => {
  let city: Place | null | undefined;
  for (const [i, k] of cands.entries()) {
    if (k.type === 'person' || k.type === 'organization') continue;
    const after = c.text.slice(k.end, k.end + 20);
    const before = c.text.slice(Math.max(0, k.start - 30), k.start);
    const next = cands[i + 1];
    // "Coney Island, Brooklyn": the part, then its city. Asked of few candidates, so looked up only when asked.
    let big: boolean | undefined;
    const bigName = (): boolean => (big ??= Boolean(k.place && placeIsStrong(k.place)) || findCities(k.text, c.geo).some((m) => m.primary && m.city.population >= 100_000));
    // "Battle Ground, Washington": a state after a town is no city it lies in.
    // "the Colts, Philadelphia and Buffalo", "Buena Vista, Bridgeport and the Saginaw County Sheriff": names in a list are no part and its city.
    // "The Yankees, Boston's top rival": nor is a name before a city's possessive.
    const listed = next && listedAfter.test(c.text.slice(next.end, next.end + 16));
    const partOf = next && !listed && !k.qualifier && /^,\s*$/.test(c.text.slice(k.end, next.start)) && next.type !== 'person' && !adminByName(next.text) ? findCities(next.text, c.geo).find((m) => m.primary && m.inContext && m.city.population >= 100_000 && (m.city.country === 'US' || c.text.includes(countryByCode(m.city.country)?.name ?? '\u0000'))) : undefined;
    if (partOf && !bigName()) {
      const p = placeOfCity(partOf.city);
      Object.assign(k, { type: 'location', place: placeOfPart(p, fullName(k.text)), pinned: true });
      continue;
    }
    const districtName = c.t.lower[k.b - 1] === 'district' && k.b - k.a > 1 && !(k.place && placeIsStrong(k.place));
    const county = ['county', 'parish'].includes(c.t.lower[k.b - 1]);
    // "the NoMa neighborhood of D.C.": after "neighborhood of", a big city is the city, not the part.
    const partBefore = hoodBefore.test(before) && !bigName() && !usStateByAbbreviation(k.text);
    if ((!hoodAfter.test(after) && !partBefore && !districtName) || county) continue;
    // "the Portland neighborhood of Louisville": the city is named.
    const cityNamed = next && hoodOf.test(c.text.slice(k.end, next.start));
    const of = cityNamed && !next.place ? findCities(next.text, c.geo).find((m) => m.primary) : undefined;
    const ofCity = cityNamed ? (next.place ?? (of ? placeOfCity(of.city) : null)) : null;
    city ??= mainCity(c, cands);
    // "the Woodlawn neighborhood" leaves no doubt; "a Lexington community" may be the town's own.
    const pinned = /^\s+neighbou?rhood\b(?!\s+(?:market|store|grocery|watch))/i.test(after) || /neighbou?rhood of\s+(?:the\s+)?$/i.test(before);
    // In a report that names no city, a neighbourhood is one of its outlet's city ("the Gresham neighborhood" in a Chicago paper).
    const home = pinned && c.home?.key?.startsWith('geonames:') && (c.home.population ?? 0) >= 100_000 ? c.home : null;
    const own = ofCity?.key?.startsWith('geonames:') ? ofCity : city ?? home;
    if (!own || nameKey(k.text) === nameKey(own.city ?? own.name)) continue;
    Object.assign(k, { type: 'location', place: placeOfPart(own, fullName(k.text)), pinned });
  }
};

/**
 * "in New Town", read before the report's other names: a small town abroad, in a country the report has not
 * named, is too weak a reading to set the country the report's other names are read in.
 */
const strayTown = (c: Ctx, p: Place): boolean =>
  placeLevel(p) === 3 && p.country !== 'US' && (p.population ?? 0) < 100_000 && !c.geo.countries.has(p.country ?? '');

const addContext = (c: Ctx, p: Place): void => {
  if (!p.country) return;
  c.geo.countries.add(p.country);
  if (p.country !== 'US' || !p.admin) return;
  const a = adminByName(p.admin, usContext);
  if (a?.country !== 'US') return;
  c.geo.admins.add(a.key);
  c.adminCounts.set(a.key, (c.adminCounts.get(a.key) ?? 0) + 1);
};

/** "Commissioner for Internal Security, …": the portfolio of a title, not a name. */
const isPortfolio = (c: Ctx, k: Candidate): boolean =>
  /\b(?:commissioner|minister|secretary|director|ministry|department)\s+(?:for|of)\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(0, k.start - 40), k.start)) &&
  /^\s*(?:,|\.|$)/.test(c.text.slice(k.end, k.end + 2));

/** Nouns a name may modify ("the Mvuli Star Coach bus", "the Nairobi-Nakuru highway"): that name is no person. */
const thingNouns = new Set(['bus', 'buses', 'highway', 'road', 'route', 'truck', 'company', 'firm', 'airline', 'train', 'line', 'expressway', 'freeway', 'corridor']);

/** Capitalized charge names in crime reports ("Reckless Conduct", "Convicted Felon"): no names. */
const charges = new Set(['reckless', 'conduct', 'possession', 'felon', 'tampering', 'evidence', 'cruelty', 'degree', 'murder', 'homicide', 'assault', 'battery', 'manslaughter', 'endangerment', 'robbery', 'burglary', 'weapon', 'firearm', 'firearms', 'attempted', 'aggravated', 'discharge', 'unlawful', 'felony', 'misdemeanor', 'charges', 'count', 'counts']);

/**
 * A small town of another state, named in a report placed elsewhere, is more likely a part of the
 * report's own area ("Hermitage" in a Nashville story): keep the name, place it in that area or city.
 */
const localGuess = (c: Ctx, cands: Candidate[], name: string, place: Place): Place | null => {
  if (place.country !== 'US' || (place.population ?? 0) >= 100_000 || !place.key?.startsWith('geonames:')) return null;
  const home = firstContextAdmin(c);
  // A town of a state the report names is that town ("Roundup" in a Montana story about a Colorado woman).
  if (!home || place.admin === home.name || inHomeArea(c, place)) return null;
  // A town just across the state line from the report's city is that town ("Frazee" in a Fargo story).
  const city = mainCity(c, cands);
  if (city && kmBetween(city, place) < 150) return null;
  // In a report set in a city of that area, more likely one of the city's parts ("Hermitage" of Nashville).
  const own = ownMunicipality.test(name) ? null : sceneCity(c, cands) ?? bigCity(c, cands);
  return own?.admin === home.name ? placeOfPart(own, fullName(name)) : placeInAdmin(name, home);
};

const policeAfter = /^\s+(?:Metro(?:politan)?\s+)?(?:Police|police|PD)\b/;

/**
 * The city a report's events happen in, as far as its wording tells: its dateline city, else the city whose
 * own police it cites ("Cincinnati police said"), else the city its lead sets the scene in ("shot in Brooklyn"),
 * a city of 100,000+ in any case.
 */
const sceneCity = (c: Ctx, cands: Candidate[]): Place | null => {
  if (c.dateline) return c.dateline.country === 'US' && c.dateline.key?.startsWith('geonames:') && (c.dateline.population ?? 0) >= 100_000 ? c.dateline : null;
  return textCity(c, cands);
};

/** The city of 100,000+ whose police a report cites, else the one its lead sets the scene in, whatever its dateline. */
const textCity = (c: Ctx, cands: Candidate[]): Place | null => {
  const city = (p: Place | null | undefined): p is Place => p?.country === 'US' && p.key?.startsWith('geonames:') === true && (p.population ?? 0) >= 100_000;
  // Names not typed yet count too: the report's city may come later in the reading order than its parts.
  const placeOf = (k: Candidate): Place | null => {
    if (k.type === 'location') return k.place;
    const hit = k.type === null ? findCities(k.text, c.geo).find((m) => m.primary && m.inContext) : undefined;
    return hit ? placeOfCity(hit.city) : null;
  };
  // The first city cited with its police wins, else the first set as the lead's scene; only those names are looked up.
  let set: Place | null = null;
  for (const k of cands) {
    const policed = policeAfter.test(c.text.slice(k.end, k.end + 25));
    const scene = !set && k.start < leadChars && /\b(?:in|at)\s+$/.test(c.text.slice(Math.max(0, k.start - 4), k.start));
    if (!policed && !scene) continue;
    const place = placeOf(k);
    if (place?.part || !city(place)) continue;
    if (policed) return place;
    set = place;
  }
  return set;
};

const streetWord = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Trail|Terrace)s?\.?`;
const crossingBefore = new RegExp(String.raw`(?:\b${streetWord}\s+(?:and|&)|\b(?:at|on|near)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?\s+(?:and|&)|\b(?:corner|intersection) of)\s+$`, 'u');
const crossingAfter = new RegExp(String.raw`^(?:\s+${streetWord}|\s+(?:and|&)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?\s+${streetWord})(?![\p{L}])`, 'u');
const crossingStart = /\b(?:at|on|near)\s+$/;
const crossingNext = /^\s+(?:and|&)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?(?![\p{L}.'’]|\s*,\s*\p{Lu}|\s+\p{Lu})/u;

/**
 * "Yosemite Avenue and Cleveland", "at Grandville and Franklin", "the corner of Elm and Main": streets
 * at a crossing, not towns.
 */
const atCrossing = (c: Ctx, k: Candidate): boolean => {
  // "the 29200 block of Garnet": a street too.
  if (k.qualifier) return false;
  const before = c.text.slice(Math.max(0, k.start - 60), k.start);
  const after = c.text.slice(k.end, k.end + 60);
  return crossingBefore.test(before) || crossingAfter.test(after) || (crossingStart.test(before) && crossingNext.test(after)) || /\bblock of\s+$/i.test(before);
};

// "Quillbury Heights": a heights is a town or a part of one, whatever the gazetteer lacks.
const settlementHeads = new Set(['city', 'township', 'twp', 'twp.', 'village', 'borough', 'town', 'heights']);
const sceneBefore = /\b(?:in|near|outside)\s+$/;
const sceneAfter = /^(?:\s*[.;]|,\s+(?:\p{Ll}|\d|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:County|Parish)\b)|\s+(?:on|at|around|about|early|late|last|this|just|shortly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Township|area)\b)/u;

/** "happened Wednesday in Waitsfield.": a town the gazetteer lacks, placed in the report's state, not replaced by a known one elsewhere. */
const unlistedTown = (c: Ctx, cands: Candidate[], k: Candidate): Place | null => {
  if (k.qualifier || !sceneBefore.test(c.text.slice(Math.max(0, k.start - 10), k.start)) || !sceneAfter.test(c.text.slice(k.end, k.end + 40))) return null;
  if (k.b - k.a > 3 || words(c, k).some((w) => !letterWord.test(w) || stopNames.has(w)) || adminByName(k.text) || countryByName(k.text)) return null;
  if (!settlementLike(k.text)) return null;
  const home = firstContextAdmin(c);
  if (!home) return null;
  // In a report set in a city, an unknown name is more likely one of its neighbourhoods ("in Parramore").
  const city = ownMunicipality.test(k.text) ? null : localCity(c, cands);
  return city?.admin === home.name ? placeOfPart(city, fullName(k.text)) : placeInAdmin(k.text, home);
};

/** The city a report is set in: its dateline town, its outlet's town of 100,000+, else the city its wording sets it in (sceneCity). */
const localCity = (c: Ctx, cands: Candidate[]): Place | null =>
  c.dateline?.key?.startsWith('geonames:') && (c.dateline.population ?? 0) >= 50_000 ? c.dateline
    : c.home?.key?.startsWith('geonames:') && (c.home.population ?? 0) >= 100_000 ? c.home : sceneCity(c, cands);

const residentBefore = /\b(?:a|an)\s+(?:\d+-year-old\s+)?$/i;
const residentAfter = /^\s+(?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|father|mother|mom|dad|native|student|homeowner)\b/;

/**
 * "a 12-year-old Elm Falls boy", "an Elm Falls woman": the name is a town, found in the report's state
 * (or, when the gazetteer lacks it there, placed in that state), else the gazetteer's best of that name.
 */
const residentOf = (c: Ctx, k: Candidate): Place | null => {
  // The words around first: they rule out most names without a lookup.
  if (!residentBefore.test(c.text.slice(Math.max(0, k.start - 20), k.start)) || !residentAfter.test(c.text.slice(k.end, k.end + 15))) return null;
  if (adminByName(k.text) || countryByName(k.text)) return null;
  const home = k.qualifier ?? firstContextAdmin(c);
  if (home) {
    const hit = findCityInAdmin(k.text, home);
    if (hit) return placeOfCity(hit);
  }
  // Else a town of that name near the report's state ("a Landover man" in a Virginia story, Landover being in Maryland).
  const best = findCities(k.text, c.geo)[0];
  const town = best?.primary && best.city.country === 'US' ? placeOfCity(best.city) : null;
  const named = town && (!home || kmBetween(home, town) < 400) ? town : null;
  return named ?? (home ? placeInAdmin(k.text, home) : null);
};

/** The big US city a report is set in: its dateline's or outlet's, else the biggest it names (300,000+). */
const bigCity = (c: Ctx, cands: Candidate[]): Place | null => {
  const big = (p: Place | null | undefined): p is Place => p?.country === 'US' && p.key?.startsWith('geonames:') === true && (p.population ?? 0) >= 300_000;
  if (c.dateline) {
    // "MIAMI-DADE, Fla. —": a county's dateline is set in its big city, if it has one.
    const countyCity = c.dateline.key?.startsWith('geonames:') ? null : biggestTownOfCounty(c.dateline);
    return big(c.dateline) ? c.dateline : big(countyCity) ? countyCity : null;
  }
  if (big(c.home)) return c.home;
  const city = sceneCity(c, cands);
  return big(city) ? city : null;
};

/** "Baltimore County": a county only one state has names that state, as "Maryland" would. */
const onlyStateOfCounty = (k: Candidate): string | null => {
  if (k.type !== 'location' || !/\b(?:County|Parish)$/.test(k.text)) return null;
  const states = statesOfCounty(k.text);
  return states.length === 1 ? states[0].name : null;
};

/**
 * A small town far away, or abroad in a country the report never names, read in a report set in a big US
 * city is a part of that city ("Algiers" or "Central City" in a New Orleans story): placed there.
 */
const rehomeStrays = (c: Ctx, cands: Candidate[]): void => {
  let city: Place | null | undefined;
  const moved = new Map<string, Place>();
  // The states the report names, in full or abbreviated ("Md.", "N.D."), alone or after a town.
  const states = new Set(cands.flatMap((k) => [k.qualifier?.name, k.type === 'location' && /^admin:US\.[A-Z]{2}$/.test(k.place?.key ?? '') ? k.place!.admin : null, onlyStateOfCounty(k)]));
  const named = (p: Place): boolean => states.has(p.admin ?? '\u0000') || c.text.includes(p.admin ?? '\u0000');
  // "Tyre King … Tyre's mother": a stray one-word name that a person the report names in full bears first is that person.
  // ("Bellagio Las Vegas", a place read as a person, gives no name.)
  const placeNames = new Set(cands.filter((k) => k.type === 'location').map((k) => k.text.toLowerCase()));
  const given = new Set(cands.filter((k) => k.type === 'person' && k.b - k.a >= 2 && !placeNames.has(c.t.lower.slice(k.a + 1, k.b).join(' '))).map((k) => c.t.lower[k.a]));
  for (const k of cands) {
    const p = k.place;
    if (k.type !== 'location' || !p?.key?.startsWith('geonames:') || k.qualifier || k.source === 'settlement' || !settlementLike(k.text) || ownMunicipality.test(k.text)) continue;
    // A town that shares its name with a big US city ("Atlanta", Texas; "Los Angeles", Chile) is not moved: the name is the city's.
    const usCity = findCities(k.text).some((m) => m.primary && m.city.country === 'US' && m.city.population >= 100_000);
    const abroad = p.country !== 'US' && !c.text.includes(countryByCode(p.country ?? '')?.name ?? '\u0000') && !usCity;
    // A big city of another state too, set as the scene ("in", "at") in a report that never names that state, when
    // news style would have named it ("CHICAGO — … a party in Austin"; not "in Atlanta", which stands alone).
    const big = p.country === 'US' && (p.population ?? 0) >= 100_000 && !named(p) && !standsAlone(k.text);
    // A small town of a state the report names ("Minot … Butte, N.D.", "Randallstown, Md.") is that town.
    const small = p.country === 'US' && (p.population ?? 0) < 100_000 && !usCity && !named(p);
    const far = small || big;
    if (!abroad && !far) continue;
    city ??= bigCity(c, cands);
    if (big && !['in', 'at'].includes(c.t.lower[k.a - 1] ?? '')) continue;
    if (!city || p.key === city.key || (far && p.admin === city.admin) || kmBetween(city, p) < 150 || (far && !locatives.has(c.t.lower[k.a - 1] ?? ''))) continue;
    if (k.b - k.a === 1 && given.has(c.t.lower[k.a])) {
      Object.assign(k, { type: 'person', place: null });
      continue;
    }
    moved.set(p.key, placeOfPart(city, fullName(k.text)));
  }
  // The same reading elsewhere in the report ("Madison apartment" in a headline) moves with it.
  for (const k of cands) if (k.type === 'location' && !k.qualifier && k.place?.key && moved.has(k.place.key) && !k.place.part) k.place = moved.get(k.place.key)!;
};

/**
 * "AUSTIN — … a shooting on the West Side … Chicago police said": a bare dateline naming a city news style gives
 * with its state, in a report that never names that state but is set in a big city of another (textCity), is a
 * part of that city.
 */
const localDateline = (c: Ctx, cands: Candidate[], dateline: Mention): Mention => {
  const p = dateline.place;
  if (!p?.key?.startsWith('geonames:') || p.part || p.country !== 'US' || c.text.startsWith(',', dateline.end) || standsAlone(p.name) || c.text.includes(p.admin ?? '\u0000')) return dateline;
  const city = textCity(c, cands);
  return city && city.admin !== p.admin && (city.population ?? 0) >= 300_000 ? { ...dateline, place: placeOfPart(city, p.name) } : dateline;
};

/**
 * Towns of the report's own state read as parts of its city: "Miami Police are investigating a shooting in
 * Allapattah" (a place near a city whose own police work the scene, with no police of its own named, lies within
 * the city: "Miami (Allapattah)"), "DAYTON — … shot in Trotwood" (a small town next to the city a report is
 * datelined in is filed under that city, as postal addresses are: "Dayton (Trotwood)"), and "CHICAGO — … shot in Chatham" (a small town far from the big city a
 * report is datelined in or policed by is a namesake of one of its parts).
 */
const partsOfOwnCity = (c: Ctx, cands: Candidate[]): void => {
  const policed = cands.find((k) => k.type === 'location' && k.place?.key?.startsWith('geonames:') && !k.place.part && k.place.country === 'US' && (k.place.population ?? 0) >= 100_000 && policeAfter.test(c.text.slice(k.end, k.end + 25)))?.place;
  // A dateline city of 100,000+ is the hub its suburbs are filed under ("DAYTON — … shot in Trotwood": "Dayton (Trotwood)").
  const hub = c.dateline?.key?.startsWith('geonames:') && !c.dateline.part && (c.dateline.population ?? 0) >= 100_000 ? c.dateline : null;
  const city = policed ?? hub;
  if (!city) return;
  const moved = new Map<string, Place>();
  for (const k of cands) {
    const p = k.place;
    if (k.type !== 'location' || !p?.key?.startsWith('geonames:') || p.part || k.qualifier || p.key === city.key || p.admin !== city.admin) continue;
    if ((p.population ?? 0) >= 100_000 || (p.population ?? 0) * 4 > (city.population ?? 0) || !['in', 'at'].includes(c.t.lower[k.a - 1] ?? '')) continue;
    const km = kmBetween(city, p);
    const far = km > 150 && !findCities(k.text).some((m) => m.primary && m.city.population >= 100_000);
    if (!((policed || city === hub) && km <= 15) && !far) continue;
    if (policeAfter.test(c.text.slice(k.end, k.end + 25)) || new RegExp(`\\b${k.text}\\s+(?:police|Police)\\b`).test(c.text)) continue;
    moved.set(p.key, placeOfPart(city, fullName(k.text)));
  }
  for (const k of cands) if (k.type === 'location' && !k.qualifier && k.place?.key && moved.has(k.place.key)) k.place = moved.get(k.place.key)!;
};

/**
 * "a Jackson hospital … call Meridian police": a town's name read alone as the biggest town so named is, in a
 * report whose other places (or outlet) all lie in another state, the town of that name in that state.
 */
const rereadInReportState = (c: Ctx, cands: Candidate[]): void => {
  const stateOf = (p: Place | null | undefined): string | null => (p?.country === 'US' && p.admin ? p.admin : null);
  // Every place is weighed against every other: their name keys, and the state each place votes for (null when it
  // votes for none), are read once, and a vote kept up to date when its place is read again.
  const keys = cands.map((o) => nameKey(o.text));
  const voteOf = (o: Candidate): string | null => (o.type === 'location' && o.source !== 'org-name' ? stateOf(o.place) : null);
  const states = cands.map(voteOf);
  for (let i = 0; i < cands.length; i++) {
    const k = cands[i];
    const p = k.place;
    if (k.type !== 'location' || !p?.key?.startsWith('geonames:') || p.part || p.country !== 'US' || k.qualifier || k.pinned || standsAlone(k.text)) continue;
    // The states of the report's other places, each mention a vote (the outlet's half of one).
    const votes = new Map<string, number>();
    const vote = (a: string | null, w: number): void => { if (a) votes.set(a, (votes.get(a) ?? 0) + w); };
    vote(stateOf(c.home), 0.5);
    vote(stateOf(c.dateline), 1);
    for (let j = 0; j < cands.length; j++) if (states[j] !== null && keys[j] !== keys[i]) vote(states[j], 1);
    const [first, second] = [...votes.entries()].sort((x, y) => y[1] - x[1]);
    if (!first || votes.has(p.admin ?? '') || (second && second[1] * 2 > first[1])) continue;
    const admin = adminByName(first[0], usContext);
    const there = admin ? findCityInAdmin(k.text, admin) : null;
    if (there && nameKey(there.name) === nameKey(fullName(k.text))) {
      k.place = placeOfCity(there);
      states[i] = voteOf(k);
    }
  }
};

/** The state of the first US town or county a report names. */
const usStateOf = (cands: Candidate[]): Admin | null => {
  const p = cands.find((k) => k.type === 'location' && k.place?.country === 'US' && k.place.admin && placeLevel(k.place) >= 1)?.place;
  return p?.admin ? adminByName(p.admin, usContext) : null;
};

/**
 * "a man down in the yard of a Lebanon home", "near Palestine": in a report set in a US state that has a town of that
 * name, a country's name is the town, unless the report names the country's people too ("Lebanese").
 */
const readCountryNamesAsTowns = (c: Ctx, cands: Candidate[]): void => {
  const state = firstContextAdmin(c) ?? usStateOf(cands);
  if (!state) return;
  const demonyms = new Set(cands.filter((k) => k.source === 'demonym').map((k) => k.place?.country));
  for (const k of cands) {
    const code = k.type === 'location' && k.place?.key?.startsWith('country:') && k.b - k.a === 1 ? k.place.country : null;
    if (!code || code === 'US' || demonyms.has(code)) continue;
    const town = findCityInAdmin(k.text, state);
    if (town && nameKey(town.name) === nameKey(k.text)) k.place = placeOfCity(town);
  }
};

/**
 * "the Lake O' the Pines area", "Gulf", "Brittany": in a report set in the US that names no other country, a town
 * or region abroad of a country the report never names is a misreading: a town of the report's state after "in",
 * else no place. A big city abroad (a million people or more) may stand alone ("Toronto").
 */
const dropUnnamedAbroad = (c: Ctx, cands: Candidate[]): void => {
  const named = new Set(cands.filter((k) => k.type === 'location' && (k.source === 'demonym' || k.place?.key?.startsWith('country:'))).map((k) => k.place?.country));
  if (c.dateline?.country) named.add(c.dateline.country);
  const home = c.home?.country === 'US' || cands.some((k) => k.type === 'location' && k.place?.country === 'US');
  if (!home || [...named].some((x) => x !== 'US')) return;
  for (const k of cands) {
    const p = k.place;
    if (k.type !== 'location' || !p || p.country === 'US' || p.key?.startsWith('country:') || (p.population ?? 0) >= 1_000_000 || k.qualifier) continue;
    // "shot Friday in Delia": after "in", a town of the report's state, known or not.
    const state = locatives.has(c.t.lower[k.a - 1] ?? '') && settlementLike(k.text) ? (firstContextAdmin(c) ?? usStateOf(cands)) : null;
    const town = state ? findCityInAdmin(k.text, state) : null;
    k.place = town ? placeOfCity(town) : state ? placeInAdmin(k.text, state) : null;
    if (!k.place) k.type = 'other';
  }
};

/**
 * One name, one place in a report: where the text pins a name down (a dateline with its state, a state written
 * after it, "the Woodlawn neighborhood"), the name's other mentions take that reading rather than a guess.
 */
const unifyReadings = (cands: Candidate[], dateline: Mention | null): void => {
  const pinned = new Map<string, Place>();
  const keyOf = (text: string): string => nameKey(fullName(text));
  if (dateline?.place) pinned.set(keyOf(dateline.text), dateline.place);
  const towns = cands.filter((k) => k.type === 'location' && k.place && placeLevel(k.place) === 3);
  for (const k of towns) if ((k.qualifier || k.pinned) && !pinned.has(keyOf(k.text))) pinned.set(keyOf(k.text), k.place!);
  // "Hamilton police" in a report on Hamilton Township: the township's short name.
  for (const k of cands) {
    const short = k.type === 'location' && k.place ? k.text.match(/^(.+?)\s+(?:Township|Twp\.?)$/)?.[1] : undefined;
    if (short && !pinned.has(keyOf(short))) pinned.set(keyOf(short), k.place!);
  }
  for (const k of towns) if (!k.qualifier && !k.pinned) k.place = pinned.get(keyOf(k.text)) ?? k.place;
};

/** "a Rocky Mount basketball court": a multi-word name that is a town's own name, in the report's area or sizeable. */
const isTownName = (p: Place, name: string): boolean =>
  p.key?.startsWith('geonames:') === true && p.name.toLowerCase() === name.toLowerCase() && (p.population ?? 0) >= 10_000;

/** A place in an area (or, outside the US, a country) the report already named. */
const inHomeArea = (c: Ctx, p: Place): boolean => {
  if (p.country !== 'US') return c.geo.countries.has(p.country ?? '');
  const a = p.admin ? adminByName(p.admin, usContext) : null;
  return a !== null && c.geo.admins.has(a.key);
};

const placeIsStrong = (p: Place): boolean =>
  (p.population ?? 0) >= 100_000 || p.key?.startsWith('admin:') === true || p.key?.startsWith('country:') === true;

/**
 * A one-word name that only a town abroad matches ("Metro", "Man", "Song"), in a report set in another
 * country: a word, not that town, unless "in", "near"… put it there or the report names that country.
 */
const strayAbroad = (c: Ctx, p: Place, locative: boolean, multi: boolean): boolean =>
  !multi && !locative && p.key?.startsWith('geonames:') === true && c.geo.countries.size > 0 && !c.geo.countries.has(p.country ?? '') && (p.population ?? 0) < 1_000_000;

/** "the town of Lingle", "the Afghan city of Aybak": what follows is a settlement, whatever its letters. */
const settlementOf = /\b(?:city|town|village|township|hamlet|community) of\s+$/i;

/** "Afghan city of": the word before a settlement's kind. */
const kindOfBefore = /(\p{L}+)\s+\p{L}+\s+of\s+$/u;

/** A settlement the gazetteer lacks: placed in the report's state, else in its country. */
const unlistedSettlement = (c: Ctx, k: Candidate): Place | null => {
  const name = k.text;
  // "the Afghan city of …" says the country.
  const word = c.text.slice(Math.max(0, k.start - 40), k.start).match(kindOfBefore)?.[1];
  const named = word ? (countryByDemonym(word) ?? countryByName(word)) : null;
  const home = named ? null : firstContextAdmin(c);
  if (home) return placeInAdmin(name, home);
  const [only] = c.geo.countries;
  const country = named ?? (c.geo.countries.size === 1 ? countryByCode(only) : null);
  return country ? { ...placeOfCountry(country), name: fullName(name), key: `country:${country.code}:${nameKey(name)}` } : null;
};

const placeOf = (c: Ctx, k: Candidate): Place | null => {
  const last = c.t.lower[k.b - 1];
  if (k.source === 'settlement') return geocode(c, k.text, k.qualifier ?? null, false) ?? unlistedSettlement(c, k);
  if (last === 'county' || last === 'parish' || (last === 'co.' && k.b - k.a > 1)) return countyPlace(c, k.text.replace(/\s+Co\.?$/, ' County'), k.qualifier ?? null);
  if (streetHeads.has(last)) return null;
  const bare = k.text.replace(/\s+(Province|District|Region|State|Governorate)$/i, '').replace(/^(?:State|Province|Region|City|Town|Village) of (?:the )?/i, '');
  return geocode(c, bare, k.qualifier ?? null, c.t.lower[k.b - 1] !== last);
};

const areaWords = new Set(['state', 'province', 'region', 'city', 'town', 'village']);

const articles = new Set(['a', 'an', 'the']);

/**
 * "Tyre King", "Ian Bishop": a title word that is also a surname, after a given name (no title, area or
 * place of the report's area), and not a place or a business ("at Burger King", "the Burger King lot").
 */
const titleAsSurname = (c: Ctx, k: Candidate): boolean =>
  k.b - k.a === 2 && nameTitles.has(c.t.lower[k.a + 1]) && readsAsGivenName(c, k.a) &&
  !locatives.has(c.t.lower[k.a - 1] ?? '') && !articles.has(c.t.lower[k.a - 1] ?? '') && !nounFollows(c, k.b);

/** Token `i` reads as a given name: a proper noun written as one, no title, place, group or town word of the report's area. */
const readsAsGivenName = (c: Ctx, i: number): boolean => {
  const w = c.t.lower[i];
  return c.t.pos[i] === 'PROPN' && givenNameWord.test(span(c, i, i + 1).text) && !titleWords.has(w) && !placeHeads.has(w) && !orgHeads.has(w) &&
    !localInstitutions.has(w) && !compass.has(w) && !countryByDemonym(w) && !findCities(span(c, i, i + 1).text, c.geo).some((m) => m.inContext);
};

/**
 * "Internal Security Yakubu Shuaibu Madaki" where the report also writes "Yakubu Shuaibu Madaki":
 * the words before the known name are a title fragment, kept as the role. A name ending in a role
 * word ("Public Relations Officer") is a title, not a person.
 */
const trimTitleFragments = (c: Ctx, cands: Candidate[]): void => {
  // A full name has two words: "Dale-Mora" alone is a hyphenated surname, not a name "Ana Dale-Mora" ends with.
  const people = new Set(cands.filter((k) => k.type === 'person' && /\s/.test(k.text)).map((k) => nameKey(k.text)));
  const trimTo = (k: Candidate): boolean => {
    for (let a = k.a + 1; a <= k.b - 2; a++) {
      if (!people.has(nameKey(span(c, a, k.b).text))) continue;
      const prefix = span(c, k.a, a).text;
      Object.assign(k, { ...span(c, a, k.b), a, type: 'person', role: k.role ? `${k.role} ${prefix}` : prefix });
      return true;
    }
    return false;
  };
  for (const k of cands) {
    // "Harbour Safety Tomas Ekwueme Barde": a run read as no name may still end with a person's full name.
    if (k.type === 'other' && k.source === 'name') trimTo(k);
    if (k.type !== 'person') continue;
    if (k.b - k.a >= 2 && (roleNouns.has(c.t.lower[k.b - 1]) || titleWords.has(c.t.lower[k.b - 1])) && !hasAge(c, k) && !titleAsSurname(c, k)) {
      k.type = 'other';
      continue;
    }
    trimTo(k);
  }
};

const sentenceOf = (c: Ctx, sentences: { start: number; end: number }[], i: number): { start: number; end: number } =>
  sentences[c.t.sentence[i]] ?? { start: 0, end: c.text.length };

/** A town keeps the report's own spelling when the gazetteer's differs only in spaces ("LaGrange" for "La Grange"). */
const asWritten = (text: string, p: Place): Place => {
  const squeeze = (x: string) => nameKey(x).replace(/ /g, '');
  return p.name !== text && text !== text.toUpperCase() && !text.includes(',') && squeeze(text) === squeeze(p.name) ? { ...p, name: text } : p;
};

/**
 * "HOUSTON —" in a paper of Wasilla, Alaska: a local outlet's dateline with no state nor credit after it is a town of
 * its own area when one so named lies near (Houston, Alaska), not the famous namesake news style would mean.
 */
const localBareDateline = (found: ReturnType<typeof findDateline>, text: string, home: Place | null, homeAdmin: Admin | null): ReturnType<typeof findDateline> => {
  const p = found?.mention.place;
  if (!found || !p || !home || !homeAdmin || p.admin === home.admin || !/^[ \t]*(?:—|–|--|-|:)$/.test(text.slice(found.mention.end, found.end))) return found;
  const local = p.part ? null : findCityInAdmin(p.name, homeAdmin);
  const town = local ? placeOfCity(local) : null;
  return town && kmBetween(town, home) < 100 ? { ...found, mention: { ...found.mention, place: town } } : found;
};

/** A report's setting before its names are read: its outlet's home state, and the place its dateline names. */
const settingOf = (articleId: string, text: string, t: Tokens, outlet: string | null): { c: Ctx; found: ReturnType<typeof findDateline> } => {
  // A local outlet's state is where its reports are set unless they name another.
  const home = reportHome(outlet, text);
  // Every field is set here, so that all reports' contexts share one shape.
  const c: Ctx = { id: articleId, text, t, geo: emptyContext(), adminCounts: new Map(), dateline: null, home, qualifiers: undefined };
  const homeAdmin = home?.country === 'US' && home.admin ? adminByName(home.admin, usContext) : null;
  if (homeAdmin?.country === 'US') {
    c.geo.countries.add('US');
    c.geo.admins.add(homeAdmin.key);
    c.adminCounts.set(homeAdmin.key, 0.5);
  } else if (outletCountry(outlet) === 'US') c.geo.countries.add('US');
  const found = localBareDateline(findDateline(articleId, text, c.geo), text, home, homeAdmin);
  const dateline = found?.mention ?? null;
  c.dateline = dateline?.place ?? null;
  if (dateline?.place) {
    c.geo.countries.add(dateline.place.country ?? '');
    const admin = dateline.place.key?.match(/^admin:([A-Z]{2}\.[^:]+)/)?.[1];
    if (admin) c.geo.admins.add(admin);
    const town = dateline.place.country === 'US' && dateline.place.admin ? adminByName(dateline.place.admin, usContext) : null;
    // The dateline's state is the report's home state, whatever big towns elsewhere it names.
    if (town?.country === 'US') {
      c.geo.admins.add(town.key);
      c.adminCounts.set(town.key, (c.adminCounts.get(town.key) ?? 0) + 1);
    }
  }
  return { c, found };
};

/** A candidate as a mention: a person with the role and the part in the event the text gives, a place as written. */
const mentionOf = (c: Ctx, k: Candidate, cands: Candidate[], sentences: { start: number; end: number }[]): Mention => {
  const { id: articleId, text, t } = c;
  const m: Mention = { articleId, start: k.start, end: k.end, text: k.text, type: k.type ?? 'other', source: k.source };
  if (k.type === 'person') {
    const role = k.role ?? rolePrefix(text, t, k.a) ?? roleAppositive(text, t, k.a, k.b);
    m.role = role;
    const s = sentenceOf(c, sentences, k.a);
    const sentence = text.slice(s.start, s.end);
    const next = cands.find((n) => n.type === 'person' && n.start >= k.end && n.start < s.end);
    m.eventRole = eventRoleOf(sentence, k.start - s.start, k.end - s.start, (next?.start ?? s.end) - s.start) ?? roleOfTitle(role);
  }
  if (k.type === 'location') m.place = k.place && asWritten(k.text, k.place);
  if (k.longForm) m.longForm = k.longForm;
  return m;
};

/**
 * All mentions of one article, in text order. The steps are functions of their own, not one: V8 compiled this
 * function, with what it inlined, several times over at some 80 ms each while a first run of the stage warmed up.
 */
export const extractMentions = (
  articleId: string, text: string, t: Tokens, sentences: { start: number; end: number }[], outlet: string | null = null,
): Mention[] => {
  const { c, found } = settingOf(articleId, text, t, outlet);
  const dateline = found?.mention ?? null;
  const skip = headlineTokens(text, t);
  const headline = new Set(skip);
  if (dateline) for (let i = 0; i < t.start.length; i++) if (t.start[i] < found!.end && t.end[i] > dateline.start) { skip.add(i); headline.delete(i); }
  const cands = [...candidates(c, skip), ...headlinePlaces(c, headline)].sort((x, y) => x.start - y.start);
  resolve(c, cands);
  const placed = dateline && localDateline(c, cands, dateline);
  c.dateline = placed?.place ?? null;
  rereadInReportState(c, cands);
  rehomeStrays(c, cands);
  readCountryNamesAsTowns(c, cands);
  dropUnnamedAbroad(c, cands);
  partsOfOwnCity(c, cands);
  // Only a dateline with its state or city ("CLIFTON, Colo.") pins its name; a bare one ("CHATHAM —") may be a neighbourhood.
  unifyReadings(cands, dateline && text.startsWith(',', dateline.end) ? dateline : null);
  trimTitleFragments(c, cands);
  const out: Mention[] = placed ? [placed] : [];
  for (const k of cands) out.push(mentionOf(c, k, cands, sentences));
  shareListRoles(out.filter((m) => m.type === 'person').sort((x, y) => x.start - y.start), text);
  for (const m of out) if (m.type === 'person' && !m.role && isPhrase(c, m)) Object.assign(m, { type: 'other', phrase: true, eventRole: null });
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
};
