// The journal of recent state rows in the SQLite store: each commit appends its small rows as one journal row, folded into `state_rows` in key order once enough gathered.

import type Database from 'better-sqlite3';
import type { StateWrite } from '../ports/store.ts';

/**
 * A row's value in the journal: its text, null when deleted, 0 when `state_rows` holds it (a large value or a direct
 * row, written there at once).
 */
type Journalled = string | null | 0;

type Entry = [table: string, key: string, value: Journalled];

/** Values longer than this (whole events, pending placements) go straight into `state_rows`: the journal is read whole by every run. */
const largeValue = 256;

export interface StateJournal {
  /** A row as the journal has it: its value, null when deleted, undefined when `state_rows` has the last word. */
  lookup(table: string, key: string): string | null | undefined;
  /** A table's journalled rows (null: deleted), those whose key starts with `prefix` when given. */
  rows(table: string, prefix?: string): [string, string | null][];
  /**
   * Within the commit's transaction: journals the small values (one appended row) and returns the large ones, for
   * `state_rows`; when `foldAt()` rows are journalled, hands them all to `fold` (deduplicated, in key order) instead.
   */
  commit(writes: Iterable<StateWrite>, fold: (writes: StateWrite[]) => void): StateWrite[];
  /** After the transaction: keeps what it journalled (true) or forgets it (false, rolled back). */
  settle(committed: boolean): void;
}

/**
 * A run's few thousand small rows (frequencies, name counts, posting lists) have keys all over a state of millions: written
 * where they belong, each dirtied a page of its own, written twice through the WAL. Appended as one row they fill a few
 * pages; a fold writes each page of the state once for all the journalled rows that fall on it (many recur from run
 * to run: frequent words, busy outlets' names).
 */
export const openStateJournal = (db: Database.Database, foldAt: () => number): StateJournal => {
  db.exec('CREATE TABLE IF NOT EXISTS state_journal (seq INTEGER PRIMARY KEY, rows TEXT NOT NULL)');
  const tables = new Map<string, Map<string, Journalled>>();
  let size = 0;
  const take = (entries: Entry[]): void => {
    for (const [table, key, value] of entries) {
      let t = tables.get(table);
      if (!t) tables.set(table, (t = new Map()));
      t.set(key, value);
    }
    size += entries.length;
  };
  for (const row of db.prepare('SELECT rows FROM state_journal ORDER BY seq').pluck().all() as string[]) take(JSON.parse(row) as Entry[]);
  const appendRow = db.prepare('INSERT INTO state_journal (rows) VALUES (?)');
  const clear = db.prepare('DELETE FROM state_journal');
  /** The commit's entries, and whether it folded. */
  let pending: { entries: Entry[]; folded: boolean } | null = null;
  /** Every journalled row with these entries over them, in key order. */
  const merged = (entries: Entry[]): StateWrite[] => {
    const all = new Map<string, Map<string, Journalled>>([...tables].map(([t, m]) => [t, new Map(m)]));
    for (const [table, key, value] of entries) {
      if (!all.has(table)) all.set(table, new Map());
      all.get(table)!.set(key, value);
    }
    const out: StateWrite[] = [];
    for (const table of [...all.keys()].sort()) {
      const t = all.get(table)!;
      for (const key of [...t.keys()].sort()) {
        const value = t.get(key)!;
        if (value !== 0) out.push({ table, key, value });
      }
    }
    return out;
  };
  return {
    lookup: (table, key) => {
      const v = tables.get(table)?.get(key);
      return v === 0 ? undefined : v;
    },
    rows: (table, prefix) => {
      const out: [string, string | null][] = [];
      for (const [key, v] of tables.get(table) ?? []) if (v !== 0 && (prefix === undefined || key.startsWith(prefix))) out.push([key, v]);
      return out;
    },
    commit: (writes, fold) => {
      const all = [...writes];
      const due = foldAt();
      // A small state, whose runs write a few pages each anyway: nothing journalled, written where they belong.
      if (size === 0 && all.length >= due) {
        pending = { entries: [], folded: false };
        return all;
      }
      const entries: Entry[] = [];
      const large: StateWrite[] = [];
      for (const w of all) {
        const isLarge = w.direct === true || (w.value !== null && w.value.length > largeValue);
        if (isLarge) large.push(w);
        entries.push([w.table, w.key, isLarge ? 0 : w.value]);
      }
      pending = { entries, folded: size + entries.length >= due };
      if (entries.length === 0) return large;
      if (!pending.folded) {
        appendRow.run(JSON.stringify(entries));
        return large;
      }
      fold(merged(entries));
      clear.run();
      return large;
    },
    settle: (committed) => {
      if (committed && pending) {
        if (pending.folded) {
          tables.clear();
          size = 0;
        } else take(pending.entries);
      }
      pending = null;
    },
  };
};
