// Calendar arithmetic on plain ISO dates (UTC, no time zones), shared by the temporal rules.

/** English month names, January first: index + 1 is the month number. */
export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A calendar day as numbers; month is 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatTime = (hour: number, minute: number): string => `${pad(hour)}:${pad(minute)}`;

const toUtc = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (t: Date): Day => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });

/** Reads the day of an ISO date or datetime ("2022-12-04", "2022-12-04T10:00:00Z"); null when it is not one. */
export const parseDay = (iso: string | null | undefined): Day | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso?.trim() ?? '');
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  // Round-trip through Date to reject impossible days such as 2022-02-30.
  return formatDay(fromUtc(toUtc(d))) === formatDay(d) ? d : null;
};

export const addDays = (d: Day, n: number): Day => {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
};

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (d: Day): number => toUtc(d).getUTCDay();

export const compareDays = (a: Day, b: Day): number => (a.year - b.year) * 400 + (a.month - b.month) * 32 + (a.day - b.day);

export const daysBetween = (a: Day, b: Day): number => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);

/** The latest day on or before `ref` that falls on `weekday`; `skipSame` moves a same-day match a week back ("last Monday"). */
export const pastWeekday = (ref: Day, weekday: number, skipSame = false): Day => {
  let back = (weekdayOf(ref) - weekday + 7) % 7;
  if (back === 0 && skipSame) back = 7;
  return addDays(ref, -back);
};

/** The earliest day after `ref` that falls on `weekday` ("next Monday"). */
export const nextWeekday = (ref: Day, weekday: number): Day => addDays(ref, ((weekday - weekdayOf(ref) + 6) % 7) + 1);

/** The year that puts month/day on or before `ref` (the most recent past one). */
export const pastYearFor = (ref: Day, month: number, day: number): number =>
  month < ref.month || (month === ref.month && day <= ref.day) ? ref.year : ref.year - 1;
