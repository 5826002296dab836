// Event-date accuracy of annotate+temporal on GVA dev against the gold incident dates, with baselines and speed.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, RawArticle } from '../src/model/index.ts';
import { createDoc } from '../src/model/index.ts';
import { cleanArticle } from '../src/stages/ingest/index.ts';
import { annotateStage } from '../src/stages/annotate/index.ts';
import { addDays, formatDay, parseDay, temporalStage } from '../src/stages/temporal/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('temporal-eval: skipped (no ../shared folder beside the repository; set CORROBORATE_SHARED)');
  process.exit(0);
}
const dir = join(shared, 'data', 'gva-dev');
const errorsOut = process.argv[2] ?? null;
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

type Row = { id: string; title?: string; published?: string; outlet?: string; url?: string; text: string };
const rows = readJsonl<Row>(join(dir, 'articles.jsonl'));
const gold = new Map<string, Set<string>>();
for (const g of readJsonl<{ date: string; articleIds: string[] }>(join(dir, 'gold-incidents.jsonl'))) {
  for (const id of g.articleIds) gold.set(id, (gold.get(id) ?? new Set()).add(g.date));
}

const ctx = offlineContext();
// Articles the cleaner rejects (nothing left after removing page debris) are counted, not scored.
const articles = rows.flatMap((r) => {
  const raw: RawArticle = { id: r.id, source: 'gva-dev', format: 'json', body: r.text, title: r.title ?? null, published: r.published ?? null };
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
let n = 0;
const hits = { eventDate: 0, published: 0, publishedMinusOne: 0 };
const misses: string[] = [];
for (const doc of docs) {
  const dates = gold.get(doc.article.id);
  if (!dates) continue;
  n++;
  if (doc.eventDate && dates.has(doc.eventDate)) hits.eventDate++;
  else misses.push(`${doc.article.id} gold=${[...dates].join('|')} got=${doc.eventDate} pub=${doc.article.published} title=${doc.article.title}\n  ${doc.times.slice(0, 8).map((t) => `[${t.text}→${t.date}${t.time ? ' ' + t.time : ''}]`).join(' ')}\n  ${doc.article.text.slice(doc.sentences[0]?.start ?? 0, doc.sentences[3]?.end ?? 400).replace(/\s+/g, ' ').slice(0, 600)}`);
  if (dates.has(shifted(doc.article.published, 0) ?? '')) hits.published++;
  if (dates.has(shifted(doc.article.published, -1) ?? '')) hits.publishedMinusOne++;
}
const pct = (k: number) => (k / n).toFixed(3);
const rate = (ms: number) => (docs.length / (ms / 1000)).toFixed(0);
console.log(`temporal-eval: ${rows.length} articles, ${rows.length - articles.length} rejected by cleaning, ${n} scored`);
console.log(`eventDate accuracy (per article): ${pct(hits.eventDate)}`);
console.log(`baseline published date:          ${pct(hits.published)}`);
console.log(`baseline published minus one day: ${pct(hits.publishedMinusOne)}`);
console.log(`time mentions: ${docs.reduce((k, d) => k + d.times.length, 0)}, docs with eventTime: ${docs.filter((d) => d.eventTime).length}`);
console.log(`speed: annotate ${rate(t1 - t0)} articles/s, temporal ${rate(t2 - t1)} articles/s, annotate+temporal ${rate(t2 - t0)} articles/s (one core, CPU time)`);
if (errorsOut) writeFileSync(errorsOut, misses.join('\n'));
