// The cluster state kept in the store as rows: a run reads the rows its batch touches, and writes back those it changed.

import type { StateRows, StateWrite } from '../../ports/store.ts';
import { backgroundHeadOf } from './background-events.ts';
import { eventIdOf } from './clusterer.ts';
import type { BackgroundEventState, BackgroundHead, ClusterState, EventHead, EventState, OutletNames, PendingPlacement } from './state.ts';
import { countKey, createClusterState, makeDfRoom } from './state.ts';
import type { StoredPending } from './stored-pending.ts';
import { pendingRows, pendingTables, readAllPending, readStoredPending } from './stored-pending.ts';

/**
 * Tables of the state, each keyed by: `meta` one row ('state'); `df`, `bgdf` a feature key (value: its
 * count); `outlets` an outlet ([its number of names, that number after its last pruning]; in version 2
 * its name counts as entries); `outletNames` an outlet and a name key joined by U+0001 (the count);
 * `events`, `backgrounds` their index, and so are `eventHeads`, `backgroundHeads` (what is asked of them before they are scored);
 * `postings` a feature key (event indices); `doc_event` an article id (its event index); `pending`
 * an article id ([arrival number, placement]), and so is `pendingHeads` ([arrival number, first keys, number of keys]);
 * `matched` a main event id (indices of the backgrounds matched to it).
 */
export const clusterTables = {
  meta: 'cluster_meta', df: 'cluster_df', bgDf: 'cluster_bgdf', outlets: 'cluster_outlets', events: 'cluster_events',
  backgrounds: 'cluster_backgrounds', postings: 'cluster_postings', docEvent: 'cluster_doc_event', pending: pendingTables.pending,
  matched: 'cluster_matched', outletNames: 'cluster_outlet_names', eventHeads: 'cluster_event_heads', backgroundHeads: 'cluster_background_heads',
  pendingHeads: pendingTables.heads,
} as const;

/**
 * Version 3 keeps an outlet's names one row each; a version 2 store is read too, its outlets turned into rows as they are touched.
 * Version 4 keeps the heads of events in rows of their own; an event of an older store without one is read whole and given one.
 * Version 5 keeps the heads of pending placements in rows of their own (`pendingHeads` in the meta row once all have one): an
 * older store's placements are read whole the first time they are needed, and given heads then.
 */
const version = 5;
const readable = [2, 3, 4, 5];

/** What is counted over the whole state: one row, rewritten by every run. */
interface Meta {
  version: number;
  docCount: number;
  bgCount: number;
  events: number;
  backgrounds: number;
  /** Arrival number of the next pending placement (their order in `pending`). */
  pendingSeq: number;
  /** Every pending placement has a head row (version 5 onwards, once they were read). */
  pendingHeads?: boolean;
}

const readMeta = (rows: StateRows): Meta | null => {
  const row = rows.get(clusterTables.meta, 'state');
  if (row === undefined) return null;
  const meta = JSON.parse(row) as Meta;
  if (!readable.includes(meta.version)) {
    throw new Error(`unknown cluster state version ${String(meta.version)} in the store (this version reads ${version}): ingest the articles into a new store (--store)`);
  }
  return meta;
};

/** Direct: an older version that opens the store reads this row first and refuses a version it does not know, which it could not if the row waited in the journal. */
const metaWrite = (meta: Meta): StateWrite => ({ table: clusterTables.meta, key: 'state', value: JSON.stringify(meta), direct: true });

const damaged = (what: string): Error =>
  new Error(`the cluster state in the store is damaged (${what} missing): ingest the articles into a new store (--store)`);

interface Codec<V> {
  encode: (v: V) => string;
  decode: (row: string) => V;
}

const json = <V>(): Codec<V> => ({ encode: (v) => JSON.stringify(v), decode: (row) => JSON.parse(row) as V });
const counts: Codec<number> = { encode: String, decode: Number };

/** A map that reads a key's row the first time the key is asked for, and lists the rows changed since. */
class LazyMap<V> extends Map<string, V> {
  /** Each key looked up in the store, with its row as read (undefined: none). */
  private readonly read = new Map<string, string | undefined>();
  private readonly rows: StateRows;
  private readonly table: string;
  private readonly codec: Codec<V>;

  constructor(rows: StateRows, table: string, codec: Codec<V>) {
    super();
    this.rows = rows;
    this.table = table;
    this.codec = codec;
  }

