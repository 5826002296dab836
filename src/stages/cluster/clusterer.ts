// Incremental single-pass clustering: each new article joins the most similar recent event or starts one.

import { createHash } from 'node:crypto';
import type { ClusterReason } from '../../model/index.ts';
import type { DocFeatures, FeatureKind } from './features.ts';
import { kindOf } from './features.ts';
import type { ClusterState, EventState, Weighed } from './state.ts';
import { countKey, dfOf } from './state.ts';

export interface ClusterParams {
  /** Score (cosine × time factor) an article needs to join an event. */
  threshold: number;
  /** Days around an event's known dates within which time does not lower the score. */
  graceDays: number;
  /** Beyond the grace period the score decays as exp(-extraDays / decayDays)… */
  decayDays: number;
  /** …but never below this factor: a named victim can still be reported on months later. */
  minTimeFactor: number;
  /**
   * Floor of the time factor when the article names in full a person the event names too: trials and
   * sentencings months later name the victim or the accused of the shooting they follow up.
   */
  namedTimeFactor: number;
  /** Factor when the article or the event has no anchored day: time then gives no evidence of a match. */
  undatedFactor: number;
  /**
   * Factor, when either side is undated, for an article and an event about different people: the
   * article's main person is nowhere in the event and the event's nowhere in the article (two deaths, two signings).
   */
  conflictFactor: number;
  /**
   * Cosine from which a people conflict is forgiven: reports that share most of their telling words
   * tell one story even when their most repeated names differ (a ship's name taken for a person, a
   * quoted official named more often than the victim); look-alike events share far less.
   */
  conflictForgive: number;
  /**
   * An undated article whose best event scores below `peerMargin` × its similarity to an undated
   * article of the same batch still to be placed starts its own event: a look-alike event's reports,
   * all undated, would otherwise each join the dated event that formed first.
   */
  peerMargin: number;
  /**
   * Undated articles that joined a dated event kept open to that same rule across batches: a later
   * undated article they resemble more can still pull them out (streamed one by one, no batch holds both).
   */
  pendingKept: number;
  /** Score a small event's centroid needs against a larger event for the two to merge at the end of a batch (0: never). */
  mergeThreshold: number;
  /** Most independent reports an event may have to be merged into a larger one. */
  mergeMaxSize: number;
  /** Small events among the last this many events are revisited for a merge when a batch adds to an event they resemble. */
  mergeRecent: number;
  /**
   * A name in more than this many articles of one outlet weighs less (bylines, spokespeople, the
   * outlet's own city): it tells that outlet's stories apart no better than its logo.
   */
  outletNameDf: number;
  /**
   * Names counted per outlet before the outlet's names said only once are forgotten: most names an
   * outlet prints appear once, and a byline or spokesperson recurs long before the next pruning.
   */
  outletNamesKept: number;
  /** Pseudo-documents added to the idf so small collections do not discount what all reports share. */
  idfSmoothing: 2,
  /** How much each kind of feature weighs against plain content words. */
  boost: Record<FeatureKind, number>;
  maxEventFeatures: number;
  /** Score a recalled event's clause needs to join a background event recalled elsewhere. */
  backgroundThreshold: 0.2,
  /** Features of an article used to look up candidate events. */
  queryFeatures: number;
  /** Events scored in full per article: those sharing the most weight with it. */
  candidates: number;
  /** Most recent events read from each posting list. */
  postingsRead: number;
  /**
   * Posting lists are trimmed to their most recent entries beyond this length: every reader reads
   * at most the last `postingsRead`, so more is kept only to be stored, read and written again.
   */
  postingsKept: number;
  /**
   * An event's idf-weighted centroid is cached and weighed anew when the event changes or the store
   * has grown by this fraction since: idf moves slowly once many articles are stored, and looking it
   * up for every key of every candidate was most of the cost per article. 0: always fresh.
   */
  idfRefresh: number;
}

