// Event-date accuracy of annotate+temporal on GVA dev against the gold incident dates, per half, with baselines and speed.
// usage: temporal-eval.ts [MISSES-FILE] [--fit]
// The incidents are split in two halves by a hash of their id: weights are fitted on half A (`--fit`), checked on B.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, RawArticle } from '../src/model/index.ts';
import { createDoc } from '../src/model/index.ts';
import { cleanArticle } from '../src/stages/ingest/index.ts';
import { annotateStage } from '../src/stages/annotate/index.ts';
import {
  addDays, bestEventDay, eventDateCandidates, eventDateFeatures, eventDateInputOf, eventDateWeights, formatDay, parseDay, temporalStage, voteEventDate,
} from '../src/stages/temporal/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('temporal-eval: skipped (no ../shared folder beside the repository; set CORROBORATE_SHARED)');
  process.exit(0);
}
const dir = join(shared, 'data', 'gva-dev');
const args = process.argv.slice(2);
const fitting = args.includes('--fit');
const errorsOut = args.find((a) => !a.startsWith('--')) ?? null;
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

type Half = 'A' | 'B';
const halfOf = (incident: string): Half => (createHash('sha1').update(incident).digest()[0] % 2 ? 'B' : 'A');

type Row = { id: string; title?: string; published?: string; outlet?: string; url?: string; text: string };
type Incident = { incident: string; date: string; articleIds: string[] };
const rows = readJsonl<Row>(join(dir, 'articles.jsonl'));
const incidents = readJsonl<Incident>(join(dir, 'gold-incidents.jsonl'));
const gold = new Map<string, Set<string>>();
const halfOfArticle = new Map<string, Half>();
for (const g of incidents) {
  for (const id of g.articleIds) {
    gold.set(id, (gold.get(id) ?? new Set()).add(g.date));
    if (!halfOfArticle.has(id)) halfOfArticle.set(id, halfOf(g.incident));
  }
}

const ctx = offlineContext();
// Articles the cleaner rejects (nothing left after removing page debris) are counted, not scored.
const articles = rows.flatMap((r) => {
  const raw: RawArticle = { id: r.id, source: 'gva-dev', format: 'json', body: r.text, title: r.title ?? null, published: r.published ?? null, url: r.url ?? null };
  try {
    return [cleanArticle(raw)];
  } catch {
    return [];
  }
});

// CPU time, not wall time: other processes on a shared machine would distort a wall-clock rate.
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = cpuMs();
const annotated = articles.map((a) => annotateStage.run(createDoc(a), ctx));
const t1 = cpuMs();
const docs: Doc[] = annotated.map((d) => temporalStage.run(d, ctx));
const t2 = cpuMs();

const shifted = (published: string | null, days: number): string | null => {
  const d = parseDay(published);
  return d ? formatDay(addDays(d, days)) : null;
};
const tally = () => ({ n: 0, eventDate: 0, published: 0, publishedMinusOne: 0 });
const perHalf = { A: tally(), B: tally(), all: tally() };
const misses: string[] = [];
for (const doc of docs) {
  const dates = gold.get(doc.article.id);
  if (!dates) continue;
  const hit = Boolean(doc.eventDate && dates.has(doc.eventDate));
  for (const t of [perHalf.all, perHalf[halfOfArticle.get(doc.article.id)!]]) {
    t.n++;
    if (hit) t.eventDate++;
    if (dates.has(shifted(doc.article.published, 0) ?? '')) t.published++;
    if (dates.has(shifted(doc.article.published, -1) ?? '')) t.publishedMinusOne++;
  }
  if (!hit) misses.push(`${doc.article.id} gold=${[...dates].join('|')} got=${doc.eventDate} pub=${doc.article.published} title=${doc.article.title}\n  ${doc.times.slice(0, 8).map((t) => `[${t.text}→${t.date}${t.time ? ' ' + t.time : ''}]`).join(' ')}\n  ${doc.article.text.slice(doc.sentences[0]?.start ?? 0, doc.sentences[3]?.end ?? 400).replace(/\s+/g, ' ').slice(0, 600)}`);
}
const pct = (k: number, n: number) => (n ? k / n : 0).toFixed(3);
const rate = (ms: number) => (docs.length / (ms / 1000)).toFixed(0);
const { all, A, B } = perHalf;
console.log(`temporal-eval: ${rows.length} articles, ${rows.length - articles.length} rejected by cleaning, ${all.n} scored (half A ${A.n}, half B ${B.n})`);
console.log(`eventDate accuracy (per article): ${pct(all.eventDate, all.n)}  (A ${pct(A.eventDate, A.n)}, B ${pct(B.eventDate, B.n)})`);
console.log(`baseline published date:          ${pct(all.published, all.n)}`);
console.log(`baseline published minus one day: ${pct(all.publishedMinusOne, all.n)}`);
console.log(`time mentions: ${docs.reduce((k, d) => k + d.times.length, 0)}, docs with eventTime: ${docs.filter((d) => d.eventTime).length}`);
console.log(`speed: annotate ${rate(t1 - t0)} articles/s, temporal ${rate(t2 - t1)} articles/s, annotate+temporal ${rate(t2 - t0)} articles/s (one core, CPU time)`);
if (errorsOut) writeFileSync(errorsOut, misses.join('\n'));

