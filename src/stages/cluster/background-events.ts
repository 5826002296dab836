// Background events: earlier events recalled by articles, merged across articles and matched to stored events.

import type { BackgroundMention, Doc } from '../../model/index.ts';
import type { ClusterParams } from './clusterer.ts';
import { absorb, boostOf, eventIdOf, idfOf, post, tfVector, weighVector, weightOf } from './clusterer.ts';
import { monthNames } from '../temporal/calendar.ts';
import { dayOf, isoOfDay, spanFeatures } from './features.ts';
import type { BackgroundEventState, BackgroundHead, ClusterState } from './state.ts';
import { eventHeadOf } from './state.ts';

const months = monthNames.map((m) => m.toLowerCase());
const monthRe = new RegExp(`\\b(${months.join('|')})\\b`, 'i');

/** Day of a background date at any precision (first day of its month or year). */
const startDay = (date: string | null): number | null =>
  date === null ? null : dayOf(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** Date keys: the resolved month, and the month's name (for articles whose year is unknown). */
const addDateKeys = (b: BackgroundMention, counts: Map<string, number>): void => {
  if (b.date && b.date.length >= 7) counts.set(`d:${b.date.slice(0, 7)}`, 1);
  const m = monthRe.exec(b.text);
  if (m) counts.set(`d:${m[1].toLowerCase()}`, 1);
  if (b.place) counts.set(`p:${(b.place.key ?? b.place.name).toLowerCase()}`, 1);
};

/** Month (1-12) a clause names or resolves to, when it says. */
const clauseMonth = (b: BackgroundMention): number | null => {
  if (b.date && b.date.length >= 7) return Number(b.date.slice(5, 7));
  const m = monthRe.exec(b.text);
  return m ? months.indexOf(m[1].toLowerCase()) + 1 : null;
};

const eventMonth = (e: BackgroundEventState): number | null => {
  if (e.day !== null && e.precision !== 'year') return Number(isoOfDay(e.day).slice(5, 7));
  const named = e.keys.find((k) => k.startsWith('d:') && months.includes(k.slice(2)));
  return named ? months.indexOf(named.slice(2)) + 1 : null;
};

/** What is asked of a recalled event before it is compared (what a stored state keeps in a row of its own). */
export const backgroundHeadOf = (e: BackgroundEventState): BackgroundHead =>
  ({ day: e.day, precision: e.precision, matchedEvent: e.matchedEvent, month: eventMonth(e) });

const headAt = (state: ClusterState, i: number): BackgroundHead =>
  state.backgroundHead ? state.backgroundHead(i) : backgroundHeadOf(state.backgrounds[i]);

/** Two recalled dates can be one event: same day (±3), or the same month or year at the coarser precision. */
const datesAgree = (a: BackgroundMention, b: BackgroundHead): boolean => {
  const ma = clauseMonth(a);
  const mb = b.month;
  if (ma !== null && mb !== null && ma !== mb) return false;
  const da = startDay(a.date);
  if (da === null || b.day === null) return true;
  const coarse = a.precision === 'year' || b.precision === 'year' ? 4 : a.precision === 'month' || b.precision === 'month' ? 7 : 10;
  if (coarse < 10) return (a.date ?? '').slice(0, coarse) === isoOfDay(b.day).slice(0, coarse);
  return Math.abs(da - b.day) <= 3;
};

interface Vec {
  weights: Map<string, number>;
  norm: number;
}

/** Weight among recalled events: rare across background clauses ("Russian", "embassy") beats "killing". */
const bgWeight = (state: ClusterState, p: ClusterParams, k: string): number =>
  idfOf(state.bgCount, state.bgDf.get(k) ?? 0, 1);

const weigh = (state: ClusterState, p: ClusterParams, tf: Map<string, number>, weight = bgWeight): Vec =>
  weighVector(tf, (k) => weight(state, p, k));

const cosine = (state: ClusterState, p: ClusterParams, v: Vec, keys: string[], sums: number[], weight = bgWeight): number => {
  let dot = 0;
  let norm = 0;
  keys.forEach((k, i) => {
    const w = sums[i] * weight(state, p, k);
    norm += w * w;
    dot += (v.weights.get(k) ?? 0) * w;
  });
  return norm > 0 ? dot / (Math.sqrt(norm) * v.norm) : 0;
};

const bgKey = (k: string): string => `b|${k}`;

const topKeys = (v: Vec, n: number): string[] => [...v.weights].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);

