// `node --import tsx bench/perf-compare.ts before.json after.json`: checks that a speed change left two dossiers equal, part by part.

import { readFileSync } from 'node:fs';
import type { Dossier, Event } from '../src/model/index.ts';

type Part = [name: string, pick: (d: Dossier) => unknown];

const perEvent = (pick: (e: Event) => unknown) => (d: Dossier) => d.events.map((e) => [e.id, pick(e)]);

const parts: Part[] = [
  ['articles', (d) => d.articles],
  ['errors', (d) => d.errors],
  ['event articleIds', perEvent((e) => e.articleIds)],
  ['event when/where/type', perEvent((e) => [e.type, e.when, e.where, e.title])],
  ['facts', perEvent((e) => e.facts)],
  ['entities', perEvent((e) => e.entities)],
  ['timeline', perEvent((e) => e.timeline)],
  ['summary', perEvent((e) => e.summary)],
  ['rest of events', perEvent((e) => ({ ...e, facts: 0, entities: 0, timeline: 0, summary: 0 }))],
];

const firstDifference = (a: unknown[], b: unknown[]): string => {
  const i = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
  return i < 0 ? `lengths ${a.length} vs ${b.length}` : `first at #${i}: ${JSON.stringify(a[i]).slice(0, 300)}\n   vs ${JSON.stringify(b[i]).slice(0, 300)}`;
};

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) throw new Error('usage: perf-compare.ts <before.json> <after.json>');
const before = JSON.parse(readFileSync(beforePath, 'utf8')) as Dossier;
const after = JSON.parse(readFileSync(afterPath, 'utf8')) as Dossier;
let same = true;
for (const [name, pick] of parts) {
  const a = pick(before) as unknown[];
  const b = pick(after) as unknown[];
  if (JSON.stringify(a) === JSON.stringify(b)) continue;
  same = false;
  console.log(`DIFFERENT ${name}: ${firstDifference(a, b)}`);
}
console.log(same ? 'same dossier (generatedAt aside)' : 'dossiers differ');
process.exitCode = same ? 0 : 1;
