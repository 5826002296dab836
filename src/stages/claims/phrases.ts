// Counting the people a noun phrase names: "two employees and four civilians" = 6, "a security guard" = 1.

import { countPattern, hedgePattern, isVague, numberWordList, parseNumberWord } from '../annotate/numbers.ts';
import { notNames, personNouns } from './lexicon.ts';

export interface Count {
  value: number;
  /** Hedge as written ("at least", "more than"). */
  hedge: string | null;
  /** Characters consumed from the start of the parsed string. */
  length: number;
  /** "another", "two others": people on top of those already counted. */
  additive: boolean;
  /** "a second victim": at least this many in all. */
  ordinal: number | null;
}

// Another number is no modifier: "11 News two brothers" counts the brothers.
const modifiers = String.raw`(?:(?!(?:was|were|is|are|and|or|who|that|in|at|on|of|by|with|had|has|have|been|from|after|when|a|an|the|his|her|their|its)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?![\w-]))[\w'’-]+,?\s+){0,3}?`;
// A noun directly followed by another person noun is a modifier ("a 15-year-old boy", "an adult male").
const nounEnd = String.raw`(?![\w-])(?!\s+(?:${personNouns})(?![\w-]))`;
const countedNoun = new RegExp(String.raw`^${countPattern(true)}\s+(?:of\s+(?:the|them|those|its|their)\s+)?(${modifiers})(${personNouns})${nounEnd}`, 'i');
const bareCount = new RegExp(String.raw`^${countPattern(false)}(?=\s*(?:(?:critically|seriously|fatally|badly|severely|gravely|slightly|mortally)\s*)?(?:[,.;)]|$|and\b|including\b|people\b|others?\b|dead\b|killed\b|injured\b|wounded\b|hurt\b|were\b))`, 'i');
// Greedy modifiers without commas: "the five adult victims, three men and two women" ends at "victims".
const plainModifiers = modifiers.slice(0, -1).replace(",?", '');
const definiteCount = new RegExp(String.raw`^(?:the|all|all of the|these|those|his|her|their|its)\s+(?:other\s+)?${countPattern(false)}\s+(?:(?:other|${plainModifiers})\s*)?(?:(${personNouns})${nounEnd})?`, 'i');
const singularDefinite = new RegExp(String.raw`^(?:the|his|her|their|its|a|an|that|this)\s+(?:other\s+)?(${modifiers.replace(',?', '')})(${personNouns})${nounEnd}`, 'i');
const another = new RegExp(String.raw`^(?:another|one other)(?:\s+((?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(${modifiers})(${personNouns})${nounEnd})?`, 'i');
// "a fourth wounded": the ordinal alone, right before its verb (or the end of the words given, when they stop at the verb).
const ordinalNoun = new RegExp(String.raw`^an?\s+(second|third|fourth|fifth|sixth)(?:\s+(${modifiers})(${personNouns})${nounEnd}|(?=\s+(?:was|is|had|has|suffered|died|wounded|injured|hurt|shot|killed)\b|\s*$))`, 'i');
// Headlines drop the article: "Third victim dies", "5th person dies after crash".
const headlineOrdinal = new RegExp(String.raw`^(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(${modifiers})(${personNouns})${nounEnd}`, 'i');
const headlineNoun = new RegExp(String.raw`^((?:St\.\s+)?${modifiers})(${personNouns})${nounEnd}`, 'i');
const partitive = new RegExp(String.raw`^${countPattern(false)}\s+of\s+(?:them|those|these|the\s+(?:[\w-]+\s+){0,2}?(?:${personNouns}))(?![\w-])`, 'i');
// "another 20-year-old man" is one more person, not twenty.
const anotherCount = new RegExp(String.raw`^(?:another|an additional)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?![-\w])(?!\s+(?:${personNouns}))`, 'i');
const pronoun = /^(?:he|she|him|her|himself|herself)\b/i;
/** "two found dead and two more who were hurt": people on top of those just counted. */
const countMore = new RegExp(String.raw`^${countPattern(false)}\s+more(?=\s+(?:who|that|were|are|was|have|had|remain|remained)\b)`, 'i');
const ageList = /^(?:the\s+)?(?:other\s+)?(?:victims?|teens|boys|girls|men|women)?,?\s*(?:ages|aged)\s+((?:\d{1,2}\s*,\s*)*\d{1,2}(?:,?\s*and\s+\d{1,2}))/i;
const name = /^(?:\d{1,2}-year-old\s+)?(?:(?:Mr|Mrs|Ms|Dr|Officer|Deputy|Sgt|Sepoy|Trooper|Ambassador)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?!(?:Jr|Sr)\b)[A-Z][a-z’'-]+|[A-Z][a-z]*-[a-z]+-[A-Z][a-z]+)){1,2}(?:\s+(?:Jr|Sr|II|III)\.?)?/;
const surname = /^[A-Z][a-z’'-]{2,}(?![\w-])/;
// The comma after the age is left for the list: "John Doe, 25, and Jane Roe, 31, were hurt".
const ageApposition = /^,\s*\d{1,2}(?=\s*(?:,|and\b|or\b|$))/;

const ordinals: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6 };

/** Years ("2016 Jeffco teen") and tallies in the thousands are not the victims of one event. */
const plausible = (written: string, value: number): boolean => value < 1000 && !/^(?:19|20)\d\d$/.test(written);

const plain = (value: number, length: number, hedge: string | null = null): Count => ({ value, hedge, length, additive: false, ordinal: null });

const isPlural = (noun: string): boolean => /(?:s|men|people|children|personnel|wives|babies|ies)$/i.test(noun) && !/^(?:others?|ones?)$/i.test(noun) || /^others$/i.test(noun);

/** Counts a name ("John Doe", "Officer Jane Roe, 25,") as one person unless its words are common nouns. */
const parseName = (s: string, isPerson?: (offset: number, length: number) => boolean): Count | null => {
  const m = name.exec(s) ?? (isPerson ? surname.exec(s) : null);
  if (!m) return null;
  // A lone capitalised word is a person only where the mentions stage found one ("Truitt was arrested").
  if (!m[0].includes(' ') && !isPerson!(0, m[0].length)) return null;
  const words = m[0].split(/\s+/);
  if (words.some((w) => notNames.has(w.toLowerCase().replace(/\W/g, '')))) return null;
  if (isPerson && !isPerson(0, m[0].length) && !/^(?:Mr|Mrs|Ms|Dr|Officer|Deputy|Sgt|Sepoy|Trooper)\b/.test(m[0]) && words.length < 2) return null;
  const age = ageApposition.exec(s.slice(m[0].length));
  return plain(1, m[0].length + (age ? age[0].length : 0));
};

const numberWords = [...numberWordList, 'half', 'single', 'lone', 'both'];
/**
 * The first words (lower-case) of the patterns below, each followed by a space or the end of the word: hedges, numbers,
 * articles, determiners and pronouns.
 */
const openers = new Set([
  ...hedgePattern.split('|').map((h) => h.split(' ')[0]), ...numberWords,
  'a', 'an', 'the', 'other', 'another', 'one', 'all', 'these', 'those', 'his', 'her', 'their', 'its', 'that', 'this', 'he', 'she', 'him', 'himself', 'herself',
]);
/** First words a pattern may run straight into the next word from: "victimsaged" (ageList), "anotherman" (another), "twopeople" (bareCount). */
const runOnOpener = new RegExp(`^(?:${['victim', 'teens', 'boys', 'girls', 'men', 'women', 'ages', 'aged', 'another', ...numberWords].join('|')})`);

/**
 * Whether a count can start `s` outside a headline: each pattern opens with one of a few words, or with a digit or a
 * capital (a name). Most words of a sentence open none, and are not tried against every pattern.
 */
const mayOpenCount = (s: string): boolean => {
  const c = s.charCodeAt(0);
  // Names (parseName) and case-sensitive patterns read capitals, numbers digits: only a lower-case letter rules one out.
  if (!(c >= 97 && c <= 122)) return true;
  const lower = /^[A-Za-z]+/.exec(s)![0].toLowerCase();
  return openers.has(lower) || runOnOpener.test(lower);
};

/** Counts the people in one noun phrase at the start of `s`; null when it names no countable people. */
export const parseCount = (s: string, options: { bare?: boolean; headline?: boolean; isPerson?: (offset: number, length: number) => boolean } = {}): Count | null => {
  if (!options.headline && !mayOpenCount(s)) return null;
  let m: RegExpExecArray | null;
  if ((m = ageList.exec(s))) return plain(m[1].split(/\s*(?:,|and)\s*/).filter(Boolean).length, m[0].length);
  if ((m = ordinalNoun.exec(s) ?? (options.headline ? headlineOrdinal.exec(s) : null))) return { value: 1, hedge: null, length: m[0].length, additive: false, ordinal: ordinals[m[1].toLowerCase()] };
  if ((m = anotherCount.exec(s))) {
    const n = parseNumberWord(m[1]);
    if (n !== null && plausible(m[1], n)) return { value: n, hedge: null, length: m[0].length, additive: true, ordinal: null };
  }
  if ((m = another.exec(s))) {
    // "another four teenagers" are four more.
    const n = m[1] ? parseNumberWord(m[1].trim()) : null;
    return { value: n !== null && n > 1 && plausible(String(n), n) ? n : 1, hedge: null, length: m[0].length, additive: true, ordinal: null };
  }
  if ((m = countedNoun.exec(s))) {
    const hedge = m[1]?.toLowerCase() ?? null;
    const quantity = m[2].toLowerCase();
    const noun = m[4];
    if (isVague(quantity)) return null;
    const value = parseNumberWord(quantity);
    if (value === null || !plausible(quantity, value)) return null;
    // "a couple" and "a pair" are two people; "one person" and "a man" one.
    const nounValue = /^(?:couple|pair)$/i.test(noun) ? 2 : /^trio$/i.test(noun) ? 3 : 1;
    const additive = /^others?$/i.test(noun) || /\b(?:other|more|additional)\b/i.test(m[3]);
    return { value: value * nounValue, hedge, length: m[0].length, additive, ordinal: null };
  }
  if ((m = definiteCount.exec(s))) {
    const value = parseNumberWord(m[2]);
    if (value === null || isVague(m[2].toLowerCase()) || !plausible(m[2], value)) return null;
    // "the other six": besides those already counted.
    return { ...plain(value, m[0].length, m[1]?.toLowerCase() ?? null), additive: /^\S+\s+other\b/i.test(m[0]) };
  }
  if ((m = singularDefinite.exec(s))) {
    const noun = m[2];
    if (/^(?:couple|pair)$/i.test(noun)) return plain(2, m[0].length);
    if (isPlural(noun)) return null;
    return plain(1, m[0].length);
  }
  if ((m = pronoun.exec(s))) return plain(1, m[0].length);
  if ((m = countMore.exec(s)) && !isVague(m[2].toLowerCase())) {
    const n = parseNumberWord(m[2]);
    if (n !== null && plausible(m[2], n)) return { value: n, hedge: m[1]?.toLowerCase() ?? null, length: m[0].length, additive: true, ordinal: null };
  }
  // "one of them", "two of the teens": some of a group already counted.
  if ((m = partitive.exec(s))) {
    const value = parseNumberWord(m[2]);
    if (value !== null && !isVague(m[2].toLowerCase()) && plausible(m[2], value)) return plain(value, m[0].length, m[1]?.toLowerCase() ?? null);
  }
  // Headlines drop articles: "Orangeburg man shot while hunting", "6-year-old boy injured".
  if (options.headline && (m = headlineNoun.exec(s)) && !isPlural(m[2])) return plain(1, m[0].length);
  if (options.bare && (m = bareCount.exec(s))) {
    if (isVague(m[2].toLowerCase())) return null;
    const value = parseNumberWord(m[2]);
    return value === null || !plausible(m[2], value) ? null : plain(value, m[0].length, m[1]?.toLowerCase() ?? null);
  }
  return parseName(s, options.isPerson);
};

/** A person noun with no word before it: "woman" in "a man and woman". */
const bareNoun = new RegExp(String.raw`^(?:${personNouns})${nounEnd}`, 'i');
const ageAside = /^\s*,\s*(?:all\s+|both\s+)?(?:ages?|aged)\s+\d{1,2}(?:\s*(?:,|and|to|-)\s*\d{1,2})*(?=\s*,)/i;
const fromPlace = /^\s+from\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?/;
const joiner = /^(\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s*,?\s+plus\s+|\s*,?\s+along with\s+)/i;

/** Counts a coordination of noun phrases ("a man and two women", "John Doe, 25, and Jane Roe"); sums need an "and". */
export const parseCoordination = (s: string, options: Parameters<typeof parseCount>[1] = {}): Count | null => {
  const first = parseCount(s, options);
  if (!first) return null;
  // "a man and woman", "the victim and suspect": the article carries over too.
  const determiner = /^(?:his|her|their|a|an|the)(?=\s)/i.exec(s)?.[0] ?? null;
  const parts: Count[] = [first];
  let pos = first.length;
  let sawAnd = false;
  let end = first.length;
  let sum = first.value;
  let total = first.value;
  // The joiner before each part after the first, and how many parts the sum holds.
  const joiners: string[] = [''];
  let counted = 1;
  for (;;) {
    // "three other men, ages 54, 33 and 26, and a woman": the ages describe the men, they add no one.
    const ages = ageAside.exec(s.slice(pos));
    if (ages) pos += ages[0].length;
    // "three men from Tarboro and a man from Pinetops": where each comes from adds no one.
    const from = fromPlace.exec(s.slice(pos));
    if (from && joiner.test(s.slice(pos + from[0].length))) pos += from[0].length;
    const j = joiner.exec(s.slice(pos));
    if (!j) break;
    const rest = s.slice(pos + j[0].length);
    // "his wife, son and daughter": the determiner of the first noun carries over to the bare nouns after it.
    const carries = determiner && /^[a-z\d]/.test(rest) && !/^(?:a|an|the|his|her|their|its|him|them)\b/.test(rest) && (!/^(?:a|an|the)$/i.test(determiner) || bareNoun.test(rest));
    const carried = carries ? parseCount(`${determiner} ${rest}`, { ...options, bare: false }) : null;
    const next = carried && carried.length > determiner!.length + 1 ? { ...carried, length: carried.length - determiner!.length - 1 } : parseCount(rest, { ...options, bare: false });
    if (!next || next.length <= 0) break;
    // A match that swallowed the space before "and" would hide the joiner that follows.
    next.length = rest.slice(0, next.length).trimEnd().length;
    parts.push(next);
    joiners.push(j[0]);
    pos += j[0].length + next.length;
    total += next.value;
    if (/and|plus|as well|along/i.test(j[0])) {
      sawAnd = true;
      end = pos;
      sum = total;
      counted = parts.length;
    }
  }
  if (!sawAnd || parts.length === 1) return first;
  // "the two children, Ann Bee and Cal Dee,": the names spell out the count before them; they add no one.
  if (first.value >= 2 && /^\s*,/.test(s.slice(first.length)) && sum - first.value === first.value) return { ...first, length: end };
  // "Ed Roe and his two sons, Al Roe, 12, and Cy Roe, 10,": so do names closing the list after a later plural part.
  for (let i = 1; i < counted - 1; i++) {
    const named = parts.slice(i + 1, counted).reduce((n, p) => n + p.value, 0);
    if (parts[i].value >= 2 && /^\s*,\s*$/.test(joiners[i + 1]) && named === parts[i].value && /^\s*(?:,|$)/.test(s.slice(end))) sum -= named;
  }
  return {
    value: sum,
    hedge: first.hedge,
    length: end,
    additive: first.additive,
    ordinal: null,
  };
};
