// Tests of the timeline stage on fictional reports with hand-placed time mentions.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DatePrecision, Doc, Event } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { buildTimeline, timelineStage } from './index.ts';
import { findDevelopments } from './developments.ts';

type TimeSpec = [phrase: string, date: string, precision?: DatePrecision, time?: string];

/** A doc with sentences split on full stops and the given phrases marked as resolved times. */
const makeDoc = (id: string, published: string, text: string, times: TimeSpec[]): Doc => {
  const doc = createDoc({
    id, source: `${id}.txt`, url: null, outlet: `Outlet ${id}`, title: null, published, language: 'en', text,
    duplicateOf: null, dependsOn: [],
  });
  const sentences = [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  let from = 0;
  const spans = times.map(([phrase, date, precision = 'day', time = null]) => {
    const start = text.indexOf(phrase, from);
    assert.ok(start >= 0, `phrase not found: ${phrase}`);
    from = start + 1;
    return { articleId: id, start, end: start + phrase.length, text: phrase, date, precision, time };
  });
  return { ...doc, sentences, times: spans, eventDate: '2031-05-11' };
};

const makeEvent = (over: Partial<Event>): Event => ({
  id: 'ev-1', title: 'Car bomb explodes at Port Aldren market', type: 'bombing', articleIds: [], mentionedIn: [],
  background: false, when: { date: '2031-05-11', time: null, precision: 'day' }, where: null, facts: [], entities: [],
  timeline: [], summary: [], reasons: [], ...over,
});

const docA = makeDoc(
  'a', '2031-05-12',
  '2031-05-12 Car bomb in Port Aldren. A car bomb exploded outside the central market in Port Aldren on Sunday, killing four people. ' +
    'Police arrested two suspects on Monday after a raid. The Coastal Front claimed responsibility on Monday in a statement. ' +
    'In March, a similar blast hit the harbour office.',
  [['2031-05-12', '2031-05-12'], ['Sunday', '2031-05-11'], ['Monday', '2031-05-12'], ['Monday', '2031-05-12'], ['March', '2031-03', 'month']],
);
const docB = makeDoc(
  'b', '2031-05-13',
  'On Sunday, a car bomb exploded near the central market of Port Aldren. Two suspects were arrested on Monday, police said. ' +
    'The mayor visited the wounded in hospital on Tuesday.',
  [['Sunday', '2031-05-11'], ['Monday', '2031-05-12'], ['Tuesday', '2031-05-13']],
);
const docs = new Map([docA, docB].map((d) => [d.article.id, d]));
const main = makeEvent({ articleIds: ['a', 'b'] });
const harbour = makeEvent({
  id: 'ev-2', title: 'Blast at the Port Aldren harbour office', background: true, mentionedIn: ['a'],
  when: { date: '2031-03', time: null, precision: 'month' },
});

test('developments drop the report dateline and the leading time phrase', () => {
  const devs = findDevelopments(docB);
  assert.deepEqual(devs.map((d) => d.date), ['2031-05-11', '2031-05-12', '2031-05-13']);
  assert.match(devs[0].text, /^A car bomb exploded/);
  assert.ok(!findDevelopments(docA).some((d) => d.text.startsWith('2031')));
});

test('timeline merges the same development across reports and cites them all', () => {
  const tl = buildTimeline(main, docs, [main, harbour]);
  const on = (date: string, kind: string) => tl.filter((e) => e.date === date && e.kind === kind);
  assert.equal(on('2031-05-11', 'event').length, 1);
  assert.deepEqual(on('2031-05-11', 'event')[0].articleIds, ['a', 'b']);
  assert.equal(on('2031-05-11', 'event')[0].text, main.title);
  assert.deepEqual(on('2031-05-12', 'arrest').map((e) => e.articleIds), [['a', 'b']]);
  assert.deepEqual(on('2031-05-12', 'claim').map((e) => e.articleIds), [['a']]);
  assert.deepEqual(on('2031-05-13', 'visit').map((e) => e.articleIds), [['b']]);
});

test('timeline keeps event time apart from report time and orders by date', () => {
  const tl = buildTimeline(main, docs, [main, harbour]);
  assert.deepEqual(tl.map((e) => e.date), [...tl.map((e) => e.date)].sort());
  const arrest = tl.find((e) => e.kind === 'arrest')!;
  assert.equal(arrest.date, '2031-05-12');
  assert.equal(arrest.reportedOn, '2031-05-12');
  const visit = tl.find((e) => e.kind === 'visit')!;
  assert.equal(visit.reportedOn, '2031-05-13');
  assert.ok(tl.every((e) => e.articleIds.length > 0));
});

test('background events recalled by the reports appear as dated context entries', () => {
  const tl = buildTimeline(main, docs, [main, harbour]);
  const context = tl.filter((e) => e.kind === 'context');
  assert.deepEqual(context.map((e) => [e.date, e.precision, e.text, e.articleIds]), [
    ['2031-03', 'month', harbour.title, ['a']],
  ]);
  assert.equal(tl[0].kind, 'context');
});

test('stage fills every event, a report without times gives only the event entry', async () => {
  const bare = { ...docB, article: { ...docB.article, id: 'c' }, times: [] };
  const ev = makeEvent({ articleIds: ['c'] });
  const out = await timelineStage.run({ docs: [bare], events: [ev], errors: [] }, { config: {} as never, llm: null });
  assert.deepEqual(out.events[0].timeline.map((e) => [e.date, e.kind, e.articleIds]), [['2031-05-11', 'event', ['c']]]);
});

test('a sentence is dated by its frame, not by a possessive date of a noun', () => {
  const doc = makeDoc(
    'd', '2031-05-13',
    "On Monday, the Coastal Front claimed responsibility for Sunday's blast at the market. Two days before the blast, on Friday, police had warned of a threat.",
    [['Monday', '2031-05-12'], ["Sunday", '2031-05-11'], ['Friday', '2031-05-09']],
  );
  const devs = findDevelopments(doc);
  assert.deepEqual(devs.map((d) => [d.date, d.kind]), [['2031-05-12', 'claim'], ['2031-05-09', 'statement']]);
  assert.match(devs[0].text, /^The Coastal Front claimed/);
  const tl = buildTimeline(makeEvent({ articleIds: ['d'], when: { date: null, time: null, precision: null } }), new Map([['d', doc]]), []);
  assert.deepEqual(tl.map((e) => [e.date, e.kind]), [['2031-05-09', 'context'], ['2031-05-12', 'claim']]);
});
