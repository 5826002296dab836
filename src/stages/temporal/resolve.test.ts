// News rules for dates and times, on fictional sentences; publication is Monday 2022-12-05 unless stated.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { casualChrono, mayHoldTime, resolveTimes } from './resolve.ts';

const MONDAY = '2022-12-05';
const SUNDAY = '2022-12-04';

/** [text, date, precision, time] of every expression found. */
const read = (text: string, published: string | null = MONDAY) =>
  resolveTimes(text, published).map((t) => [t.text, t.date, t.precision, t.time]);

const first = (text: string, published: string | null = MONDAY) => read(text, published)[0];

test('a weekday points to the past week; the publication weekday is that day', () => {
  assert.deepEqual(first('The ferry sank on Friday near the pier.'), ['Friday', '2022-12-02', 'day', null]);
  assert.deepEqual(first('The council met Monday to vote.'), ['Monday', MONDAY, 'day', null]);
  assert.deepEqual(first('The council met Saturday to vote.'), ['Saturday', '2022-12-03', 'day', null]);
});

test('"last" moves a same-day weekday a week back; "next" looks ahead', () => {
  assert.deepEqual(first('The mill closed last Monday.'), ['last Monday', '2022-11-28', 'day', null]);
  assert.deepEqual(first('The mill closed last Friday.'), ['last Friday', '2022-12-02', 'day', null]);
  assert.deepEqual(first('The hearing is set for next Wednesday.')?.[1], '2022-12-07');
});

test('the weekday right after publication is read as the next day, not six days back', () => {
  assert.deepEqual(first('Crews cleared the road Tuesday.'), ['Tuesday', '2022-12-06', 'day', null]);
});

test('a month alone is the most recent past one at month precision', () => {
  assert.deepEqual(first('The bridge reopened in March after repairs.'), ['March', '2022-03', 'month', null]);
  assert.deepEqual(first('The bridge reopened last November.'), ['November', '2022-11', 'month', null]);
  assert.deepEqual(first('The bridge reopened in December.'), ['December', '2022-12', 'month', null]);
  assert.deepEqual(first('The bridge reopened last December.'), ['December', '2021-12', 'month', null]);
});

test('"August last year" is one month of the previous year', () => {
  assert.deepEqual(read('The depot opened in August last year.'), [['August last year', '2021-08', 'month', null]]);
  assert.deepEqual(read('The depot opened in August this year.'), [['August this year', '2022-08', 'month', null]]);
});

test('"last year" and "last month" resolve at their precision', () => {
  assert.deepEqual(first('Floods hit the valley last year.'), ['last year', '2021', 'year', null]);
  assert.deepEqual(first('Floods hit the valley last month.'), ['last month', '2022-11', 'month', null]);
});

test('a day and month without a year is the most recent past one', () => {
  assert.deepEqual(first('The dam was inspected on 5 September.'), ['5 September', '2022-09-05', 'day', null]);
  assert.deepEqual(first('The dam was inspected on Dec. 19.'), ['Dec. 19', '2021-12-19', 'day', null]);
  // Within the coming week it is a scheduled day (or a dateline a day behind), not last year's.
  assert.deepEqual(first('The hearing is on Dec. 9.'), ['Dec. 9', '2022-12-09', 'day', null]);
});

test('a day announced as scheduled later this year is the coming one, not last year\'s', () => {
  assert.deepEqual(first('The inquest will not resume until Dec. 19.'), ['Dec. 19', '2022-12-19', 'day', null]);
  assert.deepEqual(first('Ms. Varga is due in court Dec. 28.'), ['Dec. 28', '2022-12-28', 'day', null]);
  assert.deepEqual(first('The judge will sentence him Dec. 21.'), ['Dec. 21', '2022-12-21', 'day', null]);
  // Without such words the same day is last year's.
  assert.deepEqual(first('Ms. Varga was in court Dec. 28.'), ['Dec. 28', '2021-12-28', 'day', null]);
});

test('full dates and months with a year are absolute', () => {
  assert.deepEqual(first('A notice posted on Sunday, December 4, 2022, said the port would close.'), ['Sunday, December 4, 2022', SUNDAY, 'day', null]);
  assert.deepEqual(first('The plant opened in August 2021.'), ['August 2021', '2021-08', 'month', null]);
  assert.deepEqual(first('October 2021 saw the first strike.'), ['October 2021', '2021-10', 'month', null]);
  assert.deepEqual(first('The plant has run since 2019 without a stop.'), ['2019', '2019', 'year', null]);
});

test('clock times become HH:MM and take the day of their sentence', () => {
  assert.deepEqual(read('The blaze on Friday afternoon began around 3:30 p.m. in a shed.'), [
    ['Friday afternoon', '2022-12-02', 'day', null],
    ['3:30 p.m.', '2022-12-02', 'day', '15:30'],
  ]);
  assert.deepEqual(first('Sirens sounded at about 6 p.m. Sunday on the quay.'), ['6 p.m. Sunday', SUNDAY, 'day', '18:00']);
  assert.deepEqual(first('The alarm rang shortly after midnight Sunday.'), ['midnight Sunday', SUNDAY, 'day', '00:00']);
  assert.deepEqual(first('Trains stopped at 14:30 local time.')?.[3], '14:30');
});

test('a clock time with no day known keeps a null date', () => {
  assert.deepEqual(read('The siren began around 9:15 a.m. by the docks.', null), [['9:15 a.m.', null, 'day', '09:15']]);
});

