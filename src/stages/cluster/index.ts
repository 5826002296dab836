// Stage `cluster`: groups articles into events, streaming them in date order through the incremental clusterer.

import { defaultConfig } from '../../config/config.ts';
import type { ClusterConfig } from '../../config/config.ts';
import type { Doc } from '../../model/index.ts';
import { stampError } from '../../pipeline/errors.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { addBackgrounds } from './background-events.ts';
import type { ClusterParams } from './clusterer.ts';
import { addDoc, defaultClusterParams } from './clusterer.ts';
import { eventsOf } from './events.ts';
import { featuresOf } from './features.ts';
import type { ClusterState } from './state.ts';
import { createClusterState } from './state.ts';

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

/** Tuned parameters, unless the user configured threshold or window explicitly. */
export const paramsFor = (c: ClusterConfig | undefined): ClusterParams => ({
  ...defaultClusterParams,
  ...(c && c.threshold !== defaultConfig.cluster.threshold ? { threshold: c.threshold } : {}),
  ...(c && c.windowDays !== defaultConfig.cluster.windowDays ? { decayDays: c.windowDays } : {}),
});

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
  for (const doc of sorted) {
    if (state.docEvent.has(doc.article.id)) continue;
    try {
      addDoc(state, featuresOf(doc), params);
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
  return state;
};

export const clusterStage: CorpusStage = {
  name: 'cluster',
  run: (corpus, ctx) => {
    const errors = [...corpus.errors];
    const state = ingestDocs(createClusterState(), corpus.docs, paramsFor(ctx.config?.cluster), (doc, err) =>
      errors.push(stampError(err, { source: doc.article.source, articleId: doc.article.id, stage: 'cluster' })),
    );
    return { ...corpus, events: eventsOf(state), errors };
  },
};
