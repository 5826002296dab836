// What the event-day pick reads from an annotated doc: its resolved dates, its headline's, its publication.

import type { Doc } from '../../model/index.ts';
import type { EventDateInput } from './event-date.ts';
import type { ResolvedTime } from './resolve.ts';
import { resolveTimes } from './resolve.ts';

/** The headline's dates, unless the text already starts with it. */
const resolveTitle = (doc: Doc): ResolvedTime[] => {
  const title = doc.article.title?.trim();
  if (!title || doc.article.text.slice(0, title.length + 200).includes(title)) return [];
  return resolveTimes(title, doc.article.published);
};

export const eventDateInputOf = (doc: Doc): EventDateInput => {
  const { text, published } = doc.article;
  return { text, sentences: doc.sentences, times: resolveTimes(text, published, { sentences: doc.sentences }), titleTimes: resolveTitle(doc), published, title: doc.article.title };
};
