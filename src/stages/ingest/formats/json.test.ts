// Tests for JSON and JSON Lines inputs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputRejected } from '../../../pipeline/errors.ts';
import { parseJson, parseJsonLines } from './json.ts';

test('an object, or an array of objects, with the usual field names', () => {
  const [a] = parseJson('{"id": 7, "headline": "Pier shut", "body": "Text.", "source": {"name": "Coast News"}, "pubDate": "2021-03-09", "link": "https://c.example/1"}', 'a.json', 'a');
  assert.deepEqual(
    [a.id, a.title, a.body, a.outlet, a.published, a.url, a.format],
    ['7', 'Pier shut', 'Text.', 'Coast News', '2021-03-09', 'https://c.example/1', 'json'],
  );
  const list = parseJson('[{"content": "One."}, {"text": "Two."}]', 'b.json', 'b');
  assert.deepEqual(list.map((r) => r.id), ['b-1', 'b-2']);
});

test('malformed JSON is rejected with the parser message and line', () => {
  assert.throws(
    () => parseJson('{\n  "id": "x",\n  "text": "y",,\n}', 'bad.json', 'bad'),
    (e: unknown) => e instanceof InputRejected && /^malformed JSON: .+ at line 3$/.test(e.reason),
  );
});

test('entries without text or title are rejected one by one; a headline alone is a report', () => {
  const [ok, headline, noText, notObject] = parseJson('[{"text": "Fine."}, {"title": "Two hurt in Elmbury fire"}, {"url": "https://x.test/1"}, 3]', 'c.json', 'c');
  assert.equal(ok.rejected, undefined);
  assert.equal(headline.rejected, undefined);
  assert.equal(headline.body, 'Two hurt in Elmbury fire');
  assert.match(noText.rejected ?? '', /no article text/);
  assert.equal(notObject.rejected, 'not a JSON object');
});

test('a broken JSONL line is reported alone; the other lines are read', () => {
  const rows = parseJsonLines('{"id": "a", "text": "One."}\n{"id": "b", "text": \n\n{"id": "c", "text": "Three."}\n', 'd.jsonl', 'd');
  assert.deepEqual(rows.map((r) => r.id), ['a', 'd-line-2', 'c']);
  assert.match(rows[1].rejected ?? '', /^malformed JSON: .+ at line 2$/);
});

test('a JSONL file with no usable line is rejected as a whole', () => {
  assert.throws(() => parseJsonLines('{oops\n', 'e.jsonl', 'e'), (e: unknown) => e instanceof InputRejected && /at line 1/.test(e.reason));
});

test('a piece of a large JSONL file keeps the ids and line numbers of the whole file, and is never rejected whole', () => {
  const rows = parseJsonLines('{"text": "Ten."}\n{oops\n', 'f.jsonl', 'f', 9);
  assert.deepEqual(rows.map((r) => r.id), ['f-10', 'f-line-11']);
  assert.match(rows[1].rejected ?? '', /^malformed JSON: .+ at line 11$/);
  assert.equal(parseJsonLines('{oops\n', 'f.jsonl', 'f', 40)[0].id, 'f-line-41');
});
