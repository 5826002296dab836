// The event's day from its reports' own days: the most reported day, ties to the earliest; undated reports re-read.

import type { Doc } from '../../model/index.ts';
import { parseDay } from './calendar.ts';
import { rankEventDates } from './event-date.ts';
import { eventDateInputOf } from './input.ts';

/** Whether the report's event day is written in its text (a date mention names it), not taken from publication. */
export const statesEventDate = (doc: Doc): boolean =>
  Boolean(doc.eventDate && doc.times.some((t) => t.date === doc.eventDate));

/**
 * A report without a publication date read again as if published on `reference` (another report's day), so that
 * "on Friday" gets a day; null when its text still names no day. The reference itself is never the answer.
 */
export const redateUndated = (doc: Doc, reference: string): string | null => {
  if (!parseDay(reference)) return null;
  const input = eventDateInputOf({ ...doc, article: { ...doc.article, published: reference } });
  const ranked = rankEventDates(input);
  const best = ranked[0];
  return best?.time ? best.date : null;
};

const publishedDay = (doc: Doc): string | null => (parseDay(doc.article.published) ? doc.article.published!.slice(0, 10) : null);

/**
 * The event day of a cluster of reports. Reports whose text states their day vote (copies of another member once);
 * the most reported day wins and a tie goes to the earliest day, because follow-ups date later developments while
 * the first reports date the event. Reports without a publication date are first re-read against the earliest
 * publication day of the others. With no stated day: the reports' own picks, then the earliest publication day.
 */
export const voteEventDate = (docs: readonly Doc[]): string | null => {
  const reference = docs.map(publishedDay).filter((d): d is string => d !== null).sort()[0] ?? null;
  const members = new Set(docs.map((d) => d.article.id));
  const reports = docs
    .filter((d) => !(d.article.duplicateOf && members.has(d.article.duplicateOf)))
    .map((d) => {
      const redated = !publishedDay(d) && reference ? redateUndated(d, reference) : null;
      return redated ? { day: redated, stated: true } : { day: d.eventDate, stated: statesEventDate(d) };
    });
  const stated = reports.filter((r) => r.stated);
  const pool = (stated.length ? stated : reports).map((r) => r.day).filter((d): d is string => Boolean(d));
  return mostNamed(pool) ?? reference;
};

/** The most frequent value; ties to the smallest (for ISO days, the earliest). */
const mostNamed = (days: readonly string[]): string | null => {
  const n = new Map<string, number>();
  for (const d of days) n.set(d, (n.get(d) ?? 0) + 1);
  let best: string | null = null;
  for (const [d, k] of n) if (best === null || k > n.get(best)! || (k === n.get(best)! && d < best)) best = d;
  return best;
};
