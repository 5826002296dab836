// The `corroborate` command line: analyze, ingest, report.

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { openSqliteStore } from '../adapters/sqlite-store.ts';
import { fsSource, readAll } from '../adapters/fs-source.ts';
import { resolveConfig, type OutputFormat, type ResolvedConfig } from '../config/config.ts';
import type { Dossier, InputError } from '../model/index.ts';
import { formatError } from '../pipeline/errors.ts';
import { annotateInputsInParallel, openAnnotator, threadsFor, type Annotator } from '../pipeline/parallel.ts';
import { defaultRunSize, ingestInRuns } from '../pipeline/ingest.ts';
import { migrateStates, runCorpus, storeDocs, toDossier } from '../pipeline/run.ts';
import type { Context } from '../pipeline/stage.ts';
import { renderChunks } from '../render/index.ts';
import { createLlm } from '../adapters/llm-openai.ts';
import { createProgress } from './progress.ts';
import { isFiltered, selectArticleIds, type ReportFilter } from './select.ts';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface OutputOptions {
  format: OutputFormat;
  out?: string;
  progress: boolean;
  jobs?: number;
}

/** Threads for the per-article stages; by default one per idle core once there are enough articles to share. */
const jobsOption = () =>
  new Option('-j, --jobs <n>', 'threads for the per-article stages (default: one per idle core, for 300+ articles each)').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
    return n;
  });

/** Articles annotated and stored at a time by `ingest`: what bounds its memory. */
const runOption = () =>
  new Option('--run <n>', `articles annotated and stored at a time (default ${defaultRunSize}); fewer hold less memory`).argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of articles, 1 or more');
    return n;
  });

/** A calendar day written YYYY-MM-DD, the form publication dates are compared in. */
const dayOption = (flags: string, description: string) =>
  new Option(flags, description).argParser((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a day as YYYY-MM-DD');
    return v;
  });

const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json', 'html']).default('text');

const contextOf = (config: ResolvedConfig): Context => ({ config, llm: config.llm ? createLlm(config.llm) : null });

const readFailures = (failures: { source: string; message: string }[]): InputError[] =>
  failures.map((f) => ({ source: f.source, articleId: null, stage: 'read', message: f.message }));

