// `npm run bench` (second part): the real `ingest` command on GVA dev: date-ordered batches into one store in one process (the per-core figure), then all articles in one process on one thread and on one per core, and one process of one article (startup);
// last, the peak memory of one `ingest` process of N articles (BENCH_VOLUMES, default 3000,12000: GVA dev repeated, renamed and re-dated, bench/volume.ts).

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMain } from '../bin/load-main.js';
import { openSqliteStore } from '../src/adapters/sqlite-store.ts';
import { sharedDir } from './shared.ts';
import { volumeLines } from './volume.ts';

const shared = sharedDir();
if (!shared) {
  console.log('ingest bench: skipped (no ../shared folder beside the repository; set CORROBORATE_SHARED)');
  process.exit(0);
}
const input = process.argv[2] ?? join(shared, 'data', 'gva-dev', 'articles.jsonl');
const batchSize = Number(process.env.BENCH_BATCH ?? 200);

interface Line {
  text: string;
  published: string;
  id: string;
}

/** JSONL lines in the order a feed would deliver them: publication date, then id. */
const linesInDateOrder = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((text): Line => {
      const o = JSON.parse(text) as { published?: string | null; id?: string };
      return { text, published: o.published ?? '\uffff', id: String(o.id ?? '') };
    })
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((l) => l.text);

const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-bench-'));
const store = join(dir, 'store.sqlite');
const lines = linesInDateOrder(input);
const batches: string[] = [];
for (let i = 0; i < lines.length; i += batchSize) {
  const file = join(dir, `batch-${String(batches.length).padStart(4, '0')}.jsonl`);
  writeFileSync(file, lines.slice(i, i + batchSize).join('\n') + '\n');
  batches.push(file);
}

// The command reports every unusable article on stderr; the bench only counts those lines.
let stderrLines = 0;
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: string | Uint8Array) => {
  stderrLines += String(chunk).split('\n').length - 1;
  return true;
}) as typeof process.stderr.write;

