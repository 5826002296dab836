// Tests for the dedupe stage as the pipeline runs it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../../config/config.ts';
import { createDoc, type Article } from '../../model/index.ts';
import { dedupeStage } from './index.ts';

const article = (id: string, text: string, extra: Partial<Article> = {}): Article => ({
  id, source: `${id}.txt`, url: null, outlet: null, title: null, published: null, language: 'en', text, duplicateOf: null, dependsOn: [], ...extra,
});

test('copies and relays are marked on the articles', async () => {
  const text = 'LIMA (Reuters) - The river rose two metres overnight and flooded the lower town, officials said on Monday morning.';
  const corpus = await dedupeStage.run(
    {
      docs: [
        createDoc(article('late', text, { published: '2021-02-02', dependsOn: ['AP'] })),
        createDoc(article('early', text, { published: '2021-02-01', outlet: 'www.reuters.com' })),
      ],
      events: [],
      errors: [],
    },
    { config: resolveConfig(), llm: null },
  );
  const [late, early] = corpus.docs.map((d) => d.article);
  assert.equal(late.duplicateOf, 'early');
  assert.deepEqual(late.dependsOn, ['AP', 'Reuters']);
  assert.equal(early.duplicateOf, null);
  assert.deepEqual(early.dependsOn, []);
});
