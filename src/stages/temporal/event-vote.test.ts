// The event day of a cluster of fictional reports: most reported day, ties to the earliest, undated reports re-read.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../../config/config.ts';
import type { Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { annotateStage } from '../annotate/index.ts';
import { redateUndated, statesEventDate, temporalStage, voteEventDate } from './index.ts';

const ctx = { config: resolveConfig(), llm: null };

const report = (id: string, text: string, published: string | null, duplicateOf: string | null = null): Doc =>
  temporalStage.run(
    annotateStage.run(
      createDoc({ id, source: 'test', url: null, outlet: null, title: null, published, language: 'en', text, duplicateOf, dependsOn: [] }),
      ctx,
    ),
    ctx,
  );

// 2019-06-07 is a Friday.
const first = () => report('r1', 'A clerk was shot Friday night at a bait shop on the river road.', '2019-06-08');
const second = () => report('r2', 'Deputies said the clerk at the bait shop was shot Friday.', '2019-06-09');
const followUp = () => report('r3', 'A man was charged Tuesday in the shooting at the bait shop, the sheriff said.', '2019-06-11');

test('a report states its day when a date in its text names it', () => {
  assert.equal(statesEventDate(first()), true);
  assert.equal(statesEventDate(report('r9', 'A clerk was hurt at a bait shop, deputies said.', '2019-06-08')), false);
});

test('the day most reports state wins over a follow-up', () => {
  assert.equal(voteEventDate([first(), followUp(), second()]), '2019-06-07');
});

test('a tie goes to the earlier day: follow-ups date later developments', () => {
  const doc = followUp();
  assert.equal(doc.eventDate, '2019-06-11');
  assert.equal(voteEventDate([doc, first()]), '2019-06-07');
});

test('copies of a member count once', () => {
  const copyA = report('r4', 'A man was charged Tuesday in the shooting at the bait shop, the sheriff said.', '2019-06-11', 'r3');
  const copyB = report('r5', 'A man was charged Tuesday in the shooting at the bait shop, the sheriff said.', '2019-06-11', 'r3');
  assert.equal(voteEventDate([followUp(), copyA, copyB, first(), second()]), '2019-06-07');
});

test('reports that only fall back to publication do not outvote a stated day', () => {
  const bare = (id: string) => report(id, 'A clerk was hurt at a bait shop, deputies said.', '2019-06-10');
  assert.equal(voteEventDate([bare('a'), bare('b'), first()]), '2019-06-07');
});

test('with no stated day, the earliest publication day', () => {
  const bare = (id: string, published: string) => report(id, 'A clerk was hurt at a bait shop, deputies said.', published);
  assert.equal(voteEventDate([bare('a', '2019-06-10'), bare('b', '2019-06-09')]), '2019-06-09');
  assert.equal(voteEventDate([]), null);
});

test('a report without publication date is re-read against the earliest publication of the others', () => {
  const undated = report('u1', 'Gunmen stormed the ferry office on Friday and wounded a guard.', null);
  assert.equal(undated.eventDate, null);
  assert.equal(redateUndated(undated, '2019-06-10'), '2019-06-07');
  assert.equal(redateUndated(report('u2', 'A guard was wounded at the ferry office.', null), '2019-06-10'), null);
  assert.equal(redateUndated(undated, 'soon'), null);
  const late = report('r6', 'A man was charged Monday in the ferry office attack.', '2019-06-10');
  assert.equal(voteEventDate([undated, late, report('r7', 'The ferry office attack on Friday left a guard wounded.', '2019-06-11')]), '2019-06-07');
});

test('a tie goes to fresh news over a day only a report written long after it names, days apart', () => {
  const stale = report('s1', 'The ferry office attack on June 7 was recalled at the meeting, where a guard was wounded.', '2019-06-20');
  const fresh = report('f1', 'A guard was wounded at the ferry office on Tuesday, police said.', '2019-06-19');
  assert.equal(stale.eventDate, '2019-06-07');
  assert.equal(fresh.eventDate, '2019-06-18');
  assert.equal(voteEventDate([stale, fresh]), '2019-06-18');
  // A night apart is the midnight question, not a recalled event: the earlier day stays.
  const nextDay = report('f2', 'A guard was wounded at the ferry office on Saturday, police said.', '2019-06-08');
  const lateStale = report('s2', 'The ferry office attack on June 7 left a guard wounded, the report said.', '2019-06-14');
  assert.equal(lateStale.eventDate, '2019-06-07');
  assert.equal(voteEventDate([nextDay, lateStale]), '2019-06-07');
});

test('a tie goes to the day the reports believe in more, counting days a report weighed but did not pick', () => {
  const torn = report('t1', 'A clerk was shot Friday at a bait shop. Deputies were called about 1 a.m. Saturday.', '2019-06-09');
  const sure = report('t2', 'A clerk was shot at 6 a.m. Saturday at a bait shop on the river road.', '2019-06-10');
  assert.deepEqual([torn.eventDate, sure.eventDate], ['2019-06-07', '2019-06-08']);
  assert.equal(voteEventDate([torn, sure]), '2019-06-08');
});

test('tied days more than a week apart are two happenings: the earlier stays, however sure the later report is', () => {
  const first = report('w1', 'Deputies said Friday that a clerk was shot at the bait shop on June 5.', '2019-06-08');
  const later = report('w2', 'A clerk was shot at 9 a.m. Thursday at the bait shop on the river road.', '2019-06-14');
  assert.deepEqual([first.eventDate, later.eventDate], ['2019-06-05', '2019-06-13']);
  assert.equal(voteEventDate([later, first]), '2019-06-05');
});
