// What the clusterer compares: an article reduced to weighted-able feature counts, its event day and copy link.

import type { Doc, Mention } from '../../model/index.ts';
import { wholeCity } from '../mentions/gazetteer/index.ts';
import { placeWords, stopwords } from './stopwords.ts';

/**
 * One article as the clusterer sees it. Feature keys carry their kind in a prefix:
 * a plain lower-case word is a content term or a word of a name (then it is in `names`, which weigh more;
 * "Embassy" in one report meets "embassy" in another), `e:` a full multi-word name or a street block, `p:` a geocoded place,
 * `#` a number (count, age, year, street number), `d:` the event day read from the text.
 */
export interface DocFeatures {
  id: string;
  /**
   * Days since 1970-01-01 of the main event, only when the article has a publication date to anchor it
   * (text-resolved date, else publication); null otherwise. Unanchored text dates are too noisy to
   * keep reports apart, so they only count as a shared `d:` feature.
   */
  day: number | null;
  counts: Map<string, number>;
  /** Plain-word keys that are words of names in this article. */
  names: Set<string>;
  /** Readable form of each name and place key, for reasons shown to readers. */
  labels: Map<string, string>;
  /** The people the article is mostly about: its most repeated person-name words, most first. */
  main: string[];
  /** `e:` keys of the full (multi-word) person names the article mentions. */
  persons: string[];
  /**
   * Day spans [first, last] of the earlier dates the article recalls ("arrested … in the October shooting"), to the day
   * or the month: a follow-up reported months later says so when its event happened.
   */
  recalled?: [number, number][];
  /** Ages the article gives its people ("a 7-year-old girl", "Ana Mora, 24,"), ascending; absent in older callers' features. */
  ages?: number[];
  /** The article this one copies (set by dedupe); copies join that article's event. */
  copyOf: string | null;
  /** Site the article comes from (outlet, else the URL's host), to spot its recurring names. */
  outlet: string | null;
  title: string;
}

export type FeatureKind = 'term' | 'entity' | 'place' | 'number' | 'date';

export const kindOf = (key: string): FeatureKind =>
  key.startsWith('e:') ? 'entity' : key.startsWith('p:') ? 'place' : key.startsWith('#') ? 'number' : key.startsWith('d:') ? 'date' : 'term';

const dayMs = 86_400_000;

/** Day number of an ISO date or datetime (only full dates count). */
export const dayOf = (iso: string | null | undefined): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / dayMs) : null;
};

/** ISO dates already written, by day: events' days are looked up over and over, and a Date per lookup showed. */
const isoByDay = new Map<number, string>();

/** The ISO date (YYYY-MM-DD) of a day number. */
export const isoOfDay = (day: number): string => {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    // A bound: a long run meets only some thousands of days, but nothing grows without one.
    if (isoByDay.size >= 100_000) isoByDay.clear();
    iso = new Date(day * dayMs).toISOString().slice(0, 10);
    isoByDay.set(day, iso);
  }
  return iso;
};

const wordNumbers: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

const termPos = new Set(['NOUN', 'VERB', 'ADJ']);
const wordRe = /^[a-z][a-z'-]*[a-z]$/;

/** Crude suffix folding so "bombing", "bomber" and "bombed" meet, without a full stemmer. */
const fold = (w: string): string => {
  const plural = w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')
    ? w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1)
    : w;
  const stem = plural.replace(/(?:ing|ed|er)$/, '');
  return stem.length >= 4 ? stem : plural;
};

const bump = (counts: Map<string, number>, key: string, by = 1): void => {
  counts.set(key, (counts.get(key) ?? 0) + by);
};

const isNameWord = (w: string): boolean => wordRe.test(w) && w.length > 1 && !stopwords.has(w);

