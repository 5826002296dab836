// Streams 100k articles through the incremental clusterer and prints articles/s at 1k, 10k and 100k stored.
// Volume comes from GVA dev articles annotated once in a child process, then renamed and re-dated in memory (no text is written);
// "state" is the live heap the clusterer adds, measured after a full collection. Articles go through
// ingestBatch, as `ingest` runs do, `--batch N` at a time (default 1: one by one, the dearest);
// `--undated K` drops the date of every K-th article, so undated reports (kept open to revision) are streamed too.
// usage: node --import tsx bench/cluster-scale.ts [total=100000] [--batch N] [--undated K]

import { execFileSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { annotateInputs } from '../src/pipeline/run.ts';
import type { ClusterState, DocFeatures, Incoming } from '../src/stages/cluster/index.ts';
import { createClusterState, defaultClusterParams, featuresOf, ingestBatch } from '../src/stages/cluster/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('cluster-scale: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}
const path = join(shared, 'data', 'gva-dev', 'articles.jsonl');

type FeaturesJson = Omit<DocFeatures, 'counts' | 'names' | 'labels'> & {
  counts: [string, number][]; names: string[]; labels: [string, string][];
};

// The child annotates and prints the features only: the annotated Docs never enter the measured process.
if (process.argv[2] === '--features') {
  const t0 = performance.now();
  const docs = annotateInputs([{ source: path, bytes: readFileSync(path) }], offlineContext(), []);
  docs.sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.article.id.localeCompare(b.article.id));
  const tf = performance.now();
  const features = docs.map(featuresOf);
  const featureMs = (performance.now() - tf) / docs.length;
  process.stderr.write(`annotated ${docs.length} GVA dev articles in ${((tf - t0) / 1000).toFixed(1)} s; featuresOf ${featureMs.toFixed(2)} ms/article\n`);
  const json: FeaturesJson[] = features.map((f) => ({ ...f, counts: [...f.counts], names: [...f.names], labels: [...f.labels] }));
  writeFileSync(process.argv[3], JSON.stringify(json));
  process.exit(0);
}

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const total = Number(process.argv[2]?.startsWith('--') ? 100_000 : process.argv[2] ?? 100_000);
const batchSize = Math.max(1, option('--batch', 1));
const undatedEvery = option('--undated', 0);
const checkpoints = [1_000, 10_000, 100_000].filter((n) => n <= total);
const window = 1_000;

const dir = mkdtempSync(join(tmpdir(), 'cluster-scale-'));
const file = join(dir, 'features.json');
execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--features', file], { stdio: 'inherit' });
const base: DocFeatures[] = (JSON.parse(readFileSync(file, 'utf8')) as FeaturesJson[]).map((f) => ({
  ...f, counts: new Map(f.counts), names: new Set(f.names), labels: new Map(f.labels),
}));
rmSync(dir, { recursive: true });

// A full collection before each reading, so the heap figure is what is alive, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveHeap = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** Copy `round` of an article: its names get a suffix (new people, streets, towns) and it moves `round` × 4 years on. */
const variant = (f: DocFeatures, round: number): DocFeatures => {
  if (round === 0) return f;
  return renamed(f, round);
};

/** Article `i` of the stream: its round's variant, undated when `--undated` picks it. */
const articleAt = (i: number, round = Math.floor(i / base.length)): DocFeatures => {
  const f = variant(base[i % base.length], round);
  return undatedEvery > 0 && i % undatedEvery === undatedEvery - 1 ? { ...f, day: null } : f;
};

const renamed = (f: DocFeatures, round: number): DocFeatures => {
  const rename = (k: string): string => (f.names.has(k) || k.startsWith('e:') || k.startsWith('p:') ? `${k}${round}` : k);
  return {
    ...f,
    id: `${f.id}~${round}`,
    day: f.day === null ? null : f.day + round * 1461,
    counts: new Map([...f.counts].map(([k, v]) => [rename(k), v])),
    names: new Set([...f.names].map(rename)),
    copyOf: f.copyOf === null ? null : `${f.copyOf}~${round}`,
  };
};

/** Articles `from`..`to` of a round (or of the running stream), as one batch. */
const batchOf = (from: number, to: number, round?: number): Incoming[] => {
  const batch: Incoming[] = [];
  for (let j = from; j < to; j++) {
    const f = articleAt(j, round);
    batch.push({ id: f.id, features: f });
  }
  return batch;
};

const ingest = (state: ClusterState, batch: Incoming[]): void =>
  ingestBatch(state, batch, defaultClusterParams, (_item, err) => {
    throw err;
  });

/** Feeds articles `from`..`to` in batches. */
const feed = (state: ClusterState, from: number, to: number, round?: number): void => {
  for (let i = from; i < to; i += batchSize) ingest(state, batchOf(i, Math.min(to, i + batchSize), round));
};

// Warm-up on a scratch state, so the 1k reading measures clustering rather than compiling it.
feed(createClusterState(), 0, 2_000, 1_000);
const baseline = liveHeap();

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/**
 * Articles per CPU-second of a fresh store taking its first 1k articles, measured right after a
 * checkpoint: on a shared machine the load drifts over minutes, so each checkpoint is also given as a
 * ratio to this reference taken under the same load.
 */
const referenceRate = (round: number): number => {
  const fresh = createClusterState();
  const batches = Array.from({ length: Math.ceil(window / batchSize) }, (_, k) => batchOf(k * batchSize, Math.min(window, (k + 1) * batchSize), round));
  const c = cpuMs();
  for (const batch of batches) ingest(fresh, batch);
  return window / ((cpuMs() - c) / 1000);
};

const state = createClusterState();
let windowStart = performance.now();
let clusterMs = 0;
let clusterCpuMs = 0;
// A batch never straddles a reading: it ends at the next multiple of the window.
for (let i = 0, n = 0; i < total; i = n) {
  n = Math.min(total, i + batchSize, (Math.floor(i / window) + 1) * window);
  const batch = batchOf(i, n);
  const a = performance.now();
  const c = cpuMs();
  ingest(state, batch);
  clusterMs += performance.now() - a;
  clusterCpuMs += cpuMs() - c;
  if (n % window === 0) {
    if (checkpoints.includes(n)) {
      const perSec = window / (clusterMs / 1000);
      const wall = window / ((performance.now() - windowStart) / 1000);
      const live = liveHeap();
      const { rss, heapUsed } = process.memoryUsage();
      const mb = (x: number): string => (x / 2 ** 20).toFixed(0);
      const perCpu = window / (clusterCpuMs / 1000);
      const reference = referenceRate(2_000 + n / window);
      console.log(`${n} stored: ${perSec.toFixed(0)} articles/s clustering, ${perCpu.toFixed(0)} per CPU-second (${wall.toFixed(0)}/s incl. renaming; ${(perCpu / reference).toFixed(2)} x a fresh 1k store measured now), ${state.events.length} events, RSS ${mb(rss)} MB, heap ${mb(heapUsed)} MB, state ${mb(live - baseline)} MB`);
    }
    clusterMs = 0;
    clusterCpuMs = 0;
    windowStart = performance.now();
  }
}
console.log(`cores: ${availableParallelism()} (one used); batches of ${batchSize}${undatedEvery > 0 ? `, every ${undatedEvery}th article undated` : ''}`);
