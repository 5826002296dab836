// Undated peers: undated articles a new undated article is compared with, in its batch and across batches.

import type { ClusterParams, Labelled, Placement, Query } from './clusterer.ts';
import {
  absorb, addPeople, candidatesOf, compare, contributionsOf, eventIdOf, forgetWeights, foundingReason, indexEvent, queryCosine, reasonOf, topOf,
  weightOf, weighVector,
} from './clusterer.ts';
import type { DocFeatures } from './features.ts';
import type { ClusterState, EventState, PendingPlacement } from './state.ts';
import { eventHeadOf } from './state.ts';

/** Undated articles looked up by their most telling features, so an article is compared only with those sharing one. */
export interface Peers {
  /** Each peer's vector, or how to make it: a pending article's is made when it is first compared with (most never are). */
  vectors: Map<string, Query | (() => Query)>;
  /** Each peer's most telling features (those it is looked up by). */
  tops: Map<string, string[]>;
  byKey: Map<string, Set<string>>;
  /** Says these peers are about to be compared (a stored state reads their vectors in one go). */
  readAhead?: (ids: string[]) => void;
}

export const createPeers = (): Peers => ({ vectors: new Map(), tops: new Map(), byKey: new Map() });

const topKeys = (q: Query, n: number): string[] => topOf(q, n).map(([k]) => k);

/** Adds a peer by its most telling features, with its vector or how to make it. */
const addPeerBy = (peers: Peers, id: string, top: string[], q: Query | (() => Query)): void => {
  peers.vectors.set(id, q);
  peers.tops.set(id, top);
  for (const k of top) {
    let ids = peers.byKey.get(k);
    if (!ids) peers.byKey.set(k, (ids = new Set()));
    ids.add(id);
  }
};

export const addPeer = (peers: Peers, p: ClusterParams, id: string, q: Query): void => addPeerBy(peers, id, topKeys(q, p.queryFeatures), q);

export const dropPeer = (peers: Peers, _p: ClusterParams, id: string): void => {
  const top = peers.tops.get(id);
  if (!top) return;
  peers.vectors.delete(id);
  peers.tops.delete(id);
  for (const k of top) peers.byKey.get(k)?.delete(id);
};

/** A peer's vector, made the first time it is asked for. */
const peerVector = (peers: Peers, id: string): Query | undefined => {
  const v = peers.vectors.get(id);
  if (typeof v !== 'function') return v;
  const q = v();
  peers.vectors.set(id, q);
  return q;
};

/** Peers sharing one of the query's most telling features (and passing `keep`), with their similarity to it. */
const peersOf = (peers: Peers, p: ClusterParams, q: Query, self: string, keep: (id: string) => boolean = () => true): [string, number][] => {
  const found: string[] = [];
  const seen = new Set<string>([self]);
  for (const k of topKeys(q, p.queryFeatures)) {
    for (const other of peers.byKey.get(k) ?? []) {
      if (seen.has(other)) continue;
      seen.add(other);
      if (keep(other)) found.push(other);
    }
  }
  if (found.length > 0) peers.readAhead?.(found);
  return found.map((other) => [other, queryCosine(q, peerVector(peers, other)!)]);
};

/** Highest similarity of an article to a peer. */
export const peerScoreOf = (peers: Peers, p: ClusterParams, id: string) => (q: Query): number =>
  peersOf(peers, p, q, id).reduce((top, [, s]) => Math.max(top, s), 0);

/** A pending article's vector, weighed as it was placed (by the store's current idf when that was not kept). */
const pendingQuery = (state: ClusterState, p: ClusterParams, e: PendingPlacement): Query => {
  const tf = new Map(e.keys.map((k, i) => [k, e.tf[i]]));
  if (!e.w) return { tf, ...weighVector(tf, (k) => weightOf(state, p, k)) };
  const weights = new Map(e.keys.map((k, i) => [k, e.w![i]]));
  return { tf, weights, norm: Math.sqrt(e.w.reduce((n, x) => n + x * x, 0)) || 1 };
};

/**
 * A pending article's most telling features without weighing it: its first keys, when its kept weights run heaviest first
 * (as `rememberPending` keeps them), are those `topOf` would pick from its vector (a stable sort of them keeps their order).
 */
export const keptTop = (e: PendingPlacement, n: number): string[] | null => {
  const w = e.w;
  if (!w || w.length !== e.keys.length) return null;
  for (let i = 1; i < w.length; i++) if (!(w[i] <= w[i - 1])) return null;
  return e.keys.slice(0, n);
};

/** The pending placements of a state as peers and by id, built once per state object and kept in step with `state.pending`. */
interface PendingIndex {
  peers: Peers;
  byId: Map<string, PendingPlacement>;
}

const pendingIndexes = new WeakMap<ClusterState, PendingIndex>();

