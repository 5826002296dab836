// Proper-name runs: consecutive capitalized tokens, glued by hyphen particles and "of" after an institution word.

import type { Tokens } from '../../model/index.ts';
import { nameParticles, ofHeads, stopNames, stopStarts } from './lexicon.ts';

/** A run of name tokens [start, end) (token indices) in one sentence. */
export interface Run {
  a: number;
  b: number;
}

const skipPos = new Set(['PUNCT', 'SYM', 'NUM', 'SPACE']);

const surface = (text: string, t: Tokens, i: number): string => text.slice(t.start[i], t.end[i]);

const threeLetters = /\p{L}{3}/uy;

// Every token is asked these; most are plain ASCII, answered from their character codes before any Unicode pattern.
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The token opens with three letters (read in place: no substring per token). */
const startsWord = (text: string, t: Tokens, i: number): boolean => {
  const at = t.start[i];
  const code = text.charCodeAt(at);
  // No other ASCII character is a letter.
  if (code < 128 && !isAsciiLetter(code)) return false;
  if (at + 3 <= t.end[i] && isAsciiLetter(code) && isAsciiLetter(text.charCodeAt(at + 1)) && isAsciiLetter(text.charCodeAt(at + 2))) return true;
  threeLetters.lastIndex = at;
  return threeLetters.test(text) && threeLetters.lastIndex <= t.end[i];
};

const capital = /\p{Lu}/uy;

const startsUpper = (text: string, t: Tokens, i: number): boolean => {
  const code = text.charCodeAt(t.start[i]);
  if (code < 128) return code >= 65 && code <= 90;
  capital.lastIndex = t.start[i];
  return capital.test(text);
};

const elided = /[dl][’']\p{Lu}/uy;

/** "d’Affaires", "l'Est": an elided particle glued to a capitalized word, within the token. */
const startsElided = (text: string, t: Tokens, i: number): boolean => {
  elided.lastIndex = t.start[i];
  return elided.test(text) && elided.lastIndex <= t.end[i];
};

/** "Ana Mora, 24, of Springfield": a line of a list of people (name, age), not a headline. */
const listedPerson = /^[-–•*\s]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+,\s*\d{1,3}\s*[,;.)]?(?:\s|$)/u;

// Out here rather than in the functions: esbuild under tsx (tests, benches; bin/load-main.js keeps them in the bundle) rebuilds a \p{…} literal at every call.
const capitalThenSmall = /^\p{Lu}\p{Ll}/u;
const capitals = /^\p{Lu}{2,}$/u;
const shortName = /^\p{Lu}\p{Ll}{1,4}$/u;
const inflected = /^\p{L}{3,}(?:ed|ing|s)$/u;

/** Lines written in Title Case (headlines, captions) where capitals say nothing about names. */
export const headlineTokens = (text: string, t: Tokens): Set<number> => {
  const out = new Set<number>();
  const n = t.start.length;
  let i = 0;
  while (i < n) {
    const lineEnd = text.indexOf('\n', t.start[i]);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    let j = i;
    let words = 0;
    let caps = 0;
    for (; j < n && t.start[j] < stop; j++) {
      if (!startsWord(text, t, j)) continue;
      words++;
      if (startsUpper(text, t, j)) caps++;
    }
    const lineText = text.slice(t.start[i], stop);
    if (words >= 4 && caps / words >= 0.7 && !/[.!?”"]\s*$/.test(lineText) && !listedPerson.test(lineText)) for (let k = i; k < j; k++) out.add(k);
    i = j > i ? j : i + 1;
  }
  return out;
};

/** Stop words that are also given names ("Jesus Rios", "April Dunn"), and words that make them a date or a deity. */
const givenNames = new Set(['jesus', 'april', 'june', 'august']);
const dateWords = new Set(['in', 'since', 'during', 'by', 'until', 'till', 'of', 'last', 'next', 'early', 'late', 'mid', 'from', 'through', 'this', 'that', 'before', 'after', 'on', 'each', 'every']);

/** "Jesus Rios", "Luis Jesus Mora": a given name when a surname follows and no date or deity reading fits. */
const givenName = (text: string, t: Tokens, i: number): boolean =>
  givenNames.has(t.lower[i]) && startsUpper(text, t, i) && !dateWords.has(t.lower[i - 1] ?? '') && t.lower[i + 1] !== 'christ' &&
  i + 1 < t.start.length && t.sentence[i + 1] === t.sentence[i] && plainGap(text, t, i) && !stopNames.has(t.lower[i + 1]) &&
  !skipPos.has(t.pos[i + 1]) && startsUpper(text, t, i + 1) && capitalThenSmall.test(surface(text, t, i + 1));

/** True when token i can be part of a name: capitalized, an acronym, or an elided particle ("d’Affaires"). */
export const isNameToken = (text: string, t: Tokens, i: number): boolean => {
  if (i < 0 || i >= t.start.length || skipPos.has(t.pos[i])) return false;
  // A word opening with a small letter is no name unless elided ("d’Affaires"): the common case, answered at once.
  const code = text.charCodeAt(t.start[i]);
  if (code >= 97 && code <= 122 && code !== 100 && code !== 108) return false;
  if (stopNames.has(t.lower[i]) && t.lower[i] !== 'may' && !givenName(text, t, i)) return false;
  if (!startsUpper(text, t, i) && !startsElided(text, t, i)) return false;
  const first = i === 0 || t.sentence[i - 1] !== t.sentence[i] || /\n/.test(text.slice(t.end[i - 1], t.start[i]));
  // A capitalized common word opening a sentence is no evidence of a name, unless a given name read as a verb.
  return !(first && t.pos[i] !== 'PROPN' && !capitals.test(surface(text, t, i)) && !verbGivenName(text, t, i));
};

/** Short verbs that open sentences and page lines but are no given names. */
const plainVerbs = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'should', 'would', 'must', 'might', 'shall', 'said', 'says', 'say', 'embed', 'get', 'see', 'find', 'help', 'join', 'send', 'let', 'make', 'take', 'keep', 'give', 'tell', 'ask', 'slain']);

