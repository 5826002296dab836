// What an attack was aimed at ("an attack on the Pakistani embassy") and the weapons used.

import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { targetNouns, weaponPatterns } from './lexicon.ts';
import { matchesOf } from '../annotate/matches.ts';
import { declareCues, cuesIn, hasCue } from './cues.ts';

export interface ValueHit {
  slot: 'target' | 'weapons';
  value: string;
  start: number;
  end: number;
}

/** Country names (and their possessives) to demonyms: "Pakistan's embassy" and "the Pakistani embassy" agree. */
const countries = createRequire(import.meta.url)('world-countries') as Countries;
const demonyms = new Map<string, string>();
for (const c of countries) {
  const d = c.demonyms?.eng?.m;
  if (!d) continue;
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) if (n.length > 3) demonyms.set(n.toLowerCase(), d);
  demonyms.set(d.toLowerCase(), d);
}

const np = String.raw`(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\w’'-]+\s+){0,3}?)(${targetNouns})(?![\w-])`;
const targetPatterns = [
  new RegExp(String.raw`\b(?:attacks?|assaults?|assassination attempt|attempt on the life of|attempt to assassinate|bombings?|shootings?|strikes?|raids?|gunfire|firing|shots? (?:were )?fired|fired|opened fire|fire)\s+(?:on|at|against|targeting|inside|outside|near)\s+${np}`, 'gi'),
  new RegExp(String.raw`\b(?:targeting|targeted|attacked|stormed|struck|hit|raided|assassinate)\s+${np}`, 'gi'),
  new RegExp(String.raw`${np}\s+(?:came|was|were|had come)\s+under\s+(?:attack|fire|gunfire)`, 'gi'),
  new RegExp(String.raw`${np}\s+(?:was|were)\s+(?:attacked|targeted|stormed)`, 'gi'),
];

const normalizeModifier = (word: string): string | null => {
  const w = word.replace(/['’]s$/, '').replace(/[,]$/, '');
  const d = demonyms.get(w.toLowerCase());
  if (d) return d;
  if (/^[A-Z]/.test(w) && !/^(?:The|A|An|Its|Friday|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday)$/.test(w)) return w;
  if (/^(?:foreign|diplomatic|religious|police|military|army|girls'?|boys'?|high|primary|secondary|elementary|middle|shiite|sunni|sufi|local|chief)$/i.test(w)) return w.toLowerCase();
  return null;
};

const singular = (noun: string): string =>
  noun.toLowerCase().replace(/ies$/, 'y').replace(/(?:ches|shes|sses|xes)$/, (s) => s.slice(0, -2)).replace(/(?<![su])s$/, '');

/** The target as "<proper modifiers> <head noun>", e.g. "Pakistani embassy", "ambassador". */
export const normalizeTarget = (modifiers: string, head: string): string => {
  const mods = modifiers.trim().split(/\s+/).filter(Boolean).map(normalizeModifier).filter((w): w is string => w !== null);
  return [...mods, singular(head.replace(/^head of the mission$/i, 'head of mission'))].join(' ');
};

/** Cheap tests that rule a pattern out before its costly scan: each needs one of these words. */
const targetCues = [
  /\b(?:on|at|against|targeting|inside|outside|near)\b/i,
  /\b(?:targeting|targeted|attacked|stormed|struck|hit|raided|assassinate)\b/i,
  /\bunder\s+(?:attack|fire|gunfire)\b/i,
  /\b(?:was|were)\s+(?:attacked|targeted|stormed)\b/i,
];

/** The head nouns of lexicon.targetNouns: after a verb and a space, the noun phrase ends with one of them. */
const targetNounCues = declareCues([
  'embass', 'consulate', 'ambassador', 'head', 'chief', 'diplomat', 'mission', 'school', 'mosque', 'church', 'synagogue', 'temple', 'shrine',
  'hussainiya', 'market', 'hotel', 'police', 'checkpoint', 'convoy', 'base', 'office', 'headquarters', 'bank', 'restaurant', 'bar',
  'nightclub', 'club', 'airport', 'station', 'hospital', 'universit', 'ministr', 'parliament', 'compound', 'motorcade', 'bus', 'minister',
  'president', 'governor', 'mayor', 'commander',
]);
/** Cue words of each target pattern, in order; a noun phrase opening the match may start inside a word, its verb may not. */
const targetWordCues = [targetNounCues, targetNounCues, declareCues(['under']), declareCues(['attacked', 'targeted', 'stormed'])];

export const findTargets = (sentence: string): ValueHit[] => {
  const hits: ValueHit[] = [];
  const held = cuesIn(sentence);
  for (const [i, re] of targetPatterns.entries()) {
    if (!hasCue(held, targetWordCues[i]) || !targetCues[i].test(sentence)) continue;
    for (const m of matchesOf(sentence, re)) {
      // Bare plurals ("targeted mosques, then schools") describe a pattern of attacks, not this one's target.
      if (!/^(?:the|a|an|its|their|his|her)\s/i.test(m[0].slice(m[0].search(/\s/) + 1)) && singular(m[2]) !== m[2].toLowerCase() && !/\b(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}$/i.test(m[0].slice(0, m[0].length - m[2].length))) continue;
      const value = normalizeTarget(m[1] ?? '', m[2]);
      if (hits.some((h) => h.value === value)) continue;
      hits.push({ slot: 'target', value, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
};

/** The cues of each of lexicon.weaponPatterns, in its order. */
const weaponCues = [
  ['ak'], ['rifle'], ['sniper'], ['weapons', 'arms'], ['handgun', 'pistol', 'revolver', 'shotgun', 'rifle', 'firearm'],
  ['explosive', 'ied', 'car', 'suicide', 'grenade', 'rocket', 'mortar'], ['knife', 'knives', 'machete'],
].map(declareCues);

export const findWeapons = (sentence: string): ValueHit[] => {
  const hits: ValueHit[] = [];
  const taken: [number, number][] = [];
  const held = cuesIn(sentence);
  for (const [i, [re, canonical]] of weaponPatterns.entries()) {
    if (!hasCue(held, weaponCues[i])) continue;
    for (const m of matchesOf(sentence, re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      const written = m[0].toLowerCase();
      const value = canonical !== '$&' ? canonical : written.includes(' ') ? written : singular(written).replace(/^(ied)$/, 'IED');
      if (!hits.some((h) => h.value === value)) hits.push({ slot: 'weapons', value, start, end });
    }
  }
  return hits;
};
