// Stage `cluster`: groups articles into events, streaming them in date order through the incremental clusterer.

import type { ClusterConfig } from '../../config/config.ts';
import type { Doc, InputError } from '../../model/index.ts';
import { stampError } from '../../pipeline/errors.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { addBackgrounds, matchRecalled } from './background-events.ts';
import type { ClusterParams } from './clusterer.ts';
import { addDoc, countDocument, defaultClusterParams, markLateCopies, outletNamesOf, queryOf } from './clusterer.ts';
import { eventsOf } from './events.ts';
import { mergeCandidatesOf, mergeSmallEvents } from './merge.ts';
import type { Peers } from './peers.ts';
import { addPeer, createPeers, dropPeer, forgetPending, peerScoreOf, releasePending, rememberPending, replacePending } from './peers.ts';
import type { DocFeatures } from './features.ts';
import { featuresOf } from './features.ts';
import type { ClusterState, ClusterStateJson } from './state.ts';
import { createClusterState, loadClusterState } from './state.ts';
import { clusterStateRows, openStoredClusterState } from './stored-state.ts';

export { addDoc, defaultClusterParams, eventIdOf } from './clusterer.ts';
export type { ClusterParams, Placement } from './clusterer.ts';
export { eventsOf } from './events.ts';
export { featuresOf } from './features.ts';
export type { DocFeatures } from './features.ts';
export { createClusterState, loadClusterState, saveClusterState } from './state.ts';
export type { ClusterState, ClusterStateJson } from './state.ts';
export { clusterStateRows, clusterTables, loadStoredClusterState, openStoredClusterState, storedEventArticles, storedEventsNamed } from './stored-state.ts';

/** The order articles are fed in, for batch and stream alike: publication date, then id; undated last. */
export const streamOrder = (a: Doc, b: Doc): number => {
  const pa = a.article.published ?? '\uffff';
  const pb = b.article.published ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
};

/** Tuned parameters, unless the user configured threshold or decay explicitly. */
export const paramsFor = (c: ClusterConfig | undefined): ClusterParams => ({
  ...defaultClusterParams,
  ...(c?.threshold != null ? { threshold: c.threshold } : {}),
  ...(c?.decayDays != null ? { decayDays: c.decayDays } : {}),
});

/**
 * One new article of a batch: its features (or why they failed) and, for a real article, its doc,
 * whose background mentions are then added.
 */
export interface Incoming {
  id: string;
  features: DocFeatures | { error: unknown };
  doc?: Doc;
}

const hasFeatures = (x: Incoming['features']): x is DocFeatures => !('error' in x);

/**
 * Counts a batch's new, non-copy articles into the document frequencies before any is placed: the
 * first articles of a batch then weigh words by the whole batch, not by the few seen before them.
 * Returns the ids counted.
 */
const countBatch = (state: ClusterState, batch: Incoming[]): Set<string> => {
  const counted = new Set<string>();
  state.readAhead?.(batch.flatMap(({ features: f }) => (hasFeatures(f) ? [...f.counts.keys()] : [])));
  if (state.readAheadNames) {
    const wanted = new Map<string, Set<string>>();
    for (const { features: f } of batch) {
      if (!hasFeatures(f) || !f.outlet) continue;
      if (!wanted.has(f.outlet)) wanted.set(f.outlet, new Set());
      for (const k of outletNamesOf(f)) wanted.get(f.outlet)!.add(k);
    }
    state.readAheadNames(wanted);
  }
  for (const { id, features: f } of batch) {
    if (!hasFeatures(f) || f.copyOf !== null || counted.has(id)) continue;
    counted.add(id);
    countDocument(state, f);
  }
  return counted;
};

/** The batch's undated articles still to be placed, as peers. */
const undatedPeers = (state: ClusterState, p: ClusterParams, batch: Incoming[], counted: Set<string>): Peers => {
  const peers = createPeers();
  if (p.peerMargin <= 0) return peers;
  for (const { id, features: f } of batch) if (counted.has(id) && hasFeatures(f) && f.day === null) addPeer(peers, p, id, queryOf(state, p, f));
  return peers;
};

/**
 * Adds docs (any order; they are sorted) to a state: main events first, then their background
 * mentions. This is what `ingest` calls with a loaded state; the stage calls it with a fresh one.
 */