const pendingIndexOf = (state: ClusterState, p: ClusterParams): PendingIndex => {
  let index = pendingIndexes.get(state);
  if (!index) {
    pendingIndexes.set(state, (index = { peers: { ...createPeers(), readAhead: (ids) => state.readAheadPending?.(ids) }, byId: new Map() }));
    for (const e of state.pending) {
      const top = state.pendingTop?.(e.id, p.queryFeatures) ?? keptTop(e, p.queryFeatures);
      if (top) addPeerBy(index.peers, e.id, top, () => pendingQuery(state, p, e));
      else addPeer(index.peers, p, e.id, pendingQuery(state, p, e));
      index.byId.set(e.id, e);
    }
  }
  return index;
};

const vectorOf = (state: ClusterState, p: ClusterParams, e: PendingPlacement): Query =>
  peerVector(pendingIndexOf(state, p).peers, e.id) ?? pendingQuery(state, p, e);

/** Forgets remembered articles (copies found late: they go wherever their original goes). */
export const forgetPending = (state: ClusterState, p: ClusterParams, ids: ReadonlySet<string>): void => {
  if (ids.size === 0 || !state.pending.some((e) => ids.has(e.id))) return;
  const index = pendingIndexOf(state, p);
  state.pending = state.pending.filter((e) => !ids.has(e.id));
  for (const id of ids) {
    dropPeer(index.peers, p, id);
    index.byId.delete(id);
  }
};

/**
 * Remembers a placed undated article with its most telling keys, so that while it sits in a dated
 * event a later undated look-alike can still pull it out; only the most recent `pendingKept` are
 * kept. Returns the event's index when that event is dated.
 */
export const rememberPending = (state: ClusterState, p: ClusterParams, f: DocFeatures, placed: Placement): number | null => {
  const at = state.docEvent.get(f.id);
  if (p.pendingKept <= 0 || f.day !== null || !placed.query || at === undefined) return null;
  const top = topOf(placed.query, p.maxEventFeatures).map(([k]) => k);
  const entry: PendingPlacement = {
    id: f.id, score: placed.score, keys: top, tf: top.map((k) => placed.query!.tf.get(k)!), w: top.map((k) => placed.query!.weights.get(k)!),
    names: top.filter((k) => f.names.has(k)), labels: top.flatMap((k): [string, string][] => (f.labels.has(k) ? [[k, f.labels.get(k)!]] : [])),
    main: f.main, title: f.title,
  };
  const index = pendingIndexOf(state, p);
  state.pending.push(entry);
  addPeer(index.peers, p, f.id, pendingQuery(state, p, entry));
  index.byId.set(f.id, entry);
  for (const old of state.pending.splice(0, Math.max(0, state.pending.length - p.pendingKept))) {
    dropPeer(index.peers, p, old.id);
    index.byId.delete(old.id);
  }
  return eventHeadOf(state, at).firstDay === null ? null : at;
};

/** Whether a remembered article now sits in a dated event. */
const inDated = (state: ClusterState, id: string): boolean => {
  const at = state.docEvent.get(id);
  return at !== undefined && eventHeadOf(state, at).firstDay !== null;
};

/**
 * Before an undated article is placed: each pending article that scored below `peerMargin` × its
 * similarity to this one would have started its own event had both come in one batch, so it leaves
 * its dated event now and starts that event (with the id it would have had). Returns the events left.
 */
export const releasePending = (state: ClusterState, p: ClusterParams, id: string, q: Query): number[] => {
  const left: number[] = [];
  if (state.pending.length === 0) return left;
  const { peers, byId } = pendingIndexOf(state, p);
  for (const [other, similarity] of peersOf(peers, p, q, id, (other) => inDated(state, other))) {
    const entry = byId.get(other);
    const from = state.docEvent.get(other)!;
    if (!entry || entry.score >= p.peerMargin * similarity) continue;
    moveOut(state, p, from, null, [entry]);
    left.push(from);
  }
  return left;
};

/**
 * After a batch, the pending articles of each dated event that gained or lost one are placed anew,
 * in arrival order, as one batch holding them all would have placed them: each joins what scores
 * best among the event without them (plus those of them that stay), other stored events and the
 * groups formed so far, and starts a group when that best is the dated event yet a later one of
 * them is closer by `peerMargin`. A look-alike event's undated reports, streamed one by one, would
 * otherwise each join the dated event the first of them joined. Groups become events with the id
 * of their first article.
 */
