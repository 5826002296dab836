// Stage `timeline`: dated developments per event, merged across reports, each citing its reports.

import type { Doc, Event, TimelineEntry } from '../../model/index.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { type Development, findDevelopments, tidy } from './developments.ts';
import { type Group, mergeDevelopments, toEntry } from './merge.ts';

const maxEntries = 12;
const maxContext = 4;
/** First day of an ISO date of any precision ("2022-09" → 2022-09-01). */
const startOf = (date: string): number => Date.parse(`${date}${'-01'.repeat((10 - date.length) / 3)}T00:00:00Z`);

/** Before the event (and not a vaguer form of its date): background, not part of it. */
const isContext = (date: string, eventDate: string | null): boolean =>
  !!eventDate && !eventDate.startsWith(date) && startOf(date) < startOf(eventDate);

/** The event's date, else the date most of its reports give for it. */
const eventDateOf = (event: Event, own: Doc[]): string | null => {
  if (event.when.date) return event.when.date;
  const counts = new Map<string, number>();
  for (const d of own) if (d.eventDate) counts.set(d.eventDate, (counts.get(d.eventDate) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
};

const cites = (e: Event): string[] => (e.articleIds.length ? e.articleIds : e.mentionedIn);

/** The event itself: its own date, cited by the reports that date it so. */
const eventSeed = (event: Event, docs: Map<string, Doc>): Group[] => {
  if (!event.when.date || !event.when.precision) return [];
  const dating = cites(event).filter((id) => docs.get(id)?.eventDate?.startsWith(event.when.date!));
  return [
    {
      date: event.when.date,
      precision: event.when.precision,
      time: event.when.time,
      kind: 'event',
      members: [],
      seed: { text: event.title, articleIds: dating.length ? dating : cites(event) },
    },
  ];
};

/** Known background events recalled by this event's reports, as context entries. */
const backgroundSeeds = (event: Event, events: Event[]): Group[] => {
  const own = new Set(event.articleIds);
  return events
    .filter((b) => b !== event && b.background && b.when.date && b.when.precision)
    .map((b) => ({ b, ids: [...new Set([...b.mentionedIn, ...b.articleIds])].filter((id) => own.has(id)) }))
    .filter(({ ids }) => ids.length > 0)
    .map(({ b, ids }) => ({
      date: b.when.date!,
      precision: b.when.precision!,
      time: b.when.time,
      kind: 'context',
      members: [],
      seed: { text: b.title, articleIds: ids },
    }));
};

/** Earlier events a report recalls in passing, as context developments. */
const recalled = (doc: Doc): Development[] =>
  doc.background
    .filter((m) => m.date && m.precision)
    .map((m) => ({
      articleId: doc.article.id,
      date: m.date!,
      precision: m.precision!,
      time: null,
      kind: 'context',
      text: tidy(m.text),
      at: m.start,
    }));

const kindOrder = ['context', 'event', 'incident', 'arrest', 'claim', 'statement', 'visit', 'other'];

/** Keeps the best-supported entries (the event first, recent context first), then orders them by date. */
const selectEntries = (entries: TimelineEntry[]): TimelineEntry[] => {
  const ranked = [...entries].sort(
    (a, b) =>
      Number(b.kind === 'event') - Number(a.kind === 'event') ||
      b.articleIds.length - a.articleIds.length ||
      b.date.localeCompare(a.date),
  );
  const context = ranked.filter((e) => e.kind === 'context').slice(0, maxContext);
  const rest = ranked.filter((e) => e.kind !== 'context').slice(0, maxEntries - context.length);
  return [...context, ...rest].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.time ?? '99').localeCompare(b.time ?? '99') ||
      kindOrder.indexOf(a.kind ?? 'other') - kindOrder.indexOf(b.kind ?? 'other'),
  );
};

/** The timeline of one event from the reports about it and the background events they recall. */
export const buildTimeline = (event: Event, docs: Map<string, Doc>, events: Event[]): TimelineEntry[] => {
  const own = cites(event).map((id) => docs.get(id)).filter((d): d is Doc => !!d);
  const eventDate = eventDateOf(event, own);
  const developments = [...own.flatMap(findDevelopments), ...own.flatMap(recalled)].map((d) =>
    isContext(d.date, eventDate) ? { ...d, kind: 'context' } : d,
  );
  const groups = mergeDevelopments([...eventSeed(event, docs), ...backgroundSeeds(event, events)], developments);
  const publishedOf = (id: string) => docs.get(id)?.article.published ?? null;
  return selectEntries(groups.map((g) => toEntry(g, publishedOf)).filter((e) => e.articleIds.length > 0));
};

export const timelineStage: CorpusStage = {
  name: 'timeline',
  run: (corpus) => {
    const docs = new Map(corpus.docs.map((d) => [d.article.id, d]));
    const events = corpus.events.map((e) => ({ ...e, timeline: buildTimeline(e, docs, corpus.events) }));
    return { ...corpus, events };
  },
};
