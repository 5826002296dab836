// The embedded store on SQLite (better-sqlite3): one row per article with its annotated Doc as JSON (tokens packed), and keyed state rows.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Doc } from '../model/index.ts';
import type { StateWrite, StorePort } from '../ports/store.ts';
import { openStateJournal } from './sqlite-journal.ts';
import { docOfStoredJson, storedDocJson } from './stored-doc.ts';

// `stage_state` held each stage's whole state as one JSON value before `state_rows`; it is read only to migrate.
const schema = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  published TEXT,
  added_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS stage_state (
  name TEXT PRIMARY KEY,
  updated_at TEXT NOT NULL,
  state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state_rows (
  tbl TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
`;

/**
 * When journalled rows are folded into `state_rows`: once there are 0.4 per stored article (some four runs of 100 at 100k
 * stored). A run of a small state writes more rows than that, where they belong: they fall on a few pages anyway.
 */
const foldAtOf = (articles: number): number => Math.round(articles * 0.4);

export const openSqliteStore = (path: string, foldAt = foldAtOf): StorePort => {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // State rows are read a few at a time all over the file: mapped pages spare a read call per page.
  db.pragma('mmap_size = 268435456');
  db.pragma('cache_size = -65536');
  db.exec(schema);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO articles (id, source, published, added_at, doc) VALUES (?, ?, ?, ?, ?)',
  );
  const getRow = db.prepare('SELECT value FROM state_rows WHERE tbl = ? AND key = ?').pluck();
  const getRows = db.prepare('SELECT key, value FROM state_rows WHERE tbl = ? AND key IN (SELECT value FROM json_each(?))').raw();
  const allRows = db.prepare('SELECT key, value FROM state_rows WHERE tbl = ?').raw();
  const rangeRows = db.prepare('SELECT key, value FROM state_rows WHERE tbl = ? AND key >= ? AND key < ?').raw();
  /** The first string after every string starting with `prefix`: its last character one higher. */
  const pastPrefix = (prefix: string): string => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const putRow = db.prepare(
    'INSERT INTO state_rows (tbl, key, value) VALUES (?, ?, ?) ON CONFLICT(tbl, key) DO UPDATE SET value = excluded.value',
  );
  const dropRow = db.prepare('DELETE FROM state_rows WHERE tbl = ? AND key = ?');
  const putRows = (writes: Iterable<StateWrite>): void => {
    for (const w of writes) {
      if (w.value === null) dropRow.run(w.table, w.key);
      else putRow.run(w.table, w.key, w.value);
    }
  };
  const countArticles = db.prepare('SELECT count(*) FROM articles').pluck();
  const journal = openStateJournal(db, () => foldAt(countArticles.get() as number));
  /** Rows of `state_rows` with the journal's over them. */
  const overlay = (base: [string, string][], journalled: [string, string | null][]): [string, string][] => {
    if (journalled.length === 0) return base;
    const newer = new Set(journalled.map(([k]) => k));
    return [...base.filter(([k]) => !newer.has(k)), ...(journalled.filter(([, v]) => v !== null) as [string, string][])];
  };
  /** Runs a transaction that writes state rows, keeping the journal in step with whether it committed. */
  const journalled = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const tx = db.transaction(fn);
    return (...args: A): R => {
      try {
        const out = tx(...args);
        journal.settle(true);
        return out;
      } catch (err) {
        journal.settle(false);
        throw err;
      }
    };
  };
  const writeRows = (writes: Iterable<StateWrite>): void => putRows(journal.commit(writes, putRows));
  const commitAll = journalled((docs: Doc[], writes: Iterable<StateWrite>) => {
    const added: string[] = [];
    const now = new Date().toISOString();
    for (const d of docs) {
      const r = insert.run(d.article.id, d.article.source, d.article.published, now, storedDocJson(d));
      if (r.changes > 0) added.push(d.article.id);
    }
    writeRows(writes);
    return added;
  });
  const migrate = journalled((name: string, writes: Iterable<StateWrite>) => {
    writeRows(writes);
    db.prepare('DELETE FROM stage_state WHERE name = ?').run(name);
  });
  // Asked once per incoming article: prepared once.
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  return {
    commit: (docs, writes) => commitAll(docs, writes),
    get: (table, key) => {
      const j = journal.lookup(table, key);
      return j !== undefined ? (j ?? undefined) : (getRow.get(table, key) as string | undefined);
    },
    getMany: (table, keys) => {
      const found: [string, string][] = [];
      const rest: string[] = [];
      for (const k of keys) {
        const j = journal.lookup(table, k);
        if (j === undefined) rest.push(k);
        else if (j !== null) found.push([k, j]);
      }
      return rest.length === 0 ? found : found.concat(getRows.all(table, JSON.stringify(rest)) as [string, string][]);
    },
    all: (table) => overlay(allRows.all(table) as [string, string][], journal.rows(table)),
    prefixed: (table, prefix) => overlay(rangeRows.all(table, prefix, pastPrefix(prefix)) as [string, string][], journal.rows(table, prefix)),
    legacyState: (name) => {
      const row = db.prepare('SELECT state FROM stage_state WHERE name = ?').get(name) as { state: string } | undefined;
      return row ? (JSON.parse(row.state) as unknown) : null;
    },
    migrateState: (name, writes) => migrate(name, writes),
    loadDocs: (ids) =>
      (ids
        ? (db.prepare('SELECT doc FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY published, id').pluck().all(JSON.stringify(ids)) as string[])
        : (db.prepare('SELECT doc FROM articles ORDER BY published, id').pluck().all() as string[])
      ).map(docOfStoredJson),
    articleIds: (since, until) =>
      db.prepare("SELECT id FROM articles WHERE published IS NOT NULL AND substr(published, 1, 10) BETWEEN ? AND ?").pluck().all(since ?? '0000-00-00', until ?? '9999-99-99') as string[],
    has: (id) => exists.get(id) !== undefined,
    stats: () => ({ articles: countArticles.get() as number }),
    close: () => db.close(),
  };
};
