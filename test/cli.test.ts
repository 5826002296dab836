// End to end: the `corroborate` command on the bundled example, as a user runs it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Dossier } from '../src/model/index.ts';

const root = new URL('..', import.meta.url).pathname;
const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync('node', [join(root, 'bin/corroborate.js'), ...args], { cwd: root, encoding: 'utf8', input, timeout: 120_000, env });

const analyzeExamples = (() => {
  let cached: Dossier | null = null;
  return (): Dossier => {
    if (cached) return cached;
    const out = join(mkdtempSync(join(tmpdir(), 'cli-')), 'dossier.json');
    const r = run(['analyze', 'examples', '--format', 'json', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    cached = JSON.parse(readFileSync(out, 'utf8')) as Dossier;
    return cached;
  };
})();

test('--help and --version answer with exit 0; a usage error exits 2', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /analyze/);
  assert.match(help.stdout, /ingest/);
  assert.match(help.stdout, /report/);
  assert.equal(run(['--version']).stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  assert.equal(run(['analyze']).status, 2);
  assert.equal(run(['analyze', 'examples', '--format', 'pdf']).status, 2);
});

test('the command runs from a bundle of the sources cached under .cache, and says the same as the sources run by tsx', () => {
  const bundled = run(['analyze', 'examples', '--format', 'text', '--no-progress']);
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.ok(readdirSync(join(root, '.cache', 'corroborate')).some((f) => /^main-[0-9a-f]{16}\.mjs$/.test(f)));
  const direct = run(['analyze', 'examples', '--format', 'text', '--no-progress'], undefined, { ...process.env, CORROBORATE_NO_BUNDLE: '1' });
  assert.equal(direct.status, 0, direct.stderr);
  assert.equal(bundled.stdout.replace(/generated [^\n]*/gi, ''), direct.stdout.replace(/generated [^\n]*/gi, ''));
});

test('analyze of the example writes a dossier of every article with evidence spans into the text', () => {
  const dossier = analyzeExamples();
  assert.equal(dossier.version, 1);
  assert.equal(dossier.articles.length, 9);
  assert.deepEqual(dossier.errors, []);
  const texts = new Map(dossier.articles.map((a) => [a.id, a.text]));
  const evidence = dossier.events.flatMap((e) => e.facts.flatMap((f) => f.values.flatMap((v) => v.evidence)));
  for (const ev of evidence) assert.equal(texts.get(ev.articleId)?.slice(ev.start, ev.end), ev.text);
  const ids = dossier.events.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'event ids are unique');
});

test('the same inputs give the same event ids', () => {
  const r = run(['analyze', 'examples', '--format', 'json']);
  const again = JSON.parse(r.stdout) as Dossier;
  assert.deepEqual(again.events.map((e) => e.id), analyzeExamples().events.map((e) => e.id));
});

test('stdin is read with -', () => {
  const r = run(['analyze', '-', '--format', 'json'], 'Flooding closed the river road on Monday, officials said.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as Dossier).articles.length, 1);
});

test('a missing input is named on stderr, the rest is processed, exit 1', () => {
  const r = run(['analyze', 'examples/northern-clarion.txt', 'no/such/file.txt', '--format', 'json']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no\/such\/file\.txt: no such file or folder/);
  assert.equal((JSON.parse(r.stdout) as Dossier).articles.length, 1);
});

test('ingest is incremental and report writes the dossier of the store', () => {
  const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'store.sqlite');
  const first = run(['ingest', 'examples/northern-clarion.txt', 'examples/al-sahil-net.txt', '--store', store]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /stored 2 new article/);
  const second = run(['ingest', 'examples', '--store', store]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /stored 7 new article\(s\) \(2 already there\)/);
  const report = run(['report', '--format', 'json', '--store', store]);
  assert.equal(report.status, 0, report.stderr);
  const stored = JSON.parse(report.stdout) as Dossier;
  assert.equal(stored.articles.length, 9);
  // Streamed in two batches, the articles end in the same events as in one batch.
  const groups = (d: Dossier) => d.events.map((e) => [...e.articleIds, '|', ...e.mentionedIn].sort().join(' ')).sort();
  assert.deepEqual(groups(stored), groups(analyzeExamples()));
});

