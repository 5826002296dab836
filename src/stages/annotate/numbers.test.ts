// Tests: counts from digits and words, hedges, and what is not a count.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers, parseNumberWord } from './numbers.ts';

const values = (text: string) => findNumbers(text, 'a').map((n) => [n.text, n.value, n.qualifier]);

test('digits and words become values, hedges become qualifiers', () => {
  assert.deepEqual(values('At least 16 people fled, then 1,200 more.'), [['At least 16', 16, 'at least'], ['1,200', 1200, null]]);
  assert.deepEqual(values('Twenty-one were hurt and a dozen were missing.'), [['Twenty-one', 21, null], ['a dozen', 12, null]]);
  assert.deepEqual(values('more than 30 and nearly four hundred'), [['more than 30', 30, 'more than'], ['nearly four hundred', 400, 'nearly']]);
  assert.deepEqual(values('a lone rider and both boats, a pair of oars'), [['lone', 1, null], ['both', 2, null], ['a pair of', 2, null]]);
});

test('vague plurals keep their word as qualifier', () => {
  assert.deepEqual(values('dozens were hurt'), [['dozens', 24, 'dozens']]);
});

test('ages, years, clock times, money, phones, addresses, dates and ordinals are not counts', () => {
  const text = 'A 12-year-old and a 5 year old, in 2014 at 6 p.m. or 10:30, cost $500, call 555-123-4567, ' +
    'at 2100 Maple Grove Dr, the 300 block of Elm St, John Placeholder, 25, of Springvale, on Jan. 27, the 3rd floor, ages 13, 17 and 19.';
  assert.deepEqual(values(text), []);
});

test('written numbers parse on their own', () => {
  assert.equal(parseNumberWord('forty-two'), 42);
  assert.equal(parseNumberWord('one hundred and five'), 105);
  assert.equal(parseNumberWord('both'), 2);
  assert.equal(parseNumberWord('banana'), null);
});

test('"a" and "an" count as one only when asked', () => {
  assert.deepEqual(findNumbers('a guard', 'a').length, 0);
  assert.deepEqual(findNumbers('a guard', 'a', { articles: true }).map((n) => n.value), [1]);
});
