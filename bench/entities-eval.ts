// Scores entity resolution and geocoding on gold events (gold grouping, so the cluster stage does not matter).
// usage: node --import tsx bench/entities-eval.ts [seeds|gva-dev] [--out DIR]
// Writes one dossier per set (events = gold clusters, entities from our stage, where = pickPlace) and
// runs the shared scorers on it.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import type { Doc, Event, InputError } from '../src/model/index.ts';
import { annotateInputs } from '../src/pipeline/run.ts';
import { entitiesStage } from '../src/stages/entities/index.ts';
import { pickPlace } from '../src/stages/mentions/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('entities-eval: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : '/tmp';
const sets = args.filter((a) => !a.startsWith('--') && a !== outDir);

const goldEvents = (set: string, docs: Doc[]): Record<string, string[]> => {
  if (set === 'seeds') return { 'embassy-attack': docs.map((d) => d.article.id) };
  const gold = JSON.parse(readFileSync(join(shared, 'data', set, 'gold-clusters.json'), 'utf8')) as Record<string, string>;
  const out: Record<string, string[]> = {};
  for (const [a, g] of Object.entries(gold)) (out[g] ??= []).push(a);
  return out;
};

const emptyEvent = (id: string, articleIds: string[]): Event => ({
  id, title: id, type: '', articleIds, mentionedIn: [], background: false,
  when: { date: null, time: null, precision: null }, where: null, facts: [], entities: [], timeline: [], summary: [], reasons: [],
});

for (const set of sets.length ? sets : ['seeds', 'gva-dev']) {
  const input = set === 'seeds' ? join(shared, 'seeds') : join(shared, 'data', set, 'articles.jsonl');
  const { files } = await readAll(fsSource, [input]);
  const errors: InputError[] = [];
  const ctx = offlineContext();
  const t0 = performance.now();
  const docs = annotateInputs(files, ctx, errors);
  const t1 = performance.now();
  const events = Object.entries(goldEvents(set, docs)).map(([k, ids]) => emptyEvent(k, ids));
  const corpus = await entitiesStage.run({ docs, events, errors }, ctx);
  const t2 = performance.now();
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const ev of corpus.events) ev.where = pickPlace(ev.articleIds.flatMap((id) => byId.get(id)?.mentions ?? []));
  const path = join(outDir, `entities-${set}.json`);
  writeFileSync(path, JSON.stringify({ version: 1, generatedAt: '', articles: docs.map((d) => d.article), events: corpus.events, errors }, null, 1));
  console.log(`${set}: ${docs.length} docs, annotate ${((t1 - t0) / 1000).toFixed(1)} s, entities ${((t2 - t1) / 1000).toFixed(2)} s, errors ${errors.length}`);
  const scorer = set === 'seeds'
    ? ['score-dossier.mjs', join(shared, 'gold', 'kabul-embassy-2022.json')]
    : ['score-incidents.mjs', join(shared, 'data', set, 'gold-incidents.jsonl')];
  console.log(execFileSync('node', [join(shared, 'eval', scorer[0]), scorer[1], path], { encoding: 'utf8' }).trim());
}
