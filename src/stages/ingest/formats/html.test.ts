// Tests for HTML metadata and text extraction.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText, readHtmlMeta } from './html.ts';

const para = (n: number) =>
  `<p>The harbour board of Eastfield voted on ${n} March to close the north pier after a storm cracked its oldest beams, the chair said in a statement to residents.</p>`;

const page = `<!doctype html><html lang="en"><head>
<title>Pier closed after storm | Eastfield Courier</title>
<meta property="og:site_name" content="Eastfield Courier">
<meta property="article:published_time" content="2021-03-09T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-08"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Pier closed after storm</h1>${para(1)}${para(2)}${para(3)}${para(4)}</article>
<footer>Share this article</footer><script>var x = 1;</script>
</body></html>`;

test('meta tags give outlet and publication time', () => {
  const meta = readHtmlMeta(page);
  assert.equal(meta.outlet, 'Eastfield Courier');
  assert.equal(meta.published, '2021-03-09T08:00:00Z');
  assert.equal(meta.title, 'Pier closed after storm | Eastfield Courier');
  assert.equal(meta.language, 'en');
});

test('JSON-LD and <time> stand in when meta tags are missing', () => {
  const ld = '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-03-08","publisher":{"name":"Valley Post"}}]}</script></head><body><p>x</p></body></html>';
  assert.deepEqual([readHtmlMeta(ld).published, readHtmlMeta(ld).outlet], ['2021-03-08', 'Valley Post']);
  assert.equal(readHtmlMeta('<p>Filed <time datetime="2020-01-02">Jan 2</time></p>').published, '2020-01-02');
});

test('Readability keeps the article paragraphs, one a line, without scripts or navigation', () => {
  const text = htmlToText(page);
  assert.match(text, /voted on 1 March/);
  assert.match(text, /voted on 4 March/);
  assert.equal(text.split('\n').filter((l) => l.startsWith('The harbour board')).length, 4);
  assert.doesNotMatch(text, /var x|Sport/);
});

test('short fragments fall back to the tag stripper', () => {
  assert.equal(htmlToText('<p>Two boats sank.</p><p>Nobody was hurt &amp; the crews swam ashore.</p>'), 'Two boats sank.\n\nNobody was hurt & the crews swam ashore.');
});