export const defaultClusterParams: ClusterParams = {
  threshold: 0.135,
  graceDays: 3,
  decayDays: 10,
  minTimeFactor: 0.1,
  namedTimeFactor: 0.4,
  undatedFactor: 1,
  conflictFactor: 0.3,
  conflictForgive: 0.5,
  peerMargin: 0.9,
  pendingKept: 1000,
  mergeThreshold: 0.45,
  mergeMaxSize: 6,
  mergeRecent: 2000,
  outletNameDf: 2,
  outletNamesKept: 5000,
  idfSmoothing: 2,
  boost: { term: 1, entity: 2, place: 2, number: 1, date: 1 },
  maxEventFeatures: 80,
  backgroundThreshold: 0.2,
  queryFeatures: 25,
  candidates: 20,
  postingsRead: 40,
  postingsKept: 40,
  idfRefresh: 0.05,
};

export interface Placement {
  eventId: string;
  created: boolean;
  reason: ClusterReason;
  /** Score against the event joined (0 when the article started it or is a copy). */
  score: number;
  /** The article's weighted vector, when it was placed by similarity. */
  query?: Query;
  /** Other events it scored above the threshold against: the event it joined may now resemble them. */
  near?: number[];
}

export const eventIdOf = (firstArticleId: string): string =>
  `ev-${createHash('sha1').update(firstArticleId).digest('hex').slice(0, 12)}`;

/**
 * Smoothed idf: with few articles stored, words every report shares (all five say "embassy") must
 * still count; with many, rare words weigh several times more than common ones.
 */
export const idfOf = (docs: number, df: number, smoothing: number): number =>
  Math.log(1 + (docs + smoothing) / (df + smoothing));

export const weightOf = (state: ClusterState, p: ClusterParams, key: string): number =>
  idfOf(state.docCount, dfOf(state, key), p.idfSmoothing);

/** A key's number and idf from one lookup (number -1 for a key never counted). */
const numberAndWeight = (state: ClusterState, p: ClusterParams, key: string): [number, number] => {
  const id = state.keyIds.get(key);
  return id === undefined ? [-1, idfOf(state.docCount, 0, p.idfSmoothing)] : [id, idfOf(state.docCount, state.df[id], p.idfSmoothing)];
};

/** The boost of a key in one article: names weigh as entities there, whatever their key. */
export const boostOf = (p: ClusterParams, names: ReadonlySet<string>, key: string): number =>
  names.has(key) ? p.boost.entity : p.boost[kindOf(key)];

/** Boosted sub-linear term frequency, normalised so long articles do not dominate a centroid. */
export const tfVector = (counts: Map<string, number>, boost: (key: string) => number): Map<string, number> => {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [k, c] of counts) {
    const w = (1 + Math.log(c)) * boost(k);
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
};

export interface Query {
  tf: Map<string, number>;
  weights: Map<string, number>;
  norm: number;
  /** Key numbers (ClusterState.keyIds) in the order of `weights`, -1 for keys never counted; absent: looked up when needed. */
  ids?: number[];
}

/** Discount of a name that keeps turning up in one outlet's articles. */
const isName = (f: Pick<DocFeatures, 'names'>, key: string): boolean => f.names.has(key) || key.startsWith('e:');

const outletDiscount = (state: ClusterState, p: ClusterParams, f: DocFeatures, key: string): number => {
  const outlet = f.outlet;
  if (!outlet || !isName(f, key)) return 1;
  const n = state.outletDf.get(outlet)?.get(key) ?? 0;
  return n > p.outletNameDf ? p.outletNameDf / n : 1;
};

/** The keys of an article that are names, counted per outlet. */
export const outletNamesOf = (f: DocFeatures): string[] => [...f.counts.keys()].filter((k) => isName(f, k));

