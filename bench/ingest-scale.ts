// Streams articles through the real `ingest` path (store, state rows read and written, clustering) up to 100k stored, and prints the cost per article at 1k, 10k and 100k stored.
// The per-article stages are not re-run: GVA dev is annotated once in a child process, and its docs are renamed (names, places) and
// moved on 4 years per round in memory, as bench/cluster-scale.ts does with features. Each run opens the store, stores one batch
// through `storeDocs` (what `corroborate ingest` calls) and closes it again, like one `ingest` command.
// `--legacy R` also times, at each reading, R runs of the same size done as before keyed rows: the whole state read from one JSON value,
// updated and written back (in a child process, so its memory is not counted here).
// `--from I --store path` goes on with a store the stream filled up to article I.
// usage: node --import tsx bench/ingest-scale.ts [--total 100000] [--batch 100] [--undated 10] [--store path] [--legacy 3] [--from I]
// (the 100k reading takes a while and writes a few GB into a temporary store; --store keeps it.)

import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openSqliteStore } from '../src/adapters/sqlite-store.ts';
import type { Doc, InputError, Place } from '../src/model/index.ts';
import { annotateInputs, storeDocs } from '../src/pipeline/run.ts';
import { ingestDocs, loadClusterState, loadStoredClusterState, paramsFor, saveClusterState } from '../src/stages/cluster/index.ts';
import type { ClusterStateJson } from '../src/stages/cluster/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('ingest-scale: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}
const input = join(shared, 'data', 'gva-dev', 'articles.jsonl');

// The child annotates and writes the docs; the parent keeps them as JSON text, one per article, and parses a variant when it is stored.
if (process.argv[2] === '--docs') {
  const docs = annotateInputs([{ source: input, bytes: readFileSync(input) }], offlineContext(), []);
  docs.sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.article.id.localeCompare(b.article.id));
  writeFileSync(process.argv[3], docs.map((d) => JSON.stringify(d)).join('\n'));
  process.exit(0);
}

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const total = option('--total', 100_000);
const batchSize = Math.max(1, option('--batch', 100));
const undatedEvery = option('--undated', 10);
const window = 1_000;
const checkpoints = [...new Set([1_000, 10_000, 100_000, total])].filter((n) => n <= total);

const legacyRuns = option('--legacy', 0);
const legacyAt = option('--legacy-at', -1);
const dir = legacyAt >= 0 ? process.argv[process.argv.indexOf('--dir') + 1] : mkdtempSync(join(tmpdir(), 'ingest-scale-'));
const storeAt = process.argv.includes('--store') ? process.argv[process.argv.indexOf('--store') + 1] : join(dir, 'store.sqlite');
const docsFile = join(dir, 'docs.jsonl');
if (legacyAt < 0) execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--docs', docsFile], { stdio: 'inherit' });
const base = readFileSync(docsFile, 'utf8').split('\n');