/** The best background event this clause can join, if any. */
const bestBackground = (state: ClusterState, p: ClusterParams, b: BackgroundMention, v: Vec): number | null => {
  const seen = new Set<number>();
  let best: { i: number; score: number } | null = null;
  const top = topKeys(v, p.queryFeatures);
  state.readAheadMap?.('postings', top.map(bgKey));
  const listed: number[] = [];
  for (const k of top) {
    const list = state.postings.get(bgKey(k)) ?? [];
    for (let j = list.length - 1; j >= Math.max(0, list.length - p.postingsRead); j--) {
      const i = list[j];
      if (seen.has(i)) continue;
      seen.add(i);
      listed.push(i);
    }
  }
  state.readAheadHeads?.('backgrounds', listed);
  const agreeing = listed.filter((i) => datesAgree(b, headAt(state, i)));
  // Their keys' frequencies among clauses are read in one go.
  state.readAheadMap?.('bgDf', agreeing.flatMap((i) => state.backgrounds[i].keys));
  for (const i of agreeing) {
    const e = state.backgrounds[i];
    const score = cosine(state, p, v, e.keys, e.sums);
    if (score >= p.backgroundThreshold && (!best || score > best.score)) best = { i, score };
  }
  return best?.i ?? null;
};

/** The recalled event as a vector weighed like main events, to be compared with them. */
const mainVector = (state: ClusterState, p: ClusterParams, e: BackgroundEventState): Vec =>
  weigh(state, p, new Map(e.keys.map((k, i) => [k, e.sums[i]])), weightOf);

/**
 * How much main event `i` looks like the recalled event `j` (head `h`): its cosine when close enough in date and
 * not the main event of a report recalling it, else 0. Whole events are read only once their dates agree.
 */
const mainScore = (
  state: ClusterState, p: ClusterParams, j: number, h: Pick<BackgroundHead, 'day' | 'precision'>, v: Vec | (() => Vec), i: number,
): number => {
  const m = eventHeadOf(state, i);
  if (h.day === null || m.firstDay === null || m.lastDay === null) return 0;
  const slack = h.precision === 'day' ? p.graceDays : h.precision === 'month' ? 31 : 366;
  if (h.day < m.firstDay - slack || h.day > m.lastDay + slack) return 0;
  const e = state.backgrounds[j];
  state.readAheadMap?.('docEvent', e.mentionedIn);
  if (e.mentionedIn.some((a) => state.docEvent.get(a) === i)) return 0;
  state.readAhead?.(state.events[i].keys);
  const { keys, sums } = state.events[i];
  return cosine(state, p, typeof v === 'function' ? v() : v, keys, sums, weightOf);
};

/** A stored main event recalled event `j` is: close in date and similar enough in content. */
const matchMain = (state: ClusterState, p: ClusterParams, j: number): string | null => {
  const e = state.backgrounds[j];
  if (e.day === null) return null;
  const v = mainVector(state, p, e);
  let best: { id: string; score: number } | null = null;
  const top = topKeys(v, p.queryFeatures);
  state.readAheadMap?.('postings', top);
  state.readAheadHeads?.('events', top.flatMap((k) => (state.postings.get(k) ?? []).slice(-p.postingsRead)));
  for (const k of top) {
    for (const i of (state.postings.get(k) ?? []).slice(-p.postingsRead)) {
      const score = mainScore(state, p, j, e, v, i);
      if (score >= p.threshold && (!best || score > best.score)) best = { id: state.events[i].id, score };
    }
  }
  return best?.id ?? null;
};

