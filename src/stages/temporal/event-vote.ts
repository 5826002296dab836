// The event's day from its reports' own days: the most reported day, ties to the earliest unless stale; undated reports re-read.

import type { Doc } from '../../model/index.ts';
import { daysBetween, parseDay } from './calendar.ts';
import type { Candidate } from './event-date.ts';
import { rankEventDates } from './event-date.ts';
import { eventDateInputOf, referenceDayOf } from './input.ts';

/** Whether the report's event day is written in its text (a date mention names it), not taken from publication. */
export const statesEventDate = (doc: Doc): boolean =>
  Boolean(doc.eventDate && doc.times.some((t) => t.date === doc.eventDate));

/**
 * A report without a publication date read again as if published on `reference` (another report's day), so that
 * "on Friday" gets a day; null when its text still names no day. The reference itself is never the answer.
 */
export const redateUndated = (doc: Doc, reference: string): string | null => {
  const best = rankAsOf(doc, reference)?.[0];
  return best?.time ? best.date : null;
};

const rankAsOf = (doc: Doc, reference: string): Candidate[] | null =>
  parseDay(reference) ? rankEventDates(eventDateInputOf({ ...doc, article: { ...doc.article, published: reference } })) : null;

/** A report's publication day, or the earlier day its page says it was posted (the scraped date may be a crawl's). */
const publishedDay = referenceDayOf;

/** A report's event day, whether its text states it, the report's publication day, and how to weigh its days. */
interface DayVote {
  day: string | null;
  stated: boolean;
  published: string | null;
  /** The report's share of belief in each day it names (read again only when a tie needs it). */
  shares: () => Map<string, number>;
}

/** Each candidate day's share of the report's weight (e^score, as the report's own pick weighs them). */
const sharesOf = (ranked: readonly Candidate[]): Map<string, number> => {
  const out = new Map<string, number>();
  let total = 0;
  for (const c of ranked) total += Math.exp(c.score);
  for (const c of ranked) if (c.time) out.set(c.date, (out.get(c.date) ?? 0) + Math.exp(c.score) / total);
  return out;
};

const lazy = <T>(f: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= f());
};

/**
 * The event day of a cluster of reports. Reports whose text states their day vote (copies of another member once);
 * the most reported day wins and a tie goes to the earliest day, because follow-ups date later developments while
 * the first reports date the event (but see `breakTie`). Reports without a publication date are first re-read
 * against the earliest publication day of the others. With no stated day: the reports' own picks, then the earliest
 * publication day.
 */
export const voteEventDate = (docs: readonly Doc[]): string | null => {
  const reference = docs.map(publishedDay).filter((d): d is string => d !== null).sort()[0] ?? null;
  const members = new Set(docs.map((d) => d.article.id));
  const reports: DayVote[] = docs
    .filter((d) => !(d.article.duplicateOf && members.has(d.article.duplicateOf)))
    .map((d) => {
      const redated = !publishedDay(d) && reference ? redateUndated(d, reference) : null;
      const shares = lazy(() => sharesOf((redated ? rankAsOf(d, reference!) : rankEventDates(eventDateInputOf(d))) ?? []));
      return redated
        ? { day: redated, stated: true, published: null, shares }
        : { day: d.eventDate, stated: statesEventDate(d), published: publishedDay(d), shares };
    });
  const stated = reports.filter((r) => r.stated);
  return mostNamed(stated.length ? stated : reports) ?? reference;
};

/** A report published this many days after the day it states tells of the past: maybe an earlier event it recalls. */
const staleLag = 4;

/** The fewest days any of its reports took from the day to publication; unknown counts as fresh. */
const lagOf = (day: string, votes: readonly DayVote[]): number => {
  const d = parseDay(day);
  const lags = votes.filter((v) => v.day === day).map((v) => {
    const p = parseDay(v.published);
    return d && p ? daysBetween(d, p) : 0;
  });
  return Math.min(...lags);
};

/** Tied days further apart than this are two happenings (the event and a later one), not two readings of one day. */
const beliefSpan = 7;

/** How much the reports together believe in a day: the sum of each report's share for it. */
const beliefIn = (day: string, votes: readonly DayVote[]): number => {
  let sum = 0;
  for (const v of votes) sum += v.shares().get(day) ?? 0;
  return sum;
};

/**
 * Between two equally reported days: the later one when only reports published long after the earlier give it, the
 * later one is fresh news and the two lie more than a night apart (a recalled event); else, within a week, the day
 * the reports believe in more, counting the days each report weighed but did not pick; else the earlier day.
 */
const breakTie = (a: string, b: string, votes: readonly DayVote[]): string => {
  const [early, late] = a < b ? [a, b] : [b, a];
  const e = parseDay(early);
  const l = parseDay(late);
  const apart = e && l ? daysBetween(e, l) > 1 : false;
  if (apart && lagOf(early, votes) >= staleLag && lagOf(late, votes) <= 1) return late;
  if (!e || !l || daysBetween(e, l) > beliefSpan) return early;
  return beliefIn(late, votes) > beliefIn(early, votes) ? late : early;
};

/** The most frequent day; ties by `breakTie`. */
const mostNamed = (votes: readonly DayVote[]): string | null => {
  const n = new Map<string, number>();
  for (const v of votes) if (v.day) n.set(v.day, (n.get(v.day) ?? 0) + 1);
  let best: string | null = null;
  for (const [d, k] of n) {
    if (best === null || k > n.get(best)!) best = d;
    else if (k === n.get(best)!) best = breakTie(best, d, votes);
  }
  return best;
};
