// Tests for metadata found in plain text.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTextMeta, isHeadline, parseDateLine, type TextMeta } from './metadata.ts';

const none: TextMeta = { title: null, published: null, url: null };
const run = (text: string, given = none) => extractTextMeta(text.split('\n'), given);

test('a date marker with the headline on the same line', () => {
  const r = run(' date 2021-03-09 Ferry service resumes after storm\nThe ferry sailed at noon on Tuesday, the operator said.');
  assert.deepEqual([r.title, r.published], ['Ferry service resumes after storm', '2021-03-09']);
  assert.deepEqual(r.lines, ['The ferry sailed at noon on Tuesday, the operator said.']);
});

test('a date marker followed by a sentence keeps the sentence as text', () => {
  const r = run('date 2021-03-09 The ferry sailed at noon on Tuesday after a long delay that angered many travellers on the quay..\nMore text.');
  assert.equal(r.title, null);
  assert.equal(r.published, '2021-03-09');
  assert.match(r.lines[0], /^The ferry sailed/);
});

test('headline, dateline under it, repeated headline and credits', () => {
  const text = ['Harbour Board Approves New Pier', '', 'The vote was close.', '', 'March 9, 2021', 'Harbour Board Approves New Pier', 'Body starts here with a full sentence.'].join('\n');
  const r = run(text);
  assert.equal(r.title, 'Harbour Board Approves New Pier');
  assert.equal(r.published, '2021-03-09');
  assert.deepEqual(r.lines.filter((l) => l), ['The vote was close.', 'Body starts here with a full sentence.']);
});

test('a dateline above the headline', () => {
  const r = run('Friday, March 12, 2021\nPier Plan Approved\nThe board met on Thursday.');
  assert.deepEqual([r.title, r.published, r.lines], ['Pier Plan Approved', '2021-03-12', ['The board met on Thursday.']]);
});

test('a first line that is a sentence is no headline', () => {
  const r = run('The harbour board approved a new pier on Tuesday, its chair said.\nSecond paragraph.');
  assert.equal(r.title, null);
  assert.equal(r.lines.length, 2);
});

test('a standfirst the body repeats is dropped; the body copy stays', () => {
  const r = run("Pier Plan Approved\nThe board backed the plan despite objections from the fishermen's guild\nOpening paragraph here.\nThe board backed the plan despite objections from the fishermen’s guild.");
  assert.deepEqual(r.lines, ['Opening paragraph here.', 'The board backed the plan despite objections from the fishermen’s guild.']);
});

test('explicit metadata wins; a leading URL line becomes the url', () => {
  const r = run('https://news.example/pier\nPier Plan Approved\nMarch 9, 2021\nText.', { title: 'Given title', published: '2021-03-10', url: null });
  assert.deepEqual([r.title, r.published, r.url], ['Given title', '2021-03-10', 'https://news.example/pier']);
  assert.deepEqual(r.lines, ['Pier Plan Approved', 'Text.']);
});

test('datelines in their usual shapes', () => {
  assert.equal(parseDateLine('Posted: March 9, 2021 10:02 AM EST')?.date, '2021-03-09');
  assert.equal(parseDateLine('Published 9 March 2021')?.date, '2021-03-09');
  assert.equal(parseDateLine('By Ann Lee | March 9, 2021')?.date, '2021-03-09');
  assert.equal(parseDateLine('Updated 3/10/2021')?.date, '2021-03-10');
  assert.equal(parseDateLine('Originally published 03 / 10 / 2021 at 10: 20 AM EDT')?.date, '2021-03-10');
  assert.equal(parseDateLine('12: 52 p. m. EDT March 9, 2021')?.date, '2021-03-09');
  assert.equal(parseDateLine('Fri., Mar. 12, 2021 11: 45 AM PDT')?.date, '2021-03-12');
  assert.equal(parseDateLine('March 9, 2021 | 5: 03pm')?.date, '2021-03-09');
  assert.equal(parseDateLine('PUBLISHED: TUESDAY, MARCH 9, 2021, 1: 32 PM')?.date, '2021-03-09');
  assert.equal(parseDateLine('Friday March 12, 2021 @ 8: 13am PDT')?.date, '2021-03-12');
  assert.equal(parseDateLine('PUBLISHED: 22: 07 GMT, 9 March 2021 | UPDATED: 23: 10 GMT, 10 March 2021')?.date, '2021-03-09');
  assert.equal(parseDateLine('9 March 2021 Last updated at 11: 11 GMT')?.date, '2021-03-09');
  assert.equal(parseDateLine('26 March 2021, 10: 00 (GMT+05: 00)')?.date, '2021-03-26');
  assert.equal(parseDateLine('9: 53 AM, TUE 9 MAR 2021')?.date, '2021-03-09');
  assert.equal(parseDateLine('on Mar 9 2021, 5: 55p')?.date, '2021-03-09');
  assert.equal(parseDateLine('Tuesday, Mar 9, 2021 | Updated 9: 01 AM EDT')?.date, '2021-03-09');
  assert.equal(parseDateLine('March 9, 2021-4: 43 pm')?.date, '2021-03-09');
  assert.equal(parseDateLine('On March 9, 2021 the board met.'), null);
  assert.equal(parseDateLine('Pier Plan Approved'), null);
});

test('headlines are short and do not end like sentences', () => {
  assert.equal(isHeadline('Storm Closes Three Schools'), true);
  assert.equal(isHeadline('Storm closes three schools.'), false);
  assert.equal(isHeadline('storm'), false);
});
