// Stage contracts: per-article stages transform one Doc, corpus stages the whole set of Docs and events.

import type { ResolvedConfig } from '../config/config.ts';
import type { Article, Doc, Event, InputError, RawArticle } from '../model/index.ts';
import type { InputFile } from '../ports/source.ts';
import type { LlmPort } from '../ports/llm.ts';
import type { StateRows, StateWrite } from '../ports/store.ts';

export interface Context {
  config: ResolvedConfig;
  /** Present only when the user configured an LLM endpoint. */
  llm: LlmPort | null;
  /** When present, the runner adds each stage's milliseconds here (benchmarks). */
  timings?: Record<string, number>;
}

export interface Corpus {
  docs: Doc[];
  events: Event[];
  errors: InputError[];
  /** The store's rows of the incremental stages' state (`report`), which their `run` starts from. */
  stored?: StateRows;
}

export interface ArticleStage {
  readonly name: string;
  readonly run: (doc: Doc, ctx: Context) => Doc;
}

export interface CorpusStage {
  readonly name: string;
  readonly run: (corpus: Corpus, ctx: Context) => Corpus | Promise<Corpus>;
  /**
   * Incremental stages only: brings the stage's stored state up to date with new docs, reading only
   * the rows it needs, so `ingest` never recomputes from scratch; returns the rows to write (with the
   * docs, in one transaction). `run` then starts from `corpus.stored`.
   */
  readonly update?: (stored: StateRows, docs: Doc[], ctx: Context, errors: InputError[]) => StateWrite[];
  /** Incremental stages only: the rows of a state saved as one JSON value by older versions. */
  readonly migrate?: (legacy: unknown) => StateWrite[];
}

/** Everything the runner needs: how inputs are read and cleaned, and the stages in order. */
export interface Pipeline {
  readonly parseInput: (file: InputFile) => RawArticle[];
  readonly cleanArticle: (raw: RawArticle) => Article;
  readonly articleStages: readonly ArticleStage[];
  readonly corpusStages: readonly CorpusStage[];
}