  private fetch(key: string): void {
    if (this.read.has(key) || super.has(key)) return;
    const row = this.rows.get(this.table, key);
    this.read.set(key, row);
    if (row !== undefined) super.set(key, this.codec.decode(row));
  }

  override get(key: string): V | undefined {
    this.fetch(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    this.fetch(key);
    return super.has(key);
  }

  override delete(key: string): boolean {
    this.fetch(key);
    return super.delete(key);
  }

  /** Reads many keys' rows in one go. */
  prefetch(keys: Iterable<string>): void {
    const wanted = [...new Set(keys)].filter((k) => !this.read.has(k) && !super.has(k));
    if (wanted.length === 0) return;
    const found = new Map(this.rows.getMany(this.table, wanted));
    for (const k of wanted) {
      const row = found.get(k);
      this.read.set(k, row);
      if (row !== undefined) super.set(k, this.codec.decode(row));
    }
  }

  /** Values are compared by their rows, so changes made in place are found too. */
  changes(): StateWrite[] {
    const out: StateWrite[] = [];
    for (const [key, v] of super.entries()) {
      const value = this.codec.encode(v);
      if (value !== this.read.get(key)) out.push({ table: this.table, key, value });
    }
    for (const [key, row] of this.read) if (row !== undefined && !super.has(key)) out.push({ table: this.table, key, value: null });
    return out;
  }
}

const nameKey = (outlet: string, name: string): string => `${outlet}\u0001${name}`;

/** An outlet row: `[names, prunedAt]`, or (version 2) the whole name counts as entries. */
const decodeOutlet = (row: string): { size: number; prunedAt?: number } | { entries: [string, number][] } => {
  const v = JSON.parse(row) as [number, number | null] | [string, number][];
  return typeof v[0] === 'number' ? { size: v[0], ...(v[1] !== null ? { prunedAt: v[1] as number } : {}) } : { entries: v as [string, number][] };
};

const encodeOutlet = (size: number, prunedAt: number | undefined): string => JSON.stringify([size, prunedAt ?? null]);

/**
 * One outlet's name counts, read a name at a time (or many at once): an outlet prints thousands of
 * names, an article a few dozen. All of them are read only to be pruned (iterated).
 */
class StoredOutletNames extends Map<string, number> {
  prunedAt?: number;
  /** Each name looked up, with its count as stored (undefined: none). */
  private readonly read = new Map<string, number | undefined>();
  private readonly rows: StateRows;
  readonly outlet: string;
  private count: number;
  private complete = false;
  /** The outlet's row as read (undefined: a new outlet), and whether it was of version 2 (its names then all written as rows). */
  private readonly row: string | undefined;
  private readonly whole: boolean;

  constructor(rows: StateRows, outlet: string, row: string | undefined) {
    super();
    this.rows = rows;
    this.outlet = outlet;
    this.row = row;
    const decoded = row === undefined ? { size: 0 } : decodeOutlet(row);
    this.whole = 'entries' in decoded;
    if ('entries' in decoded) {
      for (const [k, n] of decoded.entries) super.set(k, n);
      this.count = decoded.entries.length;
      this.complete = true;
    } else {
      this.count = decoded.size;
      this.prunedAt = decoded.prunedAt;
      this.complete = this.count === 0;
    }
  }

  override get size(): number {
    return this.count;
  }

  private fetch(name: string): void {
    if (this.complete || this.read.has(name)) return;
    const row = this.rows.get(clusterTables.outletNames, nameKey(this.outlet, name));
    this.learn(name, row);
  }

  private learn(name: string, row: string | undefined): void {
    const n = row === undefined ? undefined : Number(row);
    this.read.set(name, n);
    if (n !== undefined) super.set(name, n);
  }

  /** Those of these names whose counts are still to be read. */
  unread(names: Iterable<string>): string[] {
    return this.complete ? [] : [...names].filter((k) => !this.read.has(k));
  }

  /** Takes the counts read for these names (rows by joined key). */
  learnAll(names: string[], found: Map<string, string>): void {
    for (const k of names) this.learn(k, found.get(nameKey(this.outlet, k)));
  }

  private readAll(): void {
    if (this.complete) return;
    const prefix = nameKey(this.outlet, '');
    for (const [key, row] of this.rows.prefixed(clusterTables.outletNames, prefix)) {
      const name = key.slice(prefix.length);
      if (!this.read.has(name)) this.learn(name, row);
    }
    this.complete = true;
  }