const countOutlet = (state: ClusterState, p: ClusterParams, f: DocFeatures): void => {
  const names = outletNamesOf(f);
  if (!f.outlet || names.length === 0) return;
  let own = state.outletDf.get(f.outlet);
  if (!own) state.outletDf.set(f.outlet, (own = new Map()));
  for (const k of names) own.set(k, (own.get(k) ?? 0) + 1);
  if (own.size <= Math.max(p.outletNamesKept, 2 * (own.prunedAt ?? 0))) return;
  for (const [k, n] of own) if (n <= 1) own.delete(k);
  own.prunedAt = own.size;
};

/** Term frequencies times a per-key weight, with the vector's norm (1 for an empty vector). */
export const weighVector = (tf: Map<string, number>, weight: (key: string) => number): { weights: Map<string, number>; norm: number } => {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [k, t] of tf) {
    const w = t * weight(k);
    weights.set(k, w);
    norm += w * w;
  }
  return { weights, norm: Math.sqrt(norm) || 1 };
};

export const queryOf = (state: ClusterState, p: ClusterParams, f: DocFeatures): Query => {
  const tf = tfVector(f.counts, (k) => boostOf(p, f.names, k) * outletDiscount(state, p, f, k));
  const ids: number[] = [];
  const weighed = weighVector(tf, (k) => {
    const [id, idf] = numberAndWeight(state, p, k);
    ids.push(id);
    return idf;
  });
  return { tf, ...weighed, ids };
};

/**
 * The query being compared, spread over a dense array indexed by key number so that scoring a
 * candidate reads its keys' numbers instead of hashing its key strings; one query at a time per state
 * (the previous one is wiped when another is compared).
 */
interface Dense {
  values: Float64Array;
  query: Query | null;
  filled: number[];
}

const denseByState = new WeakMap<ClusterState, Dense>();

const denseOf = (state: ClusterState, q: Query): Float64Array => {
  let d = denseByState.get(state);
  if (!d) denseByState.set(state, (d = { values: new Float64Array(state.df.length), query: null, filled: [] }));
  if (d.query === q && d.values.length >= state.df.length) return d.values;
  if (d.values.length < state.df.length) d.values = new Float64Array(state.df.length);
  else for (const id of d.filled) d.values[id] = 0;
  const ids = q.ids ?? Array.from(q.weights.keys(), (k) => state.keyIds.get(k) ?? -1);
  let i = 0;
  for (const w of q.weights.values()) {
    if (ids[i] >= 0) d.values[ids[i]] = w;
    i++;
  }
  d.filled = ids.filter((id) => id >= 0);
  d.query = q;
  return d.values;
};

export interface Match {
  score: number;
  cosine: number;
  gap: number | null;
}

/** What a centroid is weighed from, and where a main event keeps its weighing (EventState.weighed). */
interface Centroid {
  keys: string[];
  sums: number[];
  weighed?: Weighed;
}

/**
 * Key numbers (ClusterState.keyIds) of a weighing made by this run, in the order of its keys: numbers
 * live only as long as the run, so a weighing read from the store has none and is compared key by key.
 */
const idsOfWeighed = new WeakMap<Weighed, number[]>();

/** Weighings of recalled events, which keep none in the state (they are weighed only to rank their keys). */
const unkept = new WeakMap<object, Weighed>();

/** Drops a centroid's weights: its keys or sums changed. */
export const forgetWeights = (e: Centroid): void => {
  delete e.weighed;
  unkept.delete(e);
};

const keepWeighed = (e: Centroid, weighed: Weighed, ids: number[], kept: boolean): Weighed => {
  idsOfWeighed.set(weighed, ids);
  if (kept) e.weighed = weighed;
  else unkept.set(e, weighed);
  return weighed;
};

const isFresh = (state: ClusterState, p: ClusterParams, e: Centroid, cached: Weighed | undefined): cached is Weighed =>
  cached !== undefined && cached.w.length === e.keys.length && state.docCount <= cached.docCount * (1 + p.idfRefresh);

