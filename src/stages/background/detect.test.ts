// Tests: finding earlier events recalled in passing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../../config/config.ts';
import type { Doc, TimeMention } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { annotateStage } from '../annotate/index.ts';
import { findBackground } from './detect.ts';

const ctx = { config: resolveConfig({ now: '2030-01-01T00:00:00Z' }), llm: null };

const docOf = (text: string, published: string | null, times: Omit<TimeMention, 'articleId'>[] = []): Doc => {
  const doc = annotateStage.run(
    createDoc({
      id: 'x', source: 'x.txt', url: null, outlet: null, title: null, published, language: 'en', text,
      duplicateOf: null, dependsOn: [],
    }),
    ctx,
  );
  return { ...doc, eventDate: published, times: times.map((t) => ({ ...t, articleId: 'x' })) };
};

test('a clause recalling an earlier attack by month is found, with its whole clause and counts', () => {
  const text = 'Gunmen attacked a border post near Sellin on Tuesday. In February, a suicide bomber struck the Kavor ministry, killing nine guards and wounding 20.';
  const [b, ...rest] = findBackground(docOf(text, '2031-05-14'));
  assert.equal(rest.length, 0);
  assert.match(b.text, /^In February, a suicide bomber .* wounding 20\.$/);
  assert.equal(text.slice(b.start, b.end), b.text);
  assert.equal(b.date, '2031-02');
  assert.equal(b.precision, 'month');
  assert.equal(b.sentence, 1);
});

test('sentences about the main event itself are not background', () => {
  const text = 'On Tuesday, gunmen killed two guards at the border post. Police said the attack began at noon.';
  const times = [{ start: 3, end: 10, text: 'Tuesday', date: '2031-05-13', precision: 'day' as const, time: null }];
  assert.deepEqual(findBackground(docOf(text, '2031-05-14', times)), []);
});

test('a resolved earlier date counts; dated list items each become a mention', () => {
  const text = 'Attacks this year:\nMarch 2031, bombing of a bus depot in Orlo, killing 7 people.\nApril 2031, shooting at a wedding in Tamsk, 3 dead.\nOfficials gave no figure for the whole year.';
  const found = findBackground(docOf(text, '2031-05-14'));
  assert.deepEqual(found.map((b) => b.date), ['2031-03', '2031-04']);
  assert.ok(found[0].text.includes('killing 7 people'));
});

test('an event elsewhere on the same day is background; opinion without an event is not', () => {
  const text = 'The raid coincided with a blast at a school in Dorvik that killed four pupils. Analysts said the strategy was failing.';
  const found = findBackground(docOf(text, '2031-05-14'));
  assert.equal(found.length, 1);
  assert.match(found[0].text, /Dorvik/);
  assert.equal(found[0].date, null);
});