/**
 * "Will Danner was shot", "Grant Tessler was charged": a given name that is also a short verb (no -ed,
 * -ing, -s form), opening a sentence before a surname and nothing more.
 */
const verbGivenName = (text: string, t: Tokens, i: number): boolean =>
  (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && !plainVerbs.has(t.lower[i]) && shortName.test(surface(text, t, i)) && !inflected.test(t.lower[i]) &&
  i + 1 < t.start.length && t.sentence[i + 1] === t.sentence[i] && t.pos[i + 1] === 'PROPN' && plainGap(text, t, i) &&
  capitalThenSmall.test(surface(text, t, i + 1)) && !stopNames.has(t.lower[i + 1]) && !stopStarts.has(t.lower[i + 1]) &&
  // Given name and surname only: "Cook National Park" after a stray sentence break is a place's name.
  !(t.sentence[i + 2] === t.sentence[i] && plainGap(text, t, i + 1) && startsUpper(text, t, i + 2) && !suffixes.has(t.lower[i + 2]));

const glued = (t: Tokens, i: number): boolean => t.end[i] === t.start[i + 1];
const plainGap = (text: string, t: Tokens, i: number): boolean => /^[ \t\u00a0]*$/.test(text.slice(t.end[i], t.start[i + 1]));

const quotes = new Set(['"', '“', '”', "'", '‘', '’']);
/** Generational suffixes, which belong to the name before them ("Ana Mora, Jr."). */
export const suffixes: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The quotes that close a nickname opened by each quote: an apostrophe inside a double-quoted one ("Lil' Deb") closes nothing. */
const closers: Record<string, ReadonlySet<string>> = { '"': new Set(['"', '”', '“']), '“': new Set(['”', '"', '“']), '”': new Set(['”', '"']) };
const singleClosers: ReadonlySet<string> = new Set(["'", '’', '‘']);

/** `Ana “Red” Mora`, `Ana "Lil' Red" Mora`: tokens from the opening quote through the surname, 0 if `i + 1` opens no nickname. */
const nickname = (text: string, t: Tokens, i: number): number => {
  if (!quotes.has(t.lower[i + 1]) || !plainGap(text, t, i) || !glued(t, i + 1)) return 0;
  const closing = closers[t.lower[i + 1]] ?? singleClosers;
  for (let j = i + 2; j <= i + 5 && j + 1 < t.start.length; j++) {
    if (!closing.has(t.lower[j])) {
      // "Lil'": an apostrophe glued to a word inside a double-quoted nickname is part of it.
      if (quotes.has(t.lower[j]) && glued(t, j - 1)) continue;
      // A nickname is a word or two written with capitals ("Red", "Big Heavy"), not a quoted title ("Court of Dreams").
      if (!startsUpper(text, t, j)) return 0;
      continue;
    }
    const ok = j > i + 2 && glued(t, j - 1) && t.sentence[j + 1] === t.sentence[i] && plainGap(text, t, j) && isNameToken(text, t, j + 1);
    return ok ? j + 1 - i : 0;
  }
  return 0;
};

/** "Ana Mora, Jr.": the comma and the generational suffix belong to the name. */
const commaSuffix = (text: string, t: Tokens, i: number): number =>
  t.lower[i + 1] === ',' && glued(t, i) && suffixes.has(t.lower[i + 2]) && startsUpper(text, t, i + 2) && t.sentence[i + 2] === t.sentence[i] ? 2 : 0;

/** How many tokens after `i` (the run's last token) continue the name, 0 if none. */
const continuation = (text: string, t: Tokens, i: number): number => {
  const n = t.start.length;
  // Nothing follows a generational suffix in a name: "Ana Mora, Jr. Mora was…" is a new sentence.
  if (i + 1 >= n || t.sentence[i + 1] !== t.sentence[i] || (suffixes.has(t.lower[i]) && t.lower[i].endsWith('.'))) return 0;
  if (isNameToken(text, t, i + 1) && plainGap(text, t, i)) return 1;
  const nick = nickname(text, t, i);
  if (nick) return nick;
  const suffix = commaSuffix(text, t, i);
  if (suffix) return suffix;
  // "Ubaid-ur-Rehman", "Mazar-i-Sharif", "ISIS-K": hyphen glued on both sides.
  if (t.lower[i + 1] === '-' && glued(t, i) && i + 2 < n && glued(t, i + 1)) {
    if (isNameToken(text, t, i + 2)) return 2;
    if (nameParticles.has(t.lower[i + 2]) && i + 4 < n && t.lower[i + 3] === '-' && glued(t, i + 2) && glued(t, i + 3) && isNameToken(text, t, i + 4)) return 4;
  }
  if (t.lower[i + 1] === 'of' && ofHeads.has(t.lower[i]) && plainGap(text, t, i) && plainGap(text, t, i + 1)) {
    if (isNameToken(text, t, i + 2)) return 2;
    if (t.lower[i + 2] === 'the' && isNameToken(text, t, i + 3)) return 3;
  }
  return 0;
};

/** Starts of names written with a lower-case particle: "al-Qaeda", "el-Sisi". */
const particleStart = (text: string, t: Tokens, i: number): boolean =>
  (t.lower[i] === 'al' || t.lower[i] === 'el') && t.lower[i + 1] === '-' && glued(t, i) && glued(t, i + 1) && isNameToken(text, t, i + 2);

/** Number words that open names of places and groups ("Three Rivers", "Five Points"), never of people. */
export const numberWord = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Hundred|Thousand)$/;

