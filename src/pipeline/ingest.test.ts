// Tests: `ingest` annotates and stores its inputs a run at a time, with the errors and progress of one batch.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSqliteStore } from '../adapters/sqlite-store.ts';
import { resolveConfig } from '../config/config.ts';
import type { Article, Doc, InputError, RawArticle } from '../model/index.ts';
import type { InputFailure, InputFile } from '../ports/source.ts';
import { InputRejected } from './errors.ts';
import { ingestInRuns } from './ingest.ts';
import { annotateArticle } from './run.ts';
import type { Context, Pipeline } from './stage.ts';

const ctx: Context = { config: resolveConfig({ now: '2026-01-01T00:00:00Z' }), llm: null };
const clean = (raw: RawArticle): Article => ({
  id: raw.id, source: raw.source, url: null, outlet: null, title: null, published: null,
  language: null, text: raw.body, duplicateOf: null, dependsOn: [],
});

/** Each input holds one article per line ("id text"); the corpus stage records the runs it was given. */
const pipelineSeeing = (runs: string[][]): Pipeline => ({
  parseInput: (f) => {
    const text = new TextDecoder().decode(f.bytes);
    if (!text) throw new InputRejected('empty file');
    return text.split('\n').map((line) => ({ id: line.split(' ')[0], source: f.source, format: 'text', body: line }));
  },
  cleanArticle: clean,
  articleStages: [{ name: 'fragile', run: (doc) => { if (doc.article.text.includes('boom')) throw new Error('cannot parse'); return doc; } }],
  corpusStages: [{
    name: 'count',
    run: (c) => c,
    update: (_stored, docs) => {
      runs.push(docs.map((d) => d.article.id));
      return [{ table: 'count_runs', key: String(runs.length), value: String(docs.length) }];
    },
  }],
});

const inputs = async function* (): AsyncGenerator<InputFile | InputFailure> {
  yield { source: 'a.txt', bytes: new TextEncoder().encode('a1 fine\na2 fine\na3 boom') };
  yield { source: 'gone.txt', message: 'no such file or folder' };
  yield { source: 'b.txt', bytes: new TextEncoder().encode('b1 fine\na1 again\nb2 fine') };
  yield { source: 'c.txt', bytes: new Uint8Array() };
};

const ingestWith = async (runSize: number) => {
  const runs: string[][] = [];
  const pipeline = pipelineSeeing(runs);
  const store = openSqliteStore(':memory:');
  const errors: InputError[] = [];
  const firstRuns: number[] = [];
  const seen: [number, number][] = [];
  const annotate = async (raws: RawArticle[], errs: InputError[], annotated: (n: number) => void): Promise<Doc[]> =>
    raws.flatMap((raw, i) => {
      const doc = annotateArticle(raw, ctx, errs, pipeline);
      annotated(i + 1);
      return doc ? [doc] : [];
    });
  const count = await ingestInRuns(inputs(), store, ctx, errors, {
    annotatorFor: (n) => (firstRuns.push(n), annotate),
    runSize,
    progress: (_phase, done, total) => seen.push([done, total]),
    pipeline,
  });
  const stored = store.stats().articles;
  store.close();
  return { runs, errors, count, stored, firstRuns, seen };
};

test('runs of two articles: each run stored in turn, an article already stored by an earlier run not stored again', async () => {
  const { runs, errors, count, stored, firstRuns, seen } = await ingestWith(2);
  assert.deepEqual(runs, [['a1', 'a2'], ['b1'], ['b2']]);
  assert.deepEqual(count, { annotated: 5, added: 4 });
  assert.equal(stored, 4);
  assert.deepEqual(firstRuns, [2]);
  // Progress only grows; its total is what has been read so far.
  assert.deepEqual(seen, [[1, 2], [2, 2], [3, 4], [4, 4], [5, 6], [6, 6]]);
  assert.deepEqual(
    errors.map((e) => [e.source, e.articleId, e.stage, e.message]),
    [['gone.txt', null, 'read', 'no such file or folder'], ['a.txt', 'a3', 'fragile', 'cannot parse'], ['c.txt', null, 'read', 'empty file']],
  );
});

test('an input that fits in one run is annotated and stored as one batch', async () => {
  const { runs, errors, count, firstRuns } = await ingestWith(100);
  assert.deepEqual(runs, [['a1', 'a2', 'b1', 'a1', 'b2']]);
  assert.deepEqual(count, { annotated: 5, added: 4 });
  assert.deepEqual(firstRuns, [6]);
  assert.deepEqual(errors.map((e) => e.source), ['gone.txt', 'c.txt', 'a.txt']);
});
