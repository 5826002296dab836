// `npm run eval`: scores the pipeline with ../shared/eval on the seeds, ECB+ dev and GVA dev, one line per figure.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzePaths, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('eval: skipped (no ../shared folder beside the repository; set CORROBORATE_SHARED)');
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));

const score = (script: string, gold: string, dossierPath: string): Record<string, unknown> =>
  JSON.parse(execFileSync('node', [join(shared, 'eval', script), gold, dossierPath], { encoding: 'utf8' }).trim());

const dossierOf = async (name: string, inputs: string[]) => {
  const t0 = performance.now();
  const dossier = await analyzePaths(inputs);
  const path = join(work, `${name}.json`);
  writeFileSync(path, JSON.stringify(dossier));
  const secs = (performance.now() - t0) / 1000;
  console.log(`${name}: ${dossier.articles.length} articles, ${dossier.events.length} events, ${secs.toFixed(1)} s`);
  return path;
};

const flat = (prefix: string, obj: Record<string, unknown>): void => {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) flat(`${prefix}.${k}`, v as Record<string, unknown>);
    else if (typeof v === 'number') console.log(`${prefix}.${k}: ${v}`);
  }
};

const seeds = await dossierOf('seeds', [join(shared, 'seeds')]);
const seedScore = score('score-dossier.mjs', join(shared, 'gold', 'kabul-embassy-2022.json'), seeds);
console.log(`seeds.dossier.score: ${seedScore.score} (${seedScore.passed}/${seedScore.total})`);
for (const f of (seedScore.failed as string[]) ?? []) console.log(`seeds.dossier.failed: ${f}`);

for (const set of ['ecbplus-dev', 'gva-dev']) {
  const dir = join(shared, 'data', set);
  const path = await dossierOf(set, [join(dir, 'articles.jsonl')]);
  const clusters = score('score-clusters.mjs', join(dir, 'gold-clusters.json'), path);
  flat(`${set}.clusters.bcubed`, clusters.bcubed as Record<string, unknown>);
  if (set === 'gva-dev') flat(`${set}.incidents`, score('score-incidents.mjs', join(dir, 'gold-incidents.jsonl'), path));
}
