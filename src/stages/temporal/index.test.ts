// The temporal stage on fictional reports: time mentions as spans, the event day and time of the main event.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../../config/config.ts';
import type { Article, Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { annotateStage } from '../annotate/index.ts';
import { referenceDayOf, temporalStage } from './index.ts';

const ctx = { config: resolveConfig(), llm: null };

const article = (text: string, published: string | null, title: string | null = null): Article => ({
  id: 'a1', source: 'test', url: null, outlet: null, title, published, language: 'en', text, duplicateOf: null, dependsOn: [],
});

const run = (text: string, published: string | null, title: string | null = null): Doc =>
  temporalStage.run(annotateStage.run(createDoc(article(text, published, title)), ctx), ctx);

test('time mentions are spans into the cleaned text', () => {
  const doc = run('The ferry ran aground on Friday. Divers arrived at 7 a.m. Saturday.', '2022-12-05');
  assert.deepEqual(doc.times.map((t) => [doc.article.text.slice(t.start, t.end), t.text, t.date, t.time, t.articleId]), [
    ['Friday', 'Friday', '2022-12-02', null, 'a1'],
    ['7 a.m. Saturday', '7 a.m. Saturday', '2022-12-03', '07:00', 'a1'],
  ]);
});

test('the event day is the date tied to the happening, not the later report', () => {
  const doc = run('A 9-year-old was in stable condition Tuesday after he was shot at a park Monday evening, police said.', '2014-03-04');
  assert.equal(doc.eventDate, '2014-03-03');
});

test('a date of the aftermath ("police said Thursday") gives way to the shooting\'s day and time', () => {
  const doc = run(
    'Police said Thursday they arrested a man in a fatal shooting. The shooting happened at about 6 p.m. Monday outside a bakery.',
    '2014-03-06',
  );
  assert.equal(doc.eventDate, '2014-03-03');
  assert.equal(doc.eventTime, '18:00');
});

test('with no date in the text, the event day falls back to publication', () => {
  const doc = run('A man was wounded in a shooting outside a bakery, police said.', '2014-03-06T09:30:00Z');
  assert.equal(doc.eventDate, '2014-03-06');
  assert.equal(doc.eventTime, null);
});

test('with no date at all, the event day stays unknown but a stated clock time is kept', () => {
  const doc = run('The raid on Friday afternoon began around 3:30 p.m., witnesses said.', null);
  assert.equal(doc.eventDate, null);
  assert.equal(doc.eventTime, '15:30');
  assert.deepEqual(doc.times, []);
});

test('the raid day and its clock time come from the same sentence', () => {
  const doc = run(
    'Officials condemned the raid on the consulate. The raid on Friday afternoon began around 3:30 p.m., when shots were fired from a nearby roof.',
    '2022-12-03',
  );
  assert.equal(doc.eventDate, '2022-12-02');
  assert.equal(doc.eventTime, '15:30');
});

test('the headline\'s date counts when the body has none', () => {
  const doc = run('Two people were hurt when a gunman opened fire at a market.', '2014-03-10', 'Gunman opens fire at market Saturday');
  assert.equal(doc.eventDate, '2014-03-08');
});

test('an earlier event recalled at month precision does not become the event day', () => {
  const doc = run('In September, a bomber struck the consulate. A guard was shot on Friday at the gate.', '2022-12-05');
  assert.equal(doc.eventDate, '2022-12-02');
});

test('a "Posted:" stamp is not the event day', () => {
  const doc = run('Posted: Monday, March 10, 2014 4:20 PM EDT\n\nA teen was shot Sunday night at a gas station.', '2014-03-10');
  assert.equal(doc.eventDate, '2014-03-09');
});

test('an explicit date one day after publication can be the event day (a dateline ahead of the clock); a weekday cannot', () => {
  const doc = run('Three people were shot outside a grocery on March 18, 2015, police said.', '2015-03-17');
  assert.equal(doc.eventDate, '2015-03-18');
  const weekday = run('Three people were shot outside a grocery on Wednesday, police said.', '2015-03-17');
  assert.equal(weekday.eventDate, '2015-03-17');
});

test('a lone reporting date deep in the story gives way to the publication day', () => {
  const filler = Array.from({ length: 9 }, (_, i) => `Neighbours described the street as quiet, number ${i + 1} said.`).join(' ');
  const doc = run(`A teen was wounded near a skate park. ${filler} A spokesman said Monday the inquiry goes on.`, '2014-03-06');
  assert.equal(doc.eventDate, '2014-03-06');
});

test('of two dated sentences, the one about the headline\'s story wins over page debris', () => {
  const text = 'Firefighters were called to a warehouse on Wednesday. Neighbours gathered at the Elm Street market on Saturday.';
  assert.equal(run(text, '2014-03-10').eventDate, '2014-03-05');
  assert.equal(run(text, '2014-03-10', 'Elm Street market neighbours gather').eventDate, '2014-03-08');
});

test('weekdays are read against the page\'s posting stamp when the scraped date is a later crawl', () => {
  const doc = run('Created: 03/14/2019 9:02 AM. A heron was hurt when a boat struck it about 7 a.m. Wednesday on the canal.', '2021-06-02');
  assert.equal(doc.eventDate, '2019-03-13');
  assert.equal(doc.times.find((t) => t.text.includes('Wednesday'))?.date, '2019-03-13');
});

test('the reference day of a report is its posting stamp when the scraped date is later, else its publication', () => {
  assert.equal(referenceDayOf(run('Created: 03/14/2019 9:02 AM. A heron was hurt Wednesday.', '2021-06-02T10:00:00Z')), '2019-03-14');
  assert.equal(referenceDayOf(run('A heron was hurt Wednesday.', '2021-06-02T10:00:00Z')), '2021-06-02');
  assert.equal(referenceDayOf(run('A heron was hurt Wednesday.', null)), null);
});

test('a later death ("died early Tuesday") gives way to the day of the shooting', () => {
  const doc = run('A 19-year-old died early Tuesday at a hospital. He had been hurt by a stray bullet at a cookout Monday evening.', '2019-06-12');
  assert.equal(doc.eventDate, '2019-06-10');
});
