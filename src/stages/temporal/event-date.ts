// The article's main-event day and clock time, picked from the dates of its headline and lead.

import type { Sentence } from '../../model/index.ts';
import { addDays, daysBetween, formatDay, parseDay } from './calendar.ts';
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

/** How many sentences count as the lead. */
const LEAD = 4;

const dayOf = (t: ResolvedTime): string | null => (t.precision === 'day' ? t.date : null);

const sentenceIndex = (sentences: readonly Sentence[], at: number): number => {
  const i = sentences.findIndex((s) => at < s.end);
  return i < 0 ? sentences.length : i;
};

/** Days a lead date may lie before publication and still be the story's event (later ones are recalled). */
const isPlausible = (date: string, published: string | null): boolean => {
  const d = parseDay(date);
  const p = parseDay(published);
  if (!d || !p) return !!d;
  const back = daysBetween(d, p);
  return back >= 0;
};

/** Picks the event day: the earliest plausible day stated in the headline or lead; else publication. */
export const pickEventDate = (input: EventDateInput): EventWhenGuess => {
  const lead = [
    ...input.titleTimes,
    ...input.times.filter((t) => sentenceIndex(input.sentences, t.start) < LEAD),
  ].filter((t) => dayOf(t) && isPlausible(t.date!, input.published));
  const chosen = lead.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))[0];
  const date = chosen?.date ?? (input.published ? formatDay(addDays(parseDay(input.published)!, 0)) : null);
  const time = pickEventTime(input, chosen ?? null);
  return { date: parseDay(input.published) || chosen ? date : null, time };
};

/** The first clock time stated for the event day (or with no day of its own) in the lead or title. */
const pickEventTime = (input: EventDateInput, chosen: ResolvedTime | null): string | null => {
  if (chosen?.time) return chosen.time;
  const all = [...input.titleTimes, ...input.times];
  const hit = all.find((t) => t.time && (!chosen || t.date === null || t.date === chosen.date));
  return hit?.time ?? null;
};
