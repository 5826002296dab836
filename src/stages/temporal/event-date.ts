// The article's main-event day and clock time, picked from the dates of its headline and lead.

import type { Sentence } from '../../model/index.ts';
import { daysBetween, parseDay } from './calendar.ts';
import type { ResolvedTime } from './resolve.ts';

export interface EventWhenGuess {
  date: string | null;
  time: string | null;
}

export interface EventDateInput {
  text: string;
  sentences: readonly Sentence[];
  times: readonly ResolvedTime[];
  /** Dates of the headline when it is not part of the text. */
  titleTimes: readonly ResolvedTime[];
  published: string | null;
}

// Words of the happening itself versus words of its aftermath and of reporting it.
const EVENT_WORDS =
  /\b(?:shot|shoot(?:ing|ings|out)?|fir(?:ing|e|ed)|opened fire|gunfire|gunshots?|gunm[ae]n|discharged|kill(?:ed|ing)|slain|attack(?:ed|s)?|stabb(?:ed|ing)|happened|occurred|robbery|broke out|homicide|murder(?:ed)?|bomb(?:ing)?|explosion|blast|assault(?:ed)?|raid(?:ed)?)\b/i;
const OUTCOME_WORDS = /\b(?:wound(?:ed)?|injur(?:ed|ing)|died|dead|death|incident|struck|crash(?:ed)?|found)\b/i;
const AFTERMATH_WORDS =
  /\b(?:said|says|told|announced|reported|confirmed|identified|released|arrested|charged|court|arraigned|sentenced|pleaded|jury|trial|hearing|indicted|vigil|funeral|memorial|condition|remains?|remained|updated|posted|spoke|press conference|bond|booked|claimed|statement|investigat\w*|appeared|buried|as of)\b/i;
const LEGAL_WORDS =
  /\b(?:court|trial|sentenced|sentencing|pleaded|plea|arraign\w*|indicted|indictment|convicted|guilty|hearing|testif\w*|jury|booked|bond|extradit\w*)\b/i;
const REPORTED_AFTER = /^[\s,]*(?:that\s+)?(?:said|told|announced|reported|confirmed|released|identified)\b/i;
/** "the July 4 shooting": a date naming the event it modifies. */
const NAMES_EVENT = /^\s*(?:'s\s+)?(?:(?:fatal|deadly|double|triple|mass|drive-by|early-morning|late-night)\s+)*(?:shootings?|shootout|killings?|murders?|slayings?|homicides?|attacks?|stabbing|robbery|ambush)\b/i;
const STAMP = /\b(?:posted|updated|published|last modified)\s*:?\s*$/i;
/** A full date with a clock time ending its line is a dateline or page stamp. */
const STAMP_TAIL = /^\s*(?:[AP]\.?M\.?\s*)?(?:[ECMP][SD]T|GMT|UTC)?\s*\)?\s*(?:\n|$)/i;

/** Sentences after this many count little: the main event is told in the lead. */
const LEAD = 4;
const MAX_SENTENCE = 30;

const sentenceIndex = (sentences: readonly Sentence[], at: number): number => {
  const i = sentences.findIndex((s) => at < s.end);
  return i < 0 ? sentences.length : i;
};

export interface Candidate {
  time: ResolvedTime;
  score: number;
}

/** How strongly the words around a date tie it to the event rather than to its aftermath. */
const scoreContext = (text: string, t: ResolvedTime, from: number, to: number): number => {
  const before = text.slice(Math.max(from, t.start - 70), t.start);
  const after = text.slice(t.end, Math.min(to, t.end + 40));
  if (STAMP.test(before) || (t.basis === 'absolute' && t.time && STAMP_TAIL.test(text.slice(t.end, t.end + 12)))) return -Infinity;
  let score = 0;
  if (NAMES_EVENT.test(after)) score += 3;
  else {
    if (EVENT_WORDS.test(before)) score += 2;
    else if (EVENT_WORDS.test(after) || OUTCOME_WORDS.test(before)) score += 1;
    if (AFTERMATH_WORDS.test(before.slice(-24)) || REPORTED_AFTER.test(after)) score -= 2;
    else if (LEGAL_WORDS.test(text.slice(from, to))) score -= 1;
  }
  if (t.time) score += 0.5;
  return score;
};

const candidatesOf = (input: EventDateInput): Candidate[] => {
  const published = parseDay(input.published);
  const plausible = (t: ResolvedTime): boolean => {
    if (t.precision !== 'day' || !t.date || !t.dayStated) return false;
    const d = parseDay(t.date);
    return !!d && (!published || daysBetween(d, published) >= 0);
  };
  const fromTitle = input.titleTimes.filter(plausible).map((time) => ({ time, score: 1 + scoreContext(input.text, time, 0, 0) }));
  const fromText = input.times.filter(plausible).flatMap((time) => {
    const i = sentenceIndex(input.sentences, time.start);
    if (i >= MAX_SENTENCE) return [];
    const s = input.sentences[i];
    const position = i < LEAD ? 1 : -(i - LEAD) * 0.25;
    return [{ time, score: position + scoreContext(input.text, time, s?.start ?? 0, s?.end ?? input.text.length) }];
  });
  return [...fromTitle, ...fromText].filter((c) => c.score > -Infinity);
};

const byScoreThenDate = (a: Candidate, b: Candidate): number =>
  b.score - a.score || (a.time.date! < b.time.date! ? -1 : a.time.date! > b.time.date! ? 1 : 0);

/** Day-precision dates of the headline and lead, best-tied to the event first. */
export const rankEventDates = (input: EventDateInput): Candidate[] => candidatesOf(input).sort(byScoreThenDate);

/** Picks the event day: the best-tied day of the headline or lead; else publication. */
export const pickEventDate = (input: EventDateInput): EventWhenGuess => {
  const best = rankEventDates(input)[0] ?? null;
  const published = parseDay(input.published) ? input.published!.slice(0, 10) : null;
  return { date: best?.time.date ?? published, time: pickEventTime(input, best?.time ?? null) };
};

/** The clock time stated with the event day, else the first one stated for that day (or for no known day). */
const pickEventTime = (input: EventDateInput, chosen: ResolvedTime | null): string | null => {
  if (chosen?.time) return chosen.time;
  const all = [...input.titleTimes, ...input.times];
  return all.find((t) => t.time && (!chosen || t.date === null || t.date === chosen.date))?.time ?? null;
};
