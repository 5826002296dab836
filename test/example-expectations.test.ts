// The bundled example against an analyst's reading of it (test/fixtures/example-expectations.json), check by check.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import { resolveConfig } from '../src/config/config.ts';
import type { Dossier, Event, Fact } from '../src/model/index.ts';
import { analyzeInputs } from '../src/pipeline/run.ts';

interface ExpectedFact {
  slot: string;
  value?: number | string;
  matches?: string;
  includes?: number | string | (number | string)[];
  citing?: string;
  status?: string;
  notStatus?: string;
  minArticles?: number;
}

interface ExpectedEvent {
  key: string;
  articles?: string[];
  mentionedIn?: string[];
  type?: string;
  date?: string;
  datePrecision?: 'day' | 'month' | 'year';
  time?: string;
  place?: string;
  country?: string;
  lat?: number;
  lon?: number;
  facts?: ExpectedFact[];
  sameEntity?: string[][];
  differentEntities?: [string, string][];
  timelineDates?: string[];
}

const root = new URL('..', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(`${root}test/fixtures/example-expectations.json`, 'utf8')) as { events: ExpectedEvent[] };

const analyzeExample = async (): Promise<Dossier> => {
  const { files } = await readAll(fsSource, [`${root}examples`]);
  return analyzeInputs(files, { config: resolveConfig({ now: '2026-01-01T00:00:00Z' }), llm: null });
};

const low = (s: unknown): string => String(s ?? '').toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
const same = (a: unknown, b: unknown): boolean => (typeof b === 'number' ? Number(a) === b : low(a) === low(b));
const names = (e: Event['entities'][number]): string[] => [e.name, ...(e.aliases ?? [])].map(low);

/** The event holding most of the expected reports (or recalling them, for a background event). */
const eventFor = (d: Dossier, g: ExpectedEvent): Event | undefined => {
  const ids = g.articles ?? g.mentionedIn ?? [];
  const hits = (e: Event) => ids.filter((a) => (g.articles ? e.articleIds : e.mentionedIn).includes(a)).length;
  return [...d.events].sort((a, b) => hits(b) - hits(a))[0];
};

/** Why a fact falls short of the expectation, or null when it holds. */
const factProblem = (facts: Fact[], f: ExpectedFact): string | null => {
  const values = facts.flatMap((x) => x.values);
  if (!facts.length) return 'slot missing';
  const cited = (v: Fact['values'][number]) => new Set(v.articleIds).size;
  const wanted = f.value !== undefined ? values.find((v) => same(v.value, f.value)) : f.matches ? values.find((v) => new RegExp(f.matches!, 'i').test(String(v.value))) : undefined;
  if ((f.value !== undefined || f.matches) && (!wanted || cited(wanted) < (f.minArticles ?? 1))) return `values ${JSON.stringify(values.map((v) => [v.value, v.articleIds.length]))}`;
  const includes = f.includes === undefined ? [] : ([] as (number | string)[]).concat(f.includes);
  if (!includes.every((w) => values.some((v) => same(v.value, w)))) return `values ${JSON.stringify(values.map((v) => v.value))}`;
  if (f.citing && !values.some((v) => includes.some((w) => same(v.value, w)) && v.articleIds.includes(f.citing!))) return `no value cites ${f.citing}`;
  if (f.status && !facts.some((x) => x.status === f.status)) return `status ${facts.map((x) => x.status)}`;
  if (f.notStatus && facts.some((x) => x.status === f.notStatus)) return `status ${facts.map((x) => x.status)}`;
  return null;
};

test('the bundled example reads as the analyst reads it: events, when, where, facts, entities, timeline', async () => {
  const d = await analyzeExample();
  const problems: string[] = [];
  const check = (name: string, ok: unknown, detail: unknown = '') => { if (!ok) problems.push(`${name}: ${JSON.stringify(detail)}`); };
  for (const g of expected.events) {
    const ev = eventFor(d, g);
    if (!ev) { problems.push(`${g.key}: no event`); continue; }
    const k = g.key;
    if (g.articles) check(`${k} grouped`, g.articles.every((a) => ev.articleIds.includes(a)) && ev.articleIds.length === g.articles.length, ev.articleIds);
    if (g.mentionedIn) check(`${k} recalled in`, g.mentionedIn.every((a) => ev.mentionedIn.includes(a)), ev.mentionedIn);
    if (g.type) check(`${k} type`, new RegExp(g.type, 'i').test(ev.type), ev.type);
    const n = g.datePrecision === 'month' ? 7 : g.datePrecision === 'year' ? 4 : 10;
    if (g.date) check(`${k} date`, ev.when?.date?.slice(0, n) === g.date.slice(0, n), ev.when);
    if (g.time) check(`${k} time`, ev.when?.time === g.time, ev.when);
    if (g.place) check(`${k} place`, new RegExp(g.place, 'i').test([ev.where?.name, ev.where?.admin].join(' ')), ev.where);
    if (g.country) check(`${k} country`, ev.where?.country === g.country, ev.where);
    if (g.lat !== undefined && g.lon !== undefined) check(`${k} coordinates`, ev.where && Math.abs(ev.where.lat - g.lat) < 0.5 && Math.abs(ev.where.lon - g.lon) < 0.5, ev.where);
    for (const f of g.facts ?? []) {
      const problem = factProblem(ev.facts.filter((x) => low(x.slot) === low(f.slot)), f);
      check(`${k} fact ${f.slot}`, !problem, problem);
    }
    for (const group of g.sameEntity ?? []) check(`${k} one entity for ${group.join(' = ')}`, ev.entities.some((e) => group.every((x) => names(e).includes(low(x)))));
    for (const [a, b] of g.differentEntities ?? []) {
      const has = (x: string) => (e: Event['entities'][number]) => names(e).includes(low(x));
      check(`${k} ${a} apart from ${b}`, ev.entities.some(has(a)) && ev.entities.some(has(b)) && !ev.entities.some((e) => has(a)(e) && has(b)(e)));
    }
    for (const day of g.timelineDates ?? []) check(`${k} timeline ${day}`, ev.timeline.some((t) => String(t.date ?? '').startsWith(day)));
  }
  assert.deepEqual(problems, []);
});
