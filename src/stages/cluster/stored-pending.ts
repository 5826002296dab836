// The pending undated placements kept in the store: a run reads their heads (arrival, the keys they are found by), and an entry only when it is compared or changed.

import type { StateRows, StateWrite } from '../../ports/store.ts';
import { defaultClusterParams } from './clusterer.ts';
import { keptTop } from './peers.ts';
import type { PendingPlacement } from './state.ts';

export const pendingTables = { pending: 'cluster_pending', heads: 'cluster_pending_heads' } as const;

/**
 * A pending placement's head: its arrival number and, when its kept weights run heaviest first, its first keys (those it is
 * looked up by as a peer) and its number of keys. There are at most `pendingKept` (1,000) placements of some 80 keys and
 * weights each: a run that reads their heads reads a twelfth of what reading them whole does.
 */
interface PendingHead {
  seq: number;
  top: string[] | null;
  keys: number;
}

/** Keys kept in a head: as many as a peer is looked up by. */
const headKeys = defaultClusterParams.queryFeatures;

const encodeHead = (seq: number, e: PendingPlacement): string => JSON.stringify([seq, keptTop(e, headKeys), e.keys.length]);

const decodeHead = (row: string): PendingHead => {
  const [seq, top, keys] = JSON.parse(row) as [number, string[] | null, number];
  return { seq, top, keys };
};

const pendingRow = (seq: number, e: PendingPlacement): string => `[${seq},${JSON.stringify(e)}]`;

/** Every pending placement read whole, in arrival order (what `report` and stores without heads need). */
export const readAllPending = (rows: StateRows): [seq: number, entry: PendingPlacement][] =>
  rows.all(pendingTables.pending).map(([, row]) => JSON.parse(row) as [number, PendingPlacement]).sort((a, b) => a[0] - b[0]);

/** A placement's rows, as a store that never had it would need them. */
export const pendingRows = (seq: number, e: PendingPlacement): StateWrite[] => [
  { table: pendingTables.pending, key: e.id, value: pendingRow(seq, e) },
  { table: pendingTables.heads, key: e.id, value: encodeHead(seq, e) },
];

/** A pending placement known by its id: the rest is read from its row the first time any of it is asked for. */
class PendingStub implements PendingPlacement {
  readonly id: string;
  readonly #full: () => PendingPlacement;

  constructor(id: string, full: () => PendingPlacement) {
    this.id = id;
    this.#full = full;
  }

  get score(): number {
    return this.#full().score;
  }

  set score(v: number) {
    this.#full().score = v;
  }

  get keys(): string[] {
    return this.#full().keys;
  }

  get tf(): number[] {
    return this.#full().tf;
  }

  get w(): number[] | undefined {
    return this.#full().w;
  }

  get names(): string[] {
    return this.#full().names;
  }

  get labels(): [string, string][] {
    return this.#full().labels;
  }

  get main(): string[] {
    return this.#full().main;
  }

  get title(): string {
    return this.#full().title;
  }
}

/** The pending placements of a run: in arrival order, each read whole only when more than its id is asked for. */
export interface StoredPending {
  list: PendingPlacement[];
  /** Says these placements are about to be compared: those not read yet are read in one go. */
  readAhead: (ids: Iterable<string>) => void;
  /** The first keys of a placement not read whole, from its head; null when the head cannot tell. */
  top: (id: string, n: number) => string[] | null;
  /** Those read whole (or never stored: not listed) whose keys' frequencies were kept before their weights were. */
  unweighed: () => PendingPlacement[];
  changes: (nextSeq: () => number) => StateWrite[];
}

/**
 * Reads the pending placements: by their heads when the store keeps them (`withHeads`), else whole (an older store, whose
 * placements then all get heads). A placement whose head names no keys is read whole at once.
 */
