// Date and time expressions found by chrono-node, then resolved with news rules against the publication date.

import * as chrono from 'chrono-node';
import type { DatePrecision, Sentence, TimeBasis } from '../../model/index.ts';
import type { Day } from './calendar.ts';
import { findHolidayNames, mayNameHoliday, pastHoliday } from './holidays.ts';
import {
  addDays, compareDays, formatDay, formatMonth, formatTime, nextWeekday, parseDay, pastWeekday, pastYearFor, weekdayOf,
} from './calendar.ts';

/** One resolved expression; offsets index into the text given to `resolveTimes`. */
export interface ResolvedTime {
  start: number;
  end: number;
  text: string;
  /** ISO date at `precision` (YYYY-MM-DD, YYYY-MM or YYYY); null for a clock time whose day is unknown. */
  date: string | null;
  precision: DatePrecision;
  /** HH:MM when a clock time is stated. */
  time: string | null;
  basis: TimeBasis;
  /** False for a clock time alone ("at 3:30 p.m."), whose day was borrowed from its sentence or the story. */
  dayStated: boolean;
}

export interface ResolveOptions {
  /** Sentence spans to scan (saves splitting again); defaults to the lines of the text. */
  sentences?: readonly Sentence[];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
const MONTH_RE = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

// Cheap gates: chrono only sees sentences that could hold a date (most sentences do not).
const NAME_CUE = new RegExp(`\\b(?:${MONTH_RE}|${WEEKDAY_RE})\\b`);
const WORD_CUE =
  /\b(?:yesterday|today|tonight|tomorrow|ago|noon|midnight|(?:19|20)\d\d|\d{1,2}\/\d{1,2}|\d{1,2}\s?[ap]\.?m\b|\d{1,2}:\d\d|(?:next|following|previous|preceding|last|this)\s+(?:day|week|month|year|morning|afternoon|evening|night)|days?\s+(?:later|earlier|before|after))/i;

/** Whether a sentence may contain a date or time worth parsing. */
export const mayHoldTime = (s: string): boolean => NAME_CUE.test(s) || WORD_CUE.test(s) || mayNameHoliday(s);

// Own rules, checked before chrono: chrono reads these against the publication date, news means the story's day.
const DAY_BEFORE_NAMED = new RegExp(`\\bthe\\s+day\\s+(before|after)\\s+(yesterday|${WEEKDAY_RE})\\b`, 'gi');
const DAY_SHIFT =
  /\b(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(later|earlier|after(?:wards?)?|before)|the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)|the\s+day\s+(before|after))\b/gi;
const BARE_YEAR =
  /\b(?:in|since|during|until|through|by|from|before|after|early|late|mid-?|between|and|of)\s+((?:19|20)\d{2})\b(?!\s*(?:[-–/]|\d|people|percent|%|years?|yards|rounds|shots|officers|times))/gi;
