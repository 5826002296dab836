// Tests for cleaning whole raw articles of each format.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputRejected } from '../../pipeline/errors.ts';
import type { RawArticle } from '../../model/index.ts';
import { cleanArticle } from './clean.ts';

const raw = (body: string, extra: Partial<RawArticle> = {}): RawArticle => ({ id: 'r1', source: 'r1.txt', format: 'text', body, ...extra });

const report = [
  '!-- Site tag (tag.js) -->',
  'Harbour Board Closes North Pier',
  '',
  'March 9, 2021',
  'Photo credit: Coast Photo Agency',
  '',
  'EASTFIELD (AP) — The harbour board closed the north pier on Tuesday after a storm cracked its oldest beams.',
  '',
  'Share this article',
  'Engineers said repairs would take three months.',
  'Copyright 2021 The Associated Press. All rights reserved.',
].join('\n');

test('a plain-text report: debris out, metadata in, sentences intact', () => {
  const a = cleanArticle(raw(report));
  assert.equal(a.title, 'Harbour Board Closes North Pier');
  assert.equal(a.published, '2021-03-09');
  assert.equal(a.language, 'en');
  assert.equal(
    a.text,
    'EASTFIELD (AP) — The harbour board closed the north pier on Tuesday after a storm cracked its oldest beams.\n\nEngineers said repairs would take three months.',
  );
  assert.deepEqual(a.dependsOn, ['AP']);
});

test('container metadata wins and titles lose their site suffix', () => {
  const a = cleanArticle(raw('The pier closed on Tuesday, the board said.', { format: 'json', title: 'Pier closes | Coast News', published: '2021-03-10', outlet: 'Coast News', language: 'en-GB' }));
  assert.deepEqual([a.title, a.published, a.outlet, a.language], ['Pier closes', '2021-03-10', 'Coast News', 'en']);
});

test('HTML and Markdown bodies become plain text', () => {
  assert.equal(cleanArticle(raw('<p>The pier <b>closed</b>.</p><p>Boats moved south.</p>', { format: 'html' })).text, 'The pier closed.\n\nBoats moved south.');
  assert.equal(cleanArticle(raw('The pier **closed** on [Tuesday](https://x.example).', { format: 'markdown' })).text, 'The pier closed on Tuesday.');
});

test('a headline-only report keeps its headline as text; debris-only and rejected entries are refused', () => {
  assert.equal(cleanArticle(raw('Pier Closes After Storm')).text, 'Pier Closes After Storm');
  assert.throws(() => cleanArticle(raw('Advertisement\n\nShare this article\n')), InputRejected);
  assert.throws(() => cleanArticle(raw('', { rejected: 'malformed JSON: oops at line 3' })), /oops at line 3/);
});
