// The article's main-event day and clock time, picked from the dates of its headline and lead by weighted cues.

import type { Sentence } from '../../model/index.ts';
import type { Day } from './calendar.ts';
import { daysBetween, formatDay, parseDay } from './calendar.ts';
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
  /** The headline, to tell the story's sentences from page debris about other stories. */
  title?: string | null;
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
/** "died Thursday", "was taken off life support Friday": the day of a death that came later than the shooting. */
const DEATH_BEFORE = /\b(?:died|dies|passed away|succumbed|pronounced dead|brain[- ]dead|life support)(?:\s+(?:early|late|on|at|in|from|of|his|her|their|injuries|wounds?|the|hospital|a|\w+\s+hospital))*\s*$/i;
const STAMP = /\b(?:posted|updated|published|last modified)\s*:?\s*$/i;
/** A full date with a clock time ending its line is a dateline or page stamp. */
const STAMP_TAIL = /^\s*(?:[AP]\.?M\.?\s*)?(?:[ECMP][SD]T|GMT|UTC)?\s*\)?\s*(?:\n|$)/i;
/** Words read against the moment of writing ("this morning", "last night"). */
const DEICTIC = /\b(?:today|tonight|yesterday|this|last)\b/i;
const NIGHT = /\b(?:night|overnight|late)\b/i;
const MONTH_DAY = /[A-Za-z]\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]/;

/** Sentences after this many count little: the main event is told in the lead. */
const LEAD = 4;
const MAX_SENTENCE = 30;
/** An explicitly written date may run a day past publication (time zones, a dateline written ahead). */
const DAYS_AFTER_PUBLICATION = 1;

/** What the score of a candidate day is made of; each cue is 0/1 unless noted. */
export const eventDateFeatures = [
  'title', // from the headline
  'lead', // in the first sentences
  'depth', // sentences past the lead, in fours
  'namesEvent', // "the Friday shooting"
  'eventBefore', // "was shot Friday"
  'eventNear', // event word after, or outcome word before
  'aftermath', // "police said Friday", "identified Friday"
  'legal', // a court or booking sentence
  'clock', // a clock time is stated with the day
  'publicationDay',
  'dayBefore', // the day before publication
  'older', // more than a week before publication
  'afterPublication',
  'agree', // other candidates name the same day (share of three)
  'earliest', // the earliest of two or more candidate days
  'first', // the first candidate of the text
  'absolute', // written with its year
  'deictic', // "today", "this morning", "last night"
  'night', // "Friday night", "late Friday", "overnight"
  'smallHours', // a clock time after midnight and before six
  'monthDay', // written with month and day ("March 3")
  'firstSentence', // in the very first sentence
  'eventSentence', // an event word elsewhere in its sentence
  'aboutTitle', // its sentence shares words with the headline (share of three)
  'fallback', // the publication day taken when no candidate ties well enough
  'death', // "died Thursday": a death that may have come days after the shooting
] as const;
export type EventDateFeature = (typeof eventDateFeatures)[number];

/**
 * Weights of the cues, fitted on half A of GVA dev (incidents split by a hash of their id) by `bench/temporal-eval.ts
 * --fit` (softmax over each report's candidates, rounded to quarters) and checked on half B, which they never saw.
 * `death` was added later and set alone (the fit put it at -0.75; -0.5 does as well on A and better on B).
 */
export const eventDateWeights: Record<EventDateFeature, number> = {
  title: 0.25,
  lead: 0.75,
  depth: -0.25,
  namesEvent: 1.75,
  eventBefore: 1.75,
  eventNear: 0.5,
  aftermath: -1.5,
  legal: -1,
  clock: 1,
  publicationDay: -0.75,
  dayBefore: 0,
  older: 0.5,
  afterPublication: -0.75,
  agree: 0.5,
  earliest: 0.25,
  first: 0.25,
  absolute: -1,
  deictic: -0.25,
  night: 0,
  smallHours: 0.25,
  monthDay: 0.25,
  firstSentence: -0.25,
  eventSentence: 1,
  aboutTitle: 0.5,
  fallback: -0.5,
  death: -0.5,
};

/** A candidate day with its cues; `time` is null for the publication-day fallback. */
export interface Candidate {
  time: ResolvedTime | null;
  date: string;
  features: Float64Array;
  score: number;
}

