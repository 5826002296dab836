// Metadata written into plain text: a "date" marker, the headline, a dateline under it, a URL line.

import { normalizeDate, parseWordDate } from './dates.ts';

export interface TextMeta {
  title: string | null;
  published: string | null;
  url: string | null;
}

export interface WithMeta extends TextMeta {
  lines: string[];
}

/** How far into the text (in non-blank lines) headline, dateline and repeated header lines are looked for. */
const headDepth = 6;

/** " date 2022-12-04 Headline…": a marker some exports put on the first line. */
const dateMarker = /^date:?\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/i;
const urlLine = /^https?:\/\/\S+$/;
const datePrefix = /^(?:(?:article |story )?(?:first |last |originally )?(?:posted|published|updated|modified|created|date|dated)(?: time)?(?: on| at)?\s*:?\s*|on\s+)/i;
/** "21 July 2013 Last updated at 11:11 GMT": a second stamp after the date, dropped like a clock time. */
const trailingStamp = /\s+(?:last )?(?:updated|modified)(?: at| on)?\s*:?.*$/i;
/** Clock times as written, also re-tokenized ("1: 32 PM", "12: 52 p. m."): dropped before reading the date. */
const clockTime = /\b\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?(?:\s*[ap]\.?(?:\s?m)?\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?/gi;
const timeZone = /\b(?:[ECMP][SD]?T|UTC|GMT|ET|PT|CT|MT|IST|BST|CES?T|PKT|AFT|AE[SD]T|HKT|AK[SD]T|UK|hrs)\b/g;
const numericDate = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?$|^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/;
const byline = /^(by|from)\s+\S.{0,60}$/i;

/** A headline: a short line that does not end like a sentence. */
export const isHeadline = (line: string): boolean => {
  const s = line.trim();
  const words = s.split(/\s+/).length;
  return words >= 2 && words <= 20 && s.length <= 160 && /^[\p{Lu}\p{N}"'“‘]/u.test(s) && !/[.,;:]$/.test(s) && !urlLine.test(s);
};

/**
 * Every date dateOnly reads has a year of four digits, and its clean-up only drops or blanks text (never joining two
 * numbers), so a part without four digits in a row is no date: most lines of a report's head are spared the clean-up.
 */
const yearDigits = /\d{4}/;

/** A date alone once prefixes, clock times, zones and "at"/"@" are gone, or null. */
const dateOnly = (part: string): string | null => {
  if (!yearDigits.test(part)) return null;
  const bare = part
    .replace(datePrefix, '')
    .replace(trailingStamp, '')
    .replace(/(\d{4})\s*-(?=\s*\d{1,2}\s*[:.]\s*\d{2})/, '$1 ')
    .replace(/\((?:GMT|UTC)[^)]*\)|\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?:\s*:\s*\d{1,2})?/g, ' ')
    .replace(clockTime, ' ')
    .replace(timeZone, ' ')
    .replace(/\s(?:@|at)(?=\s|$)/gi, ' ')
    .replace(/[\s,.]+$/, '')
    .replace(/^[\s,.]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!bare) return null;
  const numeric = numericDate.exec(bare);
  if (!numeric) return parseWordDate(bare);
  if (numeric[1]) return normalizeDate(`${numeric[1]}-${numeric[2]}-${numeric[3]}`);
  // Slashed dates are month first (US style) unless the first number cannot be a month.
  const [a, b] = [Number(numeric[4]), Number(numeric[5])];
  const [month, day] = a > 12 ? [b, a] : [a, b];
  return normalizeDate(`${numeric[6]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
};

/** The date a dateline gives ("Posted: March 9, 2021 10:02 AM", "By Ann Lee | 9 March 2021"), or null. */
export const parseDateLine = (line: string): { date: string; updated: boolean } | null => {
  let date: string | null = null;
  let updated = false;
  for (const raw of line.split(/\s+[|•·]\s+|\s+[-–—]\s+/)) {
    const part = raw.trim();
    if (!part) continue;
    const found = dateOnly(part);
    if (found) {
      // Keep the first publication date; an "Updated" one only when nothing else is there.
      const isUpdate = /^(last )?(updated|modified)/i.test(part);
      if (!date || (updated && !isUpdate)) [date, updated] = [found, isUpdate];
    } else if (!byline.test(part) && part.replace(datePrefix, '').replace(clockTime, '').replace(timeZone, '').trim()) return null;
  }
  return date ? { date, updated } : null;
};

/** What `comparable` would change besides case: curly quotes, white space other than single spaces, end punctuation. */
const notPlainLower = /[‘’`“”]|[^\S ]| {2}|^ |[\s.!?…"']$/;

/** Lower-cased, quotes unified and end punctuation dropped: for spotting a line printed twice. */
const comparable = (s: string) =>
  notPlainLower.test(s)
    ? s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[\s.!?…"']+$/g, '').replace(/\s+/g, ' ').trim()
    : s.toLowerCase();

const headIndexes = (lines: string[]) => {
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < headDepth; i++) if (lines[i].trim()) out.push(i);
  return out;
};

/**
 * Takes metadata out of the head of a plain text and removes the lines that carried it.
 * Explicit metadata (from a container) wins over what the text says.
 */
export const extractTextMeta = (input: readonly string[], given: TextMeta): WithMeta => {
  const lines = [...input];
  const meta: TextMeta = { ...given };
  const drop = new Set<number>();
  const head = () => headIndexes(lines).filter((i) => !drop.has(i));

  const first = head()[0];
  if (first !== undefined && urlLine.test(lines[first].trim())) {
    meta.url ??= lines[first].trim();
    drop.add(first);
  }
  const top = head()[0];
  const marker = top === undefined ? null : dateMarker.exec(lines[top].trim());
  if (marker) {
    meta.published ??= marker[1];
    const rest = (marker[2] ?? '').trim();
    if (rest && !meta.title && isHeadline(rest)) {
      meta.title = rest;
      drop.add(top);
    } else if (rest) lines[top] = rest;
    else drop.add(top);
  }

  let dated: { date: string; updated: boolean } | null = null;
  for (const i of head()) {
    const found = parseDateLine(lines[i].trim());
    if (!found) continue;
    drop.add(i);
    if (!dated || (dated.updated && !found.updated)) dated = found;
  }
  if (dated) meta.published ??= dated.date;

  // The headline is looked for once datelines are gone: some pages print the date above it.
  const headline = head()[0];
  if (!marker && headline !== undefined && !meta.title && isHeadline(lines[headline])) {
    meta.title = lines[headline].trim();
    drop.add(headline);
  }

  dropRepeatedHead(lines, head(), meta.title, drop);
  return { ...meta, lines: lines.filter((_, i) => !drop.has(i)) };
};

/** How many times `part` occurs in `s` (without splitting it into an array of pieces). */
const countOf = (s: string, part: string): number => {
  let n = 0;
  for (let at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + part.length)) n++;
  return n;
};

/** Computes `f` of each index below `size` once, on first asking. */
const memoizeIndex = <T>(size: number, f: (j: number) => T): ((j: number) => T) => {
  const cache: (T | undefined)[] = new Array(size);
  return (j) => (cache[j] ??= f(j));
};

/** Headline printed again, or a standfirst that the body repeats: only the later copy stays. */
const dropRepeatedHead = (lines: string[], head: number[], title: string | null, drop: Set<number>) => {
  const wanted = title ? comparable(title) : null;
  const comparableAt = memoizeIndex(lines.length, (j) => comparable(lines[j]));
  // Each head line is compared with every later line: a line's opening is made comparable once for all of them.
  const openingAt = memoizeIndex(lines.length, (j) => comparable(lines[j].slice(0, 40)));
  for (const i of head) {
    const c = comparableAt(i);
    if (countOf(c, ' ') < 3) continue;
    if (c === wanted) {
      drop.add(i);
      continue;
    }
    const prefix = c.slice(0, 12);
    for (let j = i + 1; j < lines.length; j++) {
      // A cheap raw-prefix test first: the later copy starts with the same words, give or take case.
      if (drop.has(j) || lines[j].length < c.length || !openingAt(j).startsWith(prefix)) continue;
      if (comparableAt(j).startsWith(c)) {
        drop.add(i);
        break;
      }
    }
  }
};
