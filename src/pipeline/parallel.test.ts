// Tests: per-article stages on several threads give what one thread gives, in the same order.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../config/config.ts';
import type { InputError } from '../model/index.ts';
import { annotateInputsInParallel, defaultJobs } from './parallel.ts';
import { annotateInputs } from './run.ts';
import type { Context } from './stage.ts';

const ctx: Context = { config: resolveConfig({ now: '2026-01-01T00:00:00Z' }), llm: null };
const encode = (s: string) => new TextEncoder().encode(s);

const towns = ['Harrowby', 'Quellport', 'Lowmarsh', 'Fenwick Hollow', 'Ashgrove'];
const report = (i: number) =>
  JSON.stringify({
    id: `r${i}`,
    title: `${i % 4} hurt in ${towns[i % towns.length]} shooting`,
    published: `2021-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    outlet: `Gazette ${i % 3}`,
    text: `${towns[i % towns.length]} police said ${i % 4} people were hurt on Friday night. A 3${i % 10}-year-old man was arrested, Sgt. Ann Lee said.`,
  });

test('by default one thread, and one per core only with some hundreds of articles each', () => {
  assert.equal(defaultJobs(100, 8, 0), 1);
  assert.equal(defaultJobs(700, 2, 0), 2);
  assert.equal(defaultJobs(700, 8, 0), 2);
  assert.equal(defaultJobs(5000, 4, 0), 4);
  assert.equal(defaultJobs(0, 4, 0), 1);
  // cores other programs keep busy are not counted; at least one thread always runs
  assert.equal(defaultJobs(5000, 4, 1.2), 3);
  assert.equal(defaultJobs(5000, 2, 1.6), 1);
  assert.equal(defaultJobs(5000, 2, 9), 1);
});

test('three threads give the docs and errors of one, in input order', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => (i === 17 ? '{"id":"broken"}' : report(i)));
  const files = () => [
    { source: 'feed.jsonl', bytes: encode(lines.join('\n')) },
    { source: 'empty.txt', bytes: encode('') },
  ];
  const oneErrors: InputError[] = [];
  const one = annotateInputs(files(), ctx, oneErrors);
  const manyErrors: InputError[] = [];
  const seen: number[] = [];
  const many = await annotateInputsInParallel(files(), ctx, manyErrors, (_phase, done) => seen.push(done), 3);
  assert.equal(many.length, 39);
  assert.deepEqual(many, one);
  assert.deepEqual(manyErrors, oneErrors);
  assert.ok(manyErrors.some((e) => e.articleId === 'broken'));
  assert.deepEqual(seen, Array.from({ length: seen.length }, (_, k) => k + 1));
});