/** Letters only: names are split on anything else. */
const suffixOf = (round: number): string => `q${Array.from(round.toString(26), (d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
const shiftYear = (iso: string | null, years: number): string | null =>
  iso === null ? null : iso.replace(/^(\d{4})/, (y) => String(Number(y) + years));

/** Round `round` of an article: its names and places get a suffix (new people, streets, towns) and its dates move 4 years per round. */
const variant = (json: string, round: number, undated: boolean): Doc => {
  const doc = JSON.parse(json) as Doc;
  if (round > 0) {
    const suffix = suffixOf(round);
    const years = 4 * round;
    const rename = (text: string): string => text.replace(/\b([A-Z][A-Za-z'-]*[a-z])\b/g, `$1${suffix}`);
    const renamePlace = (p: Place | null | undefined): Place | null =>
      !p ? null :
      { ...p, name: `${p.name}${suffix}`, ...(p.key ? { key: p.key.replace(/^[^/]*/, (k) => `${k}${suffix}`) } : {}), ...(p.country ? { country: `${p.country}${suffix}` } : {}) };
    doc.article = {
      ...doc.article, id: `${doc.article.id}~${round}`, published: shiftYear(doc.article.published, years),
      title: doc.article.title && rename(doc.article.title),
    };
    doc.eventDate = shiftYear(doc.eventDate, years);
    doc.mentions = doc.mentions.map((m) => ({ ...m, text: rename(m.text), place: renamePlace(m.place) }));
    doc.background = doc.background.map((b) => ({ ...b, date: shiftYear(b.date, years), place: renamePlace(b.place) }));
  }
  if (undated) doc.article = { ...doc.article, published: null };
  return doc;
};

const articleAt = (i: number): Doc =>
  variant(base[i % base.length], Math.floor(i / base.length), undatedEvery > 0 && i % undatedEvery === undatedEvery - 1);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const mb = (x: number): string => (x / 2 ** 20).toFixed(0);
const ctx = offlineContext();
const errors: InputError[] = [];

/** One `ingest` command's work on a batch: open the store, store the batch through the incremental stages, close. */
const ingestRun = (batch: Doc[]): number => {
  const store = openSqliteStore(storeAt);
  try {
    storeDocs(store, batch, ctx, errors);
    return store.stats().articles;
  } finally {
    store.close();
  }
};

/**
 * The child of `--legacy`: the state of the store at `n` as the one JSON value stores held before rows, then runs of the next
 * articles done as they were: JSON parsed whole, updated, written whole with the docs (into a store of its own).
 */
const timeLegacy = (n: number): void => {
  const rows = openSqliteStore(storeAt);
  const json = JSON.stringify(saveClusterState(loadStoredClusterState(rows)));
  rows.close();
  const legacyAt = join(dir, 'legacy.sqlite');
  rmSync(legacyAt, { force: true });
  openSqliteStore(legacyAt).close();
  const db = new Database(legacyAt);
  db.prepare("INSERT INTO stage_state (name, updated_at, state) VALUES ('cluster', '', ?)").run(json);
  db.close();
  const params = paramsFor(ctx.config.cluster);
  let cpu = 0;
  for (let r = 0; r < legacyRuns; r++) {
    const batch = Array.from({ length: batchSize }, (_, k) => articleAt(n + r * batchSize + k));
    const c = cpuMs();
    const store = new Database(legacyAt);
    const row = store.prepare("SELECT state FROM stage_state WHERE name = 'cluster'").pluck().get() as string;
    const state = ingestDocs(loadClusterState(JSON.parse(row) as ClusterStateJson), batch, params);
    const insert = store.prepare('INSERT OR IGNORE INTO articles (id, source, published, added_at, doc) VALUES (?, ?, ?, ?, ?)');
    const put = store.prepare("UPDATE stage_state SET state = ? WHERE name = 'cluster'");
    store.transaction(() => {
      for (const d of batch) insert.run(d.article.id, d.article.source, d.article.published, '', JSON.stringify(d));
      put.run(JSON.stringify(saveClusterState(state)));
    })();
    store.close();
    cpu += cpuMs() - c;
  }
  const { maxRSS } = process.resourceUsage();
  console.log(`   before (one JSON state): ${(cpu / (legacyRuns * batchSize)).toFixed(2)} ms CPU per article over ${legacyRuns} runs of ${batchSize} (state ${mb(json.length)} MB of JSON), peak RSS ${(maxRSS / 1024).toFixed(0)} MB`);
  rmSync(legacyAt, { force: true });
};

if (legacyAt >= 0) {
  timeLegacy(legacyAt);
  process.exit(0);
}

gc();
const baseline = process.memoryUsage().heapUsed;
let windowCpu = 0;
let windowWall = 0;
let windowRuns = 0;
console.log(`ingest-scale: GVA dev (${base.length} docs) renamed per round, batches of ${batchSize}${undatedEvery > 0 ? `, every ${undatedEvery}th article undated` : ''}, store ${storeAt}`);
for (let i = option('--from', 0), n = 0; i < total; i = n) {
  // A batch never straddles a reading: it ends at the next multiple of the window.
  n = Math.min(total, i + batchSize, (Math.floor(i / window) + 1) * window);
  const batch = Array.from({ length: n - i }, (_, k) => articleAt(i + k));
  const c = cpuMs();
  const w = performance.now();
  ingestRun(batch);
  windowCpu += cpuMs() - c;
  windowWall += performance.now() - w;
  windowRuns++;
  if (n % window !== 0) continue;
  if (checkpoints.includes(n)) {
    gc();
    const { rss, heapUsed } = process.memoryUsage();
    console.log(
      `${n} stored: ${(window / (windowCpu / 1000)).toFixed(0)} articles per CPU-second (${(windowCpu / window).toFixed(2)} ms CPU per article, ` +
        `${(windowCpu / windowRuns).toFixed(0)} ms per run of ${batchSize}; ${(window / (windowWall / 1000)).toFixed(0)} articles/s wall), ` +
        `RSS ${mb(rss)} MB, heap left after the runs ${mb(heapUsed - baseline)} MB`,
    );
    if (legacyRuns > 0) {
      const self = new URL(import.meta.url).pathname;
      const args = ['--legacy-at', String(n), '--dir', dir, '--store', storeAt, '--legacy', String(legacyRuns), '--batch', String(batchSize), '--undated', String(undatedEvery)];
      execFileSync(process.execPath, [...process.execArgv, self, ...args], { stdio: 'inherit' });
    }
  }
  windowCpu = 0;
  windowWall = 0;
  windowRuns = 0;
}
const { maxRSS } = process.resourceUsage();
console.log(`peak RSS ${(maxRSS / 1024).toFixed(0)} MB (GVA dev docs held as text included); ${errors.length} errors`);
console.log(`cores: ${availableParallelism()} (one used), load average ${loadavg()[0].toFixed(1)}`);
rmSync(docsFile);
if (!process.argv.includes('--store')) rmSync(dir, { recursive: true, force: true });