export const readStoredPending = (rows: StateRows, withHeads: boolean): StoredPending => {
  /** Each stored placement: arrival number, its head row as read, the entry once read whole and its score then. */
  const stored = new Map<string, { seq: number; headRow: string | undefined; head?: PendingHead; entry?: PendingPlacement; score?: number }>();
  const learn = (seq: number, e: PendingPlacement): PendingPlacement => {
    const s = stored.get(e.id);
    if (s) Object.assign(s, { entry: e, score: e.score });
    else stored.set(e.id, { seq, headRow: undefined, entry: e, score: e.score });
    return e;
  };
  const damaged = (id: string): Error =>
    new Error(`the cluster state in the store is damaged (${pendingTables.pending} ${id} missing): ingest the articles into a new store (--store)`);
  const stubOf = (id: string): PendingPlacement =>
    new PendingStub(id, () => {
      const s = stored.get(id)!;
      if (s.entry) return s.entry;
      const row = rows.get(pendingTables.pending, id);
      if (row === undefined) throw damaged(id);
      return learn(s.seq, (JSON.parse(row) as [number, PendingPlacement])[1]);
    });
  /** Reads whole in one go those of these stored placements not read yet. */
  const readWhole = (ids: Iterable<string>): void => {
    const wanted = [...new Set(ids)].filter((id) => stored.has(id) && !stored.get(id)!.entry);
    for (const [, row] of wanted.length > 0 ? rows.getMany(pendingTables.pending, wanted) : []) {
      const [seq, e] = JSON.parse(row) as [number, PendingPlacement];
      learn(seq, e);
    }
  };
  let list: PendingPlacement[];
  if (withHeads) {
    const heads = rows.all(pendingTables.heads).map(([id, row]): [string, string, PendingHead] => [id, row, decodeHead(row)]).sort((a, b) => a[2].seq - b[2].seq);
    for (const [id, row, head] of heads) stored.set(id, { seq: head.seq, headRow: row, head });
    readWhole(heads.filter(([, , h]) => h.top === null).map(([id]) => id));
    list = heads.map(([id]) => stored.get(id)!.entry ?? stubOf(id));
  } else {
    list = readAllPending(rows).map(([seq, e]) => learn(seq, e));
  }
  /** The entry behind a stub once read (undefined: never read), or the entry itself. */
  const entryOf = (e: PendingPlacement): PendingPlacement | undefined => (e instanceof PendingStub ? stored.get(e.id)!.entry : e);
  return {
    get list() {
      return list;
    },
    set list(l: PendingPlacement[]) {
      list = l;
    },
    readAhead: readWhole,
    top: (id, n) => {
      const s = stored.get(id);
      const top = s?.entry ? null : s?.head?.top;
      return top && (top.length >= n || top.length === s!.head!.keys) ? top.slice(0, n) : null;
    },
    unweighed: () => list.flatMap((e) => {
      const entry = entryOf(e);
      return entry && !entry.w ? [entry] : [];
    }),
    // Only a placement's score is ever changed in place (merges): one read and kept with its score is unchanged.
    changes: (nextSeq) => {
      const out: StateWrite[] = [];
      const kept = new Set<string>();
      for (const e of list) {
        kept.add(e.id);
        const s = stored.get(e.id);
        const entry = entryOf(e);
        if (!s || !entry) {
          if (!s) out.push(...pendingRows(nextSeq(), e));
          continue;
        }
        if (s.entry !== entry || s.score !== entry.score) out.push({ table: pendingTables.pending, key: e.id, value: pendingRow(s.seq, entry) });
        const head = encodeHead(s.seq, entry);
        if (head !== s.headRow) out.push({ table: pendingTables.heads, key: e.id, value: head });
      }
      for (const [id, s] of stored) {
        if (kept.has(id)) continue;
        out.push({ table: pendingTables.pending, key: id, value: null });
        if (s.headRow !== undefined) out.push({ table: pendingTables.heads, key: id, value: null });
      }
      return out;
    },
  };
};