const index = Object.fromEntries(eventDateFeatures.map((f, i) => [f, i])) as Record<EventDateFeature, number>;

const sentenceIndex = (sentences: readonly Sentence[], at: number): number => {
  const i = sentences.findIndex((s) => at < s.end);
  return i < 0 ? sentences.length : i;
};

/** Sets the context cues: how strongly the words around a date tie it to the event rather than to its aftermath. */
const setContext = (f: Float64Array, text: string, t: ResolvedTime, from: number, to: number): boolean => {
  const before = text.slice(Math.max(from, t.start - 70), t.start);
  const after = text.slice(t.end, Math.min(to, t.end + 40));
  if (STAMP.test(before) || (t.basis === 'absolute' && t.time && STAMP_TAIL.test(text.slice(t.end, t.end + 12)))) return false;
  if (NAMES_EVENT.test(after)) f[index.namesEvent] = 1;
  else {
    if (EVENT_WORDS.test(before)) f[index.eventBefore] = 1;
    else if (EVENT_WORDS.test(after) || OUTCOME_WORDS.test(before)) f[index.eventNear] = 1;
    if (AFTERMATH_WORDS.test(before.slice(-24)) || REPORTED_AFTER.test(after)) f[index.aftermath] = 1;
    else if (LEGAL_WORDS.test(text.slice(from, to))) f[index.legal] = 1;
  }
  if (DEATH_BEFORE.test(before)) f[index.death] = 1;
  if (t.time) f[index.clock] = 1;
  if (t.basis === 'absolute') f[index.absolute] = 1;
  if (DEICTIC.test(t.text)) f[index.deictic] = 1;
  if (NIGHT.test(t.text) || NIGHT.test(before.slice(-8)) || (t.time !== null && t.time >= '21:00')) f[index.night] = 1;
  if (t.time !== null && t.time < '06:00') f[index.smallHours] = 1;
  if (t.basis !== 'absolute' && MONTH_DAY.test(t.text)) f[index.monthDay] = 1;
  if (!f[index.namesEvent] && !f[index.eventBefore] && !f[index.eventNear] && EVENT_WORDS.test(text.slice(from, to))) f[index.eventSentence] = 1;
  return true;
};

const setCalendar = (f: Float64Array, d: Day, published: Day | null): void => {
  if (!published) return;
  const back = daysBetween(d, published);
  if (back === 0) f[index.publicationDay] = 1;
  else if (back === 1) f[index.dayBefore] = 1;
  else if (back > 7) f[index.older] = 1;
  else if (back < 0) f[index.afterPublication] = 1;
};

const score = (f: Float64Array, w: readonly number[]): number => {
  let s = 0;
  for (let i = 0; i < f.length; i++) if (f[i]) s += f[i] * w[i];
  return s;
};

interface Raw {
  time: ResolvedTime;
  features: Float64Array;
}

const isDay = (t: ResolvedTime): boolean => t.precision === 'day' && !!t.date && t.dayStated;

/** A candidate's day must not lie after publication, except an explicit date one day ahead. */
const plausible = (t: ResolvedTime, published: Day | null): boolean => {
  const d = parseDay(t.date);
  if (!d) return false;
  if (!published) return true;
  const back = daysBetween(d, published);
  return back >= 0 || (back >= -DAYS_AFTER_PUBLICATION && (t.basis === 'absolute' || /\d/.test(t.text)) && !t.time && !DEICTIC.test(t.text));
};

const WORD = /[a-z]{4,}/g;
const COMMON = new Set(['police', 'said', 'says', 'after', 'with', 'from', 'that', 'this', 'were', 'have', 'been', 'news', 'what', 'when', 'into', 'over']);
const wordsOf = (s: string): Set<string> => new Set((s.toLowerCase().match(WORD) ?? []).filter((w) => !COMMON.has(w)));
const sharedWords = (words: ReadonlySet<string>, sentence: string): number => {
  let n = 0;
  for (const w of wordsOf(sentence)) if (words.has(w)) n++;
  return n;
};

