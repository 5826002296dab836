// Tests: the runner keeps going past bad inputs and stamps each error.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../config/config.ts';
import type { Article, RawArticle } from '../model/index.ts';
import { InputRejected } from './errors.ts';
import { analyzeInputs } from './run.ts';
import type { Context, Pipeline } from './stage.ts';

const ctx: Context = { config: resolveConfig({ now: '2026-01-01T00:00:00Z' }), llm: null };
const file = (source: string, text: string) => ({ source, bytes: new TextEncoder().encode(text) });
const clean = (raw: RawArticle): Article => ({
  id: raw.id, source: raw.source, url: null, outlet: null, title: null, published: null,
  language: null, text: raw.body, duplicateOf: null, dependsOn: [],
});

const pipeline: Pipeline = {
  parseInput: (f) => {
    const body = new TextDecoder().decode(f.bytes);
    if (!body) throw new InputRejected('empty file');
    return [{ id: f.source, source: f.source, format: 'text', body }];
  },
  cleanArticle: clean,
  articleStages: [
    { name: 'fragile', run: (doc) => { if (doc.article.text.includes('boom')) throw new Error('cannot parse'); return doc; } },
  ],
  corpusStages: [
    { name: 'broken', run: () => { throw new Error('bug'); } },
    { name: 'count', run: (c) => ({ ...c, events: [] }) },
  ],
};

test('a bad input or article is reported with its stage and the rest goes on', async () => {
  const dossier = await analyzeInputs([file('a.txt', 'fine'), file('b.txt', ''), file('c.txt', 'boom')], ctx, undefined, [], pipeline);
  assert.deepEqual(dossier.articles.map((a) => a.id), ['a.txt']);
  assert.deepEqual(
    dossier.errors.map((e) => [e.source, e.stage, e.message]),
    [['b.txt', 'read', 'empty file'], ['c.txt', 'fragile', 'cannot parse'], ['(corpus)', 'broken', 'bug']],
  );
  assert.equal(dossier.generatedAt, '2026-01-01T00:00:00Z');
});
