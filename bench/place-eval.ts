// Scores the event's place on GVA dev with the gold grouping, and writes a miss list to study.
// usage: node --import tsx bench/place-eval.ts [--refresh] [--half a|b] [--misses FILE] [--show INCIDENT] [--dump FILE]
// --dump writes one line per incident (id, city ok, state ok, gold, ours), to diff two versions.
// Docs are annotated up to the temporal stage once and cached (/tmp/place-eval-docs.json or PLACE_EVAL_CACHE, --refresh to
// rebuild); each run re-extracts mentions, runs the background stage and asks the ledger's whereOf, then
// scores as score-incidents.mjs does (gold city a substring of where.name + ' ' + where.admin).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import type { Doc, InputError, Place } from '../src/model/index.ts';
import { annotateInputs } from '../src/pipeline/run.ts';
import { standardPipeline } from '../src/pipeline/stages.ts';
import { backgroundStage } from '../src/stages/background/index.ts';
import { placeClaim } from '../src/stages/claims/place.ts';
import { reconcileSlot, sourceGroups } from '../src/stages/ledger/reconcile.ts';
import { canonicalize } from '../src/stages/ledger/values.ts';
import { whereOf } from '../src/stages/ledger/where.ts';
import { docPlaces, placeLevel } from '../src/stages/mentions/place.ts';
import { mentionsStage } from '../src/stages/mentions/index.ts';
import { gazetteer } from '../src/stages/mentions/gazetteer/index.ts';
import { offlineContext, sharedDir } from './shared.ts';

const shared = sharedDir();
if (!shared) {
  console.log('place-eval: skipped (no ../shared folder; set CORROBORATE_SHARED)');
  process.exit(0);
}
const args = process.argv.slice(2);
const opt = (name: string): string | null => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const half = opt('--half');
const show = opt('--show');
const missPath = opt('--misses') ?? '/tmp/place-misses.txt';
const dumpPath = opt('--dump');
const dump: string[] = [];
const cache = process.env.PLACE_EVAL_CACHE ?? '/tmp/place-eval-docs.json';
const dir = join(shared, 'data', 'gva-dev');
const ctx = offlineContext();

const loadDocs = async (): Promise<Doc[]> => {
  if (existsSync(cache) && !args.includes('--refresh')) return JSON.parse(readFileSync(cache, 'utf8')) as Doc[];
  const { files } = await readAll(fsSource, [join(dir, 'articles.jsonl')]);
  const upToTemporal = { ...standardPipeline, articleStages: standardPipeline.articleStages.slice(0, 2) };
  const docs = annotateInputs(files, ctx, [] as InputError[], undefined, upToTemporal);
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
};

interface Gold { incident: string; state: string; city: string; articleIds: string[] }

const low = (s: unknown): string => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const cityOk = (g: Gold, p: Place | null): boolean => {
  const city = low(g.city).replace(/\s*\(county\)\s*$/, '');
  return Boolean(city) && low([p?.name, p?.admin].join(' ')).includes(city);
};
const stateOk = (g: Gold, p: Place | null): boolean =>
  Boolean(g.state) && (low([p?.name, p?.admin].join(' ')).includes(low(g.state)) || low(p?.admin) === low(g.state));
const inHalf = (g: Gold): boolean =>
  !half || (parseInt(createHash('md5').update(g.incident).digest('hex').slice(-1), 16) % 4 < 2 ? 'a' : 'b') === half;

