// A person's title as written next to the name, and their part in the event (victim, suspect…).

import type { Tokens } from '../../model/index.ts';
import { roleNouns } from './lexicon.ts';

const clauseBreak = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ', 'PRON']);

/**
 * A role phrase just before the name: "Taliban foreign ministry spokesperson", "the police chief".
 * Scans back over nouns, adjectives and proper nouns while the last one is a role noun.
 */
export const rolePrefix = (text: string, t: Tokens, a: number): string | null => {
  let j = a - 1;
  // "Prime Minister (PM) Shehbaz Sharif": skip a bracketed acronym.
  if (t.lower[j] === ')' && t.lower[j - 2] === '(') j -= 3;
  if (j < 0 || !roleNouns.has(t.lower[j]) || t.sentence[j] !== t.sentence[a]) return null;
  let k = j;
  while (k - 1 >= 0 && t.sentence[k - 1] === t.sentence[a] && ['NOUN', 'ADJ', 'PROPN'].includes(t.pos[k - 1]) && j - k < 5) k--;
  if (/\n/.test(text.slice(t.start[k], t.end[j]))) return null;
  return text.slice(t.start[k], t.end[j]);
};

/**
 * An appositive role after the name: "Khalid Zadran, a spokesman for the Kabul police force,".
 * Or before it: "a spokesman for the Afghan Foreign Ministry, Abdul Qahar Balkhi,".
 */
export const roleAppositive = (text: string, t: Tokens, a: number, b: number): string | null => {
  if (t.lower[b] === ',' && ['a', 'an', 'the'].includes(t.lower[b + 1])) {
    let k = b + 2;
    while (k < t.start.length && t.sentence[k] === t.sentence[a] && t.lower[k] !== ',' && !clauseBreak.has(t.pos[k]) && k - b < 10) k++;
    const words = t.lower.slice(b + 2, k);
    // "Highland, an official said": a clause, not an appositive, when a verb follows the role.
    const closed = k >= t.start.length || t.sentence[k] !== t.sentence[a] || t.lower[k] === ',' || t.pos[k] === 'PUNCT';
    if (closed && words.some((w) => roleNouns.has(w))) return text.slice(t.start[b + 2], t.end[k - 1]);
  }
  if (t.lower[a - 1] === ',') {
    let k = a - 2;
    while (k >= 0 && t.sentence[k] === t.sentence[a] && t.lower[k] !== ',' && !clauseBreak.has(t.pos[k]) && a - k < 10) k--;
    let from = k + 1;
    while (from < a - 1 && !['a', 'an', 'the'].includes(t.lower[from])) from++;
    const words = t.lower.slice(from, a - 1);
    if (words.length > 1 && words.some((w) => roleNouns.has(w))) return text.slice(t.start[from + 1], t.end[a - 2]);
  }
  return null;
};

const spokes = /\b(spokes(?:man|woman|person)|press secretary)\b/i;
const official = /\b(minister|commissioner|inspector|superintendent|president|ambassador|envoy|official|officer|detective|sheriff|chief|commander|governor|mayor|prosecutor|attorney|coroner|lieutenant|sergeant|captain|deputy|trooper|director|secretary|diplomat|consul|charg[eé]|lt\.|sgt\.|capt\.|det\.|gov\.|sen\.|rep\.)/i;

/** The event role a title implies: spokesperson, official, or null. */
export const roleOfTitle = (title: string | null): string | null => {
  if (!title) return null;
  if (spokes.test(title)) return 'spokesperson';
  if (official.test(title)) return 'official';
  if (/\bvictim\b/i.test(title)) return 'victim';
  if (/\b(suspect|gunman|shooter)\b/i.test(title)) return 'suspect';
  return null;
};