  override get(name: string): number | undefined {
    this.fetch(name);
    return super.get(name);
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  override set(name: string, n: number): this {
    if (!this.has(name)) this.count++;
    return super.set(name, n);
  }

  override delete(name: string): boolean {
    if (!this.has(name)) return false;
    this.count--;
    return super.delete(name);
  }

  override entries(): MapIterator<[string, number]> {
    this.readAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.readAll();
    return super.keys();
  }

  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  changes(): StateWrite[] {
    const out: StateWrite[] = [];
    const table = clusterTables.outletNames;
    for (const [name, n] of super.entries()) {
      if (this.whole || this.read.get(name) !== n) out.push({ table, key: nameKey(this.outlet, name), value: String(n) });
    }
    if (!this.whole) {
      for (const [name, n] of this.read) if (n !== undefined && !super.has(name)) out.push({ table, key: nameKey(this.outlet, name), value: null });
    }
    const row = encodeOutlet(this.count, this.prunedAt);
    if (row !== this.row) out.push({ table: clusterTables.outlets, key: this.outlet, value: row });
    return out;
  }
}

/** Outlet → its names, read as asked for; an outlet never stored reads as one with no names. */
class StoredOutlets extends Map<string, StoredOutletNames> {
  private readonly rows: StateRows;

  constructor(rows: StateRows) {
    super();
    this.rows = rows;
  }

  override get(outlet: string): StoredOutletNames {
    let names = super.get(outlet);
    if (!names) super.set(outlet, (names = new StoredOutletNames(this.rows, outlet, this.rows.get(clusterTables.outlets, outlet))));
    return names;
  }

  override has(outlet: string): boolean {
    return this.get(outlet).size > 0;
  }

  /** Reads the counts of each outlet's names its articles hold, all in one go. */
  prefetch(wanted: Map<string, Set<string>>): void {
    const unread = [...wanted].map(([outlet, names]): [StoredOutletNames, string[]] => [this.get(outlet), [...names]]);
    for (const u of unread) u[1] = u[0].unread(u[1]);
    const keys = unread.flatMap(([outlet, names]) => names.map((k) => nameKey(outlet.outlet, k)));
    if (keys.length === 0) return;
    const found = new Map(this.rows.getMany(clusterTables.outletNames, keys));
    for (const [outlet, names] of unread) outlet.learnAll(names, found);
  }

  changes(): StateWrite[] {
    // An outlet read but never written to (a new one looked up) leaves no row.
    return [...super.values()].flatMap((names) => (names.size === 0 && names.prunedAt === undefined ? [] : names.changes()));
  }
}

/**
 * Feature key → number, numbering the keys as they are read from the store (numbers live only as long
 * as the run); their document frequencies go into the state's `df`.
 */
class LazyKeyIds extends Map<string, number> {
  private readonly absent = new Set<string>();
  /** Document frequency of each numbered key as read (0: the store had none). */
  private readonly readDf: number[] = [];
  private readonly state: ClusterState;
  private readonly rows: StateRows;

  constructor(state: ClusterState, rows: StateRows) {
    super();
    this.state = state;
    this.rows = rows;
  }

  private number(key: string, df: number): number {
    const id = super.size;
    super.set(key, id);
    this.readDf[id] = df;
    makeDfRoom(this.state, id);
    this.state.df[id] = df;
    return id;
  }

