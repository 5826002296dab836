// Scores entity resolution and geocoding on gold events (gold grouping, so the cluster stage does not matter).
// usage: node --import tsx bench/entities-eval.ts [seeds|gva-dev] [--out DIR] [--refresh] [--misses FILE]
// Writes one dossier per set (events = gold clusters, entities from our stage, where = pickPlace) and
// runs the shared scorers on it. For GVA it also prints victim/suspect name recall per half (hash of the
// incident id, as bench/place-eval.ts) beside the share of gold names whose surname a report writes at all (what
// recall can reach), person entities per event, and writes a miss list to study.
// GVA docs are annotated up to the temporal stage once and cached (/tmp/entities-eval-docs.json,
// --refresh to rebuild; ENTITIES_CACHE=path keeps it elsewhere); each run re-extracts mentions.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import type { Doc, Event, EventEntity, InputError } from '../src/model/index.ts';
import { annotateInputs } from '../src/pipeline/run.ts';
import { standardPipeline } from '../src/pipeline/stages.ts';
import { entitiesStage } from '../src/stages/entities/index.ts';
import { mentionsStage, pickPlace } from '../src/stages/mentions/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('entities-eval: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}
const args = process.argv.slice(2);
const opt = (name: string): string | null => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const outDir = opt('--out') ?? '/tmp';
const missPath = opt('--misses') ?? '/tmp/entities-misses.txt';
const sets = args.filter((a, i) => !a.startsWith('--') && !['--out', '--misses'].includes(args[i - 1]));
const cache = process.env.ENTITIES_CACHE ?? '/tmp/entities-eval-docs.json';

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

const annotate = async (set: string, input: string, errors: InputError[]): Promise<Doc[]> => {
  const ctx = offlineContext();
  const { files } = await readAll(fsSource, [input]);
  if (set === 'seeds') return annotateInputs(files, ctx, errors);
  const cached = set === 'gva-dev' && existsSync(cache) && !args.includes('--refresh');
  const upToTemporal = { ...standardPipeline, articleStages: standardPipeline.articleStages.slice(0, 2) };
  const raw = cached ? (JSON.parse(readFileSync(cache, 'utf8')) as Doc[]) : annotateInputs(files, ctx, errors, undefined, upToTemporal);
  if (set === 'gva-dev' && !cached) writeFileSync(cache, JSON.stringify(raw));
  return raw.map((d) => mentionsStage.run(d, ctx) as Doc);
};

interface Participant { name: string | null; role: string }
interface Gold { incident: string; participants?: Participant[]; articleIds: string[] }

const eventRoles = new Set(['victim', 'suspect', 'arrested', 'official', 'spokesperson']);
const low = (s: unknown): string => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const halfOf = (incident: string): 'a' | 'b' => (parseInt(createHash('md5').update(incident).digest('hex').slice(-1), 16) % 4 < 2 ? 'a' : 'b');
const people = (es: EventEntity[]): EventEntity[] => es.filter((e) => e.type === 'person');
/** As score-incidents.mjs: the full name, or a name ending in " " + the gold surname. */
const found = (names: string[], gold: string): boolean => {
  const last = low(gold).split(' ').pop()!;
  return names.some((x) => x === low(gold) || x.endsWith(' ' + last));
};

