// End-of-batch merge: a small undated event a batch formed or revisited joins a larger one it clearly resembles.

import type { ClusterReason } from '../../model/index.ts';
import type { ClusterParams, Match, Query } from './clusterer.ts';
import { absorb, addAges, candidatesOf, compare, contributionsOf, forgetWeights, reasonOf, weightOf } from './clusterer.ts';
import type { ClusterState, EventState } from './state.ts';
import { eventHeadOf } from './state.ts';

/** An event's centroid as a query, so it can be scored against another event like an article. */
const centroidQuery = (state: ClusterState, p: ClusterParams, e: EventState): Query => {
  const total = e.sums.reduce((s, x) => s + x * x, 0);
  const scale = Math.sqrt(total) || 1;
  const tf = new Map<string, number>();
  const weights = new Map<string, number>();
  let norm = 0;
  e.keys.forEach((k, i) => {
    tf.set(k, e.sums[i] / scale);
    const w = (e.sums[i] / scale) * weightOf(state, p, k);
    weights.set(k, w);
    norm += w * w;
  });
  return { tf, weights, norm: Math.sqrt(norm) || 1 };
};

/** The main people of an event, most shared first. */
const peopleOf = (e: EventState): string[] => [...(e.people ?? [])].sort((a, b) => b[1] - a[1]).map(([w]) => w);

/**
 * Two events about different people: the main person of each is missing from the other's centroid
 * and main people (a small event about one death does not join another death's reports).
 */
export const eventsConflict = (a: EventState, b: EventState): boolean => {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  if (pa.length === 0 || pb.length === 0) return false;
  const knows = (e: EventState, people: string[], w: string): boolean => e.keys.includes(w) || people.includes(w);
  return !knows(b, pb, pa[0]) && !knows(a, pa, pb[0]);
};

/** Dated events were already kept apart or together by time; undated ones only by arrival order. */
const isSmall = (state: ClusterState, p: ClusterParams, i: number): boolean => {
  const { independent: n, firstDay } = eventHeadOf(state, i);
  return n > 0 && n <= p.mergeMaxSize && firstDay === null;
};

/**
 * The small undated events a batch may merge: those it created or added to, and recent ones (among
 * the last `mergeRecent` events) that an article it placed also scored above the threshold against
 * (`near`): the event that article joined may now resemble them. A stream of single articles so
 * revisits them as they and their neighbours grow, as the end of one batch holding them all would.
 */
export const mergeCandidatesOf = (
  state: ClusterState, p: ClusterParams, touched: ReadonlySet<number>, near: Iterable<number> = [],
): Set<number> => {
  const recent = state.events.length - p.mergeRecent;
  const out = new Set<number>();
  for (const i of touched) if (isSmall(state, p, i)) out.add(i);
  for (const j of near) if (j >= recent && isSmall(state, p, j)) out.add(j);
  return out;
};

/** The day of `a` nearest to `b`'s span, so scoring it against `b` measures the gap between the spans. */
const nearestDay = (a: EventState, b: EventState): number | null => {
  if (a.firstDay === null || a.lastDay === null || b.firstDay === null || b.lastDay === null) return null;
  return a.lastDay < b.firstDay ? a.lastDay : a.firstDay > b.lastDay ? a.firstDay : b.firstDay;
};

/**
 * Moves each small event (at most `mergeMaxSize` reports) created by this batch into the larger event
 * its centroid scores highest against, when that score reaches `mergeThreshold` and the two are not
 * about different people. Emptied events keep their index (postings and docEvent stay valid) but no
 * articles. Returns old event id → new event id.
 */
export const mergeSmallEvents = (state: ClusterState, p: ClusterParams, fresh: ReadonlySet<number>): Map<string, string> => {
  const moved = new Map<string, string>();
  if (p.mergeThreshold <= 0) return moved;
  const small = [...fresh].filter((i) => isSmall(state, p, i)).sort((a, b) => a - b);
  for (const i of small) {
    const e = state.events[i];
    if (e.articleIds.length === 0) continue;
    const q = centroidQuery(state, p, e);
    let best: { index: number; score: number; match: Match } | null = null;
    for (const j of candidatesOf(state, p, q, e.firstDay)) {
      const t = state.events[j];
      if (j === i || t.independent <= e.independent) continue;
      const m = compare(state, p, q, t, nearestDay(e, t));
      if (m.cosine < p.conflictForgive && eventsConflict(e, t)) continue;
      if (m.score >= p.mergeThreshold && (!best || m.score > best.score)) best = { index: j, score: m.score, match: m };
    }
    if (!best) continue;
    const scored = new Set(e.articleIds);
    for (const x of state.pending) if (scored.has(x.id)) x.score = best.score;
    e.reasons = e.reasons.map((r) => (r.articleId === e.articleIds[0] && !r.copyOf ? mergedReason(state, p, e, q, best!.index, best!.match) : r));
    moveInto(state, p, i, best.index, q);
    moved.set(e.id, state.events[best.index].id);
  }
  return moved;
};

/**
 * The reason of the report that started a merged-away event, in the event it joins: what the merged
 * event shares with it (names labelled as its undated reports wrote them, when remembered).
 */
const mergedReason = (state: ClusterState, p: ClusterParams, e: EventState, q: Query, to: number, m: Match): ClusterReason => {
  const own = new Set(e.articleIds);
  const remembered = state.pending.filter((x) => own.has(x.id));
  const labelled = {
    id: e.articleIds[0], names: new Set(remembered.flatMap((x) => x.names)), labels: new Map(remembered.flatMap((x) => x.labels)),
  };
  return reasonOf(labelled, m, contributionsOf(state, p, q, state.events[to]));
};

const moveInto = (state: ClusterState, p: ClusterParams, from: number, to: number, q: Query): void => {
  const e = state.events[from];
  const t = state.events[to];
  for (const a of e.articleIds) state.docEvent.set(a, to);
  t.articleIds.push(...e.articleIds);
  t.reasons.push(...e.reasons);
  t.independent += e.independent;
  if (e.firstDay !== null) t.firstDay = t.firstDay === null ? e.firstDay : Math.min(t.firstDay, e.firstDay);
  if (e.lastDay !== null) t.lastDay = t.lastDay === null ? e.lastDay : Math.max(t.lastDay, e.lastDay);
  for (const [w, n] of e.people ?? []) {
    const at = (t.people ??= []).find((pc) => pc[0] === w);
    if (at) at[1] += n;
    else t.people.push([w, n]);
  }
  addAges(t, e.ages);
  absorb(state, p, t, q.tf, q);
  // The absorbing event keeps its id; the ids it took in (and those they had taken in) stay findable.
  t.absorbed = [...(t.absorbed ?? []), e.id, ...(e.absorbed ?? [])];
  Object.assign(e, { articleIds: [], reasons: [], independent: 0, keys: [], sums: [], people: [], absorbed: [], ages: [] });
  forgetWeights(e);
};
