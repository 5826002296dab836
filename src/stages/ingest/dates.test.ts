// Tests for publication date parsing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeDate, parseWordDate } from './dates.ts';

test('dates written in words, month or day first', () => {
  assert.equal(parseWordDate('March 9, 2021'), '2021-03-09');
  assert.equal(parseWordDate('9 March 2021'), '2021-03-09');
  assert.equal(parseWordDate('Tuesday, Sept. 14th, 2021 at 10:30 a.m.'), '2021-09-14');
  assert.equal(parseWordDate('Feb 30, 2021'), null);
  assert.equal(parseWordDate('March 9, 2021, the council met'), null);
});

test('container dates of every shape become ISO', () => {
  assert.equal(normalizeDate('2021-03-09'), '2021-03-09');
  assert.equal(normalizeDate('2021-03-09T08:15:00Z'), '2021-03-09T08:15:00Z');
  assert.equal(normalizeDate('2021/3/9'), '2021-03-09');
  assert.equal(normalizeDate('Tue, 09 Mar 2021 08:15:00 GMT'), '2021-03-09T08:15:00Z');
  assert.equal(normalizeDate('last week'), null);
  assert.equal(normalizeDate(''), null);
});
