// The clusterer's memory: events so far, document frequencies and the inverted index, and its JSON form.

import type { BackgroundMention, ClusterReason } from '../../model/index.ts';

/** One main event as the clusterer keeps it. The centroid lists at most `maxEventFeatures` keys. */
export interface EventState {
  id: string;
  /** Every article whose main event this is, copies included, in the order they arrived. */
  articleIds: string[];
  /** Articles that are not copies of another member: the independent reports. */
  independent: number;
  /** Centroid: feature keys and the summed per-article weights (before idf and kind boosts). */
  keys: string[];
  sums: number[];
  firstDay: number | null;
  lastDay: number | null;
  title: string;
  reasons: ClusterReason[];
  /** Main people of its articles (DocFeatures.main) and how many articles had each; absent in older states. */
  people?: [string, number][];
  /** Every age its articles gave (DocFeatures.ages), ascending; absent in older states and when none was given. */
  ages?: number[];
  /** Ids of the events merged into this one, so a reader who saw them can follow them; absent when none. */
  absorbed?: string[];
  /**
   * Its centroid weighed by idf: kept with the event, so a later run reuses it until the store has
   * grown by `idfRefresh` without reading the frequencies of its keys again; absent until weighed.
   */
  weighed?: Weighed;
}

/** An outlet's name counts, and their number after their last pruning (so an outlet of mostly recurring names is not pruned at every article). */
export type OutletNames = Map<string, number> & { prunedAt?: number };

/** A centroid's idf-weighted values (in the order of its keys) and their norm, as of `docCount` stored articles. */
export interface Weighed {
  w: number[];
  norm: number;
  docCount: number;
}

/**
 * A recent undated article (the most recent `pendingKept` are kept). While it sits in a dated event,
 * where it went on score alone, a later undated look-alike can still pull it out into an event of
 * their own, as one batch holding both would have done.
 */
export interface PendingPlacement {
  id: string;
  /** Its score against the event it joined or was merged into (0 when it started its event). */
  score: number;
  /** Its most telling keys and their boosted, normalised term frequencies (before idf). */
  keys: string[];
  tf: number[];
  /**
   * Its keys' weights (tf × idf) as it was placed: a pending article is weighed with the idf of its
   * own day, as its centroid would be, so a run does not read the frequencies of every key of every
   * pending article again. Absent in older states: weighed by the current idf.
   */
  w?: number[];
  /** Those of its keys that are words of names, and readable labels of its name and place keys (for reasons). */
  names: string[];
  labels: [string, string][];
  main: string[];
  title: string;
}

/** An earlier event recalled by articles in passing. */
export interface BackgroundEventState {
  id: string;
  mentionedIn: string[];
  /** Where it was recalled: article id and index into that article's doc.background. */
  refs: { articleId: string; index: number }[];
  keys: string[];
  sums: number[];
  /** Day (or first day of the month/year) of the recalled event, and how precise that is. */
  day: number | null;
  precision: BackgroundMention['precision'];
  place: BackgroundMention['place'];
  title: string;
  /** A stored main event this recalls, when one matches. */
  matchedEvent: string | null;
}

/** What is asked of a main event before it is scored: whether it is dated, and its size; read without the whole event. */
export type EventHead = Pick<EventState, 'firstDay' | 'lastDay' | 'independent'>;

/** What is asked of a recalled event before it is scored: its date (with the month its keys name) and whether it is matched. */
export type BackgroundHead = Pick<BackgroundEventState, 'day' | 'precision' | 'matchedEvent'> & { month: number | null };

/**
 * Everything needed to continue clustering later. `events[i]` is addressed by its index in
 * `postings` and `docEvent`; indices never change, so ids and postings stay valid as events grow.
 */
export interface ClusterState {
  docCount: number;
  /**
   * Feature key → its number, in order of first sight; `df[number]` is its document frequency. One
   * lookup of the key then gives both its idf and the slot the clusterer compares by (cheaper than
   * hashing the same strings again for every candidate event once a million keys are stored).
   */
  keyIds: Map<string, number>;
  /** Document frequencies by key number; grown by doubling, so longer than the keys seen. */
  df: Int32Array;
  /** Document frequencies over background clauses: what is common among recalled events. */
  bgDf: Map<string, number>;
  bgCount: number;
  /** Outlet → name key → articles of that outlet holding the name. */
  outletDf: Map<string, OutletNames>;
  events: EventState[];
  /** Feature key (or `w:<week>` time bucket) → indices of events holding it, oldest first, capped. */
  postings: Map<string, number[]>;
  docEvent: Map<string, number>;
  backgrounds: BackgroundEventState[];
  pending: PendingPlacement[];
  /**
   * The backgrounds matched to any of these events, and maybe others; absent: all of `backgrounds`.
   * A state read from the store row by row finds them without reading every background.
   */
  matchedTo?: (eventIds: ReadonlySet<string>) => Iterable<BackgroundEventState>;
  /** Says these keys' frequencies are about to be asked for: a state read from the store reads them in one go. */
  readAhead?: (keys: Iterable<string>) => void;
  /** The same for keys of the posting lists, of `docEvent` or of `bgDf`. */
  readAheadMap?: (map: 'postings' | 'docEvent' | 'bgDf', keys: Iterable<string>) => void;
  /** The same for outlets' name counts (outlet → names). */
  readAheadNames?: (wanted: Map<string, Set<string>>) => void;
  /**
   * The head of main event `i`; absent: the event itself. A state read from the store keeps heads in
   * rows of their own: most events looked at (through posting lists) are dismissed on their dates alone.
   */
  eventHead?: (i: number) => EventHead;
  /** The head of recalled event `i`, likewise; absent: made from `backgrounds[i]`. */
  backgroundHead?: (i: number) => BackgroundHead;
  /**
   * The first `n` keys of pending placement `id` by weight, when the state knows them without reading the placement
   * (a stored state keeps them in its head); null: ask the placement.
   */
  pendingTop?: (id: string, n: number) => string[] | null;
  /** Says these pending placements are about to be compared: a stored state reads those it has not read in one go. */
  readAheadPending?: (ids: Iterable<string>) => void;
  /** Says these events' heads are about to be asked for: read in one go. */
  readAheadHeads?: (list: 'events' | 'backgrounds', indices: Iterable<number>) => void;
}

