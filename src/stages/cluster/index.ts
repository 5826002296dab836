// Stage `cluster`: groups articles into events, streaming them in date order through the incremental clusterer.

import type { ClusterConfig } from '../../config/config.ts';
import type { Doc, InputError } from '../../model/index.ts';
import { stampError } from '../../pipeline/errors.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { addBackgrounds, matchRecalled } from './background-events.ts';
import type { ClusterParams } from './clusterer.ts';
import { addDoc, countDocument, defaultClusterParams, markLateCopies, queryOf } from './clusterer.ts';
import { eventsOf } from './events.ts';
import { mergeCandidatesOf, mergeSmallEvents } from './merge.ts';
import type { Peers } from './peers.ts';
import { addPeer, createPeers, dropPeer, peerScoreOf, releasePending, rememberPending, replacePending } from './peers.ts';
import type { DocFeatures } from './features.ts';
import { featuresOf } from './features.ts';
import type { ClusterState, ClusterStateJson } from './state.ts';
import { createClusterState, loadClusterState, saveClusterState } from './state.ts';

export { addDoc, defaultClusterParams, eventIdOf } from './clusterer.ts';
export type { ClusterParams, Placement } from './clusterer.ts';
export { eventsOf } from './events.ts';
export { featuresOf } from './features.ts';
export type { DocFeatures } from './features.ts';
export { createClusterState, loadClusterState, saveClusterState } from './state.ts';
export type { ClusterState, ClusterStateJson } from './state.ts';

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
 * Counts a batch's new, non-copy articles into the document frequencies before any is placed: the
 * first articles of a batch then weigh words by the whole batch, not by the few seen before them.
 * Returns their features; an article whose features fail is left to the placing loop to report.
 */
const countBatch = (state: ClusterState, docs: Doc[]): Map<string, DocFeatures> => {
  const counted = new Map<string, DocFeatures>();
  for (const doc of docs) {
    if (state.docEvent.has(doc.article.id) || counted.has(doc.article.id)) continue;
    let f: DocFeatures;
    try {
      f = featuresOf(doc);
    } catch {
      continue;
    }
    if (f.copyOf !== null) continue;
    counted.set(doc.article.id, f);
    countDocument(state, f);
  }
  return counted;
};

/** The batch's undated articles still to be placed, as peers. */
const undatedPeers = (state: ClusterState, p: ClusterParams, counted: Map<string, DocFeatures>): Peers => {
  const peers = createPeers();
  if (p.peerMargin <= 0) return peers;
  for (const [id, f] of counted) if (f.day === null) addPeer(peers, p, id, queryOf(state, p, f));
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
  const before = state.events.length;
  const { placed, given } = placeBatch(state, sorted.filter((d) => !state.docEvent.has(d.article.id)), params, onError);
  replacePending(state, params, given);
  // Revisited: the events this batch created, joined or moved reports into (not every event its docs are in).
  const touched = new Set(Array.from({ length: state.events.length - before }, (_, k) => before + k));
  for (const id of placed) touched.add(state.docEvent.get(id)!);
  redirectBackgrounds(state, mergeSmallEvents(state, params, mergeCandidatesOf(state, params, touched)));
  matchRecalled(state, params, touched);
  markLateCopies(state, sorted.flatMap((d): [string, string][] => (d.article.duplicateOf ? [[d.article.id, d.article.duplicateOf]] : [])));
  return state;
};

/**
 * Places new docs in order, then their background mentions. Returns the ids placed and the dated
 * events that gained or lost an undated report (whose undated reports are then placed anew).
 */
const placeBatch = (
  state: ClusterState, docs: Doc[], params: ClusterParams, onError: (doc: Doc, err: unknown) => void,
): { placed: string[]; given: number[] } => {
  const counted = countBatch(state, docs);
  const peers = undatedPeers(state, params, counted);
  const placed: string[] = [];
  const given: number[] = [];
  for (const doc of docs) {
    const id = doc.article.id;
    try {
      const f = counted.get(id) ?? featuresOf(doc);
      const placement = addDoc(state, f, params, counted.has(id), {
        peerScore: peerScoreOf(peers, params, id),
        beforePlacing: (q) => {
          if (f.day === null && params.peerMargin > 0) given.push(...releasePending(state, params, id, q));
        },
      });
      dropPeer(peers, params, id);
      placed.push(id);
      const at = rememberPending(state, params, f, placement);
      if (at !== null) given.push(at);
    } catch (err) {
      onError(doc, err);
      continue;
    }
    // A malformed background mention must not cost the article its main event.
    try {
      addBackgrounds(state, doc, params);
    } catch (err) {
      onError(doc, err);
    }
  }
  return { placed, given };
};

/** Background events matched to a merged-away event now point at the event it joined. */
const redirectBackgrounds = (state: ClusterState, moved: Map<string, string>): void => {
  if (moved.size === 0) return;
  for (const b of state.backgrounds) {
    // An event merged away may have joined one merged away later in the same pass.
    while (b.matchedEvent && moved.has(b.matchedEvent)) b.matchedEvent = moved.get(b.matchedEvent)!;
  }
};

const errorSink = (errors: InputError[]) => (doc: Doc, err: unknown) =>
  errors.push(stampError(err, { source: doc.article.source, articleId: doc.article.id, stage: 'cluster' }));

const stateOf = (saved: unknown): ClusterState =>
  saved ? loadClusterState(saved as ClusterStateJson) : createClusterState();

export const clusterStage: CorpusStage = {
  name: 'cluster',
  // Starts from the stored state when there is one: docs already placed keep their events and ids.
  run: (corpus, ctx) => {
    const errors = [...corpus.errors];
    const state = ingestDocs(stateOf(corpus.states?.cluster), corpus.docs, paramsFor(ctx.config?.cluster), errorSink(errors));
    const present = new Set(corpus.docs.map((d) => d.article.id));
    return { ...corpus, events: eventsOf(state, present), errors };
  },
  update: (saved, docs, ctx, errors) =>
    saveClusterState(ingestDocs(stateOf(saved), docs, paramsFor(ctx.config?.cluster), errorSink(errors))),
};