const afterSuspect = /^[^.;]{0,40}?\b(?:was|is|were|are|has been|had been|have been)\s+(?:\w+\s+)?(?:arrested|charged|booked|detained|apprehended|indicted|accused|taken into custody|jailed|held|wanted|sought|sentenced|convicted|arraigned|facing)\b|^[^.;]{0,30}\b(?:turned (?:himself|herself|themselves) in|surrendered|faces? (?:\w+ )?charges?|pleaded|confessed)\b/i;
const afterArrest = /^[^.;]{0,40}?\b(?:arrested|booked|detained|apprehended|taken into custody|jailed|in custody|turned (?:himself|herself|themselves) in|surrendered)\b/i;
const afterVictim = /^[^.;]{0,40}?\b(?:was|were|is|has been|had been)\s+(?:\w+\s+){0,2}?(?:shot|killed|wounded|injured|struck|hit|hurt|slain|murdered|found dead|pronounced dead|hospitali[sz]ed|grazed)\b|^[^.;]{0,40}?\b(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:rushed|taken|flown|transported|admitted|airlifted)\s+to\s+(?:\S+\s+){0,3}?(?:hospital|medical|trauma)|^[^.;]{0,30}\b(?:died|dies|was dead|is dead|suffered|sustained|remains? in (?:critical|serious|stable|fair|good)|(?:is|was) (?:listed )?in (?:critical|serious|stable|fair|good) condition)\b/i;
const beforeVictim = /\b(?:victims?|killing|killed|shot and killed|shooting death of|death of|murder of|shooting of|wounding|wounded|injuring|shot|striking|struck|hitting|identified (?:the )?(?:victim|dead|deceased|man|woman|boy|girl|teen)s? as)\b[^.;]{0,40}$/i;
const beforeArrest = /\b(?:arrested|detained|apprehended|booked|(?:took|taken) into custody)\s+(?:(?:a|an|the)\s+)?(?:\d+-year-old\s+)?(?:\w+\s+)?$/i;
const beforeSuspect = /\b(?:suspects?|accused|gunman|shooter|arrested|charged|booked|detained|apprehended|custody|wanted|sentenced|indicted|arraigned|convicted|search for|looking for)\b[^.;]{0,30}$/i;

const speechBefore = /\b(?:said|says|told|according to)\b[^.;]*$/i;
const speechAfter = /^\s*(?:said|says|told|added|stated|confirmed|announced|explained|noted|reported|wrote|tweeted)\b/i;

/** What may sit between a name and its predicate: an age, a birth year, a nickname, a relation ("Ana Mora, 24, was shot"). */
const apposition = /^(?:,\s*(?:\d+|a \d+-year-old[^,]*|age \d+|born in \d{4}|aka [^,;]+|his \w+|her \w+)\s*(?=[,;]))+[,;]/;

/** Between two names of one list: "Ana Mora, 24, of Elm Falls; and 19-year-old Bo Kent" (the list shares its predicate). */
const listGap = /^(?:,\s*(?:\d{1,3}|aka [^,;]{1,25}|born in \d{4}|of (?:the )?[\p{Lu}\d][\p{L}\d.' -]{0,30}(?:,\s*\p{Lu}[\p{L}.]{1,15})?))*\s*(?:,|;|,?\s+and|,?\s+&)\s+(?:(?:a |the )?\d+-year-old\s+)?$/u;

/** Names of one list share the part its one cue gives ("X, 24, Y, 31, and Z, 19, were wounded"): the others get it too. */
export const shareListRoles = <T extends { start: number; end: number; eventRole?: string | null }>(people: readonly T[], text: string): void => {
  let list: T[] = [];
  const settle = (): void => {
    const roles = new Set(list.map((p) => p.eventRole).filter((r) => r === 'victim' || r === 'suspect' || r === 'arrested'));
    if (list.length > 1 && roles.size === 1) for (const p of list) p.eventRole ??= [...roles][0];
    list = [];
  };
  for (const p of people) {
    const prev = list[list.length - 1];
    if (prev && !listGap.test(text.slice(prev.end, p.start))) settle();
    list.push(p);
  }
  settle();
};

/**
 * The part a person played, from the words around the name in its sentence:
 * the predicate after the name (up to the next name) first ("X was arrested"), then the nearest cue before it.
 */
export const eventRoleOf = (sentence: string, nameStart: number, nameEnd: number, nextName = sentence.length): string | null => {
  // The predicate after the next name is that name's ("X told reporters that Y had been detained").
  const after = sentence.slice(nameEnd, Math.max(nameEnd, nextName)).replace(apposition, '');
  // "Wakili said one suspect, who was wounded, …": what a speaker reports is about someone else.
  if (speechAfter.test(after)) return null;
  if (afterArrest.test(after) && afterSuspect.test(after)) return 'arrested';
  if (afterSuspect.test(after)) return 'suspect';
  if (afterVictim.test(after)) return 'victim';
  const before = sentence.slice(0, nameStart);
  const v = before.search(beforeVictim);
  const s = before.search(beforeSuspect);
  if (v < 0 && s < 0) return null;
  // "A man was shot, said Coroner Karl Addis": the cue is in what the speaker reports.
  if (before.search(speechBefore) > Math.max(v, s)) return null;
  if (v > s) return 'victim';
  // "Police arrested Zarak Afridi": the cue itself says the arrest.
  return beforeArrest.test(before) ? 'arrested' : 'suspect';
};