  override get(key: string): number | undefined {
    const id = super.get(key);
    if (id !== undefined || this.absent.has(key)) return id;
    const row = this.rows.get(clusterTables.df, key);
    if (row === undefined) {
      this.absent.add(key);
      return undefined;
    }
    return this.number(key, Number(row));
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A key counted for the first time. */
  override set(key: string, id: number): this {
    this.absent.delete(key);
    this.readDf[id] ??= 0;
    return super.set(key, id);
  }

  /**
   * The keys neither numbered nor known absent; a set: the articles of a batch share most of their words, each asked
   * for once. A function of its own: V8 optimises the loop while the first long list runs through it and keeps that
   * code for later calls, and in `prefetch` the code after the loop, never run yet, threw it away at every call.
   */
  private unknownOf(keys: Iterable<string>): Set<string> {
    const asked = new Set<string>();
    for (const k of keys) if (!super.has(k) && !this.absent.has(k)) asked.add(k);
    return asked;
  }

  /** Reads the frequencies of many keys at once (an event's centroid, a batch's articles). */
  prefetch(keys: Iterable<string>): void {
    const asked = this.unknownOf(keys);
    if (asked.size === 0) return;
    const wanted = [...asked];
    const found = new Map(this.rows.getMany(clusterTables.df, wanted));
    for (const k of wanted) {
      const row = found.get(k);
      if (row === undefined) this.absent.add(k);
      else if (!super.has(k)) this.number(k, Number(row));
    }
  }

  changes(): StateWrite[] {
    const out: StateWrite[] = [];
    for (const [key, id] of super.entries()) {
      if (this.state.df[id] !== this.readDf[id]) out.push({ table: clusterTables.df, key, value: String(this.state.df[id]) });
    }
    return out;
  }
}

/** How an entry's head (the little asked of it before it is read whole) is made and kept in its own row. */
interface HeadRows<T, H> {
  table: string;
  of: (entry: T) => H;
  encode: (head: H) => string;
  decode: (row: string) => H;
}

const eventHeads: HeadRows<EventState, EventHead> = {
  table: clusterTables.eventHeads,
  of: (e) => e,
  encode: (h) => `[${h.firstDay},${h.lastDay},${h.independent}]`,
  decode: (row) => {
    const [firstDay, lastDay, independent] = JSON.parse(row) as [number | null, number | null, number];
    return { firstDay, lastDay, independent };
  },
};

const backgroundHeads: HeadRows<BackgroundEventState, BackgroundHead> = {
  table: clusterTables.backgroundHeads,
  of: backgroundHeadOf,
  encode: (h) => JSON.stringify([h.day, h.precision, h.matchedEvent, h.month]),
  decode: (row) => {
    const [day, precision, matchedEvent, month] = JSON.parse(row) as [number | null, BackgroundHead['precision'], string | null, number | null];
    return { day, precision, matchedEvent, month };
  },
};

/**
 * A list (events, backgrounds) of `count` stored entries whose entries are read when first indexed;
 * new ones are pushed as on any array. Entries are only ever added or changed in place, never replaced.
 * An entry's head is read alone when only it is asked for.
 */
class LazyList<T, H> {
  readonly list: T[];
  /** Each entry read, with its row as read. */
  readonly read = new Map<number, string>();
  /** Each head row looked up, as read (undefined: none, an entry of an older version), and those decoded. */
  private readonly headRead = new Map<number, string | undefined>();
  private readonly heads = new Map<number, H>();
  private readonly count: number;
  private readonly table: string;
  private readonly rows: StateRows;
  private readonly spec: HeadRows<T, H>;
  private readonly target: T[] = [];

  constructor(rows: StateRows, table: string, count: number, spec: HeadRows<T, H>, onRead: (entry: T, index: number) => void = () => {}) {
    this.count = count;
    this.table = table;
    this.rows = rows;
    this.spec = spec;
    const target = this.target;
    target.length = count;
    const fetch = (i: number): T => {
      const row = rows.get(table, String(i));
      if (row === undefined) throw damaged(`${table} ${i}`);
      this.read.set(i, row);
      const entry = JSON.parse(row) as T;
      target[i] = entry;
      onRead(entry, i);
      return entry;
    };
    this.list = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === 'string') {
          const c = prop.charCodeAt(0);
          if (c >= 48 && c <= 57) {
            const i = Number(prop);
            const entry = t[i];
            return entry !== undefined || !(i < t.length) ? entry : fetch(i);
          }
        }
        return Reflect.get(t, prop, receiver);
      },
    });
  }

  /** Entry `i`'s head: from the entry when read, else from its head row, else (no row) from the entry read whole. */
  head(i: number): H {
    const entry = this.target[i];
    if (entry !== undefined) return this.spec.of(entry);
    const known = this.heads.get(i);
    if (known) return known;
    if (!this.headRead.has(i)) this.learnHead(i, this.rows.get(this.spec.table, String(i)));
    return this.heads.get(i) ?? this.spec.of(this.list[i]);
  }

  private learnHead(i: number, row: string | undefined): void {
    this.headRead.set(i, row);
    if (row !== undefined) this.heads.set(i, this.spec.decode(row));
  }

  /** Reads in one go the heads of these entries not read yet. */
  prefetchHeads(indices: Iterable<number>): void {
    const wanted = [...new Set(indices)].filter((i) => i < this.count && this.target[i] === undefined && !this.headRead.has(i));
    if (wanted.length === 0) return;
    const found = new Map(this.rows.getMany(this.spec.table, wanted.map(String)));
    for (const i of wanted) this.learnHead(i, found.get(String(i)));
  }

  /** Entries read or added so far, with their index. */
  *loaded(): Generator<[number, T]> {
    for (const i of this.read.keys()) yield [i, this.list[i]];
    for (let i = this.count; i < this.list.length; i++) yield [i, this.list[i]];
  }

  changes(): StateWrite[] {
    const out: StateWrite[] = [];
    // The stored heads of entries read whole, to know which to write: read in one go.
    const unknown = [...this.read.keys()].filter((i) => !this.headRead.has(i));
    const found = new Map(unknown.length > 0 ? this.rows.getMany(this.spec.table, unknown.map(String)) : []);
    for (const i of unknown) this.headRead.set(i, found.get(String(i)));
    for (const [i, entry] of this.loaded()) {
      const key = String(i);
      const value = JSON.stringify(entry);
      if (value !== this.read.get(i)) out.push({ table: this.table, key, value });
      const head = this.spec.encode(this.spec.of(entry));
      if (head !== this.headRead.get(i)) out.push({ table: this.spec.table, key, value: head });
    }
    return out;
  }
}

