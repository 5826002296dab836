// The place of a report and of an event: one function weighs a report's places; an event sums its reports' weights.

import type { Doc, Mention, Place, Span } from '../../model/index.ts';
import { placeOfPart, reportHome, townInCounty, wholeCity } from './gazetteer/index.ts';
import { nameKey } from './gazetteer/normalize.ts';

/** How specific a place is: a town or neighbourhood 3, a county 1, a state 0.4, a country 0.15. */
export const placeLevel = (p: Place): number => {
  const key = p.key ?? '';
  if (key.startsWith('country:')) return 0.15;
  if (/\b(county|parish)$/i.test(p.name) && !key.startsWith('geonames:')) return 1;
  // "admin:US.TN" is the state itself; "admin:US.TN:hermitage" a town the gazetteer lacks, placed in it.
  if (key.startsWith('admin:') && key.split(':').length < 3) return 0.4;
  return 3;
};

/** Characters at the top of a report that count as its lead. */
export const leadChars = 400;

/** How a report names a town before it: "in Katy" sets the scene, "near Katy" and "the Katy area" only point to it. */
const sceneCue = /\b(?:in|at|inside|outside)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$/i;
const looseAfter = /^(?:[-\s]area\b|\s+(?:metro(?:politan)?\s+)?area\b|\s+region\b|\s+suburbs?\b|\s+(?:border|line|city limits?)\b)/i;
/**
 * Sentences about hospitals, courts and arrests name the town of the hospital, court or arrest, not of the event;
 * so do "based in X" and a station's brand ("FOX 46 Charlotte").
 */
const elsewhere = /\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)|taken to|transported to|airlifted|flown to|court(?:house)?|jail|prison|reported|told)\b[^.\n]{0,60}$|\b(?:based|stationed|headquartered) in\s+$|\b(?:is|are|was|were|both|all|originally)\s+from\s+$|\b(?:lives|lived|living|resides|resided|residing) in\s+$|\bresidents? of\s+$|\b(?:arrested|captured|apprehended|extradited|booked)\s+(?:\w+\s+)?(?:in|at|near|into)\s+(?:the\s+)?$|\b(?:miles|mi\.|kilometers|kilometres|km|minutes)\s+(?:\w+\s+){0,2}(?:of|from)\s+(?:downtown\s+)?$|\b(?:headed|heading|fled|fleeing|en route|on (?:his|her|their) way)\s+(?:back\s+)?(?:to|toward|towards)\s+$/i;
/** A station's brand ("FOX 46 Charlotte", "WSB-TV Atlanta"): capitals only, so no flag for case. */
const stationBrand = /\b(?:FOX|ABC|NBC|CBS|CW|[KW][A-Z]{2,3}(?:-TV)?)\s*\d*\s+$/;
/**
 * "an Atlanta hospital", "Knoxville trauma center", "a Dixon-based therapist", "Phoenix attorney": the town of a hospital, jail, court,
 * firm or lawyer; "a Covington woman", "Janesville man": where someone lives, as "is from" says.
 */
