// Tests: the SQLite store keeps articles and stage state atomically.

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc } from '../model/index.ts';
import { openSqliteStore } from './sqlite-store.ts';

const doc = (id: string, published: string) =>
  createDoc({ id, source: `${id}.txt`, url: null, outlet: null, title: id, published, language: 'en', text: `text of ${id}`, duplicateOf: null, dependsOn: [] });

test('articles and stage state survive reopening; repeated ingest adds nothing twice', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'db', 'store.sqlite');
  const store = openSqliteStore(path);
  assert.deepEqual(store.commit([doc('b', '2024-01-02'), doc('a', '2024-01-01')], { cluster: { n: 2 } }), ['b', 'a']);
  store.close();
  const again = openSqliteStore(path);
  assert.deepEqual(again.commit([doc('a', '2024-01-01'), doc('c', '2024-01-03')], {}), ['c']);
  assert.deepEqual(again.loadDocs().map((d) => d.article.id), ['a', 'b', 'c']);
  assert.deepEqual(again.loadState('cluster'), { n: 2 });
  assert.equal(again.loadState('missing'), null);
  assert.equal(again.stats().articles, 3);
  again.close();
});

test('a failing commit leaves the store as it was', () => {
  const store = openSqliteStore(':memory:');
  store.commit([doc('a', '2024-01-01')], {});
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.throws(() => store.commit([doc('b', '2024-01-02')], { cluster: cyclic }));
  assert.deepEqual(store.loadDocs().map((d) => d.article.id), ['a']);
  store.close();
});
