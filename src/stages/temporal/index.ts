// Stage `temporal`: dates and times resolved against the publication date, and the article's event day and time.

import type { Doc, TimeMention } from '../../model/index.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { pickEventDate } from './event-date.ts';
import type { ResolvedTime } from './resolve.ts';
import { resolveTimes } from './resolve.ts';

export { pickEventDate } from './event-date.ts';
export type { EventWhenGuess } from './event-date.ts';
export { mayHoldTime, resolveTimes } from './resolve.ts';
export type { ResolvedTime, ResolveOptions } from './resolve.ts';
export * from './calendar.ts';

const toMention = (articleId: string, t: ResolvedTime): TimeMention | null =>
  t.date === null ? null : { articleId, start: t.start, end: t.end, text: t.text, date: t.date, precision: t.precision, time: t.time, basis: t.basis };

/** The headline's dates, unless the text already starts with it. */
const resolveTitle = (doc: Doc): ResolvedTime[] => {
  const title = doc.article.title?.trim();
  if (!title || doc.article.text.slice(0, title.length + 200).includes(title)) return [];
  return resolveTimes(title, doc.article.published);
};

export const annotateTimes = (doc: Doc): Doc => {
  const { text, published } = doc.article;
  const resolved = resolveTimes(text, published, { sentences: doc.sentences });
  const when = pickEventDate({ text, sentences: doc.sentences, times: resolved, titleTimes: resolveTitle(doc), published });
  return {
    ...doc,
    times: resolved.map((t) => toMention(doc.article.id, t)).filter((m): m is TimeMention => m !== null),
    eventDate: when.date,
    eventTime: when.time,
  };
};

export const temporalStage: ArticleStage = {
  name: 'temporal',
  run: annotateTimes,
};