/** Reads in one go the frequencies of the keys of those events whose weighing is missing or stale. */
const readAheadStale = (state: ClusterState, p: ClusterParams, events: Iterable<EventState>): void => {
  if (!state.readAhead) return;
  const keys: string[] = [];
  for (const e of events) if (!isFresh(state, p, e, e.weighed)) keys.push(...e.keys);
  state.readAhead(keys);
};

const weighCentroid = (state: ClusterState, p: ClusterParams, e: Centroid, kept = true): Weighed => {
  const cached = kept ? e.weighed : unkept.get(e);
  if (isFresh(state, p, e, cached)) return cached;
  state.readAhead?.(e.keys);
  // Plain arrays, not typed ones: tens of thousands of small off-heap buffers slow every collection.
  const w: number[] = [];
  const ids: number[] = [];
  let norm = 0;
  for (let i = 0; i < e.keys.length; i++) {
    const [id, idf] = numberAndWeight(state, p, e.keys[i]);
    ids.push(id);
    w.push(e.sums[i] * idf);
    norm += w[i] * w[i];
  }
  return keepWeighed(e, { w, norm: Math.sqrt(norm), docCount: state.docCount }, ids, kept);
};

/** What each key shared by the query and the event adds to their dot product, for the reasons shown. */
export const contributionsOf = (state: ClusterState, p: ClusterParams, q: Query, e: EventState): [string, number][] => {
  const { w } = weighCentroid(state, p, e);
  const out: [string, number][] = [];
  for (let i = 0; i < e.keys.length; i++) {
    const qw = q.weights.get(e.keys[i]);
    if (qw !== undefined) out.push([e.keys[i], qw * w[i]]);
  }
  return out;
};

const gapDays = (e: EventState, day: number | null): number | null => {
  if (day === null || e.firstDay === null || e.lastDay === null) return null;
  return day < e.firstDay ? e.firstDay - day : day > e.lastDay ? day - e.lastDay : 0;
};

const timeFactor = (p: ClusterParams, gap: number | null, named: boolean): number =>
  gap === null ? p.undatedFactor : gap <= p.graceDays ? 1
    : Math.max(named ? p.namedTimeFactor : p.minTimeFactor, Math.exp(-(gap - p.graceDays) / p.decayDays));

/**
 * Whether the article names in full a person the event's centroid names too, and that person is one
 * the article or the event is mostly about: a spokesperson or prosecutor quoted in passing is not.
 */
const sharesPerson = (f: DocFeatures | undefined, e: EventState): boolean => {
  if (!f) return false;
  const isMain = (k: string): boolean =>
    k.slice(2).split('_').some((w) => f.main.includes(w) || (e.people ?? []).some(([x]) => x === w));
  return f.persons.some((k) => e.keys.includes(k) && isMain(k));
};

/** Whether the article recalls a date within the event's days (and their grace): it may be a follow-up of that event. */
const recallsEvent = (p: ClusterParams, f: DocFeatures | undefined, e: EventState): boolean =>
  e.firstDay !== null && e.lastDay !== null && (f?.recalled ?? []).some(([lo, hi]) => lo <= e.lastDay! + p.graceDays && hi >= e.firstDay! - p.graceDays);

/** The event's most shared main person, if any article named one. */
const eventPerson = (e: EventState): string | null => {
  let best: [string, number] | null = null;
  for (const pc of e.people ?? []) if (!best || pc[1] > best[1]) best = pc;
  return best ? best[0] : null;
};

const peopleConflict = (f: DocFeatures, e: EventState): boolean => {
  const own = f.main[0];
  const theirs = eventPerson(e);
  if (own === undefined || theirs === null) return false;
  return !f.counts.has(theirs) && !e.keys.includes(own) && !(e.people ?? []).some(([w]) => f.main.includes(w));
};