const t0 = performance.now();
const raw = await loadDocs();
const t1 = performance.now();
gazetteer();
const t2 = performance.now();
const cpu0 = process.cpuUsage();
const docs = raw.map((d) => backgroundStage.run(mentionsStage.run(d, ctx), ctx));
const cpu = process.cpuUsage(cpu0);
const byId = new Map(docs.map((d) => [d.article.id, d]));
const golds = readFileSync(join(dir, 'gold-incidents.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold).filter(inHalf);

let city = 0;
let state = 0;
/** Events whose ledger place fact (reports' place claims reconciled) leads with the place event.where gives. */
let agree = 0;
let withFact = 0;
const kinds = new Map<string, number>();
const misses: string[] = [];
for (const g of golds) {
  const own = g.articleIds.map((id) => byId.get(id)).filter((d): d is Doc => Boolean(d));
  const where = whereOf([], own);
  const claims = own.flatMap((d) => placeClaim(d).map((claim) => ({ claim, article: d.article })));
  const fact = reconcileSlot('place', canonicalize('place', claims, []), sourceGroups(own.map((d) => d.article)));
  if (fact) {
    withFact++;
    agree += low(fact.values[0]?.value) === low(where?.name) ? 1 : 0;
  }
  if (show === g.incident) {
    console.log(`gold ${g.city}, ${g.state} | ours ${where?.name}, ${where?.admin}`);
    for (const d of own) {
      console.log(`- ${d.article.id} ${d.article.outlet ?? ''}: ${d.article.text.slice(0, 300).replace(/\s+/g, ' ')}`);
      for (const s of docPlaces(d).slice(0, 8)) {
        const m = s.mention;
        console.log(`    ${s.share.toFixed(2)} ${s.place.name}/${s.place.admin} [${m?.source ?? 'outlet'}] "${m ? d.article.text.slice(Math.max(0, m.start - 40), m.end + 25).replace(/\s+/g, ' ') : ''}"`);
      }
    }
  }
  const ok = cityOk(g, where);
  city += ok ? 1 : 0;
  state += stateOk(g, where) ? 1 : 0;
  dump.push([g.incident, Number(ok), Number(stateOk(g, where)), `${g.city}, ${g.state}`, `${where?.name}, ${where?.admin}`].join('\t'));
  if (ok) continue;
  const goldKey = low(g.city).replace(/\s*\(county\)\s*$/, '');
  const named = own.some((d) => d.mentions.some((m) => m.type === 'location' && low(m.place?.name).includes(goldKey)));
  const written = own.some((d) => low(d.article.text).includes(goldKey));
  const chosen = !where ? '' : where.country !== 'US' ? ' (abroad)' : low(where.admin) !== low(g.state) ? ' (other state)' : placeLevel(where) < 3 ? ' (county/state)' : ' (same state)';
  const kind = !own.length ? 'no article' : /\(/.test(goldKey) ? 'gold names a part in brackets' : !where ? `no place${written ? ', gold written' : ''}`
    : named ? `chose another located place${chosen}` : written ? `gold written, not located${chosen}` : `gold not written${chosen}`;
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const places = own.flatMap((d) => d.mentions.filter((m) => m.place && m.type === 'location').map((m) => `${m.text}→${m.place!.name}/${m.place!.admin ?? '-'}${m.source === 'dateline' ? '[D]' : ''}`));
  misses.push([
    `## ${g.incident} [${kind}] gold: ${g.city}, ${g.state} | ours: ${where ? `${where.name}, ${where.admin ?? '-'} (${where.key ?? ''})` : '-'}`,
    `   places: ${[...new Set(places)].slice(0, 14).join('; ')}`,
    ...own.slice(0, 3).map((d) => `   > ${d.article.text.slice(0, 260).replace(/\s+/g, ' ')}`),
  ].join('\n'));
}
writeFileSync(missPath, misses.join('\n\n') + '\n');
if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + '\n');
const n = golds.length;
console.log(`place-eval${half ? ` (half ${half})` : ''}: ${n} incidents, city ${(city / n).toFixed(3)}, state ${(state / n).toFixed(3)}`);
console.log(`  ledger place fact leads with event.where's place in ${agree} of ${withFact} events`);
console.log(`  misses by kind: ${[...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  docs ${docs.length} (cache ${((t1 - t0) / 1000).toFixed(1)} s), gazetteer load ${((t2 - t1) / 1000).toFixed(2)} s, mentions+background CPU ${((cpu.user + cpu.system) / 1000 / docs.length).toFixed(2)} ms/article`);
console.log(`  miss list: ${missPath}`);