/** "in Three Rivers", "at Five Points": a number word written with a capital inside a sentence, before a name, opens it. */
const numberStart = (text: string, t: Tokens, i: number): boolean =>
  t.pos[i] === 'NUM' && i > 0 && t.sentence[i - 1] === t.sentence[i] && !/\n/.test(text.slice(t.end[i - 1], t.start[i])) &&
  numberWord.test(surface(text, t, i)) && i + 1 < t.start.length && t.sentence[i + 1] === t.sentence[i] && plainGap(text, t, i) && isNameToken(text, t, i + 1);

/** All name runs of the text, skipping tokens in `skip` (headlines, datelines). */
export const findRuns = (text: string, t: Tokens, skip: Set<number>): Run[] => {
  const runs: Run[] = [];
  let i = 0;
  const n = t.start.length;
  while (i < n) {
    // Most tokens open with a small letter or a sign, which opens no name, particle or number word: passed at once.
    // The letters that may ("al-", "el-", "d’", "l'") and every capital or non-ASCII character go the long way.
    const code = text.charCodeAt(t.start[i]);
    if (code < 128 && !(code >= 65 && code <= 90) && code !== 97 && code !== 100 && code !== 101 && code !== 108) {
      i++;
      continue;
    }
    if (skip.has(i) || stopStarts.has(t.lower[i]) || !(isNameToken(text, t, i) || particleStart(text, t, i) || numberStart(text, t, i))) {
      i++;
      continue;
    }
    const a = i;
    let b = i + (particleStart(text, t, i) ? 3 : 1);
    for (let k = continuation(text, t, b - 1); k > 0 && !skip.has(b - 1 + k); k = continuation(text, t, b - 1)) b += k;
    runs.push({ a, b });
    i = b;
  }
  return runs;
};
