// Cardinal numbers written as digits or words, with their hedges; ages, years, times, money and addresses left out.

import type { NumberMention } from '../../model/index.ts';
import { matchesOf } from './matches.ts';

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that stand for a count of one or two things ("a lone attacker", "both victims"). */
const determiners: Record<string, number> = {
  a: 1, an: 1, single: 1, lone: 1, both: 2, 'a pair of': 2, 'a couple of': 2, 'a dozen': 12, 'half a dozen': 6,
};
/** Vague plurals: kept as mentions with their word as qualifier, never used as exact counts. */
const vague: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };

/** Every single word that is a number or a vague plural ("seven", "forty", "dozens"), for cheap pre-checks. */
export const numberWordList: readonly string[] = [...Object.keys(units), ...Object.keys(tens), ...Object.keys(vague)];

const unitWords = Object.keys(units).join('|');
const tenWords = Object.keys(tens).join('|');
const wordNumber = `(?:(?:${tenWords})(?:[- ](?:${unitWords}))?|${unitWords})(?: hundred(?: (?:and )?(?:(?:${tenWords})(?:-(?:${unitWords}))?|${unitWords}))?)?`;
const digitNumber = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
export const hedgePattern = String.raw`at least|more than|over|nearly|almost|about|around|approximately|roughly|up to|as many as|fewer than|less than|some|an estimated|at most`;
const determinerPattern = String.raw`half a dozen|a dozen|a pair of|a couple of|single|lone|both|an?`;
const vaguePattern = Object.keys(vague).join('|');

/** The number-core regex (digits, words, determiners) with an optional hedge before it. */
export const countPattern = (withArticles: boolean): string =>
  String.raw`(?:(${hedgePattern})\s+)?(${digitNumber}|${wordNumber}|${vaguePattern}${withArticles ? `|${determinerPattern}` : String.raw`|half a dozen|a dozen|a pair of|single|lone|both`})(?![- ]?(?:year|yr|month|week|day)s?[- ]old)`;

/** Value of a written number: "16", "1,200", "twenty-one", "a dozen", "both"; null when not a number. */
export const parseNumberWord = (raw: string): number | null => {
  const s = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s in determiners) return determiners[s];
  if (s in vague) return vague[s];
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of s.split(/[- ]/)) {
    if (w === 'and') continue;
    if (w in units) current += units[w];
    else if (w in tens) current += tens[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else return null;
    seen = true;
  }
  return seen ? total + current : null;
};

export const isVague = (qualifierOrWord: string | null): boolean => qualifierOrWord !== null && qualifierOrWord in vague;

const months = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const streetWords = 'street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|place|pl|highway|hwy|parkway|pkwy|circle|cir|terrace|trail|pike';
const monthBefore = new RegExp(String.raw`\b(?:${months})\.?\s*$`, 'i');
const streetAfter = new RegExp(String.raw`^(?:\s+(?:[NSEW]\.?|north|south|east|west))?(?:\s+[A-Z][\w.]*){1,3}\s+(?:${streetWords})\b`, 'i');

/** Why a digit match is not a count: an age, year, clock time, money, phone number, address, date or ordinal. */
const excludedDigits = (text: string, start: number, end: number, value: number, raw: string): boolean => {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true; // ordinal
  if (/^-?(?:\s|-)?(?:year|yr|month|week|day)s?[- ]old/i.test(after)) return true; // age
  if (/\b(?:aged?|ages)\s+(?:\d+\s*(?:,|and)\s*)*$/i.test(before)) return true;
  if (/^[:.]\d\d\b|^\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i.test(after)) return true; // clock time
  if (/[$€£¥]\s*$|\b(?:usd|eur|rs\.?)\s*$/i.test(before) || /^\s*(?:%|percent|per cent|dollars|euros|pounds|cents|million dollars)/i.test(after)) return true;
  if (/[-.)(]\s*$/.test(before) && /\d\s*[-.)(]?\s*$/.test(before)) return true; // phone parts
  if (/^[-.)]\s?\d{3}/.test(after) || /^\d{3}-\d{4}/.test(raw)) return true;
  if (/\d[-.]$/.test(before) || /^[-/]\d/.test(after)) return true; // 972-1411, 12/3
  if (!raw.includes(',') && /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) return true; // year
  if (monthBefore.test(before)) return true; // "Jan. 27"
  if (streetAfter.test(after) && /^\s+(?:[NSEW]\.?\s+)?[A-Z]/.test(after)) return true; // address
  if (/^\s+block\b/i.test(after)) return true;
  if (/(?:\bno\.|#|\broute|\binterstate|\bi-|\bhighway|\bchannel|\bpage|\bsection|\bpo box|\bsuite|\bapt\.?|\bunit|\broom|\bflight|\bcase)\s*$/i.test(before)) return true;
  if (/^\s*(?:years?|yrs?)\b(?!\s+(?:ago|later|earlier|after|before))/i.test(after) && /\b(?:aged?)\s*$/i.test(before)) return true;
  if (/^,\s*(?:of\b|\w+\s+(?:man|woman|resident)\b)|^,\s*(?:and\s+)?[A-Z]/.test(after) && /[A-Z][a-z]+,\s*$/.test(before)) return true; // "John Doe, 25, of …"
  return false;
};

const wordExcluded = (text: string, start: number, end: number): boolean => {
  const after = text.slice(end, end + 20);
  return /^(?:-|\s)(?:year|month|week|day)s?[- ]old/i.test(after) || /^(?:\s*o'clock|:\d\d)/i.test(after);
};

export interface FindNumbersOptions {
  /** Also report "a"/"an" as 1 (off by default: every noun phrase would count). */
  articles?: boolean;
}

/** Every cardinal number in `text` as a span with its value and hedge. */
const numberRe = (articles: boolean): RegExp =>
  new RegExp(String.raw`(?<![\w$€£#.,:/-])${countPattern(articles)}(?![\w]|,\d|\.\d)`, 'gi');
// Built once: matchesOf leaves them at lastIndex 0, so the shared patterns keep no state between calls.
const numberPatterns = { plain: numberRe(false), articles: numberRe(true) };

export const findNumbers = (text: string, articleId: string, options: FindNumbersOptions = {}): NumberMention[] => {
  const re = options.articles ? numberPatterns.articles : numberPatterns.plain;
  const out: NumberMention[] = [];
  for (const m of matchesOf(text, re)) {
    const hedge = m[1]?.toLowerCase() ?? null;
    const raw = m[2];
    const start = m.index + m[0].length - raw.length;
    const end = m.index + m[0].length;
    const value = parseNumberWord(raw);
    if (value === null) continue;
    const digits = /^\d/.test(raw);
    if (digits ? excludedDigits(text, start, end, value, raw) : wordExcluded(text, start, end)) continue;
    if (/^(?:an?)$/i.test(raw) && !options.articles) continue;
    if (/^some$/i.test(hedge ?? '') && !digits) continue;
    const low = raw.toLowerCase();
    const qualifier = low in vague ? low : hedge;
    const from = hedge ? m.index : start;
    out.push({ articleId, start: from, end, text: text.slice(from, end), value, qualifier });
  }
  return out;
};
