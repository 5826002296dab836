// Port for the embedded store: articles and their annotations, kept across `ingest` runs.

import type { Doc } from '../model/index.ts';

export interface StoreStats {
  articles: number;
}

export interface StorePort {
  loadDocs(): Doc[];
  has(articleId: string): boolean;
  stats(): StoreStats;
  /** Named JSON state of incremental stages (e.g. the cluster index); null when never saved. */
  loadState<T>(name: string): T | null;
  /** Saves docs and stage states in one transaction, so a failure leaves the store as it was. Returns ids newly added. */
  commit(docs: Doc[], states: Record<string, unknown>): string[];
  close(): void;
}