const elsewhereAfter = /^(?:\s+(?:area\s+)?(?:hospitals?|trauma|medical|children['’]s hospital|jail|courthouse|court|attorney|lawyer)\b|-based\b|\s+(?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|father|mother|native|student)\b)/i;

/** "The Baltimore Sun", "the Chicago Tribune": a paper's town, not the scene. */
const paperAfter = /^\s+(?:Sun|Times|Post|Tribune|Herald|Journal|Gazette|Chronicle|Examiner|Courier|Register|Inquirer|Observer|Bee|Dispatch|Free Press|Daily News|Morning News|Star-Tribune|Star Tribune|Sun-Times|Post-Dispatch|Times-Picayune|Journal-Constitution)\b/;

/** A site's tagline after its title ("Beckley, Bluefield & Lewisburg News, Weather, Sports"): the outlet's area. */
const siteTagline = /^(?:\s*(?:,|&|and)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s+[Nn]ews,\s+(?:[Ww]eather|[Ss]ports)\b/u;

/** A report keeps a city and each of its parts apart ("Chicago", "Chicago (Englewood)"). */
const keyOf = (p: Place): string => p.key ?? `${p.name}|${p.admin}|${p.country}`;
const areaOf = (p: Place): string => `${p.country}|${p.country === 'US' ? p.admin : ''}`;

/** Two towns, neither a part of the other's city ("Chicago (Englewood)" is Chicago). */
const otherTown = (a: Place, b: Place): boolean => keyOf(wholeCity(a)) !== keyOf(wholeCity(b)) && nameKey(a.city ?? a.name) !== nameKey(b.city ?? b.name);

/** "the Kokomo shooting", "a Cypress party shooting": the town named before the deed is its scene. */
const sceneAfterName = /^\s+(?:[a-z]+\s+)?(?:shooting|shootings|shootout|murders?|homicides?|killings?|slayings?|standoff|rampage|massacre)\b/i;

/** A mention that points to a town rather than setting the scene there ("the Katy area", "an Atlanta hospital"). */
const pointsAway = (m: Mention, text: string): boolean => {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.slice(m.end, m.end + 25);
  // "airlifted after Kokomo shooting": the town of the deed, whatever the sentence says of hospitals.
  if (sceneAfterName.test(after)) return false;
  return looseAfter.test(after) || paperAfter.test(after) || elsewhere.test(before) || stationBrand.test(before) || elsewhereAfter.test(after) || siteTagline.test(text.slice(m.end, m.end + 70));
};

/**
 * How much a place's mention weighs: as specific as placeLevel says, but a township no more than a county,
 * for its countryside carries a nearby town's name ("Kochville Township" news is Saginaw news).
 */
const voteLevel = (p: Place): number => (/\b(?:Township|Twp\.?)$/i.test(p.part ?? p.name) ? 1 : placeLevel(p));

/**
 * A sentence that says what happened where: "was shot Friday in X", "found dead inside a home in X", "in the 300 block
 * of Elm Street in X", "a shooting near X". The town it names is the scene, wherever the reporter filed from.
 */
const sceneStatement = /\b(?:shot|shooting|shootings|shootout|gunfire|killed|slain|murdered|died|dead|wounded|injured|happened|occurred|took place|fired|standoff|found|discovered|home|house|apartment|residence|block of|hunting)\b[^.\n]{0,80}?\b(?:in|at|near|outside|inside)\s+(?:the\s+|(?<home>his\s+|her\s+|their\s+|a\s+|an\s+))?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$/i;
const sceneChars = 1500;
const homeAfter = /^\s+(?:home|house|apartment|residence|trailer)\b/i;

/** A sentence about an arrest or where someone lives names the suspect's or victim's town ("arrested at her home in X"). */
const notScene = /\b(?:arrested|arrest|captured|apprehended|booked|custody|surrendered|turned himself in|turned herself in|lives|lived|living|grew up|moved)\b[^.\n]*$/i;
/** "Detroit's Finest hall": a town's name in the name of a business is no scene. */
const inName = /^['’]s\s+\p{Lu}/u;

/** Whether a mention names the scene in words (not a town it points away to), near enough the top to be about the event. */
const namesScene = (m: Mention, text: string): boolean => {
  if (m.source === 'dateline' || m.start >= sceneChars) return false;
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  if (sceneAfterName.test(text.slice(m.end, m.end + 30)) && !notScene.test(before)) return true;
  const hit = sceneStatement.exec(before);
  // "shot at her Elmwood apartment": a determiner before the town only with a home after it.
  if (hit?.groups?.home && !homeAfter.test(text.slice(m.end, m.end + 20))) return false;
  return Boolean(hit) && !notScene.test(before) && !inName.test(text.slice(m.end, m.end + 4)) && !pointsAway(m, text);
};

/** The weight of one mention in its report's vote; `overruled`: the text names a scene other than the dateline's town. */
const mentionWeight = (m: Mention, text: string | null, dateline: Mention | null, overruled = false, scene = false): number => {
  let w = voteLevel(m.place!);
  if (m.source === 'org-name') w *= 0.6;
  if (m.start < leadChars) w *= 1.5;
  if (m.source === 'dateline') return w * (overruled ? 1.5 : 4);
  if (!text) return w;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  if (pointsAway(m, text)) return w * 0.35;
  // "ANCHORAGE – … shot Thursday in Wasilla": the scene named in the lead outranks the dateline.
  if (sceneCue.test(before) && m.start < leadChars && dateline && dateline.place && dateline.place.name !== m.place!.name) w *= 2.5;
  else if (sceneCue.test(before) && m.start < leadChars) w *= 1.5;
  else if (scene) w *= 3;
  return w;
};

/** One place a report names: the share of the report's vote it holds, and the mention that names it first. */
export interface PlaceShare {
  place: Place;
  share: number;
  /** Null for the outlet's home town, which the text need not name. */
  mention: Mention | null;
}

/** Located place mentions worth a vote: no demonyms ("Afghan"). */
const voting = (m: Mention): boolean => Boolean(m.place) && m.type === 'location' && m.source !== 'demonym';

const inside = (m: Mention, spans: readonly Span[]): boolean => spans.some((b) => b.start <= m.start && m.end <= b.end);

/**
 * One report's places, best first, with shares summing to one. Places named only in passages recalling
 * earlier events (`recalled`) are left out; `text` gives the words around each name ("in", "area", "hospital").
 */
export const reportPlaces = (
  mentions: readonly Mention[], text: string | null, recalled: readonly Span[] = [], home: Place | null = null,
): PlaceShare[] => {
  const ms = mentions.filter((m) => voting(m) && !inside(m, recalled)).sort((a, b) => a.start - b.start);
  const out = new Map<string, PlaceShare>();
  const dateline = ms.find((m) => m.source === 'dateline') ?? null;
  // A scene counts in a state the report names elsewhere: a town read in a far state ("in Carlsbad" read in California
  // in a Texas report) is a misreading, not the scene.
  const named = (m: Mention): boolean => ms.some((o) => keyOf(o.place!) !== keyOf(m.place!) && areaOf(o.place!) === areaOf(m.place!));
  const scenes = text ? ms.filter((m) => voteLevel(m.place!) === 3 && namesScene(m, text) && named(m)) : [];
  const sceneSet = new Set(scenes);
  // The dateline stands when the text sets the scene in its town too.
  const overruled = Boolean(dateline) && scenes.some((m) => otherTown(m.place!, dateline!.place!)) && scenes.every((m) => otherTown(m.place!, dateline!.place!));
  let firstTown = true;
  for (const m of ms) {
    let w = mentionWeight(m, text, dateline, overruled, sceneSet.has(m));
    // The lead names its town first (not a town it only points to).
    if (voteLevel(m.place!) === 3 && firstTown && m.source !== 'dateline' && !(text && pointsAway(m, text))) {
      w *= 2;
      firstTown = false;
    }
    const k = keyOf(m.place!);
    const cur = out.get(k) ?? { place: m.place!, share: 0, mention: m };
    cur.share += w;
    out.set(k, cur);
  }
  const fallback = home ? addHome(out, home) : null;
  const total = [...out.values()].reduce((a, b) => a + b.share, 0) || 1;
  for (const v of out.values()) v.share /= total;
  // The outlet's town is a fallback: in a report naming no town of its own it gets a third of a vote at most.
  if (fallback) fallback.share = Math.min(fallback.share, 1 / 3);
  return [...out.values()].sort((a, b) => b.share - a.share);
};

/**
 * A local outlet's home town votes a little (as much as a county named once): it decides for reports that
 * name no town, and, when the report names the county the town lies in, as much as a town named in the text.
 */
const addHome = (out: Map<string, PlaceShare>, home: Place): PlaceShare | null => {
  if (placeLevel(home) < 3) return null;
  const inCounty = [...out.values()].some((s) => placeLevel(s.place) === 1 && townInCounty(home, s.place));
  const k = keyOf(home);
  const cur = out.get(k) ?? { place: home, share: 0, mention: null };
  cur.share += inCounty ? 3 : 1;
  out.set(k, cur);
  // Only a town the text neither names nor contains in a county it names is a mere fallback.
  return cur.mention || inCounty ? null : cur;
};

/** One report's places as a Doc holds them, leaving out passages about earlier events. */
export const docPlaces = (doc: Doc): PlaceShare[] =>
  reportPlaces(doc.mentions, doc.article.text, doc.background, reportHome(doc.article.outlet ?? doc.article.url, doc.article.text));

interface Tally {
  /** The variants of one name (a Tyler in Texas and one in Michigan), with their own support. */
  variants: Map<string, PlaceShare>;
  /** The parts of the city named ("Englewood" of Chicago), with their support. */
  parts: Map<string, { part: string; share: number }>;
  share: number;
  reports: number;
}

/** A ranked place, with a mention that names it. */
export interface RankedPlace {
  place: Place;
  score: number;
  mention: Mention | null;
}

/** The name a place is tallied under: a part of a city votes for its city ("Chicago (Austin)" for Chicago). */
const tallyName = (p: Place): string => `${placeLevel(p)}|${nameKey(p.city ?? p.name).replace(/ /g, '')}`;

/**
 * Places ranked by the reports' votes, best first: each report's shares (from reportPlaces) sum to one;
 * a name placed in different states by different reports counts as one name, placed where its area is
 * most named. A city is shown with its best-supported part, when the reports name one ("Chicago (Englewood)").
 * The same ranking decides one report's place (a list of one) and an event's.
 */
export const rankPlaces = (reports: readonly PlaceShare[][]): RankedPlace[] => {
  const voters = reports.filter((r) => r.length);
  const tally = new Map<string, Tally>();
  const areas = new Map<string, number>();
  for (const shares of voters) {
    for (const s of shares) {
      // Spellings that differ in spaces only ("LaGrange", "La Grange") are one name.
      const name = tallyName(s.place);
      const t = tally.get(name) ?? { variants: new Map(), parts: new Map(), share: 0, reports: 0 };
      // A part of a city is one variant with its city; the parts are tallied apart.
      const k = keyOf(wholeCity(s.place));
      const v = t.variants.get(k) ?? { ...s, share: 0 };
      v.share += s.share;
      t.variants.set(k, v);
      if (s.place.part) {
        const pk = nameKey(s.place.part);
        const p = t.parts.get(pk) ?? { part: s.place.part, share: 0 };
        p.share += s.share;
        t.parts.set(pk, p);
      }
      t.share += s.share;
      t.reports++;
      tally.set(name, t);
      areas.set(areaOf(s.place), (areas.get(areaOf(s.place)) ?? 0) + s.share);
    }
  }
  const n = voters.length || 1;
  const area = (p: Place): number => (areas.get(areaOf(p)) ?? 0) / n;
  const scored = [...tally.values()].map((t) => {
    const best = [...t.variants.values()].sort((a, b) => b.share + area(b.place) - (a.share + area(a.place)))[0];
    const level = voteLevel(best.place);
    // A town inside the area most reports are about gains; a far-away city named in a sidebar does not.
    const specific = level >= 3 ? 1 : level >= 1 ? 0.5 : 0.1;
    const part = [...t.parts.values()].sort((a, b) => b.share - a.share)[0];
    const place = part ? placeOfPart(best.place, part.part) : wholeCity(best.place);
    return { place, mention: best.mention, score: t.share / n + 0.4 * area(best.place) * specific + 0.05 * t.reports };
  });
  return scored.sort((a, b) => b.score - a.score);
};

/** The place one report is about, with the mention that names it, or null when it names none. */
export const reportPlace = (doc: Doc): RankedPlace | null => rankPlaces([docPlaces(doc)])[0] ?? null;

/**
 * The place an event's reports are about: each independent report votes once (a copy of another report
 * in the set adds nothing); places named only in recalled passages count when nothing else is named.
 */
export const eventPlace = (docs: readonly Doc[]): RankedPlace | null => {
  const ids = new Set(docs.map((d) => d.article.id));
  const voters = docs.filter((d) => !(d.article.duplicateOf && ids.has(d.article.duplicateOf)));
  return rankPlaces(voters.map(docPlaces))[0] ?? rankPlaces(voters.map((d) => reportPlaces(d.mentions, d.article.text)))[0] ?? null;
};

/** The best-supported place among located mentions of any reports, or null when none is located. */
export const pickPlace = (mentions: readonly Mention[], textOf: (articleId: string) => string | null = () => null): Place | null => {
  const byArticle = new Map<string, Mention[]>();
  for (const m of mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  return rankPlaces([...byArticle].map(([id, ms]) => reportPlaces(ms, textOf(id))))[0]?.place ?? null;
};