/** The backgrounds matched to each main event, kept as rows beside the backgrounds so a merge finds them. */
const matchedChanges = (rows: StateRows, backgrounds: LazyList<BackgroundEventState, BackgroundHead>, readMatch: Map<number, string | null>): StateWrite[] => {
  const lists = new Map<string, number[]>();
  const listOf = (eventId: string): number[] => {
    let list = lists.get(eventId);
    if (!list) lists.set(eventId, (list = JSON.parse(rows.get(clusterTables.matched, eventId) ?? '[]') as number[]));
    return list;
  };
  for (const [i, b] of backgrounds.loaded()) {
    const before = readMatch.get(i) ?? null;
    if (before === b.matchedEvent) continue;
    if (before !== null) lists.set(before, listOf(before).filter((j) => j !== i));
    if (b.matchedEvent !== null) listOf(b.matchedEvent).push(i);
  }
  return [...lists].map(([key, list]) => ({ table: clusterTables.matched, key, value: list.length > 0 ? JSON.stringify(list) : null }));
};

export interface StoredClusterState {
  /** Reads the store as the clusterer asks; behaves as the whole state loaded. */
  state: ClusterState;
  /** The rows changed since it was opened, to commit with the batch's docs. */
  writes: () => StateWrite[];
}

/**
 * The stored state, read row by row as a batch needs it: the events and postings of the keys its
 * articles share, the document frequencies of those keys, not the whole state. Only the pending
 * undated placements (at most `pendingKept`) are read whole, when an undated article or a merge needs them.
 */
