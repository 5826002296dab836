// Per-article stages on several threads: the same docs and errors, in input order, as one thread gives.

import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/config.ts';
import type { Doc, InputError, RawArticle } from '../model/index.ts';
import type { InputFile } from '../ports/source.ts';
import { annotateArticle, readInput, type Progress } from './run.ts';
import type { Context } from './stage.ts';
import { standardPipeline } from './stages.ts';

const ROLE = 'corroborate-annotate';

/** What one article came to: its doc (null when dropped) and the errors it raised. */
interface Outcome {
  doc: Doc | null;
  errors: InputError[];
}

interface Job {
  start: number;
  raws: RawArticle[];
}

interface Done {
  start: number;
  outcomes: Outcome[];
}

const annotateChunk = (raws: RawArticle[], ctx: Context): Outcome[] =>
  raws.map((raw) => {
    const errors: InputError[] = [];
    return { doc: annotateArticle(raw, ctx, errors), errors };
  });

// A worker loads this same module (the sources, or the bundle that holds them) and serves chunks until closed.
if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === ROLE) {
  const ctx: Context = { config: (workerData as { config: ResolvedConfig }).config, llm: null };
  const port = parentPort;
  port.on('message', (job: Job) => port.postMessage({ start: job.start, outcomes: annotateChunk(job.raws, ctx) } satisfies Done));
}

/** Articles a thread should have before another one pays for its start (loading models, compiling). */
const articlesPerThread = 300;

/**
 * Threads worth using for `articles` articles: one per idle core, each with enough articles to pay for its start.
 * Cores other programs keep busy (the load average) are left out: on a busy machine a second thread only steals
 * from the first and costs its start (measured 0.8x the one-thread speed at load 3 on 2 cores).
 */
export const defaultJobs = (articles: number, cores = availableParallelism(), load = loadavg()[0]): number =>
  Math.max(1, Math.min(cores - Math.round(Math.min(load, cores)), Math.floor(articles / articlesPerThread)));

/** Articles handed out at a time: small enough to share the work evenly, large enough that messages stay few. */
const chunkSize = 8;

/** Threads for `articles` articles: `jobs` when asked (by default as many as `defaultJobs` finds worth it), never more than chunks. */
export const threadsFor = (articles: number, jobs: number | null = null): number =>
  Math.max(1, Math.min(jobs ?? defaultJobs(articles), Math.ceil(articles / chunkSize)));

/** A worker running this module; run from the TypeScript sources it needs tsx's loader too. */
const startWorker = (config: ResolvedConfig): Worker => {
  const self = new URL(import.meta.url);
  const needsTsx = self.pathname.endsWith('.ts') && !process.execArgv.some((a) => a.includes('tsx'));
  const execArgv = needsTsx ? [...process.execArgv, '--import', import.meta.resolve('tsx')] : process.execArgv;
  return new Worker(self, { workerData: { role: ROLE, config }, execArgv });
};

/** Runs the per-article stages on a set of threads kept for several calls (an `ingest` annotates its input a run at a time). */
export interface Annotator {
  /**
   * The docs of `raws` and their errors, in input order, exactly as `annotateInputs` gives them; `annotated(n)` is told
   * each time the leading run of finished articles grows to n.
   */
  annotate(raws: RawArticle[], errors: InputError[], annotated?: (done: number) => void): Promise<Doc[]>;
  close(): Promise<void>;
}

/**
 * `threads` threads (this one and threads - 1 workers) handing out small chunks as they free up. A worker that fails
 * leaves its chunk to the others and is not used again.
 */
export const openAnnotator = (ctx: Context, threads: number): Annotator => {
  const workers = new Set(Array.from({ length: Math.max(0, threads - 1) }, () => startWorker(ctx.config)));
  for (const worker of workers) {
    // A failed worker is only left out: its chunk goes back to the queue (below).
    worker.on('error', () => workers.delete(worker));
    worker.on('exit', () => workers.delete(worker));
  }
  const annotate = async (raws: RawArticle[], errors: InputError[], annotated: (done: number) => void = () => {}): Promise<Doc[]> => {
    const outcomes: (Outcome[] | undefined)[] = [];
    const queue: Job[] = [];
    for (let start = 0; start < raws.length; start += chunkSize) queue.push({ start, raws: raws.slice(start, start + chunkSize) });
    let reported = 0;
    const settle = (done: Done): void => {
      outcomes[done.start / chunkSize] = done.outcomes;
      // Progress counts the leading run of finished articles, so it only grows.
      while (reported < raws.length && outcomes[Math.floor(reported / chunkSize)]) annotated(++reported);
    };
    const helpers = [...workers].slice(0, Math.max(0, queue.length - 1));
    const finished = helpers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          let current: Job | undefined;
          const stop = () => {
            worker.off('message', onMessage).off('error', lost).off('exit', lost);
            resolve();
          };
          const feed = () => {
            current = queue.shift();
            if (current) worker.postMessage(current);
            else stop();
          };
          const onMessage = (done: Done) => {
            settle(done);
            feed();
          };
          // A worker that fails or stops leaves its chunk to the others.
          const lost = () => {
            if (current) queue.unshift(current);
            current = undefined;
            stop();
          };
          worker.on('message', onMessage).on('error', lost).on('exit', lost);
          feed();
        }),
    );
    // This thread works too, giving the workers' messages a turn between chunks.
    for (let job = queue.shift(); job; job = queue.shift()) {
      settle({ start: job.start, outcomes: annotateChunk(job.raws, ctx) });
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(finished);
    // Chunks a failed worker left behind once this thread had run dry.
    for (let job = queue.shift(); job; job = queue.shift()) settle({ start: job.start, outcomes: annotateChunk(job.raws, ctx) });
    const docs: Doc[] = [];
    for (const chunk of outcomes) {
      for (const o of chunk ?? []) {
        errors.push(...o.errors);
        if (o.doc) docs.push(o.doc);
      }
    }
    return docs;
  };
  return {
    annotate,
    close: async () => {
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
};

/**
 * Reads inputs and runs the per-article stages on `jobs` threads (by default as many as `defaultJobs` finds worth it).
 * Docs and errors come back in input order, exactly as `annotateInputs` gives them.
 */
export const annotateInputsInParallel = async (
  files: Iterable<InputFile>,
  ctx: Context,
  errors: InputError[],
  progress: Progress,
  jobs: number | null = null,
): Promise<Doc[]> => {
  const raws = [...files].flatMap((f) => readInput(f, ctx, errors, standardPipeline));
  const annotator = openAnnotator(ctx, threadsFor(raws.length, jobs));
  try {
    return await annotator.annotate(raws, errors, (done) => progress('annotate', done, raws.length));
  } finally {
    await annotator.close();
  }
};