/** The gold surname written as a word in a report: a name no report writes cannot be found. */
const surnameIn = (text: string, last: string): boolean =>
  new RegExp(`(?<!\\p{L})${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu').test(text);

/** Victim and suspect recall per half, person entities per event, and the misses with their reports' lines. */
const scoreNames = (set: string, events: Event[], byId: Map<string, Doc>): void => {
  const golds = readFileSync(join(shared, 'data', set, 'gold-incidents.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
  const eventOf = new Map<string, Event>();
  for (const ev of events) for (const a of ev.articleIds) eventOf.set(a, ev);
  const tally = new Map<string, [number, number]>();
  const add = (k: string, ok: boolean): void => {
    const t = tally.get(k) ?? [0, 0];
    tally.set(k, [t[0] + (ok ? 1 : 0), t[1] + 1]);
  };
  const misses: string[] = [];
  for (const g of golds) {
    const ev = g.articleIds.map((a) => eventOf.get(a)).find(Boolean);
    const persons = people(ev?.entities ?? []);
    const names = persons.flatMap((e) => [e.name, ...e.aliases]).map(low);
    for (const p of g.participants ?? []) {
      const name = p.name;
      if (!name) continue;
      const role = p.role === 'Victim' ? 'victim' : 'suspect';
      const ok = found(names, name);
      const last = low(p.name).split(' ').pop()!;
      const written = g.articleIds.some((a) => surnameIn(byId.get(a)?.article.text ?? '', last));
      for (const h of ['all', halfOf(g.incident)]) {
        add(`${role} ${h}`, ok);
        add(`${role} written ${h}`, written);
      }
      const holder = persons.find((e) => found([e.name, ...e.aliases].map(low), name));
      if (holder) {
        const said = holder.roles.filter((r) => eventRoles.has(r));
        add(`${role} role given`, said.length > 0);
        if (said.length) add(`${role} role right`, said.some((r) => (role === 'victim' ? r === 'victim' : r === 'suspect' || r === 'arrested')));
      }
      if (ok) continue;
      const lines = g.articleIds.flatMap((a) => {
        const text = byId.get(a)?.article.text ?? '';
        const i = low(text).indexOf(last);
        return i < 0 ? [] : [`   > ${a.slice(0, 8)}: ${text.slice(Math.max(0, i - 100), i + 80).replace(/\s+/g, ' ')}`];
      });
      const ms = g.articleIds.flatMap((a) => byId.get(a)?.mentions ?? []).filter((m) => low(m.text).includes(last));
      misses.push([
        `## ${g.incident} ${role} "${p.name}" [${lines.length ? 'written' : 'not written'}]`,
        `   mentions: ${ms.map((m) => `${m.text}/${m.type}`).join('; ') || '-'}`,
        `   persons: ${persons.map((e) => e.name).join('; ')}`,
        ...lines.slice(0, 2),
      ].join('\n'));
    }
  }
  writeFileSync(missPath, misses.join('\n\n') + '\n');
  const rate = (k: string): string => {
    const [ok, n] = tally.get(k) ?? [0, 0];
    return `${(ok / Math.max(1, n)).toFixed(3)} (${ok}/${n})`;
  };
  for (const role of ['victim', 'suspect']) {
    console.log(`  ${role} names: ${rate(`${role} all`)}, a ${rate(`${role} a`)}, b ${rate(`${role} b`)}; event role given ${rate(`${role} role given`)}, right when given ${rate(`${role} role right`)}`);
    console.log(`    surname written in the reports (the ceiling): ${rate(`${role} written all`)}, a ${rate(`${role} written a`)}, b ${rate(`${role} written b`)}`);
  }
  const counts = events.map((ev) => people(ev.entities).length);
  console.log(`  person entities per event: ${(counts.reduce((x, y) => x + y, 0) / events.length).toFixed(2)} (${counts.reduce((x, y) => x + y, 0)} in ${events.length} events); miss list: ${missPath}`);
};

for (const set of sets.length ? sets : ['seeds', 'gva-dev']) {
  const input = set === 'seeds' ? join(shared, 'seeds') : join(shared, 'data', set, 'articles.jsonl');
  const errors: InputError[] = [];
  const ctx = offlineContext();
  const t0 = performance.now();
  const docs = await annotate(set, input, errors);
  const t1 = performance.now();
  const events = Object.entries(goldEvents(set, docs)).map(([k, ids]) => emptyEvent(k, ids));
  const cpu0 = process.cpuUsage();
  const corpus = await entitiesStage.run({ docs, events, errors }, ctx);
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const ev of corpus.events) ev.where = pickPlace(ev.articleIds.flatMap((id) => byId.get(id)?.mentions ?? []));
  const path = join(outDir, `entities-${set}.json`);
  writeFileSync(path, JSON.stringify({ version: 1, generatedAt: '', articles: docs.map((d) => d.article), events: corpus.events, errors }, null, 1));
  console.log(`${set}: ${docs.length} docs, annotate ${((t1 - t0) / 1000).toFixed(1)} s, entities ${((t2 - t1) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), errors ${errors.length}`);
  const scorer = set === 'seeds'
    ? ['score-dossier.mjs', join(shared, 'gold', 'kabul-embassy-2022.json')]
    : ['score-incidents.mjs', join(shared, 'data', set, 'gold-incidents.jsonl')];
  console.log(execFileSync('node', [join(shared, 'eval', scorer[0]), scorer[1], path], { encoding: 'utf8' }).trim());
  if (set === 'gva-dev') scoreNames(set, corpus.events, byId);
}
