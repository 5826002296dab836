// Stage contracts: per-article stages transform one Doc, corpus stages the whole set of Docs and events.

import type { ResolvedConfig } from '../config/config.ts';
import type { Doc, Event, InputError } from '../model/index.ts';
import type { LlmPort } from '../ports/llm.ts';

export interface Context {
  config: ResolvedConfig;
  /** Present only when the user configured an LLM endpoint. */
  llm: LlmPort | null;
}

export interface Corpus {
  docs: Doc[];
  events: Event[];
  errors: InputError[];
}

export interface ArticleStage {
  readonly name: string;
  readonly run: (doc: Doc, ctx: Context) => Doc;
}

export interface CorpusStage {
  readonly name: string;
  readonly run: (corpus: Corpus, ctx: Context) => Corpus | Promise<Corpus>;
}
