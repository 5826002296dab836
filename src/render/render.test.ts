// Tests of the human-readable reports: escaping of hostile input and the structure each format promises.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostileTitle, sampleDossier } from './fixture.ts';
import { render } from './index.ts';
import { renderMapSvg } from './svg-map.ts';
import { renderTimelineSvg } from './svg-timeline.ts';

const html = render(sampleDossier(), 'html');

test('html: hostile input shows as text and nothing in the file can run or fetch', () => {
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'no event-handler attribute in any tag');
  assert.doesNotMatch(html, /<(?:img|iframe|object|embed|link)\b/i);
  assert.doesNotMatch(html, /(?:src|href)=["']?(?:https?:|\/\/|javascript:)/i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  assert.ok(html.includes('the blast killed &lt;b&gt;five&lt;/b&gt; people'), 'evidence quotes are escaped too');
  assert.ok(html.includes('not valid JSON &lt;at line 1&gt;'));
});

test('html: one file with event list, ledger, charts, matrix and article list', () => {
  for (const part of ['id="events"', 'class="facts"', '<svg class="timeline"', '<svg class="map"', 'id="articles"', 'class="matrix"']) {
    assert.ok(html.includes(part), part);
  }
  assert.equal((html.match(/<tr class="s-conflict">/g) ?? []).length, 1, 'the conflict row is marked');
  assert.equal((html.match(/<tr class="s-superseded">/g) ?? []).length, 1);
  assert.match(html, /<td class="dissent">5<\/td>/, 'the dissenting outlet stands out in the matrix');
  assert.match(html, /badge b-dup">duplicate of \[1\]/);
  assert.match(html, /badge b-relay">relays Wire Agency/);
  assert.match(html, /<section class="event" id="ev-1"><h2>1\. Car bomb explodes/, 'main events before background ones');
  assert.match(html, /<li>A bombing took place in Port Aldren on 11 May 2031\.<sup class="cite"><a href="#art-1">\[1\]<\/a>/);
});

test('markdown: tables per event, hostile input inert', () => {
  const md = render(sampleDossier(), 'md');
  assert.doesNotMatch(md, /<script|<img/i);
  assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\* \\[link\\](javascript:alert(1))'));
  assert.match(md, /^\| field \| leading value \| independent sources \| status \| reports \|$/m);
  assert.match(md, /^\| killed \| 4 \| 2 \| \*\*CONFLICT\*\* \| \[1\]\[2\]\[3\]\[4\] \|$/m);
  assert.match(md, /^- \*\*5\*\* — 1 independent source\(s\) \[3\]/m);
  assert.match(md, /^## 1\. Car bomb explodes at Port Aldren market$/m);
  assert.match(md, /^### Why together$/m);
  assert.match(md, /^\| \[4\] \| copy of \[1\] \| no \| no \|/m, 'a copy says so instead of a similarity');
  assert.match(md, /^\| 4 \| a-copy \| Mirror Site \| 2031-05-11 \| Car bomb hits Port Aldren market \| duplicate of \\\[1\\\] \| 1 \|$/m);
});

test('text: facts table with every conflicting value, its sources and words; marks on articles', () => {
  const d = sampleDossier();
  d.articles[0].title = 'Car bomb \u001b[31mhits\u001b[0m market';
  const text = render(d, 'text');
  assert.doesNotMatch(text, /\u001b/, 'no terminal escape sequence from the input');
  assert.match(text, /^ {4}killed {6}4 {14}2 {8}CONFLICT {7}\[1\]\[2\]\[3\]\[4\]$/m);
  assert.match(text, /^ {6}• 5 — 1 independent source \[3\], as of 2031-05-12$/m);
  assert.match(text, /^ {9}\[3\] “the blast killed <b>five<\/b> people”$/m);
  assert.match(text, /^ {9}\[1\]\[2\]\[4\] “four people were killed”$/m);
  assert.match(text, /^ {6}DUPLICATE OF \[1\] · event 1$/m);
  assert.match(text, /^ {6}RELAYS WIRE AGENCY · event 1$/m);
  for (const h of ['SUMMARY', 'FACTS', 'TIMELINE', 'ENTITIES', 'WHY TOGETHER']) assert.match(text, new RegExp(`^  ${h}$`, 'm'));
  assert.match(text, /^ {4}\[2\] similarity 0\.71; same date; same place; shared names: Port Aldren, Coastal Front; shared terms:/m);
  assert.match(text, /^ {4}\[4\] copy of \[1\]$/m);
  assert.match(text, /^ {4}\[1\] first report$/m);
  assert.match(text, /^ {4}2031-05-12 {8}The Coastal Front claimed responsibility in a statement \[2\]\[3\] \(claim\)$/m);
});

test('timeline chart: one row per entry, text escaped, long gaps shown', () => {
  const svg = renderTimelineSvg(
    [
      { date: '2030-01', precision: 'month', text: 'Earlier <em>clash</em>', articleIds: ['x'], kind: 'context' },
      { date: '2031-05-11', precision: 'day', text: 'Main event', articleIds: ['x', 'y'], kind: 'event' },
    ],
    (ids) => ids.map((id) => `[${id}]`).join(''),
  );
  assert.equal((svg.match(/<g class="entry/g) ?? []).length, 2);
  assert.ok(svg.includes('Earlier &lt;em&gt;clash&lt;/em&gt;'));
  assert.match(svg, /17 months later/);
  assert.match(svg, /\[x\]\[y\] · event/);
});

test('map: land drawn from the offline atlas, one marker per place, zoomed to the places', () => {
  const svg = renderMapSvg([
    { lat: 54.35, lon: 18.65, label: 'Gdańsk', title: 'a', background: false, href: '#ev-1' },
    { lat: 54.35, lon: 18.65, label: 'Gdańsk', title: 'b', background: true, href: '#ev-2' },
    { lat: 52.23, lon: 21.01, label: 'Warsaw <b>', title: 'c', background: true, href: '#ev-3' },
  ]);
  assert.equal((svg.match(/<circle/g) ?? []).length, 2);
  assert.ok(svg.includes('Warsaw &lt;b&gt;'));
  const land = /<path class="land" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  assert.ok(land.length > 500, 'land outline present');
  assert.ok(svg.length < 60_000, `a regional map stays small (${svg.length})`);
});

test('fact rows: denials name the group, implied values and claim channels and days are marked', async () => {
  const { factRows, outletMatrix } = await import('./view.ts');
  const d = sampleDossier();
  const main = d.events.find((e) => !e.background)!;
  const ev = {
    ...main,
    facts: [
      { slot: 'killed', status: 'conflict' as const, values: [
        { value: 4, articleIds: ['a'], evidence: [], asOf: null },
        { value: 0, articleIds: ['b'], evidence: [], asOf: null, inferred: true },
      ] },
      { slot: 'claimedBy', status: 'superseded' as const, values: [
        { value: 'Coastal Front', articleIds: ['b'], evidence: [], asOf: null, channels: ['Telegram'], claimedOn: '2031-05-12' },
        { value: 'Hill Movement', articleIds: ['c'], evidence: [], asOf: null, negated: true },
        { value: 'any group', articleIds: ['a'], evidence: [], asOf: null, negated: true },
      ] },
    ],
  };
  const [killed, claimed] = factRows(ev);
  assert.deepEqual(killed.values[1].notes, ['implied']);
  assert.deepEqual(claimed.values.map((x) => x.value), ['Coastal Front', 'Hill Movement (denied)', 'none reported']);
  assert.deepEqual(claimed.values[0].notes, ['via Telegram', 'claimed 2031-05-12']);
  assert.deepEqual(outletMatrix(ev).rows.find((r) => r.articleId === 'b')!.cells[0].values, ['0 (implied)']);
});