/** The name words of a name as written, lower-cased. */
const nameWordsOf = (text: string): string[] => text.toLowerCase().split(/[^a-z'-]+/).filter(isNameWord);

interface Bag {
  counts: Map<string, number>;
  names: Set<string>;
  labels: Map<string, string>;
  /** Person-name words and how often they occur. */
  people?: Map<string, number>;
  /** `e:` keys of multi-word person names. */
  persons?: Set<string>;
}

/**
 * Adds a name's words and, for multi-word names, the whole name (returned as its key). Of a place's name, words that
 * say only what kind of place it is ("Falls", "County") are left out: "Idaho Falls" and "Newton Falls" must not meet.
 */
const addName = ({ counts, names, labels }: Bag, surface: string, place = false): string | null => {
  const words = nameWordsOf(surface.replace(/[’']s$/, ''));
  for (const w of words) {
    if (place && words.length > 1 && placeWords.has(w)) continue;
    bump(counts, w);
    names.add(w);
  }
  if (words.length > 1) {
    const key = `e:${words.join('_')}`;
    bump(counts, key);
    if (!labels.has(key)) labels.set(key, surface.trim());
    return key;
  }
  return null;
};

/**
 * A place's own key and its country's, so "Quetta" in one report meets "Pakistan" in another; a part of a city
 * ("Chicago (Englewood)") also gives its city's key, so it meets reports naming the city only.
 */
const placeKeys = (m: Mention): string[] => {
  if (!m.place) return [];
  const own = `p:${(m.place.key ?? `${m.place.name}|${m.place.admin ?? ''}|${m.place.country ?? ''}`).toLowerCase()}`;
  const city = m.place.part ? `p:${(wholeCity(m.place).key ?? '').toLowerCase()}` : own;
  const country = m.place.country ? `p:country:${m.place.country.toLowerCase()}` : own;
  return [...new Set([own, city, country])];
};

/** A character range of the text: the whole article, or one background clause. */
interface Range {
  lo: number;
  hi: number;
}

const inRange = (r: Range, start: number, end: number): boolean => start >= r.lo && end <= r.hi;

/**
 * Name words of the people the text calls officials or spokespeople: the police spokesman quoted in every shooting
 * a city's papers cover is no one its reports are about, and must not tie them together across years.
 */
const officialWords = (doc: Doc, r: Range): Set<string> => {
  const words = new Set<string>();
  for (const m of doc.mentions) {
    if ((m.eventRole === 'official' || m.eventRole === 'spokesperson') && inRange(r, m.start, m.end)) for (const w of nameWordsOf(m.text)) words.add(w);
  }
  return words;
};

/** Names from the mentions stage when it ran; otherwise capitalised proper-noun runs from the tagger. */
const addNames = (doc: Doc, r: Range, bag: Bag): void => {
  if (doc.mentions.length > 0) {
    const speakers = officialWords(doc, r);
    for (const m of doc.mentions) {
      if (!inRange(r, m.start, m.end)) continue;
      const key = addName(bag, m.text, m.place !== undefined && m.place !== null);
      const personLike = m.type === 'person' || m.phrase === true;
      if (personLike && key) bag.persons?.add(key);
      if (personLike && bag.people) {
        for (const w of nameWordsOf(m.text)) if (!speakers.has(w)) bump(bag.people, w);
      }
      for (const p of placeKeys(m)) {
        bump(bag.counts, p);
        if (!bag.labels.has(p)) bag.labels.set(p, m.place?.name ?? m.text);
      }
    }
    return;
  }
  const { pos, start, end } = doc.tokens;
  const text = doc.article.text;
  let run: number[] = [];
  const flush = (): void => {
    if (run.length) addName(bag, text.slice(start[run[0]], end[run[run.length - 1]]));
    run = [];
  };
  for (let i = 0; i < pos.length; i++) {
    if (!inRange(r, start[i], end[i])) continue;
    const c = text.charCodeAt(start[i]);
    if (pos[i] === 'PROPN' && c >= 65 && c <= 90) run.push(i);
    else flush();
  }
  flush();
};

const numberValue = (lower: string): number | null => {
  if (lower in wordNumbers) return wordNumbers[lower];
  if (!/^\d[\d,]*(\.\d+)?$/.test(lower)) return null;
  const v = Number(lower.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
};

/** Counts, ages, years and street numbers; phone and clock fragments are skipped. */
const addNumbers = (doc: Doc, r: Range, counts: Map<string, number>): void => {
  const { lower, pos, start, end } = doc.tokens;
  for (let i = 0; i < lower.length; i++) {
    if (pos[i] !== 'NUM' || !inRange(r, start[i], end[i])) continue;
    const v = numberValue(lower[i]);
    if (v === null || v < 2) continue;
    const joined = (j: number): boolean => lower[j] === '-' || lower[j] === ':' || lower[j] === '.' || lower[j] === ')';
    if ((joined(i - 1) && pos[i - 2] === 'NUM') || (joined(i + 1) && pos[i + 2] === 'NUM')) continue;
    bump(counts, `#${v}`);
  }
};

const addTerms = (doc: Doc, r: Range, counts: Map<string, number>): void => {
  const { lower, pos, start, end } = doc.tokens;
  for (let i = 0; i < lower.length; i++) {
    if (!termPos.has(pos[i]) || !inRange(r, start[i], end[i])) continue;
    const w = lower[i];
    if (w.length < 3 || !wordRe.test(w) || stopwords.has(w)) continue;
    bump(counts, fold(w));
  }
};

const siteOf = (doc: Doc): string | null =>
  (doc.article.outlet ?? doc.article.url ?? '').toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/:]/)[0] || null;

/** Words of the site's name: in its every article, they say nothing about the event. */
const outletWords = (doc: Doc): Set<string> => {
  return new Set((siteOf(doc) ?? '').split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !['www', 'com', 'org', 'net', 'news'].includes(w)));
};

/** A headline without the site name that pages append (" - WKRN News 2", " :: WRAL.com"). */
export const headlineOf = (title: string): string => title.split(/\s+(?:[-|–—]|::)\s+/)[0];

/** Headline words count twice: they name what the article is about, and are all a paywalled page has. */
const addTitle = (title: string, counts: Map<string, number>): void => {
  for (const w of headlineOf(title).toLowerCase().split(/[^a-z'-]+/)) {
    if (!isNameWord(w) || w.length < 3) continue;
    bump(counts, counts.has(w) ? w : fold(w), 2);
  }
};

const dropOutlet = (doc: Doc, { counts, names }: Bag): void => {
  const own = outletWords(doc);
  for (const k of [...counts.keys()]) {
    if ((names.has(k) && own.has(k)) || (k.startsWith('e:') && k.slice(2).split('_').some((w) => own.has(w)))) counts.delete(k);
  }
};

/** The first sentence, as a fallback title. */
const leadSentence = (doc: Doc): string => {
  const s = doc.sentences[0];
  const text = s ? doc.article.text.slice(s.start, s.end) : doc.article.text.slice(0, 160);
  return text.trim().slice(0, 200);
};

const anchoredDay = (doc: Doc): number | null => {
  const published = dayOf(doc.article.published);
  if (published !== null) return dayOf(doc.eventDate) ?? published;
  return null;
};

/** The day span of a recalled date, to the day or the month (a year says too little). */
const daysOf = (date: string, precision: string | null): [number, number] | null => {
  const first = dayOf(precision === 'month' ? `${date.slice(0, 7)}-01` : date);
  if (first === null || (precision !== 'day' && precision !== 'month')) return null;
  // Date.UTC takes the month from 0: the written month number is the next month's, whose day before is the last.
  return precision === 'day' ? [first, first] : [first, Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1) / dayMs - 1];
};

/** A headline that reports a step of a case (an arrest, a charge, a trial, a ruling, a victim's death), not a new event. */
const caseStep = /\b(?:arrest(?:ed|s)?|charge[sd]?|indict(?:ed|ment)|plead(?:s|ed)?|pled|guilty|convict(?:ed|ion)|sentenc(?:ed|e|ing)|trial|verdict|jury|jurors|rul(?:ed|es|ing)|deemed|identif(?:ied|ies)|dies|died|custody|bond|bail|court)\b/i;

/** The day spans of the dated events a report of a step of a case recalls: when that case's event happened. */
const recalledDays = (doc: Doc, title: string): [number, number][] =>
  caseStep.test(headlineOf(title)) ? doc.background.filter((x) => x.date).map((x) => daysOf(x.date!, x.precision)).filter((x) => x !== null) : [];

/** Person words said at least twice, most repeated first (a surname outcounts the first name). */
const mainPeople = (people: Map<string, number>, counts: Map<string, number>, n: number): string[] =>
  [...people]
    .filter(([w, c]) => c >= 2 && counts.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([w]) => w);

/** "the 5300 block of South Aberdeen Street": a block number and its street's first name word, directions left out. */
const blockOf = /\b(\d{2,5})\s+block\s+of\s+(?:(?:north|south|east|west|[nsew])\.?\s+)?(?!the\b)([a-z][a-z'-]+)/gi;

/** Street blocks the article names, each one key: two reports naming one block within days tell one shooting. */
const addBlocks = (text: string, { counts, labels }: Bag): void => {
  for (const m of text.matchAll(blockOf)) {
    const key = `e:block_${m[1]}_${m[2].toLowerCase()}`;
    bump(counts, key);
    if (!labels.has(key)) labels.set(key, `${m[1]} block of ${m[2]}`);
  }
};

export const featuresOf = (doc: Doc): DocFeatures => {
  const bag: Bag = { counts: new Map(), names: new Set(), labels: new Map(), people: new Map(), persons: new Set() };
  const { counts, names, labels } = bag;
  const all = { lo: 0, hi: doc.article.text.length };
  addNames(doc, all, bag);
  addTerms(doc, all, counts);
  addNumbers(doc, all, counts);
  addBlocks(doc.article.text, bag);
  const title = doc.article.title?.trim() || leadSentence(doc);
  if (doc.article.title) addTitle(doc.article.title, counts);
  dropOutlet(doc, bag);
  if (doc.eventDate && /^\d{4}-\d{2}-\d{2}/.test(doc.eventDate)) bump(counts, `d:${doc.eventDate.slice(0, 10)}`);
  return {
    id: doc.article.id,
    day: anchoredDay(doc),
    counts,
    names,
    labels,
    main: mainPeople(bag.people!, counts, 2),
    persons: [...bag.persons!].filter((k) => counts.has(k)),
    recalled: recalledDays(doc, title),
    ages: agesOf(doc),
    copyOf: doc.article.duplicateOf,
    outlet: siteOf(doc),
    title,
  };
};

const ageWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const yearsOld = new RegExp(`\\b(\\d{1,3}|${ageWords.join('|')})[- ](?:years?|yr)[- ]old\\b|\\bage[ds]? (\\d{1,3})\\b`, 'gi');
const ageAfterName = /^,\s*(\d{1,3}),/;
const ageOfWord = (w: string): number => (/^\d/.test(w) ? Number(w) : ageWords.indexOf(w.toLowerCase()) + 1);

/** The ages the text gives: "N-year-old", "aged N", and a person's name followed by ", N,". */
const agesOf = (doc: Doc): number[] => {
  const text = doc.article.text;
  const ages = new Set<number>();
  for (const m of text.matchAll(yearsOld)) ages.add(ageOfWord(m[1] ?? m[2]));
  for (const m of doc.mentions) {
    const after = m.type === 'person' ? ageAfterName.exec(text.slice(m.end, m.end + 8)) : null;
    if (after) ages.add(Number(after[1]));
  }
  return [...ages].filter((a) => a > 0 && a < 120).sort((a, b) => a - b);
};

/** Features of one stretch of the text (a recalled event's clause); no title, outlet or day. */
export const spanFeatures = (doc: Doc, lo: number, hi: number): Bag => {
  const bag: Bag = { counts: new Map(), names: new Set(), labels: new Map() };
  const r = { lo, hi };
  addNames(doc, r, bag);
  addTerms(doc, r, bag.counts);
  addNumbers(doc, r, bag.counts);
  dropOutlet(doc, bag);
  return bag;
};