test('"yesterday, Saturday" is one day named twice', () => {
  assert.deepEqual(read('Yesterday, Saturday, the union called a strike.', SUNDAY), [['Yesterday, Saturday', '2022-12-03', 'day', null]]);
  // The weekday wins when the two disagree by a day (a dateline a day off).
  assert.deepEqual(read('Yesterday, Friday, the union called a strike.', SUNDAY), [['Yesterday, Friday', '2022-12-02', 'day', null]]);
});

test('"the day before <weekday>": a translated "day before yesterday, <weekday>" when that fits, else literal', () => {
  assert.deepEqual(first('The union struck the day before Friday.', SUNDAY), ['the day before Friday', '2022-12-02', 'day', null]);
  assert.deepEqual(first('The union struck the day before Friday.', MONDAY), ['the day before Friday', '2022-12-01', 'day', null]);
  assert.deepEqual(first('The union struck the day before yesterday.', MONDAY), ['the day before yesterday', '2022-12-03', 'day', null]);
});

test('"a day later" and "the day before" count from the story\'s last stated day', () => {
  assert.deepEqual(read('The levee broke on Thursday. A day later the town was empty. Two days later it rained.'), [
    ['Thursday', '2022-12-01', 'day', null],
    ['A day later', '2022-12-02', 'day', null],
    ['Two days later', '2022-12-04', 'day', null],
  ]);
  assert.deepEqual(first('The day before, the mayor had resigned.'), ['The day before', SUNDAY, 'day', null]);
});

test('yesterday, today and "ago" need the publication date', () => {
  assert.deepEqual(first('The pier collapsed yesterday.'), ['yesterday', SUNDAY, 'day', null]);
  assert.deepEqual(first('The pier collapsed three days ago.'), ['three days ago', '2022-12-02', 'day', null]);
  assert.deepEqual(read('The pier collapsed yesterday.', null), []);
});

test('without a publication date, weekdays are read against the latest full date in the text', () => {
  assert.deepEqual(read('A notice on Sunday, December 4, 2022, said the port had closed on Friday.', null), [
    ['Sunday, December 4, 2022', SUNDAY, 'day', null],
    ['Friday', '2022-12-02', 'day', null],
  ]);
  assert.deepEqual(read('The port closed on Friday.', null), []);
});

test('words that only look like dates are not taken', () => {
  for (const text of [
    'Call the tip line at 252-555-0147 with information.',
    'The visitors won 3-2 after extra time.',
    'He sat in his van and waited.',
    'Residents may 5 times a year ask for a review.',
    'A march through the town drew hundreds.',
    'March organizers said the route was safe.',
    'April Jones, 34, ran the bakery.',
    'It was the second fire this season.',
    'The victims, ages 13, 17 and 19, were treated.',
    'The boy, 12-year-old Sam, was unhurt.',
    'The shop is open 24/7 now.',
    'With 2:30 left in the game the lights failed.',
  ]) {
    assert.deepEqual(read(text), [], text);
  }
});

test('"9/11" is kept as the named day', () => {
  assert.deepEqual(first('Security tightened after 9/11 at every port.'), ['9/11', '2001-09-11', 'day', null]);
});

test('an unreadable publication date counts as unknown', () => {
  assert.deepEqual(read('The pier collapsed yesterday.', 'not a date'), []);
  assert.deepEqual(first('The pier collapsed on 3 May 2020.', 'not a date'), ['3 May 2020', '2020-05-03', 'day', null]);
});

test('the sentence gate lets through only sentences that may hold a date', () => {
  assert.equal(mayHoldTime('The shop was busy.'), false);
  assert.equal(mayHoldTime('The shop was busy on Friday.'), true);
  assert.equal(mayHoldTime('It opened at 10 a.m. sharp.'), true);
  assert.equal(mayHoldTime('Two days later it closed.'), true);
});

test('holidays resolve to their last day before publication', () => {
  const times = resolveTimes('A boat caught fire on New Year\'s Eve; the owner returned Thanksgiving morning.', '2017-01-03');
  assert.deepEqual(times.map((t) => [t.text, t.date]), [["New Year's Eve", '2016-12-31'], ['Thanksgiving morning', '2016-11-24']]);
});

test('the day after a holiday is one day on', () => {
  assert.deepEqual(read('The store was robbed the day after Christmas.', '2017-01-03'), [['the day after Christmas', '2016-12-26', 'day', null]]);
});

test('chrono behind its parsers\' cues reads every kind of date as chrono itself does', () => {
  const sentences = [
    'The mill closed Friday at 3:30 p.m. and reopened the weekend after.', 'Posted 2022-11-30T10:15:00Z by the desk.',
    'The ferry sank on 11/28/2022, two days before the vote.', 'Crews will finish within two hours, maybe in a few days.',
    'On the 3rd of March 2021 the bridge opened.', 'The fair runs March 3-5, 2022 in Elm Falls.', 'The fire was on Sat. night.',
    'Sales fell in 12/2021 and again in 2022 May.', 'He left three weeks ago and came back a day later.', 'It rained yesterday morning.',
    'The vote is set for tomorrow at noon; the tally comes by the end of the month.', 'Rates rose last year and will rise next month.',
    'Prices rose +2 days after the deal, over the past 5 years.', 'The office opens at 9 and closes at 17:30.', 'Nothing happened here.',
    '2022.11.30: the mayor spoke at midnight.', 'We met on Mon, Dec. 5th, 2022 at 8am.', 'The festival is held on the last day of the month.',
  ];
  const ref = new Date(2022, 11, 5, 12);
  const readings = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString(), [...r.tags()].sort()]);
  for (const s of sentences) {
    assert.deepEqual(readings(casualChrono.parse(s, ref, { forwardDate: false })), readings(chrono.en.casual.parse(s, ref, { forwardDate: false })), s);
  }
});
