// State rows kept in memory (tests and tools that need no SQLite file): the StateRows port plus applying writes.

import type { StateRows, StateWrite } from '../ports/store.ts';

export interface MemoryRows extends StateRows {
  apply(writes: Iterable<StateWrite>): void;
  /** Number of rows of a table. */
  size(table: string): number;
}

export const createMemoryRows = (): MemoryRows => {
  const tables = new Map<string, Map<string, string>>();
  const tableOf = (name: string): Map<string, string> => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = new Map()));
    return t;
  };
  return {
    get: (table, key) => tables.get(table)?.get(key),
    getMany: (table, keys) => keys.flatMap((k): [string, string][] => {
      const v = tables.get(table)?.get(k);
      return v === undefined ? [] : [[k, v]];
    }),
    all: (table) => [...(tables.get(table) ?? [])],
    prefixed: (table, prefix) => [...(tables.get(table) ?? [])].filter(([k]) => k.startsWith(prefix)),
    apply: (writes) => {
      for (const w of writes) {
        if (w.value === null) tables.get(w.table)?.delete(w.key);
        else tableOf(w.table).set(w.key, w.value);
      }
    },
    size: (table) => tables.get(table)?.size ?? 0,
  };
};