/** Writes the report piece by piece, waiting for the stream to drain, so large dossiers stay small in memory. */
const writeOutput = async (dossier: Dossier, opts: OutputOptions): Promise<void> => {
  const stream = opts.out ? createWriteStream(opts.out) : process.stdout;
  for (const chunk of renderChunks(dossier, opts.format)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  if (stream !== process.stdout) {
    stream.end();
    await once(stream, 'finish');
  }
};

/** Lists every failed input on stderr; the exit code says whether any failed. */
const reportErrors = (errors: InputError[]): number => {
  for (const e of errors) process.stderr.write(`corroborate: ${formatError(e)}\n`);
  return errors.length > 0 ? 1 : 0;
};

const analyze = async (inputs: string[], opts: OutputOptions & { store?: string }) => {
  const ctx = contextOf(resolveConfig({ format: opts.format }, process.env));
  const progress = createProgress(opts.progress);
  const { files, failures } = await readAll(fsSource, inputs);
  const errors = readFailures(failures);
  const docs = await annotateInputsInParallel(files, ctx, errors, progress, opts.jobs ?? null);
  const dossier = toDossier(await runCorpus(docs, ctx, errors, progress), ctx);
  progress.end();
  await writeOutput(dossier, opts);
  return reportErrors(dossier.errors);
};

/**
 * An ingest's live heap is one run (its docs) and what lasts (models, caches), but V8 let garbage pile up to several
 * times that before collecting (1.2 GB of heap in runs of 4,000 articles): a full collection once the heap has grown by
 * half since the last one keeps the process near its live size. The flag is read at each collection.
 */
const boundHeapGrowth = (): void => setFlagsFromString('--heap-growing-percent=50');

const ingest = async (inputs: string[], opts: { store?: string; progress: boolean; jobs?: number; run?: number }) => {
  boundHeapGrowth();
  const ctx = contextOf(resolveConfig({ storePath: opts.store }, process.env));
  const progress = createProgress(opts.progress);
  const errors: InputError[] = [];
  const store = openSqliteStore(ctx.config.storePath);
  const annotators: Annotator[] = [];
  try {
    const count = await ingestInRuns(fsSource.read(inputs), store, ctx, errors, {
      // Threads are started once, for as many articles as the first run has.
      annotatorFor: (firstRun) => {
        annotators.push(openAnnotator(ctx, threadsFor(firstRun, opts.jobs)));
        return annotators[0].annotate;
      },
      runSize: opts.run,
      progress,
    });
    progress.end();
    process.stderr.write(
      `corroborate: stored ${count.added} new article(s) (${count.annotated - count.added} already there); ${store.stats().articles} in ${ctx.config.storePath}\n`,
    );
  } finally {
    store.close();
    await Promise.all(annotators.map((a) => a.close()));
  }
  return reportErrors(errors);
};

interface ReportOptions extends OutputOptions {
  store?: string;
  event?: string[];
  since?: string;
  until?: string;
}

const report = async (opts: ReportOptions) => {
  const ctx = contextOf(resolveConfig({ format: opts.format, storePath: opts.store }, process.env));
  const store = openSqliteStore(ctx.config.storePath);
  const progress = createProgress(opts.progress);
  const errors: InputError[] = [];
  const filter: ReportFilter = { events: opts.event ?? [], since: opts.since ?? null, until: opts.until ?? null };
  let dossier: Dossier;
  try {
    migrateStates(store);
    const docs = isFiltered(filter) ? store.loadDocs(selectArticleIds(store, filter)) : store.loadDocs();
    dossier = toDossier(await runCorpus(docs, ctx, errors, progress, undefined, store), ctx);
  } finally {
    store.close();
  }
  progress.end();
  if (isFiltered(filter) && dossier.events.length === 0) process.stderr.write('corroborate: no event of the store matches the filters\n');
  await writeOutput(dossier, opts);
  return reportErrors(errors);
};

export const buildProgram = (): Command => {
  const program = new Command('corroborate')
    .description('Turn many news reports into one account per event, with who reported what and when.')
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  const storeOption = new Option('--store <path>', 'embedded store file (env CORROBORATE_STORE)');
  program
    .command('analyze')
    .description('analyze reports (files, folders, or - for stdin) and write a dossier; needs no store')
    .argument('<inputs...>', '.txt .md .html .json .jsonl .xml files, folders, or -')
    .addOption(formatOption())
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--no-progress', 'no progress lines on stderr')
    .addOption(jobsOption())
    .action(async (inputs: string[], opts: OutputOptions) => {
      process.exitCode = await analyze(inputs, opts);
    });
  program
    .command('ingest')
    .description('add reports to the embedded store (incremental)')
    .argument('<inputs...>', 'files, folders, or -')
    .addOption(storeOption)
    .option('--no-progress', 'no progress lines on stderr')
    .addOption(jobsOption())
    .addOption(runOption())
    .action(async (inputs: string[], opts: { store?: string; progress: boolean; jobs?: number; run?: number }) => {
      process.exitCode = await ingest(inputs, opts);
    });
  program
    .command('report')
    .description('write the dossier of the store: every event, or those the filters pick')
    .addOption(formatOption())
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .addOption(storeOption)
    .option('--event <ids...>', 'only these events (ids as a report prints them, e.g. ev-083b47c5552e)')
    .addOption(dayOption('--since <day>', 'only events with an article published on or after this day (YYYY-MM-DD)'))
    .addOption(dayOption('--until <day>', 'only events with an article published on or before this day (YYYY-MM-DD)'))
    .option('--no-progress', 'no progress lines on stderr')
    .action(async (opts: ReportOptions) => {
      process.exitCode = await report(opts);
    });
  return program;
};

export const main = async (argv: string[]): Promise<number> => {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return benign ? 0 : 2;
    }
    // A reader that stops early (`| head`) is not an error of ours.
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    process.stderr.write(`corroborate: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
};
