// Turns the clusterer's state into model Events (main and background) for the later corpus stages.

import type { Event } from '../../model/index.ts';
import { isoOfDay } from './features.ts';
import type { BackgroundEventState, ClusterState, EventState } from './state.ts';

const blank = (): Omit<Event, 'id' | 'title' | 'articleIds' | 'mentionedIn' | 'background' | 'reasons'> => ({
  type: 'unknown',
  when: { date: null, time: null, precision: null },
  where: null,
  facts: [],
  entities: [],
  timeline: [],
  summary: [],
});

export const mainEventOf = (e: EventState, mentionedIn: string[] = []): Event => ({
  ...blank(),
  id: e.id,
  title: e.title,
  articleIds: [...e.articleIds],
  mentionedIn,
  background: false,
  reasons: e.reasons.map((r) => ({ ...r })),
  ...(e.absorbed?.length ? { absorbedIds: [...e.absorbed] } : {}),
});

export const backgroundEventOf = (b: BackgroundEventState): Event => ({
  ...blank(),
  id: b.id,
  title: b.title,
  articleIds: [],
  mentionedIn: [...b.mentionedIn],
  background: true,
  when: { date: b.day === null ? null : dateAt(b.day, b.precision), time: null, precision: b.day === null ? null : b.precision },
  where: b.place,
  reasons: [],
  backgroundRefs: b.refs.map((r) => ({ ...r })),
});

const dateAt = (day: number, precision: BackgroundEventState['precision']): string => {
  const iso = isoOfDay(day);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
};

/** The events holding these articles, in first-seen order, found through each article's event (a stored state reads only those). */
const eventsHolding = (state: ClusterState, articleIds: ReadonlySet<string>): EventState[] => {
  state.readAheadMap?.('docEvent', [...articleIds]);
  const indexes = new Set<number>();
  for (const id of articleIds) {
    const i = state.docEvent.get(id);
    if (i !== undefined) indexes.add(i);
  }
  return [...indexes].sort((a, b) => a - b).map((i) => state.events[i]);
};

/**
 * Events in first-seen order. A background event matched to a stored main event is not listed twice:
 * its mentions are added to that event's `mentionedIn`.
 */
export const eventsOf = (state: ClusterState, only?: ReadonlySet<string>): Event[] => {
  const recalled = new Map<string, string[]>();
  for (const b of state.backgrounds) {
    if (b.matchedEvent) recalled.set(b.matchedEvent, [...(recalled.get(b.matchedEvent) ?? []), ...b.mentionedIn]);
  }
  const keep = (ids: string[]): boolean => ids.length > 0 && (!only || ids.some((id) => only.has(id)));
  const main = (only ? eventsHolding(state, only) : state.events)
    .filter((e) => keep(e.articleIds))
    .map((e) => mainEventOf(e, [...new Set(recalled.get(e.id) ?? [])].filter((id) => !e.articleIds.includes(id))));
  const background = state.backgrounds.filter((b) => !b.matchedEvent && keep(b.mentionedIn)).map(backgroundEventOf);
  return [...main, ...background];
};
