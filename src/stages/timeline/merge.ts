// Merges the developments of many reports: same date and similar content become one entry citing them all.

import type { DatePrecision, TimelineEntry } from '../../model/index.ts';
import type { Development } from './developments.ts';
import { contentWords, overlap } from './words.ts';

/** A merged entry under construction; `seed` marks the event itself or a known background event. */
export interface Group {
  date: string;
  precision: DatePrecision;
  time: string | null;
  kind: string;
  members: Development[];
  seed: { text: string; articleIds: string[] } | null;
}

/** Kinds where one development per day is the norm: a second claim on the same day is the same claim. */
const oncePerDay = new Set(['claim', 'arrest', 'event']);
const minOverlap = 0.5;
const minContextOverlap = 0.3;

const textsOf = (g: Group): string[] => [...(g.seed ? [g.seed.text] : []), ...g.members.map((m) => m.text)];

/** Same date, or one date refining the other ("2022-09" and "2022-09-05"). */
const compatibleDates = (a: string, b: string): boolean => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

const similar = (g: Group, d: Development): boolean => {
  const words = contentWords(d.text);
  const best = Math.max(0, ...textsOf(g).map((t) => overlap(contentWords(t), words)));
  return best >= (d.kind === 'context' ? minContextOverlap : minOverlap);
};

const joins = (g: Group, d: Development): boolean => {
  if (d.kind === 'context' || g.kind === 'context') {
    return d.kind === g.kind && compatibleDates(g.date, d.date) && similar(g, d);
  }
  if (g.date !== d.date) return false;
  if (g.kind === 'event') return d.kind === 'incident' || similar(g, d);
  if (g.kind === d.kind && oncePerDay.has(d.kind)) return true;
  return similar(g, d);
};

const precisionRank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

const absorb = (g: Group, d: Development): void => {
  g.members.push(d);
  if (precisionRank[d.precision] > precisionRank[g.precision]) {
    g.date = d.date;
    g.precision = d.precision;
  }
  g.time ??= d.time;
};

/** Puts each development into the first group it matches, else opens a new group. */
export const mergeDevelopments = (seeds: Group[], developments: Development[]): Group[] => {
  const groups = [...seeds];
  for (const d of developments) {
    const g = groups.find((x) => joins(x, d));
    if (g) absorb(g, d);
    else groups.push({ date: d.date, precision: d.precision, time: d.time, kind: d.kind, members: [d], seed: null });
  }
  return groups;
};

/** The most central wording of a group (most words shared with the others), shorter on ties. */
const pickText = (g: Group): string => {
  if (g.seed) return g.seed.text;
  const texts = g.members.map((m) => m.text);
  const words = texts.map(contentWords);
  const score = (i: number) => words.reduce((sum, w, j) => (i === j ? sum : sum + overlap(words[i], w)), 0);
  return texts
    .map((text, i) => ({ text, score: score(i) }))
    .sort((a, b) => b.score - a.score || a.text.length - b.text.length)[0].text;
};

const unique = (xs: string[]): string[] => [...new Set(xs)].sort();

/** Turns a group into the public entry. */
export const toEntry = (g: Group, publishedOf: (id: string) => string | null): TimelineEntry => {
  const articleIds = unique([...(g.seed?.articleIds ?? []), ...g.members.map((m) => m.articleId)]);
  const published = articleIds.map(publishedOf).filter((p): p is string => !!p).map((p) => p.slice(0, 10)).sort();
  return {
    date: g.date,
    precision: g.precision,
    time: g.time,
    text: pickText(g),
    articleIds,
    kind: g.kind,
    reportedOn: published[0] ?? null,
  };
};
