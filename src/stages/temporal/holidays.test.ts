// Holidays named as days: which mentions count, and the day each one falls on.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay } from './calendar.ts';
import { easterOf, findHolidayNames, nthWeekday, pastHoliday } from './holidays.ts';

test('moving holidays fall on their weekdays', () => {
  assert.equal(formatDay(nthWeekday(2016, 11, 4, 4)), '2016-11-24'); // Thanksgiving
  assert.equal(formatDay(nthWeekday(2015, 5, 1, -1)), '2015-05-25'); // Memorial Day
  assert.equal(formatDay(nthWeekday(2014, 9, 1, 1)), '2014-09-01'); // Labor Day
  assert.equal(formatDay(nthWeekday(2016, 12, 6, -1)), '2016-12-31');
  assert.equal(formatDay(easterOf(2016)), '2016-03-27');
  assert.equal(formatDay(easterOf(2019)), '2019-04-21');
});

test('a holiday is the last one on or before the reference day', () => {
  const [eve] = findHolidayNames('The fireworks started a fire on New Year’s Eve.');
  assert.equal(formatDay(pastHoliday({ year: 2017, month: 1, day: 3 }, eve.holiday)), '2016-12-31');
  assert.equal(formatDay(pastHoliday({ year: 2016, month: 12, day: 31 }, eve.holiday)), '2016-12-31');
});

test('only mentions that name a day count', () => {
  const names = (s: string) => findHolidayNames(s).map((h) => h.text);
  assert.deepEqual(names('The crash happened on Christmas, and a second one Thanksgiving night.'), ['Christmas', 'Thanksgiving night']);
  assert.deepEqual(names('Memorial Day weekend traffic and Christmas lights; a Halloween costume; Easter eggs.'), []);
  assert.deepEqual(names('The parade was held on Labor Day.'), ['Labor Day']);
});

test('"the day after" shifts a holiday; "after", streets and longer names are no holiday day', () => {
  const found = findHolidayNames('She was hurt the day after Thanksgiving, a week after Christmas, on Easter Avenue, at a Father\'s Day Block Party.');
  assert.deepEqual(found.map((h) => [h.text, h.shift]), [['the day after Thanksgiving', 1]]);
});
