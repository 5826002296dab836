// Tests for title cleaning.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanTitle } from './titles.ts';

test('site names after separators are dropped', () => {
  assert.equal(cleanTitle('Pier closed after storm :: COASTNEWS.com', 'www.coastnews.com'), 'Pier closed after storm');
  assert.equal(cleanTitle('Pier closed after storm | Coast News', null), 'Pier closed after storm');
  assert.equal(cleanTitle('Pier closed after storm - Eastfield Coast-News', 'www.coast-news.com'), 'Pier closed after storm');
  assert.equal(cleanTitle('Pier closed - coastnews.com - Eastfield, Maine', 'www.coastnews.com'), 'Pier closed');
});

test('dashes inside headlines stay', () => {
  assert.equal(cleanTitle('Storm hits coast - two piers closed', 'www.coastnews.com'), 'Storm hits coast - two piers closed');
  assert.equal(cleanTitle('  ', null), null);
});