/** Both give ages and none is the same: a 6-year-old boy shot in one report, a 7-year-old girl in the other. */
const agesConflict = (f: DocFeatures, e: EventState): boolean => {
  const theirs = e.ages;
  if (!f.ages?.length || !theirs?.length) return false;
  return !f.ages.some((a) => theirs.includes(a));
};

/** Adds ages to an event's. */
export const addAges = (e: EventState, ages: readonly number[] | undefined): void => {
  if (!ages?.length) return;
  e.ages = [...new Set([...(e.ages ?? []), ...ages])].sort((a, b) => a - b);
};

/** Counts an article's main people (DocFeatures.main) into its event's, or out of it with `by` -1. */
export const addPeople = (e: EventState, main: readonly string[], by = 1): void => {
  const people = (e.people ??= []);
  for (const w of main) {
    const at = people.find((pc) => pc[0] === w);
    if (at) at[1] += by;
    else if (by > 0) people.push([w, by]);
  }
  if (by < 0) e.people = people.filter(([, n]) => n > 0);
};

export const compare = (state: ClusterState, p: ClusterParams, q: Query, e: EventState, day: number | null, f?: DocFeatures): Match => {
  const weighed = weighCentroid(state, p, e);
  const { w, norm } = weighed;
  const ids = idsOfWeighed.get(weighed);
  let dot = 0;
  if (ids) {
    const dense = denseOf(state, q);
    for (let i = 0; i < w.length; i++) dot += (ids[i] >= 0 ? dense[ids[i]] : q.weights.get(e.keys[i]) ?? 0) * w[i];
  } else {
    for (let i = 0; i < w.length; i++) dot += (q.weights.get(e.keys[i]) ?? 0) * w[i];
  }
  const cosine = norm > 0 ? dot / (norm * q.norm) : 0;
  const gap = gapDays(e, day);
  // A people conflict only when time cannot tell: a dated follow-up often names the suspect where the first report named
  // the victim. Ages conflict only beyond the grace days: the day after, a report may correct an age.
  const conflict = cosine < p.conflictForgive && f && ((gap === null && peopleConflict(f, e)) || (gap !== null && gap > p.graceDays && agesConflict(f, e))) ? p.conflictFactor : 1;
  return { score: cosine * timeFactor(p, gap, sharesPerson(f, e) || recallsEvent(p, f, e)) * conflict, cosine, gap };
};

const weekKey = (day: number): string => `w:${Math.floor(day / 7)}`;

const topMemo = new WeakMap<Query, [string, number][]>();

/** The query's `n` heaviest features, heaviest first; sorted once per query (candidates and indexing both read them). */
export const topOf = (q: Query, n: number): [string, number][] => {
  const memo = topMemo.get(q);
  if (memo && memo.length === Math.min(n, q.weights.size)) return memo;
  const top = [...q.weights].sort((a, b) => b[1] - a[1]).slice(0, n);
  topMemo.set(q, top);
  return top;
};

/**
 * Candidate events: those sharing the article's most telling features (or its week), read from the
 * recent end of each posting list; only the `candidates` with the most shared weight are scored in
 * full, so the cost per article stays flat however many events are stored.
 */
export const candidatesOf = (state: ClusterState, p: ClusterParams, q: Query, day: number | null): number[] => {
  const top = topOf(q, p.queryFeatures);
  const weeks: [string, number][] = day === null ? [] : [day, day - 7, day + 7].map((d) => [weekKey(d), 0]);
  const shared = new Map<number, number>();
  state.readAheadMap?.('postings', top.concat(weeks).map(([k]) => k));
  for (const [k, w] of top.concat(weeks)) {
    const list = state.postings.get(k);
    if (!list) continue;
    for (let i = list.length - 1; i >= Math.max(0, list.length - p.postingsRead); i--) {
      shared.set(list[i], (shared.get(list[i]) ?? 0) + w);
    }
  }
  if (shared.size <= p.candidates) return [...shared.keys()];
  return [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, p.candidates).map(([i]) => i);
};

