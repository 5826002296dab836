// Tests for Markdown stripping.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeMarkdown, stripMarkdown } from './markdown.ts';

test('syntax is removed, words kept', () => {
  const md = [
    '# Lighthouse keeper retires',
    '',
    'After **forty** years, *Ada_Moss* left the [Greyrock light](https://example.org/greyrock).',
    '',
    '> "I will miss the gulls," she said.',
    '',
    '- first item',
    '2. second item',
    '![a photo](pic.jpg)',
    '```',
    'code stays as text',
    '```',
    '***',
  ].join('\n');
  assert.equal(
    stripMarkdown(md).text,
    ['Lighthouse keeper retires', '', 'After forty years, Ada_Moss left the Greyrock light.', '', '"I will miss the gulls," she said.', '', 'first item', 'second item', '', 'code stays as text', ''].join('\n'),
  );
});

test('front matter gives title and date', () => {
  const r = stripMarkdown('---\ntitle: "Tide tables change"\ndate: 2021-04-01\n---\nBody here.');
  assert.deepEqual(r, { text: 'Body here.', title: 'Tide tables change', published: '2021-04-01' });
});

test('markdown is told apart from plain text', () => {
  assert.equal(looksLikeMarkdown('# Title\n\nSome **bold** words.'), true);
  assert.equal(looksLikeMarkdown('A plain report. It has - dashes and # signs inline.'), false);
});