// Event level on the gold clusters (an upper bound on what clustering allows): voteEventDate over each incident's reports.
const docById = new Map(docs.map((d) => [d.article.id, d]));
const events = { A: [0, 0], B: [0, 0] };
for (const g of incidents) {
  const t = events[halfOf(g.incident)];
  t[1]++;
  if (voteEventDate(g.articleIds.flatMap((id) => docById.get(id) ?? [])) === g.date) t[0]++;
}
console.log(`event date on gold clusters (voteEventDate): ${pct(events.A[0] + events.B[0], events.A[1] + events.B[1])}  (A ${pct(events.A[0], events.A[1])}, B ${pct(events.B[0], events.B[1])})`);

if (fitting) fitWeights();

/** One article's candidates for fitting: their cues and whether each names a gold day. */
interface Example {
  half: Half;
  features: Float64Array[];
  dates: string[];
  gold: boolean[];
}

function fitWeights(): void {
  const examples: Example[] = annotated.flatMap((doc) => {
    const dates = gold.get(doc.article.id);
    if (!dates) return [];
    const cands = eventDateCandidates(eventDateInputOf(doc));
    return [{ half: halfOfArticle.get(doc.article.id)!, features: cands.map((c) => c.features), dates: cands.map((c) => c.date), gold: cands.map((c) => dates.has(c.date)) }];
  });
  const start = eventDateFeatures.map((f) => eventDateWeights[f]);
  const fitted = softmaxFit(examples.filter((e) => e.half === 'A'), start.map((w) => Math.max(-10, w)));
  const report = (name: string, w: number[]) =>
    console.log(`${name}: A ${accuracy(examples.filter((e) => e.half === 'A'), w).toFixed(3)}, B ${accuracy(examples.filter((e) => e.half === 'B'), w).toFixed(3)} (share of articles whose picked day is a gold day)`);
  const oracle = (half: Half) => examples.filter((e) => e.half === half && e.gold.some(Boolean)).length / examples.filter((e) => e.half === half).length;
  console.log(`some candidate is a gold day: A ${oracle('A').toFixed(3)}, B ${oracle('B').toFixed(3)}`);
  report('current weights', start);
  report('fitted on A    ', fitted);
  const rounded = fitted.map((w) => Math.round(w * 4) / 4);
  report('fitted, rounded', rounded);
  console.log(`{ ${eventDateFeatures.map((f, i) => `${f}: ${rounded[i]}`).join(', ')} }`);
}

function dot(f: Float64Array, w: number[]): number {
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i] * w[i];
  return s;
}

/** Share of examples whose best day (candidates weighed together, as pickEventDate does) is a gold day. */
function accuracy(examples: Example[], w: number[]): number {
  let hits = 0;
  for (const e of examples) {
    const best = bestEventDay(e.features.map((f, i) => ({ time: null, date: e.dates[i], features: f, score: dot(f, w) })));
    if (best && e.gold[e.dates.indexOf(best.date)]) hits++;
  }
  return hits / examples.length;
}

/** Softmax ranking by full-batch gradient descent: maximises the chance of picking some gold-day candidate. */
function softmaxFit(examples: Example[], start: number[], epochs = 600, rate = 0.5, l2 = 0.002): number[] {
  const w = [...start];
  const usable = examples.filter((e) => e.gold.some(Boolean) && !e.gold.every(Boolean));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = w.map((x) => l2 * x);
    for (const e of usable) {
      const s = e.features.map((f) => dot(f, w));
      const max = Math.max(...s);
      const p = s.map((x) => Math.exp(x - max));
      const z = p.reduce((a, b) => a + b, 0);
      const zg = p.reduce((a, b, i) => a + (e.gold[i] ? b : 0), 0);
      e.features.forEach((f, i) => {
        const d = (p[i] / z - (e.gold[i] ? p[i] / zg : 0)) / usable.length;
        for (let k = 0; k < f.length; k++) if (f[k]) grad[k] += d * f[k];
      });
    }
    for (let k = 0; k < w.length; k++) w[k] -= rate * grad[k];
  }
  return w;
}