export const post = (state: ClusterState, p: ClusterParams, key: string, index: number): void => {
  const list = state.postings.get(key);
  // A literal holds exactly one slot; most keys (names) never get a second event, and an empty array grown by push reserves 17.
  if (!list) {
    state.postings.set(key, [index]);
    return;
  }
  const at = list.lastIndexOf(index);
  if (at >= 0 && at >= list.length - 8) return;
  list.push(index);
  if (list.length > p.postingsKept) list.splice(0, list.length - p.postingsKept);
};

/**
 * Folds an article's normalised tf vector into the centroid, keeping the most telling keys. The idf of
 * each key comes from the centroid's cached weights and from the query whose `tf` this is, when given,
 * so a placement reads the store's document frequencies only for keys neither knows; the result is
 * cached as the centroid's new weights, dated by the oldest idf it reuses (kept in the state unless `kept` is false).
 */
export const absorb = (
  state: ClusterState, p: ClusterParams, e: Centroid, tf: Map<string, number>, q?: Query, kept = true,
): void => {
  const own = e.keys.length > 0 ? weighCentroid(state, p, e, kept) : null;
  const ownIds = own ? idsOfWeighed.get(own) : undefined;
  const size = e.keys.length + tf.size;
  // Typed arrays: centroids read from the store, made here or recalled hold their sums as integers or doubles, and
  // plain arrays copied from them took several element kinds, each throwing away this function's optimised code.
  // The keys from a literal: V8 learns there that it holds strings, where a copy of an empty centroid's keys starts as one of integers.
  const keys: string[] = [];
  const sums = new Float64Array(size);
  const idfs = new Float64Array(size);
  const ids = new Int32Array(size);
  const at = new Map<string, number>();
  for (let i = 0; i < e.keys.length; i++) {
    keys.push(e.keys[i]);
    sums[i] = e.sums[i];
    idfs[i] = own ? own.w[i] / e.sums[i] : NaN;
    ids[i] = ownIds?.[i] ?? -1;
    at.set(keys[i], i);
  }
  const known = q?.tf === tf ? q : undefined;
  let j = 0;
  for (const [k, t] of tf) {
    const idf = known ? known.weights.get(k)! / t : NaN;
    const id = known?.ids ? known.ids[j] : -1;
    j++;
    const i = at.get(k);
    if (i === undefined) {
      sums[keys.length] = t;
      idfs[keys.length] = idf;
      ids[keys.length] = id;
      keys.push(k);
    } else {
      sums[i] += t;
    }
  }
  // A key whose idf is known keeps it (its number, when unknown, only makes comparing it slower).
  state.readAhead?.(keys.filter((_, i) => !(idfs[i] > 0)));
  for (let i = 0; i < keys.length; i++) {
    if (idfs[i] > 0) continue;
    [ids[i], idfs[i]] = numberAndWeight(state, p, keys[i]);
  }
  const ranked = keys.map((_, i) => i)
    .sort((a, b) => sums[b] * idfs[b] - sums[a] * idfs[a] || (keys[a] < keys[b] ? -1 : 1))
    .slice(0, p.maxEventFeatures);
  e.keys = ranked.map((i) => keys[i]);
  e.sums = ranked.map((i) => sums[i]);
  const w = ranked.map((i) => sums[i] * idfs[i]);
  const norm = Math.sqrt(w.reduce((n, x) => n + x * x, 0));
  const docCount = own ? Math.min(own.docCount, state.docCount) : state.docCount;
  keepWeighed(e, { w, norm, docCount }, ranked.map((i) => ids[i]), kept);
};

const extendDays = (e: EventState, day: number | null): void => {
  if (day === null) return;
  e.firstDay = e.firstDay === null ? day : Math.min(e.firstDay, day);
  e.lastDay = e.lastDay === null ? day : Math.max(e.lastDay, day);
};