/**
 * Turns the doc's background mentions into background events: each joins a background event recalled
 * elsewhere when dates agree and the clauses are alike (same target, place, month), else starts one.
 * Call after `addDoc` for the same doc, so the doc's own event is known and never matched.
 */
export const addBackgrounds = (state: ClusterState, doc: Doc, p: ClusterParams): void => {
  const clauses = doc.background.map((b) => {
    const features = spanFeatures(doc, b.start, b.end);
    addDateKeys(b, features.counts);
    return features;
  });
  state.readAheadMap?.('bgDf', clauses.flatMap(({ counts }) => [...counts.keys()]));
  doc.background.forEach((b, index) => {
    const { counts, names } = clauses[index];
    if (counts.size === 0) return;
    state.bgCount++;
    for (const k of counts.keys()) state.bgDf.set(k, (state.bgDf.get(k) ?? 0) + 1);
    const tf = tfVector(counts, (k) => boostOf(p, names, k));
    const v = weigh(state, p, tf);
    const found = bestBackground(state, p, b, v);
    const i = found ?? state.backgrounds.length;
    if (found === null) {
      state.backgrounds.push({
        id: eventIdOf(`${doc.article.id}#${index}`), mentionedIn: [], refs: [], keys: [], sums: [],
        day: startDay(b.date), precision: b.date ? b.precision : null, place: b.place, title: b.text.slice(0, 160), matchedEvent: null,
      });
    }
    const e = state.backgrounds[i];
    if (!e.mentionedIn.includes(doc.article.id)) e.mentionedIn.push(doc.article.id);
    e.refs.push({ articleId: doc.article.id, index });
    if (e.day === null && b.date) Object.assign(e, { day: startDay(b.date), precision: b.precision });
    else if (e.precision !== 'day' && b.precision === 'day' && b.date) Object.assign(e, { day: startDay(b.date), precision: 'day' });
    if (b.place && (!e.place || (!e.place.admin && b.place.admin))) e.place = b.place;
    // Weighed by the main idf only to rank its keys: the weighing is not kept in the state.
    absorb(state, p, e, tf, undefined, false);
    for (const k of topKeys(v, p.queryFeatures)) post(state, p, bgKey(k), i);
    const matched = matchMain(state, p, i);
    if (matched) e.matchedEvent = matched;
  });
};

/**
 * Recalled events not matched yet that a main event a batch created or added to turns out to be:
 * its own reports came in after the reports recalling it (an archive ingested later).
 */
export const matchRecalled = (state: ClusterState, p: ClusterParams, touched: Iterable<number>): void => {
  if (state.backgrounds.length === 0) return;
  const best = new Map<number, { i: number; score: number }>();
  for (const i of touched) {
    const e = state.events[i];
    if (e.firstDay === null || e.articleIds.length === 0) continue;
    const seen = new Set<number>();
    // Centroid keys are kept heaviest first.
    const top = e.keys.slice(0, p.queryFeatures).map(bgKey);
    state.readAheadMap?.('postings', top);
    state.readAheadHeads?.('backgrounds', top.flatMap((k) => (state.postings.get(k) ?? []).slice(-p.postingsRead)));
    for (const k of top) {
      for (const j of (state.postings.get(k) ?? []).slice(-p.postingsRead)) {
        const b = headAt(state, j);
        if (seen.has(j) || b.matchedEvent || b.day === null) continue;
        seen.add(j);
        const score = mainScore(state, p, j, b, () => mainVector(state, p, state.backgrounds[j]), i);
        if (score >= p.threshold && score > (best.get(j)?.score ?? 0)) best.set(j, { i, score });
      }
    }
  }
  for (const [j, { i }] of best) state.backgrounds[j].matchedEvent = state.events[i].id;
};