/** Every day-precision date of the headline and lead with its cues (scores unset). */
const rawCandidates = (input: EventDateInput, published: Day | null): Raw[] => {
  const out: Raw[] = [];
  const add = (time: ResolvedTime, from: number, to: number, text: string, position: (f: Float64Array) => void) => {
    if (!isDay(time) || !plausible(time, published)) return;
    const f = new Float64Array(eventDateFeatures.length);
    if (!setContext(f, text, time, from, to)) return;
    position(f);
    setCalendar(f, parseDay(time.date)!, published);
    out.push({ time, features: f });
  };
  for (const t of input.titleTimes) add(t, 0, 0, input.text, (f) => (f[index.title] = 1));
  let first = true;
  const titleWords = wordsOf(input.title ?? '');
  const overlap = new Map<number, number>();
  for (const t of input.times) {
    if (!isDay(t)) continue;
    const i = sentenceIndex(input.sentences, t.start);
    if (i >= MAX_SENTENCE) continue;
    const s = input.sentences[i];
    const before = out.length;
    add(t, s?.start ?? 0, s?.end ?? input.text.length, input.text, (f) => {
      if (i === 0) f[index.firstSentence] = 1;
      if (titleWords.size && s) {
        if (!overlap.has(i)) overlap.set(i, sharedWords(titleWords, input.text.slice(s.start, s.end)));
        f[index.aboutTitle] = Math.min(3, overlap.get(i)!) / 3;
      }
      if (i < LEAD) f[index.lead] = 1;
      else f[index.depth] = (i - LEAD) / 4;
      if (first) f[index.first] = 1;
    });
    if (out.length > before) first = false;
  }
  return out;
};

/** Cues that depend on the other candidates: agreement on the same day, the earliest day. */
const setAgreement = (raws: Raw[]): void => {
  const count = new Map<string, number>();
  for (const r of raws) count.set(r.time.date!, (count.get(r.time.date!) ?? 0) + 1);
  const days = [...count.keys()].sort();
  for (const r of raws) {
    r.features[index.agree] = Math.min(3, count.get(r.time.date!)! - 1) / 3;
    if (days.length > 1 && r.time.date === days[0]) r.features[index.earliest] = 1;
  }
};

/** The cues of every candidate, the publication-day fallback last (when publication is known). */
export const eventDateCandidates = (input: EventDateInput): { time: ResolvedTime | null; date: string; features: Float64Array }[] => {
  const published = parseDay(input.published);
  const raws = rawCandidates(input, published);
  setAgreement(raws);
  const out: { time: ResolvedTime | null; date: string; features: Float64Array }[] = raws.map((r) => ({ time: r.time, date: r.time.date!, features: r.features }));
  if (published) {
    const f = new Float64Array(eventDateFeatures.length);
    f[index.fallback] = 1;
    f[index.publicationDay] = 1;
    out.push({ time: null, date: formatDay(published), features: f });
  }
  return out;
};

const byScoreThenDate = (a: Candidate, b: Candidate): number => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Candidate days best-tied to the event first (the publication-day fallback among them). */
export const rankEventDates = (input: EventDateInput, weights: Readonly<Record<EventDateFeature, number>> = eventDateWeights): Candidate[] => {
  const w = eventDateFeatures.map((f) => weights[f]);
  return eventDateCandidates(input)
    .map((c) => ({ ...c, score: score(c.features, w) }))
    .sort(byScoreThenDate);
};

/**
 * The day whose candidates weigh most together (each weighs e^score, so one strong mention outweighs several weak
 * ones), with its best candidate; ties go to the earlier day.
 */
export const bestEventDay = (ranked: readonly Candidate[]): Candidate | null => {
  const mass = new Map<string, number>();
  for (const c of ranked) mass.set(c.date, (mass.get(c.date) ?? 0) + Math.exp(c.score));
  let day: string | null = null;
  for (const [d, m] of mass) if (day === null || m > mass.get(day)! || (m === mass.get(day)! && d < day)) day = d;
  return ranked.find((c) => c.date === day) ?? null;
};

/** Picks the event day: the best-tied day of the headline or lead; else publication. */
export const pickEventDate = (input: EventDateInput): EventWhenGuess => {
  const best = bestEventDay(rankEventDates(input));
  return { date: best?.date ?? null, time: pickEventTime(input, best) };
};

/** The clock time stated with the event day, else the first one stated for that day (or for no known day). */
const pickEventTime = (input: EventDateInput, chosen: Candidate | null): string | null => {
  if (chosen?.time?.time) return chosen.time.time;
  const all = [...input.titleTimes, ...input.times];
  return all.find((t) => t.time && (!chosen || t.date === null || t.date === chosen.date))?.time ?? null;
};