/** What a reason needs of an article: its id, which plain keys are names, and readable labels. */
export type Labelled = Pick<DocFeatures, 'id' | 'names' | 'labels'>;

/** A key as readers should see it: the article's own spelling, else the key's words (a name's capitalised). */
const labelOf = (f: Labelled, k: string): string => {
  const known = f.labels.get(k);
  if (known) return known;
  const words = k.replace(/^[ep]:|^#/, '').replace(/_/g, ' ');
  return isName(f, k) ? words.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : words;
};

/**
 * The `n` heaviest shared keys of one kind as labels, each said once: the same name in other letter
 * case ('bauchi', 'Bauchi') is dropped, and a word of a name listed in full gives way to the full name
 * ('Mvuli Star Coach', not 'Mvuli' beside it).
 */
const topLabels = (f: Labelled, contributions: [string, number][], names: boolean, n: number): string[] => {
  const out: string[] = [];
  const wordsOf = (label: string): string[] => label.toLowerCase().split(/[\s,]+/);
  for (const [k] of contributions.filter(([k]) => (isName(f, k) || k.startsWith('p:')) === names).sort((a, b) => b[1] - a[1])) {
    const label = labelOf(f, k);
    const lower = label.toLowerCase();
    if (out.some((o) => o.toLowerCase() === lower || wordsOf(o).includes(lower))) continue;
    // The full name takes the place of the first of its words already listed; the others go.
    const part = (o: string): boolean => !o.includes(' ') && wordsOf(label).includes(o.toLowerCase());
    const at = out.findIndex(part);
    if (at >= 0) out.splice(0, out.length, ...out.map((o, i) => (i === at ? label : o)).filter((o, i) => i === at || !part(o)));
    else if (out.length < n) out.push(label);
  }
  return out;
};

export const reasonOf = (f: Labelled, m: Match | null, contributions: [string, number][] = []): ClusterReason => !m ? foundingReason(f.id) : {
  articleId: f.id,
  similarity: Math.round(m.score * 1000) / 1000,
  sharedEntities: topLabels(f, contributions, true, 6),
  sharedTerms: topLabels(f, contributions, false, 6).filter((t) => !t.startsWith('d:')),
  sameDate: m.gap !== null && m.gap <= 1,
  samePlace: contributions.some(([k]) => k.startsWith('p:')),
};

export const countDocument = (state: ClusterState, f: DocFeatures): void => {
  state.docCount++;
  for (const k of f.counts.keys()) countKey(state, k);
};

const joinAsCopy = (state: ClusterState, f: DocFeatures, index: number): Placement => {
  const e = state.events[index];
  e.articleIds.push(f.id);
  extendDays(e, f.day);
  const reason: ClusterReason = {
    articleId: f.id, similarity: 1, sharedEntities: [], sharedTerms: [], sameDate: false, samePlace: false, copyOf: f.copyOf,
  };
  e.reasons.push(reason);
  state.docEvent.set(f.id, index);
  return { eventId: e.id, created: false, reason, score: 0 };
};

/**
 * Copies found after they were placed (`ingest` places each report by similarity; dedupe sees the
 * whole store only when the report is written): each goes to its original's event if elsewhere, is
 * marked as a copy there and no longer counts as an independent report. Returns their ids.
 */
export const markLateCopies = (state: ClusterState, copies: Iterable<[string, string]>): Set<string> => {
  const marked = new Set<string>();
  for (const [id, original] of copies) {
    const from = state.docEvent.get(id);
    const to = state.docEvent.get(original);
    if (from === undefined || to === undefined) continue;
    const e = state.events[from];
    const reason = e.reasons.find((r) => r.articleId === id);
    if (!reason || reason.copyOf) continue;
    e.independent--;
    e.reasons = e.reasons.filter((r) => r !== reason);
    e.articleIds = e.articleIds.filter((a) => a !== id);
    const t = state.events[to];
    t.articleIds.push(id);
    t.reasons.push({ ...reason, copyOf: original });
    state.docEvent.set(id, to);
    marked.add(id);
  }
  return marked;
};

export const indexEvent = (state: ClusterState, p: ClusterParams, q: Query, index: number, day: number | null): void => {
  for (const [k] of topOf(q, p.queryFeatures)) post(state, p, k, index);
  if (day !== null) post(state, p, weekKey(day), index);
};

/** Cosine of two articles' weighted vectors. */
export const queryCosine = (a: Query, b: Query): number => {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small.weights) dot += w * (large.weights.get(k) ?? 0);
  return dot / (a.norm * b.norm);
};

