// What `ingest` does with its inputs: reads them as they come, annotates and stores them a run of articles at a time, so its memory does not grow with their number.

import type { Doc, InputError, RawArticle } from '../model/index.ts';
import type { InputFailure, InputFile } from '../ports/source.ts';
import type { StorePort } from '../ports/store.ts';
import { readInput, storeDocs, type Progress } from './run.ts';
import type { Context, Pipeline } from './stage.ts';
import { standardPipeline } from './stages.ts';

/**
 * Articles annotated and stored at a time. A run's annotated docs are held until it is stored (some 25 KB each);
 * GVA dev's 2,897 articles fit in one run, and larger runs saved no CPU in one ingest of 12k articles.
 */
export const defaultRunSize = 4000;

/** Annotates a run of raw articles (on one thread or several), telling how many are done. */
export type AnnotateRun = (raws: RawArticle[], errors: InputError[], annotated: (done: number) => void) => Promise<Doc[]>;

export interface IngestOptions {
  /** Called once, with the first run's articles (all of them when the input fits in one run), before it is annotated. */
  annotatorFor: (firstRun: number) => AnnotateRun;
  runSize?: number;
  progress?: Progress;
  pipeline?: Pipeline;
}

export interface IngestCount {
  /** Articles annotated (those dropped with an error aside). */
  annotated: number;
  /** Articles new to the store. */
  added: number;
}

/**
 * Reads inputs one by one, and each time a run of articles is read, annotates it and stores the new ones through the
 * incremental stages (`storeDocs`); the run's docs are dropped before the next is read. An input larger than a run
 * is split between runs; input failures and unreadable inputs become errors naming their source.
 */
export const ingestInRuns = async (
  inputs: AsyncIterable<InputFile | InputFailure>,
  store: StorePort,
  ctx: Context,
  errors: InputError[],
  options: IngestOptions,
): Promise<IngestCount> => {
  const { runSize = defaultRunSize, progress = () => {}, pipeline = standardPipeline } = options;
  const count: IngestCount = { annotated: 0, added: 0 };
  let annotate: AnnotateRun | null = null;
  let run: RawArticle[] = [];
  let read = 0;
  let done = 0;
  const storeRun = async (): Promise<void> => {
    const raws = run;
    run = [];
    annotate ??= options.annotatorFor(raws.length);
    const docs = await annotate(raws, errors, (n) => progress('annotate', done + n, read));
    done += raws.length;
    count.annotated += docs.length;
    count.added += storeDocs(store, docs, ctx, errors, pipeline).length;
  };
  for await (const input of inputs) {
    if ('message' in input) {
      errors.push({ source: input.source, articleId: null, stage: 'read', message: input.message });
      continue;
    }
    for (const raw of readInput(input, ctx, errors, pipeline)) {
      run.push(raw);
      read++;
      if (run.length >= runSize) await storeRun();
    }
  }
  if (run.length > 0) await storeRun();
  return count;
};
