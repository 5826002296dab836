// What the event-day pick reads from an annotated doc: its resolved dates, its headline's, its publication.

import type { Doc } from '../../model/index.ts';
import type { Day } from './calendar.ts';
import { compareDays, formatDay, parseDay } from './calendar.ts';
import type { EventDateInput } from './event-date.ts';
import type { ResolvedTime } from './resolve.ts';
import { resolveTimes } from './resolve.ts';

/** Words that make a full date the page's own stamp: "Posted: March 2, 2013", "(Published Monday, Oct. 28, 2013)". */
const POSTED_BEFORE = /\b(?:posted|created|published|updated|modified)\s*:?\s*(?:on\s+)?$/i;
/** A dateline that opens the text with a full date: "HARBOR CITY, Md. (June 3, 2015) —". */
const DATELINE_BEFORE = /^[^\n]{0,60}\(\s*$/;
const DATELINE_AFTER = /^\s*\)\s*(?::|-|—|–)/;
/** The page's own stamp sits at its top; stamps further down caption related stories. */
const STAMP_WITHIN = 600;

/** A day in a link's path: "/2015/08/05/", "/20150805/", "-2015-08-05-". */
const URL_DAY = /(?:^|[/_-])(20[0-3]\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The day written in a link's path (news sites file stories under their posting day); null when there is none. */
export const urlDayOf = (url: string | null | undefined): string | null => {
  const m = URL_DAY.exec(url?.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '') ?? '');
  return m && parseDay(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/** What the stamp test reads of a date: resolved times and the doc's time mentions both have it. */
type Dated = Pick<ResolvedTime, 'start' | 'end' | 'precision'> & { date: string | null; basis?: ResolvedTime['basis'] };

const isStamp = (text: string, t: Dated): boolean =>
  POSTED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
  (t.start < 80 && DATELINE_BEFORE.test(text.slice(0, t.start)) && DATELINE_AFTER.test(text.slice(t.end, t.end + 4)));

/**
 * The day a page says it was posted (its first stamp, or the day in its link), when that day lies before the scraped
 * publication date (or publication is unknown): the scraped date was then a crawl, an update or a later time zone,
 * and "Sunday" means the Sunday before the posting. Null when the page states no such day.
 */
export const postedDayOf = (text: string, times: readonly Dated[], published: string | null, url: string | null = null): string | null => {
  const first = times.find((t) => t.start < STAMP_WITHIN && t.basis === 'absolute' && t.precision === 'day' && isStamp(text, t));
  const days = [parseDay(first?.date), parseDay(urlDayOf(url))].filter((d): d is Day => d !== null);
  const posted = days.sort(compareDays)[0];
  const pub = parseDay(published);
  if (!posted || (pub && compareDays(posted, pub) >= 0)) return null;
  return formatDay(posted);
};

/** The day a doc's dates were read against: the page's posting day when earlier than its publication, else publication. */
export const referenceDayOf = (doc: Doc): string | null => {
  const published = parseDay(doc.article.published) ? doc.article.published!.slice(0, 10) : null;
  return postedDayOf(doc.article.text, doc.times, published, doc.article.url) ?? published;
};

/** The headline's dates, unless the text already starts with it. */
const resolveTitle = (doc: Doc, published: string | null): ResolvedTime[] => {
  const title = doc.article.title?.trim();
  if (!title || doc.article.text.slice(0, title.length + 200).includes(title)) return [];
  return resolveTimes(title, published);
};

/** The doc's dates read against its publication day, or against the day the page says it was posted when earlier. */
export const eventDateInputOf = (doc: Doc): EventDateInput => {
  const { text } = doc.article;
  const resolve = (day: string | null) => resolveTimes(text, day, { sentences: doc.sentences });
  let published = doc.article.published;
  let times = resolve(published);
  const posted = postedDayOf(text, times, published, doc.article.url);
  if (posted) {
    published = posted;
    times = resolve(posted);
  }
  return { text, sentences: doc.sentences, times, titleTimes: resolveTitle(doc, published), published, title: doc.article.title };
};
