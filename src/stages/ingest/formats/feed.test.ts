// Tests for RSS and Atom feeds.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputRejected } from '../../../pipeline/errors.ts';
import { parseFeed } from './feed.ts';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Valley Post</title>
<item><title>Bridge reopens</title><link>https://valley.example/bridge</link><guid>vp-1</guid>
<pubDate>Tue, 09 Mar 2021 08:15:00 GMT</pubDate><description>Short teaser</description>
<content:encoded><![CDATA[<p>The old bridge <b>reopened</b> on Monday.</p>]]></content:encoded></item>
<item><title>Empty one</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Daily</title>
<entry><title>Ferry delayed</title><link rel="alternate" href="https://coast.example/ferry"/><id>tag:coast,1</id>
<published>2021-03-10T07:00:00Z</published><content type="html">&lt;p&gt;The ferry sailed late.&lt;/p&gt;</content></entry>
</feed>`;

test('RSS items become raw HTML articles with the channel as outlet', () => {
  const [a, b] = parseFeed(rss, 'news.xml', 'news');
  assert.equal(a.title, 'Bridge reopens');
  assert.equal(a.outlet, 'Valley Post');
  assert.equal(a.url, 'https://valley.example/bridge');
  assert.equal(a.published, 'Tue, 09 Mar 2021 08:15:00 GMT');
  assert.equal(a.format, 'html');
  assert.match(a.body, /<b>reopened<\/b>/);
  assert.match(a.id, /^news-[0-9a-f]{8}$/);
  assert.equal(b.rejected, 'feed item without description or content');
});

test('Atom entries take the alternate link and the entry content', () => {
  const [e] = parseFeed(atom, 'coast.atom', 'coast');
  assert.equal(e.url, 'https://coast.example/ferry');
  assert.equal(e.outlet, 'Coast Daily');
  assert.equal(e.published, '2021-03-10T07:00:00Z');
  assert.match(e.body, /<p>The ferry sailed late.<\/p>/);
});

test('XML that is not a feed is rejected', () => {
  assert.throws(() => parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'c.xml', 'c'), InputRejected);
});
