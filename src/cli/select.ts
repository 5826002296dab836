// Which stored articles a filtered `report` reads: the whole events that the filter picks, so a report on a large store reads only those.

import type { StorePort } from '../ports/store.ts';
import { loadStoredClusterState, storedEventArticles } from '../stages/cluster/index.ts';

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
 */
export const selectArticleIds = (store: StorePort, f: ReportFilter): string[] => {
  // A window of days alone is read through its articles' events, not the whole state.
  if (f.events.length === 0) return [...new Set(storedEventArticles(store, store.articleIds(f.since, f.until)).flat())];
  const state = loadStoredClusterState(store);
  const named = new Set(f.events);
  const unknown = new Set(f.events);
  const inRange = f.since !== null || f.until !== null ? new Set(store.articleIds(f.since, f.until)) : null;
  const picked = new Set<string>();
  const pick = (id: string, articleIds: readonly string[]): void => {
    unknown.delete(id);
    if ((named.size === 0 || named.has(id)) && (!inRange || articleIds.some((a) => inRange.has(a)))) for (const a of articleIds) picked.add(a);
  };
  for (const e of state.events) if (named.size === 0 || named.has(e.id)) pick(e.id, e.articleIds);
  // A background event is read through the reports that recall it; unnamed, it comes with them.
  for (const b of state.backgrounds) if (named.has(b.id)) pick(b.id, b.mentionedIn);
  if (unknown.size > 0) throw new Error(`no event ${[...unknown].join(', ')} in the store (the ids are those of a report's events)`);
  return [...picked];
};
