// Named holidays as days ("on New Year's Eve", "Thanksgiving night", "Memorial Day"): US news dates events by them.

import type { Day } from './calendar.ts';
import { addDays, compareDays, weekdayOf } from './calendar.ts';

/** The nth (1-based) given weekday of a month; n = -1 is the last one. */
export const nthWeekday = (year: number, month: number, weekday: number, n: number): Day => {
  if (n < 0) {
    // Day 0 of the next month is the last of this one (calendar arithmetic rolls over).
    const end = addDays({ year, month: month + 1, day: 1 }, -1);
    return addDays(end, -((weekdayOf(end) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
};

/** Western Easter Sunday (the anonymous Gregorian computus). */
export const easterOf = (year: number): Day => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
};

const APOSTROPHE = "[’']?";
/** Each holiday: its name as written, and its day in a given year. */
const HOLIDAYS: { name: string; dayIn: (year: number) => Day }[] = [
  { name: `New\\s+Year${APOSTROPHE}s?\\s+Eve`, dayIn: (year) => ({ year, month: 12, day: 31 }) },
  { name: `New\\s+Year${APOSTROPHE}s?\\s+Day`, dayIn: (year) => ({ year, month: 1, day: 1 }) },
  { name: 'Christmas\\s+Eve', dayIn: (year) => ({ year, month: 12, day: 24 }) },
  { name: 'Christmas(?:\\s+Day)?', dayIn: (year) => ({ year, month: 12, day: 25 }) },
  { name: 'Independence\\s+Day', dayIn: (year) => ({ year, month: 7, day: 4 }) },
  { name: 'Halloween', dayIn: (year) => ({ year, month: 10, day: 31 }) },
  { name: 'Thanksgiving(?:\\s+Day)?', dayIn: (year) => nthWeekday(year, 11, 4, 4) },
  { name: 'Memorial\\s+Day', dayIn: (year) => nthWeekday(year, 5, 1, -1) },
  { name: 'Labor\\s+Day', dayIn: (year) => nthWeekday(year, 9, 1, 1) },
  { name: `Mother${APOSTROPHE}s\\s+Day`, dayIn: (year) => nthWeekday(year, 5, 0, 2) },
  { name: `Father${APOSTROPHE}s\\s+Day`, dayIn: (year) => nthWeekday(year, 6, 0, 3) },
  { name: 'Easter(?:\\s+Sunday)?', dayIn: easterOf },
];

const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
/** A holiday name with an optional part of day; a bare "Christmas" or "Halloween" needs a preposition (see below). */
const HOLIDAY_RE = new RegExp(`\\b(?:${HOLIDAYS.map((h) => `(${h.name})`).join('|')})${PART_OF_DAY}\\b`, 'g');
/** Whether a sentence may name a holiday (a cheap gate before `findHolidayNames`). */
export const mayNameHoliday = (s: string): boolean => HOLIDAY_CUE.test(s);
const HOLIDAY_CUE = new RegExp(HOLIDAY_RE.source);

/** "Memorial Day weekend", "Christmas shopping": the holiday names a season or a thing, not the day. */
const NOT_THE_DAY = /^\s*(?:weekends?|week|holidays?|season|break|vacation|shopping|sales?|lights|trees?|cards?|gifts?|presents?|decorations?|costumes?|candy|parades?)\b/i;
/** A bare name ("Christmas", "Easter", "Halloween", "Thanksgiving") is a day only after "on", "of", "early"… */
const BARE_NEEDS = /\b(?:on|of|early|late|last)\s+$/i;
const BARE = /^(?:Christmas|Easter|Halloween|Thanksgiving)$/i;
/** "the day after Thanksgiving": one day off the holiday. */
const SHIFTED = /\bthe\s+day\s+(before|after)\s+$/i;
/** "after Christmas", "until Easter": some other day, before or after it. */
const OTHER_DAY = /\b(?:after|before|since|until|till|following|by|from|ahead\s+of)\s+$/i;
/** "Easter Avenue", "Father's Day Block Party": part of a longer name. */
const LONGER_NAME = /^\s+[A-Z]/;

/** A holiday read in `text`: where it is (with "the day after" when said), which holiday, and the days it is off. */
export interface HolidayMatch {
  index: number;
  text: string;
  holiday: number;
  shift: number;
}

/** Holiday names in `text` that name a day (not a season, a shopping spree, a street or a costume). */
export const findHolidayNames = (text: string): HolidayMatch[] => {
  const out: HolidayMatch[] = [];
  for (const m of text.matchAll(HOLIDAY_RE)) {
    const holiday = m.slice(1).findIndex((g) => g !== undefined);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (NOT_THE_DAY.test(after) || LONGER_NAME.test(after)) continue;
    const shifted = SHIFTED.exec(before);
    if (shifted) {
      const start = m.index - (before.length - shifted.index);
      out.push({ index: start, text: text.slice(start, m.index + m[0].length), holiday, shift: shifted[1].toLowerCase() === 'after' ? 1 : -1 });
      continue;
    }
    if (OTHER_DAY.test(before) || (BARE.test(m[0]) && !BARE_NEEDS.test(before))) continue;
    out.push({ index: m.index, text: m[0], holiday, shift: 0 });
  }
  return out;
};

/** The most recent day of that holiday on or before `ref` (a story tells of the last New Year's Eve, not the next). */
export const pastHoliday = (ref: Day, holiday: number): Day => {
  const { dayIn } = HOLIDAYS[holiday];
  const same = dayIn(ref.year);
  return compareDays(same, ref) <= 0 ? same : dayIn(ref.year - 1);
};