export const openStoredClusterState = (rows: StateRows): StoredClusterState => {
  const meta: Meta = readMeta(rows) ?? { version, docCount: 0, bgCount: 0, events: 0, backgrounds: 0, pendingSeq: 0, pendingHeads: true };
  const state = createClusterState();
  state.docCount = meta.docCount;
  state.bgCount = meta.bgCount;
  const keyIds = new LazyKeyIds(state, rows);
  state.keyIds = keyIds;
  const events = new LazyList(rows, clusterTables.events, meta.events, eventHeads);
  const readMatch = new Map<number, string | null>();
  const backgrounds = new LazyList(rows, clusterTables.backgrounds, meta.backgrounds, backgroundHeads, (b, i) => readMatch.set(i, b.matchedEvent));
  const maps = {
    outletDf: new StoredOutlets(rows),
    bgDf: new LazyMap(rows, clusterTables.bgDf, counts),
    postings: new LazyMap(rows, clusterTables.postings, json<number[]>()),
    docEvent: new LazyMap(rows, clusterTables.docEvent, counts),
  };
  Object.assign(state, maps, { events: events.list, backgrounds: backgrounds.list });
  let pending: StoredPending | null = null;
  // Placements kept before their weights were are weighed as peers once read: their keys' frequencies are read in one go.
  // Their events are looked up (which of them sit in an event a batch changed): read in one go too.
  const pendingRead = (): StoredPending => {
    if (!pending) {
      pending = readStoredPending(rows, meta.pendingHeads === true);
      keyIds.prefetch(pending.unweighed().flatMap((e) => e.keys));
      maps.docEvent.prefetch(pending.list.map((e) => e.id));
    }
    return pending;
  };
  state.pendingTop = (id, n) => pendingRead().top(id, n);
  state.readAheadPending = (ids) => pendingRead().readAhead(ids);
  Object.defineProperty(state, 'pending', {
    enumerable: true,
    get: () => pendingRead().list,
    set: (list: PendingPlacement[]) => {
      pendingRead().list = list;
    },
  });
  state.matchedTo = (ids) => {
    const found = new Set<BackgroundEventState>();
    for (const id of ids) {
      for (const i of JSON.parse(rows.get(clusterTables.matched, id) ?? '[]') as number[]) found.add(state.backgrounds[i]);
    }
    for (const [, b] of backgrounds.loaded()) if (b.matchedEvent !== null && ids.has(b.matchedEvent)) found.add(b);
    return found;
  };
  state.readAhead = (keys) => keyIds.prefetch(keys);
  state.readAheadNames = (wanted) => maps.outletDf.prefetch(wanted);
  state.readAheadMap = (map, keys) => maps[map].prefetch(keys);
  state.eventHead = (i) => events.head(i);
  state.backgroundHead = (i) => backgrounds.head(i);
  state.readAheadHeads = (list, indices) => (list === 'events' ? events : backgrounds).prefetchHeads(indices);
  const writes = (): StateWrite[] => {
    const out = [
      ...keyIds.changes(), ...Object.values(maps).flatMap((m) => m.changes()), ...events.changes(), ...backgrounds.changes(),
      ...matchedChanges(rows, backgrounds, readMatch),
    ];
    const next = {
      ...meta, version, docCount: state.docCount, bgCount: state.bgCount, events: state.events.length, backgrounds: state.backgrounds.length,
      pendingHeads: meta.pendingHeads === true || pending !== null,
    };
    if (pending) out.push(...pending.changes(() => next.pendingSeq++));
    out.push(metaWrite(next));
    return out;
  };
  return { state, writes };
};

/** Every row of a state, as a store that never had one would need them (migrating a store of one JSON value). */
export const clusterStateRows = (s: ClusterState): StateWrite[] => {
  const rowsOf = <V>(table: string, entries: Iterable<[string, V]>, encode: (v: V) => string): StateWrite[] =>
    Array.from(entries, ([key, v]) => ({ table, key, value: encode(v) }));
  const matched = new Map<string, number[]>();
  s.backgrounds.forEach((b, i) => {
    if (b.matchedEvent !== null) matched.set(b.matchedEvent, [...(matched.get(b.matchedEvent) ?? []), i]);
  });
  return [
    metaWrite({
      version, docCount: s.docCount, bgCount: s.bgCount, events: s.events.length, backgrounds: s.backgrounds.length, pendingSeq: s.pending.length, pendingHeads: true,
    }),
    ...rowsOf(clusterTables.df, s.keyIds, (id) => String(s.df[id])),
    ...rowsOf(clusterTables.outlets, s.outletDf, (m) => encodeOutlet(m.size, m.prunedAt)),
    ...[...s.outletDf].flatMap(([o, m]) => rowsOf(clusterTables.outletNames, [...m].map(([k, n]) => [nameKey(o, k), n]), String)),
    ...rowsOf(clusterTables.bgDf, s.bgDf, String),
    ...rowsOf(clusterTables.postings, s.postings, JSON.stringify),
    ...rowsOf(clusterTables.docEvent, s.docEvent, String),
    ...rowsOf(clusterTables.events, s.events.map((e, i) => [String(i), e]), JSON.stringify),
    ...rowsOf(clusterTables.backgrounds, s.backgrounds.map((b, i) => [String(i), b]), JSON.stringify),
    ...rowsOf(clusterTables.eventHeads, s.events.map((e, i) => [String(i), eventHeads.of(e)]), eventHeads.encode),
    ...rowsOf(clusterTables.backgroundHeads, s.backgrounds.map((b, i) => [String(i), backgroundHeads.of(b)]), backgroundHeads.encode),
    ...rowsOf(clusterTables.matched, matched, JSON.stringify),
    ...s.pending.flatMap((e, i) => pendingRows(i, e)),
  ];
};

