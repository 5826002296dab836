// Which stored articles a filtered `report` reads: the whole events that the filter picks, so a report on a large store reads only those.

import type { StorePort } from '../ports/store.ts';
import { storedEventArticles, storedEventsNamed } from '../stages/cluster/index.ts';

export interface ReportFilter {
  /** Event ids (main or background) as the dossier prints them; empty for any event. */
  events: readonly string[];
  /** First and last publication day (YYYY-MM-DD, inclusive) of the articles an event must have; null for no bound. */
  since: string | null;
  until: string | null;
}

export const isFiltered = (f: ReportFilter): boolean => f.events.length > 0 || f.since !== null || f.until !== null;

/**
 * The ids of every article of the events the filter picks: events named by `events` (all when none is named)
 * with at least one article published between `since` and `until`. Throws on an event id the store does not hold.
 * Either way the events are read through their rows, not the whole state.
 */
export const selectArticleIds = (store: StorePort, f: ReportFilter): string[] => {
  if (f.events.length === 0) return [...new Set(storedEventArticles(store, store.articleIds(f.since, f.until)).flat())];
  const inRange = f.since !== null || f.until !== null ? new Set(store.articleIds(f.since, f.until)) : null;
  const picked = new Set<string>();
  // A background event is read through the reports that recall it.
  for (const articleIds of storedEventsNamed(store, f.events, store.articleIds(null, null)).values()) {
    if (!inRange || articleIds.some((a) => inRange.has(a))) for (const a of articleIds) picked.add(a);
  }
  return [...picked];
};
