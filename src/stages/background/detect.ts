// Finds clauses that recall an event other than the article's main one: a past date (or "at the same time elsewhere") plus an event predicate.

import type { BackgroundMention, DatePrecision, Doc, Place, TimeMention } from '../../model/index.ts';
import { monthNames } from '../temporal/calendar.ts';
import { matchesOf } from '../annotate/matches.ts';

/** Words that make a clause tell of a violent or newsworthy happening, not of opinion or context. */
const eventPredicate =
  /\b(attack(?:ed)?|bomb(?:ing|ed|er)?|blast|explosion|exploded|suicide|shooting|shot dead|gunmen|gunman|massacre|killing|killed|kills|dead|wounding|wounded|injuring|injured|ambush(?:ed)?|assassinat\w+|earthquake|quake|hostage|raid(?:ed)?|stabbing|crash(?:ed)?|fire at|targeted)\b/i;

/** Past markers that read as "before the main event" without a resolved date. */
const relativePast =
  /\b(last (?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|earlier this (?:week|month|year)|(?:a|one|two|three|four|five|six|several|\d+) (?:weeks?|months?|years?) (?:ago|earlier)|in (?:19|20)\d\d|previous (?:attack|bombing|blast)s?|a day later|days? earlier)\b/i;

/** Another happening at the time of the main one, elsewhere. */
const elsewhere = /\b(coincided with|in a separate (?:attack|incident|bombing|blast)|on the same day|the same day that|in the same month|separately,)\b/i;

const months = monthNames.map((m) => m.toLowerCase());
const monthRe = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${months.join('|')})\\b(?:\\s+(\\d{1,2})\\b)?(?:,?\\s+((?:19|20)\\d\\d))?`, 'i');

/** A list item led by its date: "May 2022, bombing of …", "5 September, bombing near …". */
const datedLead = new RegExp(`^\\s*(?:[-•*]\\s*)?(?:\\d{1,2}\\s+)?(?:${months.join('|')})(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d\\d)?\\b`, 'i');

/** Clause breaks inside a sentence, including the run-on "… wounding 10 In the same month, …" of translations. */
const clauseBreak = /;\s+|\s*\n\s*|(?<=[a-z0-9])\s+(?=(?:In|On|Earlier|Last|Meanwhile|Also)\s)/g;

interface Clause {
  start: number;
  end: number;
  sentence: number;
}

const clausesOf = (doc: Doc): Clause[] => {
  const text = doc.article.text;
  const out: Clause[] = [];
  doc.sentences.forEach((s, sentence) => {
    let start = s.start;
    const body = text.slice(s.start, s.end);
    for (const m of matchesOf(body, clauseBreak)) {
      const at = s.start + (m.index ?? 0);
      if (at > start) out.push({ start, end: at, sentence });
      start = at + m[0].length;
    }
    if (s.end > start) out.push({ start, end: s.end, sentence });
  });
  return out;
};

interface Dated {
  date: string | null;
  precision: DatePrecision | null;
}

const order = (d: string): string => d.padEnd(10, '~');

/** True when a date lies clearly before the main event: an earlier day, month or year at its own precision. */
const isBefore = (t: { date: string; precision: DatePrecision }, event: string): boolean => {
  const e = event.slice(0, t.precision === 'year' ? 4 : t.precision === 'month' ? 7 : 10);
  if (t.precision !== 'day') return t.date < e;
  const gap = (Date.parse(event.slice(0, 10)) - Date.parse(t.date)) / 86_400_000;
  return gap >= 2;
};

/** A month named without resolution ("In September"): the latest such month not after the reference. */
const monthDate = (clause: string, reference: string | null): Dated | null => {
  const m = monthRe.exec(clause);
  if (!m) return null;
  const month = months.indexOf(m[2].toLowerCase()) + 1;
  const dayNum = Number(m[1] ?? m[3] ?? 0);
  let year = m[4] ? Number(m[4]) : null;
  if (year === null && reference) {
    const ry = Number(reference.slice(0, 4));
    const rm = Number(reference.slice(5, 7)) || 12;
    year = month <= rm ? ry : ry - 1;
  }
  if (year === null) return { date: null, precision: null };
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return dayNum >= 1 && dayNum <= 31 ? { date: `${ym}-${String(dayNum).padStart(2, '0')}`, precision: 'day' } : { date: ym, precision: 'month' };
};

const timesIn = (doc: Doc, c: Clause): TimeMention[] => doc.times.filter((t) => t.start >= c.start && t.end <= c.end);

/**
 * Why a clause recalls another event, and when that was; null when it is about the main event.
 * A resolved date must lie before the main event's; without one, a relative past phrase, a dated list lead
 * or an "elsewhere at the same time" phrase is needed.
 */
const recall = (doc: Doc, c: Clause, reference: string | null): Dated | null => {
  const text = doc.article.text.slice(c.start, c.end);
  if (!eventPredicate.test(text)) return null;
  const past = timesIn(doc, c).find((t) => reference && isBefore(t, reference));
  if (past) return { date: past.date, precision: past.precision };
  if (reference && timesIn(doc, c).some((t) => !isBefore(t, reference)) && !elsewhere.test(text)) return null;
  const lead = datedLead.test(text) || /^\s*(?:in|on|by|last|since)\s/i.test(text);
  const named = monthDate(text, reference);
  if (named && lead && (!named.date || !reference || isBefore({ date: named.date, precision: named.precision ?? 'month' }, reference))) {
    return named;
  }
  if (relativePast.test(text) || elsewhere.test(text)) return { date: null, precision: null };
  return null;
};

/** The most specific place named in the clause: a town before its country. */
const placeIn = (doc: Doc, c: Clause): Place | null => {
  const places = doc.mentions
    .filter((m) => m.place && m.source !== 'demonym' && m.start >= c.start && m.end <= c.end)
    .map((m) => m.place as Place);
  return places.find((p) => p.admin) ?? places[0] ?? null;
};

/** Earlier (or concurrent, elsewhere) events the article recalls, one per clause, in text order. */
export const findBackground = (doc: Doc): BackgroundMention[] => {
  const reference = doc.eventDate ?? doc.article.published?.slice(0, 10) ?? null;
  const out: BackgroundMention[] = [];
  for (const c of clausesOf(doc)) {
    let dated = recall(doc, c, reference);
    if (!dated) continue;
    const prev = out[out.length - 1];
    if (!dated.date && prev?.date && /\bsame month\b/i.test(doc.article.text.slice(c.start, c.end))) {
      dated = { date: prev.date.slice(0, 7), precision: 'month' };
    }
    const text = doc.article.text.slice(c.start, c.end).trim();
    const start = c.start + doc.article.text.slice(c.start, c.end).indexOf(text);
    out.push({
      articleId: doc.article.id,
      start,
      end: start + text.length,
      text,
      date: dated.date,
      precision: dated.precision,
      place: placeIn(doc, c),
      sentence: c.sentence,
    });
  }
  return out;
};