export const createClusterState = (): ClusterState => ({
  docCount: 0,
  keyIds: new Map(),
  df: new Int32Array(1024),
  outletDf: new Map(),
  bgDf: new Map(),
  bgCount: 0,
  events: [],
  postings: new Map(),
  docEvent: new Map(),
  backgrounds: [],
  pending: [],
});

/**
 * JSON shape of the state (what the store persists):
 * `{ version: 1, docCount, df: [key, n][], outletDf: [outlet, [key, n][]][],
 *    bgDf: [key, n][], bgCount, events: EventState[], postings: [key, eventIndex[]][],
 *    docEvent: [articleId, eventIndex][], backgrounds: BackgroundEventState[], pending?: PendingPlacement[] }`.
 * Maps are stored as entry lists so that no article word can collide with an object property.
 * States saved before `pending` existed load with none.
 */
export interface ClusterStateJson {
  version: 1;
  docCount: number;
  df: [string, number][];
  outletDf: [string, [string, number][]][];
  bgDf: [string, number][];
  bgCount: number;
  events: EventState[];
  postings: [string, number[]][];
  docEvent: [string, number][];
  backgrounds: BackgroundEventState[];
  pending?: PendingPlacement[];
}

export const saveClusterState = (s: ClusterState): ClusterStateJson => ({
  version: 1,
  docCount: s.docCount,
  df: [...s.keyIds].map(([k, id]) => [k, s.df[id]]),
  outletDf: [...s.outletDf].map(([o, m]) => [o, [...m]]),
  bgDf: [...s.bgDf],
  bgCount: s.bgCount,
  events: s.events,
  postings: [...s.postings],
  docEvent: [...s.docEvent],
  backgrounds: s.backgrounds,
  pending: s.pending,
});

const listsRequired = ['df', 'outletDf', 'bgDf', 'events', 'postings', 'docEvent', 'backgrounds'] as const;

/** Throws a message a user can act on when the stored state is not one this version reads. */
const checkStateJson = (j: ClusterStateJson): void => {
  const fix = 'ingest the articles into a new store (--store)';
  if (j?.version !== 1) throw new Error(`unknown cluster state version ${String(j?.version)} in the store (this version reads 1): ${fix}`);
  const missing = listsRequired.filter((k) => !Array.isArray(j[k]));
  if (missing.length > 0 || typeof j.docCount !== 'number') {
    throw new Error(`the cluster state in the store is damaged (missing ${[...missing, ...(typeof j.docCount === 'number' ? [] : ['docCount'])].join(', ')}): ${fix}`);
  }
};

export const loadClusterState = (j: ClusterStateJson): ClusterState => {
  checkStateJson(j);
  const df = new Int32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(j.df.length + 1))));
  j.df.forEach(([, n], id) => {
    df[id] = n;
  });
  return {
    docCount: j.docCount,
    keyIds: new Map(j.df.map(([k], id) => [k, id])),
    df,
    outletDf: new Map(j.outletDf.map(([o, m]) => [o, new Map(m)])),
    bgDf: new Map(j.bgDf),
    bgCount: j.bgCount,
    events: j.events,
    postings: new Map(j.postings),
    docEvent: new Map(j.docEvent),
    backgrounds: j.backgrounds,
    pending: j.pending ?? [],
  };
};

/** The head of main event `i`, read without the whole event when the state can. */
export const eventHeadOf = (s: ClusterState, i: number): EventHead => (s.eventHead ? s.eventHead(i) : s.events[i]);

/** Document frequency of a key (0 when never seen). */
export const dfOf = (s: ClusterState, key: string): number => {
  const id = s.keyIds.get(key);
  return id === undefined ? 0 : s.df[id];
};

/** Adds `by` articles to a key's document frequency, numbering the key if new; returns its number. */
export const countKey = (s: ClusterState, key: string, by = 1): number => {
  let id = s.keyIds.get(key);
  if (id === undefined) {
    id = s.keyIds.size;
    s.keyIds.set(key, id);
    makeDfRoom(s, id);
  }
  s.df[id] += by;
  return id;
};

/** Grows the document frequencies (doubling) until key number `id` has a slot. */
export const makeDfRoom = (s: ClusterState, id: number): void => {
  if (id < s.df.length) return;
  let length = s.df.length * 2;
  while (id >= length) length *= 2;
  const grown = new Int32Array(length);
  grown.set(s.df);
  s.df = grown;
};