export const replacePending = (state: ClusterState, p: ClusterParams, events: Iterable<number>): void => {
  for (const from of new Set(events)) {
    const members = state.pending.filter((e) => state.docEvent.get(e.id) === from);
    if (members.length < 2 || eventHeadOf(state, from).firstDay === null) continue;
    const vectors = members.map((e) => vectorOf(state, p, e));
    const stay = coreOf(state.events[from], vectors);
    const groups: { members: number[]; sums: Map<string, number> }[] = [];
    const moves = new Map<number, number>();
    members.forEach((_, i) => {
      const q = vectors[i];
      const own = centroidCosine(state, p, q, stay);
      let best: { score: number; to: number | { members: number[]; sums: Map<string, number> } } = { score: own, to: from };
      for (const j of candidatesOf(state, p, q, null)) {
        if (j === from) continue;
        const score = compare(state, p, q, state.events[j], null).score;
        if (score > best.score) best = { score, to: j };
      }
      for (const g of groups) {
        const score = centroidCosine(state, p, q, g.sums);
        if (score > best.score) best = { score, to: g };
      }
      const later = Math.max(0, ...vectors.slice(i + 1).map((v) => queryCosine(q, v)));
      if (best.score < p.threshold || (best.to === from && own < p.peerMargin * later)) best = { score: 0, to: { members: [], sums: new Map() } };
      if (best.to === from) addInto(stay, q.tf);
      else if (typeof best.to === 'number') moves.set(i, best.to);
      else {
        if (!groups.includes(best.to)) groups.push(best.to);
        best.to.members.push(i);
        addInto(best.to.sums, q.tf);
      }
    });
    for (const [i, to] of moves) moveOut(state, p, from, to, [members[i]]);
    for (const g of groups) moveOut(state, p, from, null, g.members.map((i) => members[i]));
  }
};

const addInto = (sums: Map<string, number>, tf: Map<string, number>): void => {
  for (const [k, t] of tf) sums.set(k, (sums.get(k) ?? 0) + t);
};

/** An event's centroid without its pending articles: what its dated reports say. */
const coreOf = (e: EventState, vectors: Query[]): Map<string, number> => {
  const core = new Map(e.keys.map((k, i) => [k, e.sums[i]]));
  for (const v of vectors) for (const [k, t] of v.tf) if (core.has(k)) core.set(k, core.get(k)! - t);
  for (const [k, s] of core) if (s <= 1e-9) core.delete(k);
  return core;
};

const centroidCosine = (state: ClusterState, p: ClusterParams, q: Query, sums: Map<string, number>): number => {
  const { weights, norm } = weighVector(sums, (k) => weightOf(state, p, k));
  let dot = 0;
  for (const [k, w] of weights) dot += w * (q.weights.get(k) ?? 0);
  return weights.size > 0 ? dot / (norm * q.norm) : 0;
};

/**
 * The id of an event split off event `leftId`, first article `firstArticleId`: that article's event id,
 * unless it founded the event it leaves, which keeps its id for the reports that stay (ids must stay unique).
 */
export const splitEventIdOf = (firstArticleId: string, leftId: string): string => {
  const id = eventIdOf(firstArticleId);
  return id === leftId ? eventIdOf(`${firstArticleId}#split`) : id;
};

const labelledOf = (e: PendingPlacement): Labelled => ({ id: e.id, names: new Set(e.names), labels: new Map(e.labels) });

/**
 * Moves pending articles (and their copies) out of their event into event `to`, or into a new event
 * (`to` null) whose id is the first one's: the event they would have started in one batch. Each
 * gets the reason it has in its new event.
 */
const moveOut = (state: ClusterState, p: ClusterParams, from: number, to: number | null, group: PendingPlacement[]): void => {
  const e = state.events[from];
  if (group.length === 0) return;
  const ids = new Set(group.map((g) => g.id));
  const copies = e.reasons.filter((r) => r.copyOf && ids.has(r.copyOf) && !ids.has(r.articleId));
  const index = to ?? state.events.length;
  if (to === null) {
    state.events.push({
      id: splitEventIdOf(group[0].id, e.id), articleIds: [], independent: 0, keys: [], sums: [], firstDay: null, lastDay: null,
      title: group[0].title, reasons: [],
    });
  }
  const target = state.events[index];
  for (const g of group) {
    const q = vectorOf(state, p, g);
    const reason = target.articleIds.length === 0 ? foundingReason(g.id)
      : reasonOf(labelledOf(g), compare(state, p, q, target, null), contributionsOf(state, p, q, target));
    target.articleIds.push(g.id);
    target.reasons.push(reason);
    target.independent++;
    absorb(state, p, target, q.tf, q);
    addPeople(target, g.main);
    indexEvent(state, p, q, index, null);
    subtract(e, q.tf);
    addPeople(e, g.main, -1);
    e.independent--;
  }
  for (const r of copies) {
    target.articleIds.push(r.articleId);
    target.reasons.push(r);
    ids.add(r.articleId);
  }
  e.articleIds = e.articleIds.filter((a) => !ids.has(a));
  e.reasons = e.reasons.filter((r) => !ids.has(r.articleId));
  for (const a of ids) state.docEvent.set(a, index);
};

/** Takes an article's term frequencies back out of a centroid (keys it no longer holds are gone already). */
const subtract = (e: EventState, tf: Map<string, number>): void => {
  const keys: string[] = [];
  const sums: number[] = [];
  e.keys.forEach((k, i) => {
    const left = e.sums[i] - (tf.get(k) ?? 0);
    if (left > 1e-9) {
      keys.push(k);
      sums.push(left);
    }
  });
  Object.assign(e, { keys, sums });
  forgetWeights(e);
};
