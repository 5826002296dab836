// Runs the stages in order over inputs; a failure drops only the article or input it concerns.

import type { Article, Doc, Dossier, InputError, RawArticle } from '../model/index.ts';
import { createDoc } from '../model/index.ts';
import type { InputFile } from '../ports/source.ts';
import type { StateRows, StateWrite, StorePort } from '../ports/store.ts';
import { stampError } from './errors.ts';
import type { Context, Corpus, Pipeline } from './stage.ts';
import { standardPipeline } from './stages.ts';

export interface Progress {
  (phase: string, done: number, total: number): void;
}

const noProgress: Progress = () => {};

const timed = <T>(ctx: Context, name: string, fn: () => T): T => {
  if (!ctx.timings) return fn();
  const t0 = performance.now();
  const out = fn();
  ctx.timings[name] = (ctx.timings[name] ?? 0) + performance.now() - t0;
  return out;
};

/** Parses one input into raw articles; a bad input becomes one error naming its source. */
export const readInput = (
  file: InputFile,
  ctx: Context,
  errors: InputError[],
  pipeline: Pipeline = standardPipeline,
): RawArticle[] => {
  try {
    return timed(ctx, 'ingest', () => pipeline.parseInput(file));
  } catch (err) {
    errors.push(stampError(err, { source: file.source, articleId: null, stage: 'read' }));
    return [];
  }
};

/** Cleans and annotates one article through every per-article stage. */
export const annotateArticle = (
  raw: RawArticle,
  ctx: Context,
  errors: InputError[],
  pipeline: Pipeline = standardPipeline,
): Doc | null => {
  let article: Article;
  try {
    article = timed(ctx, 'clean', () => pipeline.cleanArticle(raw));
  } catch (err) {
    errors.push(stampError(err, { source: raw.source, articleId: raw.id, stage: 'clean' }));
    return null;
  }
  let doc = createDoc(article);
  for (const stage of pipeline.articleStages) {
    try {
      doc = timed(ctx, stage.name, () => stage.run(doc, ctx));
    } catch (err) {
      errors.push(stampError(err, { source: raw.source, articleId: raw.id, stage: stage.name }));
      return null;
    }
  }
  return doc;
};

/** Turns raw inputs into annotated docs, collecting errors instead of stopping. */
export const annotateInputs = (
  files: Iterable<InputFile>,
  ctx: Context,
  errors: InputError[],
  progress: Progress = noProgress,
  pipeline: Pipeline = standardPipeline,
): Doc[] => {
  const raws = [...files].flatMap((f) => readInput(f, ctx, errors, pipeline));
  const docs: Doc[] = [];
  raws.forEach((raw, i) => {
    const doc = annotateArticle(raw, ctx, errors, pipeline);
    if (doc) docs.push(doc);
    progress('annotate', i + 1, raws.length);
  });
  return docs;
};

/** Runs the corpus stages; a failing stage is reported and skipped, keeping what came before. */
export const runCorpus = async (
  docs: Doc[],
  ctx: Context,
  errors: InputError[],
  progress: Progress = noProgress,
  pipeline: Pipeline = standardPipeline,
  stored?: StateRows,
): Promise<Corpus> => {
  let corpus: Corpus = { docs, events: [], errors, ...(stored ? { stored } : {}) };
  for (const [i, stage] of pipeline.corpusStages.entries()) {
    const t0 = performance.now();
    try {
      corpus = await stage.run(corpus, ctx);
    } catch (err) {
      errors.push(stampError(err, { source: '(corpus)', articleId: null, stage: stage.name }));
    }
    if (ctx.timings) ctx.timings[stage.name] = (ctx.timings[stage.name] ?? 0) + performance.now() - t0;
    progress(stage.name, i + 1, pipeline.corpusStages.length);
  }
  return corpus;
};

/** Updates the stored state of every incremental stage with new docs; returns the rows to write (what `ingest` stores). */
export const updateStates = (
  docs: Doc[],
  stored: StateRows,
  ctx: Context,
  errors: InputError[],
  pipeline: Pipeline = standardPipeline,
): StateWrite[] =>
  pipeline.corpusStages.flatMap((stage) => (stage.update ? timed(ctx, stage.name, () => stage.update!(stored, docs, ctx, errors)) : []));

/**
 * What `ingest` does with annotated docs: the new ones go through the incremental stages, which read
 * only the state rows they need, and are stored with the rows those changed in one transaction. Returns the ids added.
 */
export const storeDocs = (store: StorePort, docs: Doc[], ctx: Context, errors: InputError[], pipeline: Pipeline = standardPipeline): string[] => {
  migrateStates(store, pipeline);
  const fresh = docs.filter((d) => !store.has(d.article.id));
  return store.commit(fresh, updateStates(fresh, store, ctx, errors, pipeline));
};

/** Turns the state older versions saved as one JSON value per stage into rows, once per store. */
export const migrateStates = (store: StorePort, pipeline: Pipeline = standardPipeline): void => {
  for (const stage of pipeline.corpusStages) {
    if (!stage.update) continue;
    const legacy = store.legacyState(stage.name);
    if (legacy === null) continue;
    if (!stage.migrate) throw new Error(`the store holds a ${stage.name} state of an older version that this one cannot read: ingest the articles into a new store (--store)`);
    store.migrateState(stage.name, stage.migrate(legacy));
  }
};

export const toDossier = (corpus: Corpus, ctx: Context): Dossier => ({
  version: 1,
  generatedAt: ctx.config.now ?? new Date().toISOString(),
  articles: corpus.docs.map((d) => d.article),
  events: corpus.events,
  errors: corpus.errors,
});

/** The whole job on in-memory inputs: read, annotate, group and reconcile. */
export const analyzeInputs = async (
  files: Iterable<InputFile>,
  ctx: Context,
  progress: Progress = noProgress,
  priorErrors: InputError[] = [],
  pipeline: Pipeline = standardPipeline,
): Promise<Dossier> => {
  const errors = [...priorErrors];
  const docs = annotateInputs(files, ctx, errors, progress, pipeline);
  return toDossier(await runCorpus(docs, ctx, errors, progress, pipeline), ctx);
};