test('ingest in runs of two articles stores every article and, in this example, the events of one batch', () => {
  const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'store.sqlite');
  const runs = run(['ingest', 'examples', '--store', store, '--run', '2', '--jobs', '2']);
  assert.equal(runs.status, 0, runs.stderr);
  assert.match(runs.stderr, /stored 9 new article\(s\) \(0 already there\)/);
  const stored = JSON.parse(run(['report', '--format', 'json', '--store', store]).stdout) as Dossier;
  const groups = (d: Dossier) => d.events.map((e) => [...e.articleIds, '|', ...e.mentionedIn].sort().join(' ')).sort();
  assert.deepEqual(groups(stored), groups(analyzeExamples()));
  assert.equal(run(['ingest', 'examples', '--store', store, '--run', '0']).status, 2);
});

test('report --event, --since and --until read only the events they pick; an unknown id or a bad day is a clear error', () => {
  const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'store.sqlite');
  assert.equal(run(['ingest', 'examples', '--store', store]).status, 0);
  const all = JSON.parse(run(['report', '--format', 'json', '--store', store]).stdout) as Dossier;
  const bus = all.events.find((e) => !e.background && /bus|truck/i.test(e.title));
  assert.ok(bus, 'the example has a road crash');
  const picked = (args: string[]): Dossier => {
    const r = run(['report', '--format', 'json', '--store', store, ...args]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Dossier;
  };
  const one = picked(['--event', bus.id]);
  assert.deepEqual(one.events.map((e) => e.id), [bus.id]);
  assert.deepEqual(one.articles.map((a) => a.id).sort(), [...bus.articleIds].sort(), 'only the articles of that event are read');
  const days = all.articles.map((a) => a.published?.slice(0, 10) ?? '').filter(Boolean).sort();
  assert.equal(picked(['--until', '2000-01-01']).events.length, 0);
  assert.equal(picked(['--since', days[0], '--until', days[days.length - 1]]).events.length, all.events.length);
  const unknown = run(['report', '--store', store, '--event', 'ev-000000000000']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no event ev-000000000000 in the store/);
  const badDay = run(['report', '--store', store, '--since', '2025-13-45']);
  assert.equal(badDay.status, 2);
  assert.match(badDay.stderr, /expected a day as YYYY-MM-DD/);
});

test('a person spelled two ways in reports of separate ingest runs and separate events is one entity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'people-'));
  const store = join(dir, 'store.sqlite');
  writeFileSync(join(dir, 'blast.txt'), 'Blast at Quarry Road market\n\nLORENVALE (Harbor Wire) — A bomb killed three traders at the Quarry Road market in Lorenvale on 3 March 2023, police said. Prime Minister Shahbaz Sharif condemned the blast.\n');
  writeFileSync(join(dir, 'floods.txt'), 'Floods cut off river villages\n\nMIRSABAD (Delta Courier) — Floods cut off forty villages along the Tavi river on 9 August 2024. Prime Minister Shehbaz Sharif flew over the flooded district and promised boats and tents.\n');
  for (const file of ['blast.txt', 'floods.txt']) assert.equal(run(['ingest', join(dir, file), '--store', store]).status, 0);
  const report = run(['report', '--format', 'json', '--store', store]);
  assert.equal(report.status, 0, report.stderr);
  const holders = (JSON.parse(report.stdout) as Dossier).events.flatMap((e) => e.entities).filter((e) => /Sh[ae]hbaz Sharif/.test(e.name));
  assert.equal(new Set(holders.map((e) => e.id)).size, 1);
  assert.deepEqual([...new Set(holders.flatMap((e) => e.articleIds))].sort(), ['blast', 'floods']);
});

test('the example: one event of seven reports, an unrelated event, a background event', () => {
  const events = analyzeExamples().events;
  const main = events.filter((e) => !e.background).sort((a, b) => b.articleIds.length - a.articleIds.length);
  assert.equal(main.length, 2);
  assert.equal(main[0].articleIds.length, 7);
  assert.equal(main[1].articleIds.length, 2);
  const background = events.filter((e) => e.background);
  assert.equal(background.length, 1);
  assert.equal(background[0].mentionedIn.length, 3);
});
