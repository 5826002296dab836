// Dated developments of one report: each sentence that reports a happening next to a resolved date.

import type { DatePrecision, Doc, Sentence, TimeMention } from '../../model/index.ts';
import { findKind } from './words.ts';

/** One dated sentence of one report, before merging across reports. */
export interface Development {
  articleId: string;
  date: string;
  precision: DatePrecision;
  time: string | null;
  kind: string;
  text: string;
  /** Offset of the sentence, for a stable order inside a report. */
  at: number;
}

const maxTextLength = 220;

/** A numeric date at the head of the text that equals the publication day: the report's own stamp. */
const isDateline = (doc: Doc, t: TimeMention): boolean =>
  t.start < 40 && /^\d/.test(t.text.trim()) && !!doc.article.published && doc.article.published.startsWith(t.date);

const sentenceOf = (sentences: Sentence[], at: number): Sentence | undefined =>
  sentences.find((s) => s.start <= at && at < s.end);

/** Drops a leading time phrase ("On Saturday, ", "Last November, ") so the entry starts with its subject. */
const dropLeadingTime = (text: string, mentionEnd: number): string => {
  const rest = text.slice(mentionEnd);
  const lead = text.slice(0, mentionEnd);
  if (mentionEnd > 45 || !/^\s*,/.test(rest) || /[.;:!?]/.test(lead)) return text;
  return rest.replace(/^\s*,\s*/, '');
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Tidies a sentence for display: one line, no trailing junk, cut at a word boundary when long. */
export const tidy = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').replace(/\s+([.,;:])/g, '$1').replace(/[\s.]+$/, '').trim();
  if (line.length <= maxTextLength) return capitalize(line);
  const cut = line.slice(0, maxTextLength);
  return `${capitalize(cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[,;:\s]+$/, ''))}…`;
};

/** "Friday's attack" dates a noun, not the sentence's development. */
const isPossessive = (text: string, t: TimeMention): boolean => /^['’]s\b/.test(text.slice(t.end, t.end + 3));

/** "a day after …", "two days before …": anchored to another happening in the sentence, not its frame. */
const isRelational = (t: TimeMention): boolean => /\b(?:after|before|since|later|earlier)\b/i.test(t.text);

/**
 * The time mention a sentence's development is dated by: not a possessive or relative to another; then a sentence-initial
 * frame ("On Saturday, …", "June 2022, …"); then a full date; then the one closest to the verb.
 */
const pickMention = (text: string, s: Sentence, mentions: TimeMention[], verbAt: number): TimeMention => {
  const lead = s.start + text.slice(s.start, s.end).search(/\S/);
  const score = (t: TimeMention) =>
    (isPossessive(text, t) || isRelational(t) ? 0 : 4) + (t.start - lead <= 3 ? 2 : 0) + (t.basis === 'absolute' && t.precision === 'day' ? 1 : 0);
  return [...mentions].sort(
    (a, b) => score(b) - score(a) || Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt),
  )[0];
};

/** Every dated development a report states, one per sentence. */
export const findDevelopments = (doc: Doc): Development[] => {
  const byStart = new Map<Sentence, TimeMention[]>();
  for (const t of doc.times) {
    if (!t.date || isDateline(doc, t)) continue;
    const s = sentenceOf(doc.sentences, t.start);
    if (!s) continue;
    byStart.set(s, [...(byStart.get(s) ?? []), t]);
  }
  const out: Development[] = [];
  for (const [s, mentions] of byStart) {
    const raw = doc.article.text.slice(s.start, s.end);
    if (raw.trim().length < 25 || raw.trim().endsWith('?')) continue;
    const kind = findKind(raw);
    if (!kind) continue;
    const t = pickMention(doc.article.text, s, mentions, s.start + kind.at);
    const timed = mentions.find((m) => m.time && m.date === t.date);
    out.push({
      articleId: doc.article.id,
      date: t.date,
      precision: t.precision,
      time: t.time ?? timed?.time ?? null,
      kind: kind.kind,
      text: tidy(dropLeadingTime(raw, t.end - s.start)),
      at: s.start,
    });
  }
  return out.sort((a, b) => a.at - b.at);
};
