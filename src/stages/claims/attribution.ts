// Who states a sentence ("police said", "according to SITE") and which hedges it carries.

import { hedgeWords } from './lexicon.ts';
import { declareCues, cuesIn, hasCue } from './cues.ts';

const speechVerbs = String.raw`said|says|told|stated|reported|confirmed|added(?! to)|announced|wrote|tweeted|noted|explained|insisted|alleged|indicated`;
const according = /\baccording to ((?:the |a |an )?[^,.;:“”"]{1,70}?)(?=[,.;:“”"]|\s+(?:and|who|which|on|in)\b|$)/i;
const saidAfter = new RegExp(String.raw`((?:[A-Z][\w’'.-]*|a|an|the|his|her|its|their|[a-z][\w’'-]*)(?:\s+[\w’'.-]+){0,6}?)\s+(?:(?:has|have|had)\s+)?(?:${speechVerbs})\b`, 'g');
const saidBefore = new RegExp(String.raw`[,”"]\s*(?:${speechVerbs})\s+((?:[A-Z][\w’'.-]*|a|an|the)(?:\s+[\w’'.-]+){0,5}?)(?=[,.;]|$)`, 'i');
const quotedAs = /((?:an?|the)\s+[\w\s’'-]{1,50}?)\s+(?:was|were) quoted as saying/i;
const trailingSaid = /,\s*([^,]{2,60}),\s*(?:said|says|added)\s*\.?\s*$/i;
const speechVerb = new RegExp(String.raw`(?:${speechVerbs})\b`, 'g');
const pronouns = /^(?:he|she|it|they|we|i|you|this|that)$/i;
const skipWords = /^(?:that|which|who|and|but|also|as|have|has|been|police\s+have)\s+/i;

const trimSpeaker = (s: string): string | null => {
  let t = s.trim().replace(/^(?:that|and|but|while|as|also|,)\s+/i, '').replace(skipWords, '');
  // Keep only the last noun phrase: "the attack came after police" → "police".
  const cut = t.split(/\s+(?:that|which|when|after|while|because|and|but|as)\s+/i).pop() ?? t;
  t = cut.replace(/^(?:on|in)\s+\w+day,?\s*/i, '').replace(/[,;:]+$/, '').trim();
  if (!t || t.length > 70 || /^(?:it|this|there)$/i.test(t)) return null;
  if (/\b(?:was|were|is|are|had|has|have|will|would)\b/i.test(t)) return null;
  return t;
};

/** The speech verbs, which saidAfter finds after a space. */
const speechCues = declareCues(speechVerbs.split('|').map((verb) => verb.replace(/\(.*$/, '')));
const wordChar = /[\w’'.-]/;
const space = /\s/;
/** Words a speaker phrase of saidAfter spans at most: seven, and "has" before the verb. */
const phraseWords = 8;

/** The earliest start of a phrase of whitespace-separated words that ends right before the word holding `at`. */
const phraseStart = (text: string, at: number, words: number): number => {
  let i = at;
  while (i > 0 && wordChar.test(text[i - 1])) i--;
  for (let n = 0; n < words; n++) {
    let j = i;
    while (j > 0 && space.test(text[j - 1])) j--;
    let k = j;
    while (k > 0 && wordChar.test(text[k - 1])) k--;
    if (j === i || k === j) break;
    i = k;
  }
  return i;
};

/**
 * The next match of saidAfter from `from`, as matchAll would find it. Tried at every character the pattern would
 * climb up to eight words each time; a match ends at a speech verb and starts at most eight words before it, so the
 * scan starts there (those starts only move on with the verb, the first verb after `from` bounds them all).
 */
const nextSaidAfter = (sentence: string, from: number): RegExpExecArray | null => {
  if (!hasCue(cuesIn(sentence), speechCues)) return null;
  speechVerb.lastIndex = from;
  const verb = speechVerb.exec(sentence);
  if (!verb) return null;
  saidAfter.lastIndex = Math.max(from, phraseStart(sentence, verb.index, phraseWords));
  return saidAfter.exec(sentence);
};

/** ", Jane Roe, a neighbour, said." ends the sentence: checked from its end, not tried after every comma. */
const endsWithSaid = (sentence: string): boolean => {
  const end = sentence.trimEnd().replace(/\.$/, '').trimEnd().slice(-5).toLowerCase();
  return /(?:said|says|added)$/.test(end);
};

/** The speaker of a sentence, or null when the outlet states it in its own voice. `previous` resolves "he said". */
export const findSpeaker = (sentence: string, previous: string | null): string | null => {
  let m = according.exec(sentence);
  if (m) return trimSpeaker(m[1]);
  m = /quoted as saying/i.test(sentence) ? quotedAs.exec(sentence) : null;
  if (m) return trimSpeaker(m[1]);
  m = endsWithSaid(sentence) ? trailingSaid.exec(sentence) : null;
  if (m) return trimSpeaker(m[1]);
  m = saidBefore.exec(sentence);
  if (m) {
    const s = trimSpeaker(m[1]);
    if (s && !pronouns.test(s)) return s;
    if (s) return previous;
  }
  for (let x = nextSaidAfter(sentence, 0); x; x = nextSaidAfter(sentence, x.index + x[0].length)) {
    const words = x[1].trim().split(/\s+/);
    const last = words[words.length - 1];
    if (pronouns.test(last)) return previous;
    const s = trimSpeaker(x[1]);
    if (s) return s;
  }
  return null;
};

/** The first words of lexicon.hedgeWords ("so far" by its "far"). */
const hedgeCues = declareCues(['reportedly', 'allegedly', 'unconfirmed', 'apparently', 'possibly', 'probably', 'believed', 'thought', 'far', 'initial', 'preliminary', 'suspected']);

/** Hedges of the sentence itself ("reportedly", "so far"), besides those on a number. */
export const findHedge = (sentence: string): string | null =>
  hasCue(cuesIn(sentence), hedgeCues) ? hedgeWords.exec(sentence)?.[1].toLowerCase() ?? null : null;
