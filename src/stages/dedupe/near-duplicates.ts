// Exact and near-duplicate texts: word 5-gram shingles, an inverted index for candidates, Jaccard and containment.

export interface DedupeItem {
  id: string;
  text: string;
  published: string | null;
}

export interface DuplicateOptions {
  /** Shingle length in words. */
  k: number;
  /** Jaccard similarity at or above which two texts are copies. */
  jaccard: number;
  /** Share of the shorter text found in the longer one at or above which it is a copy (a copy with an added paragraph). */
  containment: number;
  /** Containment counts only when the shorter text is at least this share of the longer one, so a brief is no copy of a long roundup. */
  minSizeRatio: number;
  /** Texts with fewer shingles are matched only when identical. */
  minShingles: number;
  /** Shingles found in more texts than this (stock phrases) are not used to find candidates. */
  maxPosting: number;
  /**
   * Two dated texts further apart than this many days are no copies: a wire story is copied within days, while the
   * same text months apart is a page of the site's own (a cookie notice, a station's welcome) scraped in place of a story.
   */
  maxDays: number;
}

export const defaultDuplicateOptions: DuplicateOptions = {
  k: 5, jaccard: 0.8, containment: 0.9, minSizeRatio: 0.5, minShingles: 8, maxPosting: 100, maxDays: 30,
};

const wordRun = /[\p{L}\p{N}]+/gu;

/** The lower-cased runs of letters and digits (one match over the text: no empty pieces to split off and drop). */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(wordRun) ?? [];

const hash32 = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** Hashes of every k consecutive words, combined from per-word hashes (no string per shingle). */
export const shinglesOf = (words: readonly string[], k: number): Set<number> => {
  const out = new Set<number>();
  const hashes = words.map(hash32);
  const width = Math.min(k, hashes.length);
  for (let i = 0; i + width <= hashes.length && width > 0; i++) {
    let h = 0;
    for (let j = i; j < i + width; j++) h = (Math.imul(h, 0x9e3779b1) + hashes[j]) >>> 0;
    // 30 bits keep the hashes small integers, which V8 stores in Sets and Maps without boxing.
    out.add(h & 0x3fffffff);
  }
  return out;
};

/** Days since 1970 of an ISO date, NaN when there is none (an undated text may copy any). */
const dayOf = (iso: string | null): number => (iso ? Math.floor(Date.parse(iso.slice(0, 10)) / 86_400_000) : Number.NaN);

/** The min or max of two days, either of which may be unknown (NaN). */
const bound = (x: number, y: number, pick: (a: number, b: number) => number): number =>
  Number.isNaN(x) ? y : Number.isNaN(y) ? x : pick(x, y);

/** Earliest first: by publication (unknown dates last), then id. */
const earlier = (a: DedupeItem, b: DedupeItem): number =>
  (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id);

const intersectionSize = (a: Set<number>, b: Set<number>): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
};

/** True when two shingle sets are copies of each other under the options. */
export const areCopies = (a: Set<number>, b: Set<number>, o: DuplicateOptions): boolean => {
  const shared = intersectionSize(a, b);
  const [small, large] = a.size <= b.size ? [a.size, b.size] : [b.size, a.size];
  if (small === 0) return false;
  if (shared / (a.size + b.size - shared) >= o.jaccard) return true;
  return small / large >= o.minSizeRatio && shared / small >= o.containment;
};

const find = (parent: number[], i: number): number => {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
};

/**
 * Which texts hold each shingle, in the order they were added. Most shingles are in one text only: such a posting is
 * that text's number itself, a list is made only for a shingle met twice (a list per shingle was most of the stage's
 * allocations). A list is stored as its index in `lists`, written as -1 - index.
 */
interface Postings {
  byShingle: Map<number, number>;
  lists: number[][];
}

const createPostings = (): Postings => ({ byShingle: new Map(), lists: [] });

const addPosting = (p: Postings, shingle: number, text: number): void => {
  const at = p.byShingle.get(shingle);
  if (at === undefined) p.byShingle.set(shingle, text);
  else if (at < 0) p.lists[-1 - at].push(text);
  else p.byShingle.set(shingle, -1 - (p.lists.push([at, text]) - 1));
};

/** Other texts that share enough rare shingles with text i to be worth comparing. */
const candidatesOf = (i: number, sets: Set<number>[], index: Postings, o: DuplicateOptions, counts: Int32Array): number[] => {
  const touched: number[] = [];
  for (const s of sets[i]) {
    const at = index.byShingle.get(s);
    if (at === undefined) continue;
    if (at >= 0) {
      if (counts[at]++ === 0) touched.push(at);
      continue;
    }
    const posting = index.lists[-1 - at];
    if (posting.length > o.maxPosting) continue;
    for (const j of posting) if (counts[j]++ === 0) touched.push(j);
  }
  // A copy shares at least half of the shorter text's shingles, so fewer shared rare ones cannot be one.
  const need = Math.max(1, Math.floor(sets[i].size * Math.min(o.containment * o.minSizeRatio, o.jaccard) * 0.5));
  const out = touched.filter((j) => counts[j] >= need);
  for (const j of touched) counts[j] = 0;
  return out;
};

/** Maps each copy's id to the id of the earliest text of its group; originals are absent. */
export const findDuplicates = (items: readonly DedupeItem[], options: Partial<DuplicateOptions> = {}): Map<string, string> => {
  const o = { ...defaultDuplicateOptions, ...options };
  const parent = items.map((_, i) => i);
  // Each group's first and last day (NaN: no dated member yet): copies chained through an undated text must still
  // fall within maxDays of each other.
  const first = items.map((it) => dayOf(it.published));
  const last = [...first];
  /** Joins the groups of a and b when their days together span at most maxDays. */
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(parent, a), find(parent, b)];
    if (ra === rb) return;
    const lo = bound(first[ra], first[rb], Math.min);
    const hi = bound(last[ra], last[rb], Math.max);
    if (hi - lo > o.maxDays) return;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    parent[gone] = keep;
    first[keep] = lo;
    last[keep] = hi;
  };
  const words = items.map((it) => wordsOf(it.text));
  const exact = new Map<string, number[]>();
  words.forEach((w, i) => {
    // Fewer words than a shingle say nothing of an event: pages left empty by the scraper ("en", "Loading") are no copies.
    if (w.length < o.k) return;
    const key = w.join(' ');
    const same = exact.get(key);
    if (!same) exact.set(key, [i]);
    else {
      for (const j of same) union(j, i);
      same.push(i);
    }
  });
  const sets = words.map((w) => shinglesOf(w, o.k));
  const index = createPostings();
  const counts = new Int32Array(items.length);
  sets.forEach((set, i) => {
    if (set.size >= o.minShingles) {
      for (const j of candidatesOf(i, sets, index, o, counts)) if (find(parent, i) !== find(parent, j) && areCopies(set, sets[j], o)) union(i, j);
    }
    for (const s of set) addPosting(index, s, i);
  });
  return groupToEarliest(items, parent);
};

const groupToEarliest = (items: readonly DedupeItem[], parent: number[]): Map<string, string> => {
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const first = members.map((i) => items[i]).sort(earlier)[0];
    for (const i of members) if (items[i].id !== first.id) out.set(items[i].id, first.id);
  }
  return out;
};
