// Tests for format detection.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containerOf, sniffContent } from './sniff.ts';

test('extensions decide when known', () => {
  assert.equal(containerOf('.TXT', '{"a":1}'), 'text');
  assert.equal(containerOf('.htm', 'hello'), 'html');
  assert.equal(containerOf('.json', '{"id":1}\n{"id":2}'), 'jsonl');
  assert.equal(containerOf('.xml', '<?xml version="1.0"?><rss><channel/></rss>'), 'feed');
});

test('content decides for stdin and unknown extensions', () => {
  assert.equal(sniffContent('  [{"id": 1}]'), 'json');
  assert.equal(sniffContent('{"id":1}\n{"id":2}\n'), 'jsonl');
  assert.equal(sniffContent('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(sniffContent('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'html');
  assert.equal(sniffContent('# Heading\n\nSome **bold** text.'), 'markdown');
  assert.equal(sniffContent('Just a plain report about a harbour.'), 'text');
});
