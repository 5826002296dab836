// Tests for parseInput: every format by extension or by sniffing, ids, and rejected inputs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputRejected } from '../../pipeline/errors.ts';
import { cleanArticle, parseInput } from './index.ts';

const file = (source: string, text: string | Uint8Array) => ({ source, bytes: typeof text === 'string' ? Buffer.from(text) : text });

test('text and markdown files take the file name as id', () => {
  assert.deepEqual(parseInput(file('in/pier-story.txt', 'The pier closed.')).map((r) => [r.id, r.format]), [['pier-story', 'text']]);
  assert.equal(parseInput(file('notes.md', '# Pier\nClosed.'))[0].format, 'markdown');
});

test('HTML pages keep their HTML and give their metadata', () => {
  const [r] = parseInput(file('page.html', '<html><head><meta property="og:site_name" content="Coast News"><title>Pier</title></head><body><p>x</p></body></html>'));
  assert.deepEqual([r.id, r.format, r.outlet, r.title], ['page', 'html', 'Coast News', 'Pier']);
});

test('stdin is sniffed', () => {
  assert.equal(parseInput(file('-', '{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}'))[1].id, 's2');
  assert.equal(parseInput(file('-', 'Plain words about a pier.'))[0].id, 'stdin');
  assert.equal(parseInput(file('-', '<?xml version="1.0"?><rss><channel><title>C</title><item><description>Hi there</description></item></channel></rss>'))[0].outlet, 'C');
});

test('bad inputs are rejected with a reason', () => {
  const reason = (f: ReturnType<typeof file>) => {
    try {
      parseInput(f);
    } catch (e) {
      return e instanceof InputRejected ? e.reason : `other: ${String(e)}`;
    }
    return 'accepted';
  };
  assert.equal(reason(file('x.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]))), 'binary file, not text');
  assert.equal(reason(file('x.txt', '\n \n')), 'empty file');
  assert.match(reason(file('x.json', '{"a": }')), /^malformed JSON: .+ at line 1$/);
  assert.equal(reason(file('x.xml', '<?xml version="1.0"?><catalog/>')), 'XML is not an RSS or Atom feed');
});

test('the headline opens the text unless the body already starts with it', () => {
  const raw = (title: string, body: string) => ({ id: 'a', source: 's', format: 'text' as const, body, title });
  const a = cleanArticle(raw('Two hurt in harbour crash', 'A ferry struck the pier on Monday.'));
  assert.equal(a.text, 'Two hurt in harbour crash\n\nA ferry struck the pier on Monday.');
  const b = cleanArticle(raw('Ferry strikes pier', 'Ferry strikes pier. A ferry struck the pier on Monday.'));
  assert.equal(b.text, 'Ferry strikes pier. A ferry struck the pier on Monday.');
  assert.equal(cleanArticle({ id: 'c', source: 's', format: 'text', body: 'No title here.' }).text, 'No title here.');
});
