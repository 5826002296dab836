// Name similarity for entity resolution: particles dropped, Monge-Elkan over Jaro-Winkler, sounds, initials.

import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';
import { nameKey } from '../mentions/gazetteer/normalize.ts';
import { memoize, ownCopy } from '../memo.ts';

/** Joining words of transliterated and institutional names that carry no identity ("ur", "-e-", "of"). */
const particles = new Set(['ur', 'ul', 'ud', 'al', 'el', 'bin', 'ibn', 'bint', 'e', 'i', 'the', 'of', 'and', 'de', 'da', 'di', 'van', 'von', 'der']);
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** The identity-bearing words of a name: "Ubaid-ur-Rehman Nizamani" → [ubaid, rehman, nizamani]. */
export const nameTokens = (name: string): string[] => {
  let t = tokenCache.get(name);
  if (!t) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    t = nameKey(name).split(' ').filter((w) => w && !particles.has(w) && !honorifics.has(w) && !/^s$/.test(w));
    tokenCache.set(ownCopy(name), t);
  }
  return t;
};
const tokenCache = new Map<string, string[]>();

export const sounds: (w: string) => [string, string] = memoize((w: string): [string, string] => doubleMetaphone(w), 50_000);

/** Similarity of two words: Jaro-Winkler, raised to 0.9 when they sound alike (Shahbaz / Shehbaz). */
export const wordSimilarity = (a: string, b: string): number => {
  if (a === b) return 1;
  const jw = jaroWinkler(a, b);
  if (a.length < 3 || b.length < 3) return jw;
  const [a1, a2] = sounds(a);
  const [b1, b2] = sounds(b);
  const alike = a1 === b1 || (a2 && a2 === b2) || a1 === b2 || a2 === b1;
  return alike && jw >= 0.75 ? Math.max(jw, 0.9) : jw;
};

/** Monge-Elkan: each word of `a` matched to its best word in `b`, averaged. */
export const mongeElkan = (a: string[], b: string[]): number => {
  if (!a.length || !b.length) return 0;
  let sum = 0;
  for (const x of a) {
    let best = 0;
    for (const y of b) best = Math.max(best, wordSimilarity(x, y));
    sum += best;
  }
  return sum / a.length;
};

/** Symmetric Monge-Elkan (the lower of both directions): a short name does not match a long one. */
export const nameSimilarity = (a: string, b: string): number => {
  const x = nameTokens(a);
  const y = nameTokens(b);
  return Math.min(mongeElkan(x, y), mongeElkan(y, x));
};

/** Word-by-word similarity of two names of the same length, in order; null when lengths differ. */
export const alignedSimilarities = (a: string, b: string): number[] | null => {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length !== y.length) return null;
  return x.map((w, i) => wordSimilarity(w, y[i]));
};

/** Initials of a name's identity words: "Tehreek-e-Taliban Pakistan" → "TTP". */
export const initials = (name: string): string => nameTokens(name).map((w) => w[0]).join('').toUpperCase();

/** Letters of an acronym as written: "IS-K" → "ISK", "U.S." → "US". */
export const acronymLetters = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

export const isAcronym = (s: string): boolean => /^[A-Z][A-Z0-9.&-]{1,9}$/.test(s.trim()) && /[A-Z].*[A-Z]/.test(s);
