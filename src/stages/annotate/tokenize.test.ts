// Tests: sentence and token spans from wink-nlp.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from './tokenize.ts';

test('sentences and tokens are exact spans of the text', () => {
  const text = '  Gunmen opened fire on Friday. Two guards were hurt.\n\nPolice arrested one suspect.';
  const { sentences, tokens } = segment(text);
  assert.equal(sentences.length, 3);
  assert.equal(text.slice(sentences[1].start, sentences[1].end), 'Two guards were hurt.');
  assert.equal(text.slice(sentences[2].start, sentences[2].end), 'Police arrested one suspect.');
  tokens.start.forEach((s, i) => assert.equal(text.slice(s, tokens.end[i]).toLowerCase(), tokens.lower[i]));
});

test('a text is split into the same tokens whatever was read before it', () => {
  const probe = 'A 73-year-old man was hurt.';
  const before = segment(probe);
  // Glued to a full stop, wink meets the hyphenated word whole and would remember it as one token.
  segment('Guards opened fire.73-year-old Ann Lee was hurt in Harrowby.');
  assert.deepEqual(segment(probe), before);
  assert.equal(before.tokens.lower.includes('73-year-old'), false);
});

test('spans stay exact across runs of spaces, non-breaking spaces and contractions', () => {
  const text = 'Officers   can\'t say.\u00a0\u00a0Ann\u2009Lee, 41, wasn\'t hurt.\tThey left.';
  const { tokens } = segment(text);
  tokens.start.forEach((s, i) => assert.equal(text.slice(s, tokens.end[i]).toLowerCase(), tokens.lower[i]));
  assert.deepEqual(tokens.lower.slice(0, 4), ['officers', 'ca', "n't", 'say']);
  assert.equal(tokens.lower.includes('lee'), true);
});
