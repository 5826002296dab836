// Scores the fact ledger: GVA dev incidents (score-incidents) and the Kabul seed facts (score-dossier).
// usage: node --import tsx bench/incidents-eval.ts [--gold-clusters] [--seeds-only] [--verbose]
//   --gold-clusters  main events from the gold grouping (background events still from the cluster stage),
//                    so the figures measure claims and ledger alone, not clustering.
//   INCIDENTS_CACHE=dir  keeps each article as annotated by the stages before claims (v8-serialized), so tuning
//                    claims and ledger skips them; delete the folder after changing any of those stages or the data.
//   INCIDENTS_DOSSIER=path  keeps the GVA dossier for a closer look.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import type { Doc, Dossier, Event } from '../src/model/index.ts';
import { analyzeInputs } from '../src/pipeline/run.ts';
import type { ArticleStage, CorpusStage, Pipeline } from '../src/pipeline/stage.ts';
import { standardPipeline } from '../src/pipeline/stages.ts';
import { offlineContext, sharedDir } from './shared.ts';

const args = process.argv.slice(2);
const gold = args.includes('--gold-clusters');
const verbose = args.includes('--verbose');
const shared = sharedDir();
if (!shared) {
  console.log('incidents-eval: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'corroborate-incidents-'));

const blankEvent = (id: string, articleIds: string[]): Event => ({
  id, title: id, type: 'unknown', articleIds, mentionedIn: [], background: false,
  when: { date: null, time: null, precision: null }, where: null, facts: [], entities: [], timeline: [], summary: [], reasons: [],
});

/** Replaces the cluster stage's main events with the gold grouping, keeping its background events. */
const goldCluster = (groups: Map<string, string[]>, real: CorpusStage): CorpusStage => ({
  name: 'cluster',
  run: async (corpus, ctx) => {
    const clustered = await real.run(corpus, ctx);
    const present = new Set(corpus.docs.map((d) => d.article.id));
    const main = [...groups.entries()]
      .map(([key, ids]) => blankEvent(`gold-${key}`, ids.filter((id) => present.has(id))))
      .filter((e) => e.articleIds.length);
    return { ...clustered, events: [...main, ...clustered.events.filter((e) => e.background)] };
  },
});

/** The stages before claims as one stage whose output is read from, or written to, a cache keyed by the input. */
const cachedStages = (dir: string, key: string): { stages: ArticleStage[]; save: () => void } => {
  const path = join(dir, `${key.replace(/\W+/g, '_')}.v8`);
  const cached = existsSync(path) ? (deserialize(readFileSync(path)) as Map<string, Doc>) : null;
  const fresh = new Map<string, Doc>();
  const index = standardPipeline.articleStages.findIndex((s) => s.name === 'claims');
  const before = standardPipeline.articleStages.slice(0, index);
  const early: ArticleStage = {
    name: 'before-claims',
    run: (doc, ctx) => {
      const hit = cached?.get(doc.article.id);
      if (hit) return hit;
      const out = before.reduce((d, s) => s.run(d, ctx), doc);
      fresh.set(doc.article.id, out);
      return out;
    },
  };
  const save = () => {
    if (cached || !fresh.size) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, serialize(fresh));
  };
  return { stages: [early, ...standardPipeline.articleStages.slice(index)], save };
};

const pipelineFor = (groups: Map<string, string[]> | null, articleStages = standardPipeline.articleStages): Pipeline => ({
  ...standardPipeline,
  articleStages,
  corpusStages: groups ? standardPipeline.corpusStages.map((s) => (s.name === 'cluster' ? goldCluster(groups, s) : s)) : standardPipeline.corpusStages,
});

const analyze = async (inputs: string[], groups: Map<string, string[]> | null): Promise<string> => {
  const t0 = performance.now();
  const { files } = await readAll(fsSource, inputs);
  const ctx = { ...offlineContext(), timings: {} as Record<string, number> };
  const cache = process.env.INCIDENTS_CACHE ? cachedStages(process.env.INCIDENTS_CACHE, inputs[0]) : null;
  const dossier: Dossier = await analyzeInputs(files, ctx, undefined, [], pipelineFor(groups, cache?.stages));
  cache?.save();
  const path = join(work, `dossier-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(dossier));
  // The claims stage runs once per article and must stay cheap: its cost per article is shown beside the total.
  const claimsMs = (ctx.timings.claims ?? 0) / Math.max(1, dossier.articles.length);
  console.log(`${inputs[0]}: ${dossier.articles.length} articles, ${dossier.events.length} events, ${((performance.now() - t0) / 1000).toFixed(1)} s (claims ${claimsMs.toFixed(2)} ms/article)`);
  return path;
};

const run = (script: string, goldPath: string, dossier: string): string =>
  execFileSync('node', [join(shared, 'eval', script), goldPath, dossier, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

const seedGold = join(shared, 'gold', 'kabul-embassy-2022.json');
const seedGroups = gold ? new Map([['seeds', JSON.parse(readFileSync(seedGold, 'utf8')).articles as string[]]]) : null;
console.log('seeds:', run('score-dossier.mjs', seedGold, await analyze([join(shared, 'seeds')], seedGroups)));

if (!args.includes('--seeds-only')) {
  const dir = join(shared, 'data', 'gva-dev');
  let groups: Map<string, string[]> | null = null;
  if (gold) {
    const byArticle = JSON.parse(readFileSync(join(dir, 'gold-clusters.json'), 'utf8')) as Record<string, string>;
    groups = new Map();
    for (const [a, incident] of Object.entries(byArticle)) groups.set(incident, [...(groups.get(incident) ?? []), a]);
  }
  const goldPath = join(dir, 'gold-incidents.jsonl');
  const dossier = await analyze([join(dir, 'articles.jsonl')], groups);
  console.log('gva-dev:', run('score-incidents.mjs', goldPath, dossier));
  // The same halves as temporal-eval (a hash of the incident id): a change should help both, not one.
  const lines = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim());
  const halfOf = (line: string): string => (createHash('sha1').update(String(JSON.parse(line).incident)).digest()[0] % 2 ? 'b' : 'a');
  for (const half of ['a', 'b']) {
    const path = join(work, `gold-${half}.jsonl`);
    writeFileSync(path, lines.filter((l) => halfOf(l) === half).join('\n') + '\n');
    console.log(`gva-dev ${half}:`, run('score-incidents.mjs', path, dossier));
  }
  if (process.env.INCIDENTS_DOSSIER) writeFileSync(process.env.INCIDENTS_DOSSIER, readFileSync(dossier));
}
