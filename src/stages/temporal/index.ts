// Stage `temporal`: dates and times resolved against the publication date, and the article's event day and time.

import type { Doc, TimeMention } from '../../model/index.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { pickEventDate } from './event-date.ts';
import { eventDateInputOf } from './input.ts';
import type { ResolvedTime } from './resolve.ts';

export { bestEventDay, eventDateCandidates, eventDateFeatures, eventDateWeights, pickEventDate, rankEventDates } from './event-date.ts';
export type { Candidate, EventDateFeature, EventDateInput, EventWhenGuess } from './event-date.ts';
export { redateUndated, statesEventDate, voteEventDate } from './event-vote.ts';
export { eventDateInputOf, postedDayOf, referenceDayOf, urlDayOf } from './input.ts';
export { mayHoldTime, resolveTimes } from './resolve.ts';
export type { ResolvedTime, ResolveOptions } from './resolve.ts';
export * from './calendar.ts';

const toMention = (articleId: string, t: ResolvedTime): TimeMention | null =>
  t.date === null ? null : { articleId, start: t.start, end: t.end, text: t.text, date: t.date, precision: t.precision, time: t.time, basis: t.basis };

export const annotateTimes = (doc: Doc): Doc => {
  const input = eventDateInputOf(doc);
  const when = pickEventDate(input);
  return {
    ...doc,
    times: input.times.map((t) => toMention(doc.article.id, t)).filter((m): m is TimeMention => m !== null),
    eventDate: when.date,
    eventTime: when.time,
  };
};

export const temporalStage: ArticleStage = {
  name: 'temporal',
  run: annotateTimes,
};
