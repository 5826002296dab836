// Tests: the chunked JSON writer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dossier } from '../model/index.ts';
import { renderJson } from './json.ts';

test('the chunked JSON is exactly JSON.stringify with two-space indentation', () => {
  const dossier = {
    version: 1,
    generatedAt: '2026-01-01T00:00:00Z',
    articles: [{ id: 'a', text: 'line one\nline "two"', dependsOn: [], nested: { deep: [1, 2] } }],
    events: [],
    errors: [{ source: 'x.json', articleId: null, stage: 'read', message: 'empty file' }, { source: 'y', articleId: 'y', stage: 'clean', message: 'm' }],
  } as unknown as Dossier;
  assert.equal(renderJson(dossier), `${JSON.stringify(dossier, null, 2)}\n`);
});
