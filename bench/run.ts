// `npm run bench`: throughput (articles/s) and peak memory of `analyze` on GVA dev, per stage, with the core count.

import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import { annotateInputs, runCorpus } from '../src/pipeline/run.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('bench: skipped (no ../shared folder beside the repository; set CORROBORATE_SHARED)');
  process.exit(0);
}
const input = process.argv[2] ?? join(shared, 'data', 'gva-dev', 'articles.jsonl');
const ctx = { ...offlineContext(), timings: {} as Record<string, number> };
const { files, failures } = await readAll(fsSource, [input]);
// A wrong path would otherwise be timed as a run of 0 articles.
if (failures.length > 0 || files.length === 0) {
  for (const f of failures) console.error(`bench: ${f.source}: ${f.message}`);
  if (failures.length === 0) console.error(`bench: ${input}: no readable input files`);
  process.exit(1);
}
const errors: never[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const docs = annotateInputs(files, ctx, errors);
const t1 = performance.now();
const corpus = await runCorpus(docs, ctx, errors);
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const n = docs.length;
const rate = (ms: number) => (n / (ms / 1000)).toFixed(0);
console.log(`bench: ${input}`);
console.log(`cores: ${availableParallelism()} (the pipeline runs on one)`);
console.log(`articles: ${n}, events: ${corpus.events.length}, errors: ${corpus.errors.length}`);
console.log(`per-article stages: ${((t1 - t0) / 1000).toFixed(2)} s, ${rate(t1 - t0)} articles/s`);
console.log(`corpus stages: ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`analyze total: ${((t2 - t0) / 1000).toFixed(2)} s, ${rate(t2 - t0)} articles/s on one core`);
console.log(`analyze CPU time: ${(cpuMs / 1000).toFixed(2)} s, ${rate(cpuMs)} articles per CPU-second (load average ${loadavg()[0].toFixed(1)})`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
for (const [stage, ms] of Object.entries(ctx.timings).sort((a, b) => b[1] - a[1])) {
  console.log(`  stage ${stage.padEnd(12)} ${(ms / 1000).toFixed(2)} s`);
}
