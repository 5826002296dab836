// Tests: a doc stored with packed tokens reads back as it was; docs that cannot be packed, and stores written before packing, read as they were.

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createDoc, type Doc } from '../model/index.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { docOfStoredJson, storedDocJson } from './stored-doc.ts';

const plainText = 'Mayor Ana Ruiz spoke.  The ISTANBUL-born mayor left.';

/** A doc of `text` with its tokens as the annotate stage writes them (two spaces between the sentences are a token). */
const annotated = (text = plainText): Doc => {
  const doc = createDoc({ id: 'a1', source: 'a1.txt', url: null, outlet: null, title: 'Mayor', published: '2024-05-01', language: 'en', text, duplicateOf: null, dependsOn: [] });
  const words: [string, string, number][] = [
    ['Mayor', 'PROPN', 0], ['Ana', 'PROPN', 0], ['Ruiz', 'PROPN', 0], ['spoke', 'VERB', 0], ['.', 'PUNCT', 0],
    ['  ', 'SPACE', 1], ['The', 'DET', 1], ['ISTANBUL-born', 'ADJ', 1], ['mayor', 'NOUN', 1], ['left', 'VERB', 1], ['.', 'PUNCT', 1],
  ];
  let at = 0;
  for (const [word, tag, sentence] of words) {
    const start = text.indexOf(word, at);
    doc.tokens.start.push(start);
    doc.tokens.end.push(start + word.length);
    doc.tokens.lower.push(word.toLowerCase());
    doc.tokens.pos.push(tag);
    doc.tokens.sentence.push(sentence);
    at = start + word.length;
  }
  doc.sentences = [{ start: 0, end: text.indexOf('.') + 1 }, { start: text.indexOf('The'), end: text.length }];
  return doc;
};

test('a doc is stored with its tokens packed and reads back the same, key order included', () => {
  const doc = annotated();
  const json = storedDocJson(doc);
  assert.match(json, /"tags":"LLLPMRFAHPM"/);
  assert.ok(json.length < JSON.stringify(doc).length);
  const back = docOfStoredJson(json);
  assert.deepEqual(back, doc);
  assert.equal(JSON.stringify(back), JSON.stringify(doc));
});

test('tokens that cannot be packed (a tag of no known kind, a lower-cased form not read from the text) are stored as they are', () => {
  // Lower-cased, 'İ' is two characters: the lower-cased text no longer lines up with the spans.
  const dotted = annotated(plainText.replace('ISTANBUL', 'İSTANBUL'));
  const tagged = annotated();
  tagged.tokens.pos[3] = 'VERB_PAST';
  const spelled = annotated();
  spelled.tokens.lower[1] = 'anna';
  for (const doc of [tagged, spelled, dotted]) {
    const json = storedDocJson(doc);
    assert.equal(json, JSON.stringify(doc));
    assert.deepEqual(docOfStoredJson(json), doc);
  }
});

test('a store written before tokens were packed still reads its docs; the store packs what it commits', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'old.sqlite');
  openSqliteStore(path).close();
  const doc = annotated();
  const db = new Database(path);
  db.prepare('INSERT INTO articles (id, source, published, added_at, doc) VALUES (?, ?, ?, ?, ?)').run('a1', 'a1.txt', '2024-05-01', '2024-05-02', JSON.stringify(doc));
  db.close();
  const store = openSqliteStore(path);
  const fresh = { ...annotated(), article: { ...doc.article, id: 'a2', published: '2024-05-03' } };
  store.commit([fresh], []);
  assert.deepEqual(store.loadDocs(), [doc, fresh]);
  store.close();
  // The store keeps what it commits packed.
  const rows = new Database(path);
  assert.match(rows.prepare("SELECT doc FROM articles WHERE id = 'a2'").pluck().get() as string, /"tags":"LLLPMRFAHPM"/);
  rows.close();
});
