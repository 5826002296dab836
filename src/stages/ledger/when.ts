// When an event happened: the day and time its reports vote for.

import type { DatePrecision, Doc, EventWhen, Fact } from '../../model/index.ts';
import { voteEventDate } from '../temporal/index.ts';

const precisionOf = (date: string): DatePrecision => (date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year');

const vote = (xs: (string | null | undefined)[]): string | null => {
  const n = new Map<string, number>();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};

/** When: the day the reports' texts vote for, else their own event dates, else the earliest publication day. */
export const whenOf = (facts: Fact[], docs: Doc[]): EventWhen => {
  const fact = (slot: string) => facts.find((f) => f.slot === slot)?.values[0]?.value;
  // The reports that name their day vote (copies once); the latest-published date fact would let
  // follow-ups ("charged Tuesday") outvote the event ("shot Friday").
  const date = voteEventDate(docs);
  const time = (fact('time') as string | undefined) ?? vote(docs.map((d) => d.eventTime ?? null));
  return { date, time: time ?? null, precision: date ? precisionOf(date) : null };
};