/** The reason of an article that starts an event. */
export const foundingReason = (articleId: string): ClusterReason => ({
  articleId, similarity: 1, sharedEntities: [], sharedTerms: [], sameDate: false, samePlace: false, first: true,
});

/** How a batch steers one placement: undated peers it still holds, and a look at the query first. */
export interface PlacementHooks {
  /** Highest similarity of the article to an undated article of its batch still to be placed. */
  peerScore?: (q: Query) => number;
  /** Called with the article's query before any event is scored (pending placements may be revised). */
  beforePlacing?: (q: Query) => void;
}

/**
 * Places one article: a copy joins its original's event; otherwise the best-scoring candidate event
 * above the threshold, or a new event whose id derives from this article's id. Adding the same article
 * twice returns its event unchanged. `counted`: the caller already added the article to the document
 * frequencies (a batch counts all its articles first).
 */
export const addDoc = (
  state: ClusterState, f: DocFeatures, p: ClusterParams = defaultClusterParams, counted = false,
  hooks: PlacementHooks = {},
): Placement => {
  const known = state.docEvent.get(f.id);
  if (known !== undefined) {
    const e = state.events[known];
    return { eventId: e.id, created: false, reason: e.reasons.find((r) => r.articleId === f.id) ?? reasonOf(f, null), score: 0 };
  }
  const original = f.copyOf !== null ? state.docEvent.get(f.copyOf) : undefined;
  if (original !== undefined) return joinAsCopy(state, f, original);

  if (!counted) countDocument(state, f);
  countOutlet(state, p, f);
  const q = queryOf(state, p, f);
  hooks.beforePlacing?.(q);
  let best: { index: number; match: Match } | null = null;
  const near: number[] = [];
  const candidates = candidatesOf(state, p, q, f.day);
  readAheadStale(state, p, candidates.map((i) => state.events[i]));
  for (const index of candidates) {
    const match = compare(state, p, q, state.events[index], f.day, f);
    if (match.score >= p.threshold) near.push(index);
    if (match.score >= p.threshold && (!best || match.score > best.match.score)) best = { index, match };
  }
  if (best && f.day === null && state.events[best.index].firstDay !== null && hooks.peerScore) {
    if (best.match.score < p.peerMargin * hooks.peerScore(q)) best = null;
  }
  const created = best === null;
  const index = best ? best.index : state.events.length;
  if (created) {
    state.events.push({
      id: eventIdOf(f.id), articleIds: [], independent: 0, keys: [], sums: [],
      firstDay: null, lastDay: null, title: f.title, reasons: [],
    });
  }
  const e = state.events[index];
  // Read before the article's own words join the centroid.
  const reason = reasonOf(f, best?.match ?? null, best ? contributionsOf(state, p, q, e) : []);
  e.articleIds.push(f.id);
  e.independent++;
  extendDays(e, f.day);
  absorb(state, p, e, q.tf, q);
  addPeople(e, f.main);
  addAges(e, f.ages);
  e.reasons.push(reason);
  state.docEvent.set(f.id, index);
  indexEvent(state, p, q, index, f.day);
  return { eventId: e.id, created, reason, score: best?.match.score ?? 0, query: q, near: near.filter((i) => i !== index) };
};
