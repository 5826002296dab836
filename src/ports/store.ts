// Port for the embedded store: articles and their annotations, and the state of incremental stages, kept across `ingest` runs.

import type { Doc } from '../model/index.ts';

export interface StoreStats {
  articles: number;
}

/**
 * Keyed rows of the incremental stages' state (JSON text values), read a few at a time, so a run reads
 * what its batch needs rather than the whole state. Table names are the stage's own (e.g. `cluster_events`).
 */
export interface StateRows {
  /** One row's value, or undefined when there is none. */
  get(table: string, key: string): string | undefined;
  /** The rows among `keys` that exist, in no particular order. */
  getMany(table: string, keys: readonly string[]): [string, string][];
  /** Every row of a table, in no particular order. */
  all(table: string): [string, string][];
  /** The rows of a table whose key starts with `prefix` (which ends in a character below U+FFFF), in no particular order. */
  prefixed(table: string, prefix: string): [string, string][];
}

/** One row to write: a new value, or null to delete the row. */
export interface StateWrite {
  table: string;
  key: string;
  value: string | null;
  /** Written in place at once, never held back in a journal: a row an older version reads first (the state's version). */
  direct?: boolean;
}

export interface StorePort extends StateRows {
  /** Every stored doc, or those of the given ids, in publication order. */
  loadDocs(ids?: readonly string[]): Doc[];
  /** Ids of the articles published between two days (YYYY-MM-DD, inclusive; null for no bound); undated ones never. */
  articleIds(since: string | null, until: string | null): string[];
  has(articleId: string): boolean;
  stats(): StoreStats;
  /**
   * Saves docs and state rows in one transaction, so a failure (even one thrown while the rows are
   * listed) leaves the store as it was. Returns ids newly added.
   */
  commit(docs: Doc[], writes: Iterable<StateWrite>): string[];
  /** A stage's state as stores before incremental rows kept it: one JSON value; null when there is none. */
  legacyState(name: string): unknown;
  /** Replaces a stage's legacy JSON state by rows, in one transaction. */
  migrateState(name: string, writes: Iterable<StateWrite>): void;
  close(): void;
}
