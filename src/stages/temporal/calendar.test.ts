// Calendar helpers: ISO days, weekdays, most recent past.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, formatDay, nextWeekday, parseDay, pastWeekday, pastYearFor, weekdayOf } from './calendar.ts';

test('parseDay reads dates and datetimes and rejects impossible days', () => {
  assert.deepEqual(parseDay('2022-12-04T10:00:00Z'), { year: 2022, month: 12, day: 4 });
  assert.equal(parseDay('2022-02-30'), null);
  assert.equal(parseDay('yesterday'), null);
  assert.equal(parseDay(null), null);
});

test('day arithmetic crosses months and years', () => {
  assert.equal(formatDay(addDays({ year: 2022, month: 12, day: 31 }, 1)), '2023-01-01');
  assert.equal(formatDay(addDays({ year: 2024, month: 3, day: 1 }, -1)), '2024-02-29');
  assert.equal(weekdayOf({ year: 2022, month: 12, day: 5 }), 1);
});

test('past and next weekdays', () => {
  const monday = { year: 2022, month: 12, day: 5 };
  assert.equal(formatDay(pastWeekday(monday, 5)), '2022-12-02');
  assert.equal(formatDay(pastWeekday(monday, 1)), '2022-12-05');
  assert.equal(formatDay(pastWeekday(monday, 1, true)), '2022-11-28');
  assert.equal(formatDay(nextWeekday(monday, 1)), '2022-12-12');
  assert.equal(pastYearFor(monday, 12, 6), 2021);
  assert.equal(pastYearFor(monday, 12, 5), 2022);
});
