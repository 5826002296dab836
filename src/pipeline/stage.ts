// Stage contracts: per-article stages transform one Doc, corpus stages the whole set of Docs and events.

import type { ResolvedConfig } from '../config/config.ts';
import type { Article, Doc, Event, InputError, RawArticle } from '../model/index.ts';
import type { InputFile } from '../ports/source.ts';
import type { LlmPort } from '../ports/llm.ts';

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
  /** Saved state of incremental stages, by stage name (from the store); a stage may update its own. */
  states?: Record<string, unknown>;
}

export interface ArticleStage {
  readonly name: string;
  readonly run: (doc: Doc, ctx: Context) => Doc;
}

export interface CorpusStage {
  readonly name: string;
  readonly run: (corpus: Corpus, ctx: Context) => Corpus | Promise<Corpus>;
  /**
   * Incremental stages only: brings the stage's saved JSON state (null at first) up to date with new
   * docs, so `ingest` never recomputes from scratch. `run` then starts from `corpus.states[name]`.
   */
  readonly update?: (saved: unknown, docs: Doc[], ctx: Context, errors: InputError[]) => unknown;
}

/** Everything the runner needs: how inputs are read and cleaned, and the stages in order. */
export interface Pipeline {
  readonly parseInput: (file: InputFile) => RawArticle[];
  readonly cleanArticle: (raw: RawArticle) => Article;
  readonly articleStages: readonly ArticleStage[];
  readonly corpusStages: readonly CorpusStage[];
}