/**
 * The article ids of each stored main event holding any of `articleIds`, read through their rows (each article's event,
 * then those events) and not the whole state: what a report on a window of days reads to pick its events.
 */
export const storedEventArticles = (rows: StateRows, articleIds: readonly string[]): string[][] => {
  const indexes = [...new Set(rows.getMany(clusterTables.docEvent, articleIds).map(([, i]) => i))];
  return rows.getMany(clusterTables.events, indexes).map(([, row]) => (JSON.parse(row) as EventState).articleIds);
};

/**
 * The articles of the stored events named by id (main events' articles, background events' recalling reports), read
 * through rows and not the whole state. A main event's id is made from its first article, so `articleIds` (the store's)
 * lead to that article's event row; an id not found so (its first article was moved on, or a background event's id) is
 * looked for among the background rows, then among all event rows. Throws on an id found nowhere.
 */
export const storedEventsNamed = (rows: StateRows, ids: readonly string[], articleIds: readonly string[]): Map<string, string[]> => {
  const { state } = openStoredClusterState(rows);
  const wanted = new Set(ids);
  const found = new Map<string, string[]>();
  const founders = articleIds.filter((a) => wanted.has(eventIdOf(a)));
  state.readAheadMap?.('docEvent', founders);
  for (const a of founders) {
    const i = state.docEvent.get(a);
    const e = i === undefined ? undefined : state.events[i];
    if (e && wanted.has(e.id)) found.set(e.id, e.articleIds);
  }
  if (found.size < wanted.size) for (const b of state.backgrounds) if (wanted.has(b.id) && !found.has(b.id)) found.set(b.id, b.mentionedIn);
  if (found.size < wanted.size) for (const e of state.events) if (wanted.has(e.id) && !found.has(e.id)) found.set(e.id, e.articleIds);
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length > 0) throw new Error(`no event ${unknown.join(', ')} in the store (the ids are those of a report's events)`);
  return found;
};

/** The whole stored state in memory (what `report` needs); a fresh state when the store has none. */
export const loadStoredClusterState = (rows: StateRows): ClusterState => {
  const s = createClusterState();
  const meta = readMeta(rows);
  if (!meta) return s;
  s.docCount = meta.docCount;
  s.bgCount = meta.bgCount;
  for (const [key, n] of rows.all(clusterTables.df)) countKey(s, key, Number(n));
  const mapOf = <V>(table: string, codec: Codec<V>): Map<string, V> => new Map(rows.all(table).map(([k, row]) => [k, codec.decode(row)]));
  s.outletDf = loadOutlets(rows);
  s.bgDf = mapOf(clusterTables.bgDf, counts);
  s.postings = mapOf(clusterTables.postings, json<number[]>());
  s.docEvent = mapOf(clusterTables.docEvent, counts);
  s.events = listOf<EventState>(rows, clusterTables.events, meta.events);
  s.backgrounds = listOf<BackgroundEventState>(rows, clusterTables.backgrounds, meta.backgrounds);
  s.pending = readAllPending(rows).map(([, e]) => e);
  return s;
};

/** Every outlet's names: of version 2 rows whole, of version 3 from their rows. */
const loadOutlets = (rows: StateRows): Map<string, OutletNames> => {
  const outlets = new Map<string, OutletNames>();
  for (const [outlet, row] of rows.all(clusterTables.outlets)) {
    const decoded = decodeOutlet(row);
    const names: OutletNames = new Map('entries' in decoded ? decoded.entries : []);
    if ('prunedAt' in decoded) names.prunedAt = decoded.prunedAt;
    outlets.set(outlet, names);
  }
  for (const [key, n] of rows.all(clusterTables.outletNames)) {
    const at = key.indexOf('\u0001');
    const outlet = key.slice(0, at);
    if (!outlets.has(outlet)) outlets.set(outlet, new Map());
    outlets.get(outlet)!.set(key.slice(at + 1), Number(n));
  }
  return outlets;
};

const listOf = <T>(rows: StateRows, table: string, count: number): T[] => {
  const entries = rows.all(table).map(([key, row]): [number, string] => [Number(key), row]).sort((a, b) => a[0] - b[0]);
  entries.forEach(([i], at) => {
    if (i !== at) throw damaged(`${table} ${at}`);
  });
  if (entries.length < count) throw damaged(`${table} ${entries.length}`);
  return entries.slice(0, count).map(([, row]) => JSON.parse(row) as T);
};