// The command as users run it: the bundle bin/corroborate.js runs, not the sources through tsx (whose regex output differs in speed).
const main = await loadMain();
const batchMs: number[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
try {
  for (const file of batches) {
    const b0 = performance.now();
    await main(['ingest', file, '--store', store, '--no-progress']);
    batchMs.push(performance.now() - b0);
  }
} finally {
  process.stderr.write = write;
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.exitCode = 0;

const check = openSqliteStore(store);
const stored = check.stats().articles;
check.close();

/** CPU seconds of finished child processes (Linux /proc), to time a real `corroborate ingest` process. */
const childCpuSeconds = (): number | null => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
};

// The batches above share one process; a real `ingest` call also pays loading modules, models and the gazetteer.
const startupFile = join(dir, 'one.jsonl');
writeFileSync(startupFile, lines[0] + '\n');
const before = childCpuSeconds();
const s0 = performance.now();
execFileSync(process.execPath, [new URL('../bin/corroborate.js', import.meta.url).pathname, 'ingest', startupFile, '--store', join(dir, 'one.sqlite'), '--no-progress'], { stdio: 'ignore' });
const startupWall = (performance.now() - s0) / 1000;
const after = childCpuSeconds();
const startupCpu = before !== null && after !== null ? after - before : null;

// All articles in one `ingest` process, on one thread and on the default threads (one per idle core): wall and CPU.
const allFile = join(dir, 'all.jsonl');
writeFileSync(allFile, lines.join('\n') + '\n');
const wholeIngest = (jobs: string[]) => {
  const c0 = childCpuSeconds();
  const w0 = performance.now();
  const r = spawnSync(process.execPath, [new URL('../bin/corroborate.js', import.meta.url).pathname, 'ingest', allFile, '--store', join(dir, `all-${jobs.length}.sqlite`), '--no-progress', ...jobs], { stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`ingest of all articles failed (${r.status ?? r.signal})`);
  const c1 = childCpuSeconds();
  return { wall: (performance.now() - w0) / 1000, cpu: c0 !== null && c1 !== null ? c1 - c0 : null };
};
const single = wholeIngest(['--jobs', '1']);
const parallel = wholeIngest([]);

/** Peak RSS and CPU of one `ingest` process (one thread) of `n` articles made from the input, as the process itself reads them. */
const ingestVolume = (n: number): { rss: number; cpu: number; wall: number } => {
  const file = join(dir, `volume-${n}.jsonl`);
  writeFileSync(file, volumeLines(input, n).join('\n') + '\n');
  const args = ['ingest', file, '--store', join(dir, `volume-${n}.sqlite`), '--no-progress', '--jobs', '1'];
  const child = `import { loadMain } from ${JSON.stringify(new URL('../bin/load-main.js', import.meta.url).href)};
    const code = await (await loadMain())(${JSON.stringify(args)});
    const u = process.resourceUsage();
    process.stdout.write(JSON.stringify({ code, rss: u.maxRSS / 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 }));`;
  const w0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const out = JSON.parse(r.stdout || '{}') as { code?: number; rss: number; cpu: number };
  if (out.code !== 0 && out.code !== 1) throw new Error(`ingest of ${n} articles failed (${r.status ?? r.signal})`);
  rmSync(file);
  return { rss: out.rss, cpu: out.cpu, wall: (performance.now() - w0) / 1000 };
};
const volumes = (process.env.BENCH_VOLUMES ?? '3000,12000').split(',').filter(Boolean).map(Number);
const peaks = volumes.map((n) => [n, ingestVolume(n)] as const);
rmSync(dir, { recursive: true, force: true });

const busy = cpuMs / wallMs;
const rate = (ms: number) => (stored / (ms / 1000)).toFixed(0);
const last = batchMs.slice(-3).reduce((a, b) => a + b, 0) / Math.min(3, batchMs.length);
console.log(`ingest bench: ${input}, ${batches.length} batches of ${batchSize} in date order`);
console.log(`articles stored: ${stored} (${stderrLines} stderr lines: per-batch summaries and unusable articles)`);
console.log(`ingest total: ${(wallMs / 1000).toFixed(2)} s wall, ${rate(wallMs)} articles/s`);
console.log(`ingest CPU time: ${(cpuMs / 1000).toFixed(2)} s, ${rate(cpuMs)} articles per CPU-second`);
// Articles/s divided by the cores actually busy is articles per CPU-second: that is the per-core figure.
console.log(`cores busy: ${busy.toFixed(2)} of ${availableParallelism()} (CPU-seconds / wall; load average ${loadavg()[0].toFixed(1)}), so ${rate(cpuMs)} articles/s per busy core`);
console.log(`batch wall time: first ${(batchMs[0] / 1000).toFixed(2)} s, last three mean ${(last / 1000).toFixed(2)} s`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
const perBatch = startupCpu === null ? null : batchSize / (startupCpu + batchSize / (stored / (cpuMs / 1000)));
const describe = (r: { wall: number; cpu: number | null }) =>
  `${r.wall.toFixed(2)} s wall (${(stored / r.wall).toFixed(0)} articles/s)` + (r.cpu === null ? '' : `, ${r.cpu.toFixed(2)} s CPU (${(stored / r.cpu).toFixed(0)} per CPU-second)`);
console.log(`one \`corroborate ingest\` process of all ${stored} articles, one thread (--jobs 1): ${describe(single)}`);
console.log(`the same on the default threads (one per idle core of ${availableParallelism()}): ${describe(parallel)}, ${(single.wall / parallel.wall).toFixed(2)}x the wall speed`);
console.log(
  `one \`corroborate ingest\` process of one article: ${startupWall.toFixed(2)} s wall` +
    (startupCpu === null ? '' : `, ${startupCpu.toFixed(2)} s CPU (startup); one process per ${batchSize}-article batch would make ${perBatch!.toFixed(0)} articles per CPU-second`),
);
for (const [n, r] of peaks) {
  console.log(`one \`corroborate ingest\` process of ${n} articles (GVA dev renamed and re-dated per round), one thread: peak RSS ${r.rss.toFixed(0)} MB, ${r.cpu.toFixed(1)} s CPU, ${r.wall.toFixed(1)} s wall`);
}
