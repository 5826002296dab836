// Tests for exact and near-duplicate detection.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDuplicates, wordsOf } from './near-duplicates.ts';

const story =
  'The harbour board of Eastfield voted on Tuesday to close the north pier after a winter storm cracked several of its oldest wooden beams. ' +
  'Engineers said repairs would take at least three months and cost more than the board had set aside for the whole year. ' +
  'Fishermen who tie up at the pier will move to the south basin until the work is done, the harbour master said. ' +
  'The pier was built in 1911 and last repaired after a flood in the late seventies, according to the town archive. ' +
  'Several residents told the meeting they feared the closure would hurt the summer trade of the cafes along the front. ' +
  'The board promised to publish a timetable for the works and to keep a footpath open along the sea wall for walkers.';
const other =
  'A fire broke out in a bakery on Mill Street early on Sunday morning and spread to two neighbouring shops before crews arrived. ' +
  'Nobody was hurt, the fire service said, but the bakery will stay closed for several weeks while the damage is assessed.';

test('exact copies point to the earliest report; ties go by id', () => {
  const dup = findDuplicates([
    { id: 'b', text: story, published: '2021-03-10' },
    { id: 'a', text: story.toUpperCase(), published: '2021-03-09' },
    { id: 'c', text: other, published: '2021-03-08' },
  ]);
  assert.deepEqual([...dup], [['b', 'a']]);
});

test('a copy with small edits is a near duplicate', () => {
  const edited = story.replace('at least three months', 'at least 3 months').replace('Tuesday', 'Tuesday evening');
  const dup = findDuplicates([
    { id: 'x', text: story, published: null },
    { id: 'y', text: edited, published: null },
  ]);
  assert.equal(dup.get('y'), 'x');
});

test('a copy that adds a paragraph is contained in its original', () => {
  const longer = `${story} The board will meet again next month to vote on the budget for the repairs and to hear from the fishermen.`;
  const dup = findDuplicates([
    { id: 'orig', text: story, published: '2021-03-09' },
    { id: 'plus', text: longer, published: '2021-03-10' },
  ]);
  assert.equal(dup.get('plus'), 'orig');
});

test('different stories and a short brief quoting one sentence are not copies', () => {
  const brief = 'Engineers said repairs would take at least three months and cost more than the board had set aside for the whole year.';
  const dup = findDuplicates([
    { id: 'one', text: story, published: null },
    { id: 'two', text: other, published: null },
    { id: 'three', text: brief, published: null },
  ]);
  assert.equal(dup.size, 0);
});

test('words are the lower-cased runs of letters and digits, whatever separates them', () => {
  assert.deepEqual(wordsOf('  Élan—42 «quoted» x_y  '), ['élan', '42', 'quoted', 'x', 'y']);
  assert.deepEqual(wordsOf(' -- '), []);
});

test('a shingle met in many texts is kept for each of them: three copies form one group', () => {
  const dup = findDuplicates([
    { id: 'p', text: story, published: '2021-03-09' },
    { id: 'q', text: story, published: '2021-03-10' },
    { id: 'r', text: `${story} Update.`, published: '2021-03-11' },
  ]);
  assert.deepEqual([...dup].sort(), [['q', 'p'], ['r', 'p']]);
});

test('pages the scraper left nearly empty are no copies of each other; a short text of a few sentences still is', () => {
  const dup = findDuplicates([
    { id: 'e1', text: 'en', published: '2021-03-09' },
    { id: 'e2', text: 'en', published: '2022-07-01' },
    { id: 'e3', text: 'Loading…', published: '2021-05-02' },
    { id: 'e4', text: 'Loading...', published: '2021-05-03' },
    { id: 's1', text: 'Two men were hurt in a crash on the ring road.', published: '2021-03-09' },
    { id: 's2', text: 'Two men were hurt in a crash on the ring road.', published: '2021-03-09' },
  ]);
  assert.deepEqual([...dup], [['s2', 's1']]);
});

test("the same text months apart is a site's stock page, no copy; within days, or undated, it is", () => {
  const dup = findDuplicates([
    { id: 'may', text: story, published: '2021-05-02' },
    { id: 'july', text: story, published: '2021-07-10' },
    { id: 'may-again', text: story, published: '2021-05-05' },
    { id: 'undated', text: `${story} Photo: the north pier.`, published: null },
  ]);
  assert.deepEqual([...dup].sort(), [['may-again', 'may'], ['undated', 'may']]);
  assert.equal(dup.get('july'), undefined);
});