const CLOCK_CUE = /\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|o'clock/i;
const COLON_CLOCK_CUE = /\b(?:at|around|about|approximately|by|until|after|before|shortly|near|some)\s+\d{1,2}:\d{2}\b/i;
const MONTH_CUE = /\b(?:in|last|next|this|since|early|late|mid-?|during|of|until|by|from|through|between|before|after|and|or|to|until|till)\s*$/i;
const ABBREVIATION_OR_NAME = new RegExp(`\\b(?:${MONTH_RE}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|${WEEKDAY_RE})\\b`, 'gi');
const FULL_WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_RE})\\b`, 'i');
const DEICTIC = /\b(?:yesterday|today|tonight|tomorrow|ago|last\s+(?:night|week|month|year)|this\s+(?:morning|afternoon|evening|week|month|year)|next\s+(?:week|month|year))\b/i;
const YEAR_AFTER_MONTH = /^\s*(?:of\s+)?(last|this)\s+year\b/i;
const LEADING_PREPOSITION = /^(?:on|in|at|since|by|during|until|from)\s+/i;

/** A reading; `extend` grows the span over words that completed it ("August" + " last year"). */
type Reading = Partial<ResolvedTime> & { extend?: number };

interface Found {
  start: number;
  end: number;
  resolve: (ctx: Resolving) => Reading | null;
}

interface Resolving {
  /** Publication day, or a date read in the text when publication is unknown. */
  ref: Day | null;
  refBasis: TimeBasis;
  published: Day | null;
  /** Latest day-precision date seen before this expression (for "a day later"). */
  anchor: Day | null;
  /** Text just before the expression (for "last", "in"). */
  before: string;
  /** Text just after the expression (for "August last year"). */
  after: string;
}

const dayResult = (d: Day, basis: TimeBasis, time: string | null = null): Partial<ResolvedTime> => ({
  date: formatDay(d), precision: 'day', time, basis,
});

const weekdayIndex = (word: string): number => WEEKDAYS.indexOf(word.toLowerCase());

/** "the day before Friday": machine translation of "the day before yesterday, Friday" when Friday is two days back. */
const findDayBeforeNamed = (s: string, offset: number): Found[] =>
  [...s.matchAll(DAY_BEFORE_NAMED)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    resolve: ({ ref, published, refBasis }) => {
      const sign = m[1].toLowerCase() === 'before' ? -1 : 1;
      if (m[2].toLowerCase() === 'yesterday') return published && sign < 0 ? dayResult(addDays(published, -2), 'publication') : null;
      if (!ref) return null;
      const wd = weekdayIndex(m[2]);
      if (sign < 0 && published && weekdayOf(addDays(published, -2)) === wd) return dayResult(addDays(published, -2), 'publication');
      return dayResult(addDays(pastWeekday(ref, wd), sign), refBasis);
    },
  }));

/** "a day later", "the next day", "two days before": counted from the story's last stated day. */
const findDayShifts = (s: string, offset: number): Found[] =>
  [...s.matchAll(DAY_SHIFT)].map((m) => {
    const count = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const word = (m[2] ?? m[3] ?? m[5]).toLowerCase();
    const sign = /^(later|after|next|following)/.test(word) ? 1 : -1;
    return {
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      resolve: ({ anchor, published }) => {
        const base = anchor ?? published;
        return base ? dayResult(addDays(base, sign * count), anchor ? 'narrative' : 'publication') : null;
      },
    };
  });

/** "on New Year's Eve", "Thanksgiving night": the last such day on or before the reference day. */
const findHolidays = (s: string, offset: number): Found[] =>
  findHolidayNames(s).map((h) => ({
    start: offset + h.index,
    end: offset + h.index + h.text.length,
    resolve: ({ ref, refBasis }) => (ref ? dayResult(addDays(pastHoliday(ref, h.holiday), h.shift), refBasis) : null),
  }));

const findBareYears = (s: string, offset: number): Found[] =>
  [...s.matchAll(BARE_YEAR)].map((m) => {
    const start = offset + m.index + m[0].length - m[1].length;
    return { start, end: start + 4, resolve: () => ({ date: m[1], precision: 'year' as const, time: null, basis: 'absolute' as const }) };
  });

/** Month and weekday names must be capitalised and weekdays spelled out: "a march", "sat", "may" are words. */
const namesAreDates = (text: string): boolean => {
  for (const m of text.matchAll(ABBREVIATION_OR_NAME)) {
    if (m[0][0] !== m[0][0].toUpperCase()) return false;
  }
  return true;
};

const clockOf = (r: chrono.ParsedResult, before: string): string | null => {
  const c = r.start;
  if (!c.isCertain('hour')) return null;
  if (!CLOCK_CUE.test(r.text) && !COLON_CLOCK_CUE.test(before.slice(-16) + r.text)) return null;
  return formatTime(c.get('hour') ?? 0, c.get('minute') ?? 0);
};

/** Days after publication within which a yearless date stays in the publication year (a scheduled hearing, a lagging dateline). */
const NEAR_FUTURE_DAYS = 7;

/** Words announcing a scheduled day: "won't resume until Sept. 9", "is due in court Oct. 22", "will be sentenced Aug. 28". */
const SCHEDULED_BEFORE = /\b(?:until|till|will|won't|scheduled|slated|set\s+for|due|resumes?|postponed\s+to|continued\s+to|next\s+(?:court\s+)?(?:date|hearing|appearance))\b[^.;]*$/i;

/**
 * The most recent past year for a yearless day, unless the day falls within the next week or is announced as
 * scheduled (then the coming one: a hearing "until Sept. 9" written in July is this September, not last).
 */
const nearYearFor = (ref: Day, month: number, day: number, before = ''): number => {
  const year = pastYearFor(ref, month, day);
  if (year === ref.year) return year;
  if (SCHEDULED_BEFORE.test(before)) return ref.year;
  const ahead = { year: ref.year, month, day };
  return compareDays(ahead, addDays(ref, NEAR_FUTURE_DAYS)) <= 0 ? ref.year : year;
};

/**
 * A bare weekday names a day of the past week, with one exception: the weekday after publication is read as the
 * next day, because a weekday six days back would be written with "last" and datelines often lag a day (time zones).
 */
export const bareWeekday = (ref: Day, weekday: number): Day => {
  const past = pastWeekday(ref, weekday);
  return compareDays(addDays(ref, -6), past) === 0 ? addDays(ref, 1) : past;
};

/** Turns one chrono result into a news reading, or null when it is not a date worth keeping. */
const readChrono = (r: chrono.ParsedResult, ctx: Resolving): Reading | null => {
  const c = r.start;
  const text = r.text;
  const tags = r.tags();
  if (tags.has('casualReference/now') || !namesAreDates(text)) return null;
  const time = clockOf(r, ctx.before);
  const lowered = text.toLowerCase();
  const before = ctx.before.slice(-12).toLowerCase();
  if (/\d\/\d/.test(text) && !c.isCertain('year')) {
    // Slashed day/month without a year is a fraction, a score or a name; 9/11 names a known day.
    return /^9\/11$/.test(text.trim()) ? { date: '2001-09-11', precision: 'day', time: null, basis: 'absolute' } : null;
  }
  if (DEICTIC.test(text) || tags.has('result/relativeDate')) return readDeictic(r, ctx, time);
  if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
    return dayResult({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }, 'absolute', time);
  }
  if (c.isCertain('month') && c.isCertain('day')) {
    if (!ctx.ref) return null;
    const month = c.get('month')!;
    const day = c.get('day')!;
    return dayResult({ year: nearYearFor(ctx.ref, month, day, ctx.before), month, day }, ctx.refBasis, time);
  }
  if (c.isCertain('month')) {
    const month = c.get('month')!;
    if (c.isCertain('year')) return { date: formatMonth(c.get('year')!, month), precision: 'month', time: null, basis: 'absolute' };
    // A month alone needs a preposition ("in March"): "April Smith" and "March organizers" are not dates.
    if (!ctx.ref || !(MONTH_CUE.test(ctx.before.slice(-12)) || LEADING_PREPOSITION.test(text))) return null;
    const named = YEAR_AFTER_MONTH.exec(ctx.after);
    if (named && !ctx.published) return null;
    if (named) {
      const year = ctx.published!.year + (named[1].toLowerCase() === 'last' ? -1 : 0);
      return { date: formatMonth(year, month), precision: 'month', time: null, basis: 'publication', extend: named[0].length };
    }
    const last = /\blast\s*$/.test(before);
    const next = /\bnext\s*$/.test(before);
    let year = month < ctx.ref.month || (month === ctx.ref.month && !last) ? ctx.ref.year : ctx.ref.year - 1;
    if (next) year = month > ctx.ref.month ? ctx.ref.year : ctx.ref.year + 1;
    return { date: formatMonth(year, month), precision: 'month', time: null, basis: ctx.refBasis };
  }
  if (c.isCertain('weekday')) {
    if (!ctx.ref || !FULL_WEEKDAY.test(text)) return null;
    const wd = c.get('weekday')!;
    const prefix = `${before} ${lowered}`;
    if (/\bnext\s+\w+day\b/.test(prefix)) return dayResult(nextWeekday(ctx.ref, wd), ctx.refBasis, time);
    if (/\blast\s+\w+day\b/.test(prefix)) return dayResult(pastWeekday(ctx.ref, wd, true), ctx.refBasis, time);
    return dayResult(bareWeekday(ctx.ref, wd), ctx.refBasis, time);
  }
  // A clock time alone: its day comes from its sentence or the story (see attachTimes).
  return time ? { date: null, precision: 'day', time, basis: 'narrative' } : null;
};

/** "yesterday", "last year", "two weeks ago": only meaningful against the publication date. */
const readDeictic = (r: chrono.ParsedResult, ctx: Resolving, time: string | null): Partial<ResolvedTime> | null => {
  if (!ctx.published) return null;
  const c = r.start;
  const lowered = r.text.toLowerCase();
  if (/\b(?:this|next|last)\s+week\b/.test(lowered) || /\b(?:hours?|minutes?|seconds?)\b/.test(lowered)) return null;
  const year = c.get('year')!;
  if (/\byears?\b/.test(lowered) && !/\bago\b/.test(lowered)) return { date: String(year), precision: 'year', time: null, basis: 'publication' };
  if (/\bmonths?\b/.test(lowered)) return { date: formatMonth(year, c.get('month')!), precision: 'month', time: null, basis: 'publication' };
  if (/\bago\b/.test(lowered) && /\byears?\b/.test(lowered)) return { date: String(year), precision: 'year', time: null, basis: 'publication' };
  return dayResult({ year, month: c.get('month')!, day: c.get('day')! }, 'publication', time);
};

const MONTH_CUE_ANY = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * What each parser of chrono's casual English needs in a sentence for its pattern to match at all (read off the
 * patterns: a month name, a weekday, four digits…). Each pattern starts with "(\W|^)" and so is tried at every
 * position of the sentence; one plain search for the cue skips the parsers that cannot match, and their results
 * (none) stay the same. Parsers not listed always run.
 */
const parserCues: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENTimeUnitWithinFormatParser: /in|for/i,
  ENMonthNameLittleEndianParser: MONTH_CUE_ANY,
  ENMonthNameMiddleEndianParser: MONTH_CUE_ANY,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENTimeExpressionParser: /\d/,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthNameParser: MONTH_CUE_ANY,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: MONTH_CUE_ANY,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
};

/** A sticky pattern that fails at once: what a parser whose cue is absent offers chrono to scan. */
const NO_MATCH = /(?!)/y;

const gateParser = (parser: chrono.Parser): chrono.Parser => {
  const cue = parserCues[parser.constructor.name];
  if (!cue) return parser;
  return {
    pattern: (context) => (cue.test(context.text) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
};

/** chrono's casual English, its parsers behind their cues (the same refiners, in the same order). */
export const casualChrono = new chrono.Chrono({ parsers: chrono.en.casual.parsers.map(gateParser), refiners: [...chrono.en.casual.refiners] });

const findChrono = (s: string, offset: number, ref: Date): Found[] =>
  casualChrono.parse(s, ref, { forwardDate: false }).map((r) => {
    // Keep the span on the date itself: "on Friday" → "Friday".
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const trail = /[\s,;:]*$/.exec(r.text)?.[0].length ?? 0;
    return {
      start: offset + r.index + lead,
      end: offset + r.index + r.text.length - trail,
      resolve: (ctx: Resolving) => readChrono(r, ctx),
    };
  });

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Candidate expressions of one sentence, own rules first; later finders yield to earlier ones. */
const findInSentence = (text: string, s: Sentence, chronoRef: Date): Found[] => {
  const body = text.slice(s.start, s.end);
  if (!mayHoldTime(body)) return [];
  const kept: Found[] = [];
  const finders = [findDayBeforeNamed, findHolidays, findDayShifts, (b: string, o: number) => findChrono(b, o, chronoRef), findBareYears];
  for (const find of finders) {
    for (const f of find(body, s.start)) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  }
  return kept;
};

const around = (text: string, f: Found) => ({ before: text.slice(Math.max(0, f.start - 24), f.start), after: text.slice(f.end, f.end + 24) });

const lineSpans = (text: string): Sentence[] =>
  [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const chronoReference = (d: Day | null): Date => (d ? new Date(d.year, d.month - 1, d.day, 12) : new Date(2000, 0, 1, 12));

/** With no publication date, the latest full date written in the text stands in for it (weekdays, "in March"). */
const textReference = (found: Found[], text: string): Day | null => {
  let best: Day | null = null;
  for (const f of found) {
    const r = f.resolve({ ref: null, refBasis: 'text', published: null, anchor: null, ...around(text, f) });
    const d = r?.basis === 'absolute' && r.precision === 'day' ? parseDay(r.date) : null;
    if (d && (!best || compareDays(d, best) > 0)) best = d;
  }
  return best;
};

const isDayResult = (r: Partial<ResolvedTime> | null): r is ResolvedTime => !!r && !!r.date && r.precision === 'day';

/**
 * Finds and resolves every date or time expression in `text` against `published` (ISO; null when unknown).
 * Unknown publication: absolute dates are kept, and weekdays or month names are read against the latest full
 * date in the text when there is one; "yesterday" and other words tied to the publication day are skipped.
 */
export const resolveTimes = (text: string, published: string | null, opts: ResolveOptions = {}): ResolvedTime[] => {
  const pub = parseDay(published);
  const sentences = opts.sentences ?? lineSpans(text);
  const chronoRef = chronoReference(pub);
  const found = sentences.flatMap((s) => findInSentence(text, s, chronoRef)).sort((a, b) => a.start - b.start);
  const ref = pub ?? textReference(found, text);
  const refBasis: TimeBasis = pub ? 'publication' : 'text';
  const out: ResolvedTime[] = [];
  let anchor: Day | null = null;
  let coveredTo = 0;
  for (const f of found) {
    if (f.start < coveredTo) continue;
    const { extend = 0, ...r } = f.resolve({ ref, refBasis, published: pub, anchor, ...around(text, f) }) ?? {};
    if (r.date === undefined) continue;
    const end = f.end + extend;
    const resolved = { start: f.start, end, text: text.slice(f.start, end), time: null, ...r, dayStated: r.date !== null } as ResolvedTime;
    coveredTo = end;
    out.push(resolved);
    if (isDayResult(resolved)) anchor = parseDay(resolved.date);
  }
  return attachTimes(mergeNamedDays(out, text, pub), sentences, pub);
};

/** "yesterday, Saturday": one day named twice; the weekday wins when the two disagree by a day or so. */
const mergeNamedDays = (times: ResolvedTime[], text: string, pub: Day | null): ResolvedTime[] => {
  const out: ResolvedTime[] = [];
  for (const t of times) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, t.start) : '';
    const pair = prev && /^\s*,?\s*$/.test(between) && /^(?:yesterday|today|tonight)$/i.test(prev.text.trim()) && FULL_WEEKDAY.test(t.text);
    if (!pair || !pub || prev.precision !== 'day' || t.precision !== 'day') {
      out.push(t);
      continue;
    }
    const said = parseDay(prev.date)!;
    const wd = weekdayIndex(FULL_WEEKDAY.exec(t.text)![0]);
    const day = pastWeekday(addDays(said, 3), wd);
    out[out.length - 1] = { ...t, start: prev.start, text: text.slice(prev.start, t.end), date: formatDay(day), time: t.time ?? prev.time, basis: 'publication' };
  }
  return out;
};

/** Clock times stated alone take the day of their sentence, else the story's last day, else publication. */
const attachTimes = (times: ResolvedTime[], sentences: readonly Sentence[], pub: Day | null): ResolvedTime[] => {
  const out: ResolvedTime[] = [];
  for (const [i, t] of times.entries()) {
    if (t.date) {
      out.push(t);
      continue;
    }
    const s = sentences.find((x) => x.start <= t.start && t.start < x.end);
    const same = times.filter((o) => o.date && o.precision === 'day' && s && o.start >= s.start && o.start < s.end);
    const nearest = same.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
    const earlier = times.slice(0, i).reverse().find((o) => o.date && o.precision === 'day');
    const day = nearest?.date ?? earlier?.date ?? (pub ? formatDay(pub) : null);
    out.push({ ...t, date: day, basis: nearest ? nearest.basis : earlier ? 'narrative' : 'publication' });
  }
  return out;
};
