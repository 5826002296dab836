// Tests: the SQLite store keeps articles and stage state rows atomically, and hands an old store's JSON state over once.

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createDoc } from '../model/index.ts';
import type { StateWrite } from '../ports/store.ts';
import { openSqliteStore } from './sqlite-store.ts';

const doc = (id: string, published: string) =>
  createDoc({ id, source: `${id}.txt`, url: null, outlet: null, title: id, published, language: 'en', text: `text of ${id}`, duplicateOf: null, dependsOn: [] });

const row = (table: string, key: string, value: string | null): StateWrite => ({ table, key, value });

test('articles and state rows survive reopening; repeated ingest adds nothing twice', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'db', 'store.sqlite');
  const store = openSqliteStore(path);
  assert.deepEqual(store.commit([doc('b', '2024-01-02'), doc('a', '2024-01-01')], [row('t', 'x', '1'), row('t', 'y', '[2]'), row('u', 'x', '3')]), ['b', 'a']);
  store.close();
  const again = openSqliteStore(path);
  assert.deepEqual(again.commit([doc('a', '2024-01-01'), doc('c', '2024-01-03')], [row('t', 'x', null), row('t', 'z', '4')]), ['c']);
  assert.deepEqual(again.loadDocs().map((d) => d.article.id), ['a', 'b', 'c']);
  assert.equal(again.get('t', 'x'), undefined);
  assert.equal(again.get('t', 'y'), '[2]');
  assert.equal(again.get('u', 'x'), '3');
  assert.deepEqual(again.getMany('t', ['x', 'y', 'z', 'w']).sort(), [['y', '[2]'], ['z', '4']]);
  assert.deepEqual(again.all('t').sort(), [['y', '[2]'], ['z', '4']]);
  assert.equal(again.legacyState('cluster'), null);
  assert.equal(again.stats().articles, 3);
  again.close();
});

test('state rows are read by key prefix', () => {
  const store = openSqliteStore(':memory:');
  store.commit([], ['a\u0001x', 'a\u0001\u{1F600}', 'a', 'a\u0002x', 'ab\u0001x', 'b\u0001x'].map((k, i) => row('t', k, String(i))));
  assert.deepEqual(store.prefixed('t', 'a\u0001').sort(), [['a\u0001x', '0'], ['a\u0001\u{1F600}', '1']]);
  assert.deepEqual(store.prefixed('u', 'a\u0001'), []);
  store.close();
});

test('a commit that fails, even while its rows are being listed, leaves the store as it was', () => {
  const store = openSqliteStore(':memory:');
  store.commit([doc('a', '2024-01-01')], [row('t', 'x', '1')]);
  function* failing(): Generator<StateWrite> {
    yield row('t', 'x', '2');
    yield row('t', 'y', '3');
    throw new Error('broken batch');
  }
  assert.throws(() => store.commit([doc('b', '2024-01-02')], failing()), /broken batch/);
  assert.deepEqual(store.loadDocs().map((d) => d.article.id), ['a']);
  assert.deepEqual(store.all('t'), [['x', '1']]);
  store.close();
});

test("an old store's JSON state is read, and replaced by rows in one step", () => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'old.sqlite');
  openSqliteStore(path).close();
  const db = new Database(path);
  db.prepare("INSERT INTO stage_state (name, updated_at, state) VALUES ('cluster', '2024-01-01', '{\"version\":1}')").run();
  db.close();
  const store = openSqliteStore(path);
  assert.deepEqual(store.legacyState('cluster'), { version: 1 });
  store.migrateState('cluster', [row('t', 'x', '1')]);
  assert.equal(store.legacyState('cluster'), null);
  assert.deepEqual(store.all('t'), [['x', '1']]);
  store.close();
});

test('state rows journalled and folded read as written, across reopening, failed commits and folds', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'journal.sqlite');
  // Journalled rows folded once there are 6: the commits below append, then fold.
  const open = () => openSqliteStore(path, () => 6);
  const large = 'x'.repeat(300);
  const expected = new Map<string, string>();
  const check = (store: ReturnType<typeof open>) => {
    const t = [...expected].filter(([k]) => k.startsWith('t|')).map(([k, v]): [string, string] => [k.slice(2), v]).sort();
    assert.deepEqual(store.all('t').sort(), t);
    const asked = ['a', 'b', 'c', 'd', 'e', 'nope'];
    assert.deepEqual(store.getMany('t', asked).sort(), t.filter(([k]) => asked.includes(k)));
    for (const k of asked) assert.equal(store.get('t', k), expected.get(`t|${k}`));
    assert.deepEqual(store.prefixed('t', 'a').sort(), t.filter(([k]) => k.startsWith('a')));
  };
  const apply = (writes: StateWrite[]) => {
    for (const w of writes) {
      if (w.value === null) expected.delete(`${w.table}|${w.key}`);
      else expected.set(`${w.table}|${w.key}`, w.value);
    }
  };
  let store = open();
  const commits: StateWrite[][] = [
    [row('t', 'a', '1'), row('t', 'b', '2'), row('u', 'a', '9')],
    [row('t', 'a', '3'), row('t', 'c', large)],
    [row('t', 'b', null), row('t', 'ab', '4')],
    [row('t', 'c', '5'), row('t', 'd', large), row('t', 'e', '6')],
    [row('t', 'd', null), row('t', 'a', large)],
  ];
  commits.forEach((writes, i) => {
    store.commit([], writes);
    apply(writes);
    check(store);
    if (i === 1) {
      store.close();
      store = open();
      check(store);
      assert.throws(() => store.commit([], (function* () {
        yield row('t', 'e', 'lost');
        throw new Error('broken batch');
      })()), /broken batch/);
      check(store);
    }
  });
  store.close();
  store = open();
  check(store);
  assert.equal(store.get('u', 'a'), '9');
  store.close();
});

test('a direct state row is written in place at once, where an older version reads it, while the rows beside it are journalled', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'direct.sqlite');
  const store = openSqliteStore(path, () => 100);
  store.commit([], [row('t', 'f', '7'), { ...row('m', 'version', '5'), direct: true }]);
  assert.equal(store.get('m', 'version'), '5');
  assert.equal(store.get('t', 'f'), '7');
  store.close();
  const raw = new Database(path, { readonly: true });
  const inPlace = (table: string, key: string) => raw.prepare('SELECT value FROM state_rows WHERE tbl = ? AND key = ?').pluck().get(table, key);
  assert.equal(inPlace('m', 'version'), '5');
  assert.equal(inPlace('t', 'f'), undefined, 'the small row beside it waits in the journal');
  raw.close();
});
