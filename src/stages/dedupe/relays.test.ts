// Tests for relay detection.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findRelays, isSelf } from './relays.ts';
import { wiresIn } from './wires.ts';

test('wire services behind the usual cues', () => {
  assert.deepEqual(findRelays('The dam held, according to a report from AFP.'), ['AFP']);
  assert.deepEqual(findRelays('LIMA (Reuters) - The dam held on Sunday.'), ['Reuters']);
  assert.deepEqual(findRelays('The dam held, an engineer was quoted as saying by AFP.'), ['AFP']);
  assert.deepEqual(findRelays('"It held," the engineer told The Associated Press.'), ['AP']);
  assert.deepEqual(findRelays('Xinhua reported that the dam held.'), ['Xinhua']);
  assert.deepEqual(findRelays('The dam held, state media said, according to Agence France-Presse.'), ['AFP']);
});

test('agencies and lists of inputs', () => {
  assert.deepEqual(findRelays('The dam held.\nWith inputs from agencies'), ['agencies']);
  assert.deepEqual(findRelays('The dam held. (With inputs from PTI and Reuters)'), ['PTI', 'Reuters']);
  assert.deepEqual(findRelays('The dam held. (Agencies)'), ['agencies']);
});

test('any capitalised outlet after "according to a report by"', () => {
  assert.deepEqual(findRelays('The dam held, according to a report by The Valley Gazette on Monday.'), ['Valley Gazette']);
  assert.deepEqual(findRelays('Source: Coast News'), ['Coast News']);
  assert.deepEqual(findRelays('The boat sank, according to a report from Sgt. Ann Lee of the harbour patrol.'), []);
  assert.deepEqual(findRelays('The boat sank, according to the report from the Harbour Police Department.'), []);
});

test('outlets that name themselves as such, after the usual cues or in a dateline', () => {
  assert.deepEqual(findRelays('The guard was hurt, according to Lakeland Wire.'), ['Lakeland Wire']);
  assert.deepEqual(findRelays('"No one died," the spokesman told the Valley Gazette.'), ['Valley Gazette']);
  assert.deepEqual(findRelays('EASTFIELD, March 4 (Lakeland Wire) - The pier closed.'), ['Lakeland Wire']);
  assert.deepEqual(findRelays('The pier closed, according to the Harbour Police.'), []);
  assert.deepEqual(findRelays('"No one died," the spokesman told the Times.'), []);
});

test('no relay where none is named', () => {
  assert.deepEqual(findRelays('According to police, the dam held. An apt reply came from the AP-style guide.'), []);
  assert.deepEqual(findRelays('IMAGE SOURCE: the agency archive'), []);
});

test('credit lines name wires; outlets do not relay themselves', () => {
  assert.deepEqual(wiresIn('Copyright 2021 Coast TV and The Associated Press. All rights reserved.'), ['AP']);
  assert.equal(isSelf('Reuters', 'www.reuters.com'), true);
  assert.equal(isSelf('AP', 'apnews.com'), true);
  assert.equal(isSelf('AP', 'wapt.com'), false);
  assert.equal(isSelf('Valley Gazette', 'The Valley Gazette'), true);
  assert.equal(isSelf('Valley Gazette', 'www.eastvalleygazette.com'), true);
  assert.deepEqual(findRelays('"It held," the engineer told The Post.'), []);
});

test('an outlet name stops at the end of its line', () => {
  assert.deepEqual(findRelays('The dam held, according to a report from AFP.\nThe engineers left.'), ['AFP']);
});
