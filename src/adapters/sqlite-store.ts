// The embedded store on SQLite (better-sqlite3): one row per article with its annotated Doc as JSON.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Doc } from '../model/index.ts';
import type { StorePort } from '../ports/store.ts';

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
`;

export const openSqliteStore = (path: string): StorePort => {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(schema);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO articles (id, source, published, added_at, doc) VALUES (?, ?, ?, ?, ?)',
  );
  const putState = db.prepare(
    'INSERT INTO stage_state (name, updated_at, state) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET updated_at = excluded.updated_at, state = excluded.state',
  );
  const saveAll = db.transaction((docs: Doc[]) => {
    const added: string[] = [];
    const now = new Date().toISOString();
    for (const d of docs) {
      const r = insert.run(d.article.id, d.article.source, d.article.published, now, JSON.stringify(d));
      if (r.changes > 0) added.push(d.article.id);
    }
    return added;
  });
  const commitAll = db.transaction((docs: Doc[], states: Record<string, unknown>) => {
    const added = saveAll(docs);
    const now = new Date().toISOString();
    for (const [name, state] of Object.entries(states)) putState.run(name, now, JSON.stringify(state));
    return added;
  });
  // Asked once per incoming article: prepared once.
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  return {
    commit: (docs, states) => commitAll(docs, states),
    loadState: <T>(name: string) => {
      const row = db.prepare('SELECT state FROM stage_state WHERE name = ?').get(name) as { state: string } | undefined;
      return row ? (JSON.parse(row.state) as T) : null;
    },
    loadDocs: () =>
      (db.prepare('SELECT doc FROM articles ORDER BY published, id').all() as { doc: string }[]).map(
        (r) => JSON.parse(r.doc) as Doc,
      ),
    has: (id) => exists.get(id) !== undefined,
    stats: () => ({ articles: (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n }),
    close: () => db.close(),
  };
};
