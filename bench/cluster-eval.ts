// Scores event clustering (B-cubed P/R/F1) on ECB+ dev and GVA dev; `--grid k=a,b k2=c` sweeps parameters.
// usage: node --import tsx bench/cluster-eval.ts [ecbplus-dev|gva-dev …] [--stream N] [--grid threshold=0.2,0.3 entity=2,3]
// --stream N also feeds the articles in date order N at a time into one state (as repeated `ingest` runs
// do; 1 = one by one) and prints its B-cubed against gold and its agreement with the one-batch partition.
// --runs N feeds them instead in file order N at a time, as one `ingest --run N` of the file does.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Doc } from '../src/model/index.ts';
import { annotateInputs } from '../src/pipeline/run.ts';
import { dedupeStage } from '../src/stages/dedupe/index.ts';
import type { ClusterParams } from '../src/stages/cluster/index.ts';
import type { ClusterState } from '../src/stages/cluster/index.ts';
import { createClusterState, defaultClusterParams, ingestDocs, streamOrder } from '../src/stages/cluster/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('cluster-eval: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}

/** B-cubed precision, recall and F1 of predicted labels against gold labels, over the gold articles. */
export const bcubed = (gold: Record<string, string>, pred: Map<string, string>): { p: number; r: number; f1: number } => {
  const ids = Object.keys(gold);
  const label = (a: string): string => pred.get(a) ?? `single:${a}`;
  const count = (keyOf: (a: string) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const a of ids) m.set(keyOf(a), (m.get(keyOf(a)) ?? 0) + 1);
    return m;
  };
  const byPred = count(label);
  const byGold = count((a) => gold[a]);
  const both = count((a) => `${label(a)}\u0000${gold[a]}`);
  let p = 0;
  let r = 0;
  for (const a of ids) {
    const n = both.get(`${label(a)}\u0000${gold[a]}`) ?? 0;
    p += n / (byPred.get(label(a)) ?? 1);
    r += n / (byGold.get(gold[a]) ?? 1);
  }
  p /= ids.length;
  r /= ids.length;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const ctx = offlineContext();

/**
 * Annotated docs, cached in CLUSTER_EVAL_CACHE (a folder) when set: sweeps then skip the slow annotation. The cache
 * holds them as the per-article stages left them; dedupe (quick) runs on every load, so tuning it needs no new cache.
 */
const loadDocs = async (set: string): Promise<Doc[]> => {
  const cacheDir = process.env.CLUSTER_EVAL_CACHE;
  const cached = cacheDir ? join(cacheDir, `${set}.annotated.v8`) : null;
  const docs = cached && existsSync(cached) ? (deserialize(readFileSync(cached)) as Doc[]) : annotateDocs(set);
  if (cached && !existsSync(cached)) writeFileSync(cached, serialize(docs));
  return (await dedupeStage.run({ docs, events: [], errors: [] }, ctx)).docs;
};

const annotateDocs = (set: string): Doc[] => {
  const path = join(shared, 'data', set, 'articles.jsonl');
  return annotateInputs([{ source: path, bytes: readFileSync(path) }], ctx, []);
};

/** Each article's event id in a state. */
const partitionOf = (state: ClusterState): Map<string, string> => {
  const pred = new Map<string, string>();
  for (const [a, i] of state.docEvent) pred.set(a, state.events[i].id);
  return pred;
};

/** All docs as one batch, or in date order (file order with --runs) `stream` at a time into one state. */
const clusterWith = (docs: Doc[], params: ClusterParams, stream: number | null): ClusterState => {
  const state = createClusterState();
  if (stream === null) return ingestDocs(state, docs, params);
  const sorted = inFileOrder ? docs : [...docs].sort(streamOrder);
  for (let i = 0; i < sorted.length; i += stream) ingestDocs(state, sorted.slice(i, i + stream), params);
  return state;
};

const scoreWith = (docs: Doc[], gold: Record<string, string>, params: ClusterParams, stream: number | null = null) => {
  const t0 = performance.now();
  const state = clusterWith(docs, params, stream);
  const ms = performance.now() - t0;
  const pred = partitionOf(state);
  return { ...bcubed(gold, pred), halves: halvesOf(gold).map((g) => bcubed(g, pred).f1), events: liveEvents(state), ms, pred };
};

const liveEvents = (state: ClusterState): number => state.events.filter((e) => e.articleIds.length > 0).length;

/** Gold split in two by a hash of the gold label, so a change can be checked on two independent halves. */
const halvesOf = (gold: Record<string, string>): Record<string, string>[] => {
  const halves: Record<string, string>[] = [{}, {}];
  for (const [a, g] of Object.entries(gold)) halves[createHash('sha1').update(g).digest()[0] & 1][a] = g;
  return halves;
};

/** Applies `key=value` to params; kind boosts are addressed by their kind name. */
const withSetting = (p: ClusterParams, key: string, value: number): ClusterParams =>
  key in p.boost ? { ...p, boost: { ...p.boost, [key]: value } } : { ...p, [key]: value };

const argv = process.argv.slice(2);
const inFileOrder = argv.includes('--runs');
const streamAt = inFileOrder ? argv.indexOf('--runs') : argv.indexOf('--stream');
const stream = streamAt >= 0 ? Math.max(1, Number(argv[streamAt + 1]) || 1) : null;
const args = streamAt >= 0 ? [...argv.slice(0, streamAt), ...argv.slice(streamAt + 2)] : argv;
const gridAt = args.indexOf('--grid');
const sets = (gridAt >= 0 ? args.slice(0, gridAt) : args).filter(Boolean);
const grid = (gridAt >= 0 ? args.slice(gridAt + 1) : []).map((s) => {
  const [k, v] = s.split('=');
  return [k, v.split(',').map(Number)] as const;
});
const combos = grid.reduce<ClusterParams[]>(
  (acc, [k, vs]) => acc.flatMap((p) => vs.map((v) => withSetting(p, k, v))),
  [defaultClusterParams],
);

const f4 = (x: number): string => x.toFixed(4);
for (const set of sets.length ? sets : ['ecbplus-dev', 'gva-dev']) {
  const t0 = performance.now();
  const docs = await loadDocs(set);
  const gold = JSON.parse(readFileSync(join(shared, 'data', set, 'gold-clusters.json'), 'utf8')) as Record<string, string>;
  console.log(`${set}: ${docs.length} docs annotated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const params of combos) {
    const s = scoreWith(docs, gold, params);
    const tag = grid.map(([k]) => `${k}=${k in params.boost ? params.boost[k as keyof ClusterParams['boost']] : params[k as keyof ClusterParams]}`).join(' ');
    console.log(`${set} ${tag} bcubed P ${f4(s.p)} R ${f4(s.r)} F1 ${f4(s.f1)} (halves ${s.halves.map(f4).join(' ')}) events ${s.events} (${(docs.length / (s.ms / 1000)).toFixed(0)} docs/s)`);
    if (stream === null) continue;
    const t = scoreWith(docs, gold, params, stream);
    // Agreement: B-cubed of the streamed partition against the batch one, over every article.
    const agree = bcubed(Object.fromEntries(s.pred), t.pred);
    console.log(`${set} ${tag} ${inFileOrder ? 'runs' : 'stream'} ${stream}: bcubed P ${f4(t.p)} R ${f4(t.r)} F1 ${f4(t.f1)} (halves ${t.halves.map(f4).join(' ')}) events ${t.events} (${(docs.length / (t.ms / 1000)).toFixed(0)} docs/s); vs batch P ${f4(agree.p)} R ${f4(agree.r)} F1 ${f4(agree.f1)}`);
  }
}