export const ingestDocs = (
  state: ClusterState,
  docs: Doc[],
  params: ClusterParams = defaultClusterParams,
  onError: (doc: Doc, err: unknown) => void = (_doc, err) => {
    throw err;
  },
): ClusterState => {
  const sorted = [...docs].sort(streamOrder);
  state.readAheadMap?.('docEvent', sorted.flatMap((d) => [d.article.id, ...(d.article.duplicateOf ? [d.article.duplicateOf] : [])]));
  const batch = sorted.filter((d) => !state.docEvent.has(d.article.id)).map((doc): Incoming => {
    try {
      return { id: doc.article.id, features: featuresOf(doc), doc };
    } catch (error) {
      return { id: doc.article.id, features: { error }, doc };
    }
  });
  ingestBatch(state, batch, params, (item, err) => onError(item.doc!, err));
  const copies = sorted.flatMap((d): [string, string][] => (d.article.duplicateOf ? [[d.article.id, d.article.duplicateOf]] : []));
  // A copy goes wherever its original goes: it is no undated report of its own to revisit.
  forgetPending(state, params, markLateCopies(state, copies));
  return state;
};

/**
 * Adds one batch of new articles, in the order given (date order), as `ingestDocs` does: placed one
 * by one, then undated reports of dated events placed anew, small undated events revisited for merges
 * and recalled events matched to the events the batch touched. Benchmarks call it with features only.
 */
export const ingestBatch = (
  state: ClusterState, batch: Incoming[], params: ClusterParams, onError: (item: Incoming, err: unknown) => void,
): void => {
  const before = state.events.length;
  const { placed, given, near } = placeBatch(state, batch, params, onError);
  replacePending(state, params, given);
  // Revisited: the events this batch created, joined or moved reports into (not every event its docs are in).
  const touched = new Set(Array.from({ length: state.events.length - before }, (_, k) => before + k));
  for (const id of placed) touched.add(state.docEvent.get(id)!);
  redirectBackgrounds(state, mergeSmallEvents(state, params, mergeCandidatesOf(state, params, touched, near)));
  matchRecalled(state, params, touched);
};

/**
 * Places new articles in order, then their background mentions. Returns the ids placed, the dated
 * events that gained or lost an undated report (whose undated reports are then placed anew) and the
 * other events the articles scored above the threshold against.
 */
const placeBatch = (
  state: ClusterState, batch: Incoming[], params: ClusterParams, onError: (item: Incoming, err: unknown) => void,
): { placed: string[]; given: number[]; near: number[] } => {
  const counted = countBatch(state, batch);
  const peers = undatedPeers(state, params, batch, counted);
  const placed: string[] = [];
  const given: number[] = [];
  const near: number[] = [];
  for (const item of batch) {
    const { id, features: f, doc } = item;
    try {
      if (!hasFeatures(f)) throw f.error;
      const placement = addDoc(state, f, params, counted.has(id), {
        peerScore: peerScoreOf(peers, params, id),
        beforePlacing: (q) => {
          if (f.day === null && params.peerMargin > 0) given.push(...releasePending(state, params, id, q));
        },
      });
      dropPeer(peers, params, id);
      placed.push(id);
      near.push(...(placement.near ?? []));
      const at = rememberPending(state, params, f, placement);
      if (at !== null) given.push(at);
    } catch (err) {
      onError(item, err);
      continue;
    }
    // A malformed background mention must not cost the article its main event.
    try {
      if (doc) addBackgrounds(state, doc, params);
    } catch (err) {
      onError(item, err);
    }
  }
  return { placed, given, near };
};

/** Background events matched to a merged-away event now point at the event it joined. */
export const redirectBackgrounds = (state: ClusterState, moved: Map<string, string>): void => {
  if (moved.size === 0) return;
  for (const b of state.matchedTo?.(new Set(moved.keys())) ?? state.backgrounds) {
    // An event merged away may have joined one merged away later in the same pass. A chain is never longer
    // than the moves: an event pulled out under the id of the event it left and merged back maps that id to itself.
    for (let step = 0; step < moved.size && b.matchedEvent && moved.has(b.matchedEvent); step++) b.matchedEvent = moved.get(b.matchedEvent)!;
  }
};

const errorSink = (errors: InputError[]) => (doc: Doc, err: unknown) =>
  errors.push(stampError(err, { source: doc.article.source, articleId: doc.article.id, stage: 'cluster' }));

export const clusterStage: CorpusStage = {
  name: 'cluster',
  // Starts from the stored state when there is one: docs already placed keep their events and ids. The stored state is
  // read as the docs need it (their events, the background events), as `ingest` reads it, and never written back.
  run: (corpus, ctx) => {
    const errors = [...corpus.errors];
    const start = corpus.stored ? openStoredClusterState(corpus.stored).state : createClusterState();
    const state = ingestDocs(start, corpus.docs, paramsFor(ctx.config?.cluster), errorSink(errors));
    const present = new Set(corpus.docs.map((d) => d.article.id));
    return { ...corpus, events: eventsOf(state, present), errors };
  },
  update: (stored, docs, ctx, errors) => {
    const { state, writes } = openStoredClusterState(stored);
    ingestDocs(state, docs, paramsFor(ctx.config?.cluster), errorSink(errors));
    return writes();
  },
  migrate: (legacy) => clusterStateRows(loadClusterState(legacy as ClusterStateJson)),
};
