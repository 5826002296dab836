// Tests: cue words are found at word starts only, in either case, and a sentence's cues are per declared list.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cuesIn, declareCues, hasCue } from './cues.ts';
import { findCounts } from './counts.ts';
import { findSpeaker } from './attribution.ts';

const wounds = declareCues(['wound', 'injur']);
const toll = declareCues(['toll']);

test('cues: a word starting with a cue holds it, in any case; a cue inside a word does not count', () => {
  assert.equal(hasCue(cuesIn('Two men were WOUNDED on Elm Row.'), wounds), true);
  assert.equal(hasCue(cuesIn('Nobody was injured.'), wounds), true);
  assert.equal(hasCue(cuesIn('The uninjured driver left.'), wounds), false);
  assert.equal(hasCue(cuesIn('The death toll rose to 3.'), toll), true);
  assert.equal(hasCue(cuesIn('The atoll was quiet.'), toll), false);
  // Digits and signs end a word: "3-wounded" still opens a word with the cue.
  assert.equal(hasCue(cuesIn('3-wounded'), wounds), true);
});

test('cues: a cue word is at least two lower-case letters', () => {
  assert.throws(() => declareCues(['k']));
  assert.throws(() => declareCues(['Kill']));
});

test('cues: sentences without count words state no count, with them the counts are found as before', () => {
  assert.deepEqual(findCounts('The mayor of Brinley spoke at the library on Tuesday.'), []);
  const hits = findCounts('Two men were wounded and a woman was killed in Brinley.');
  assert.deepEqual(hits.map((h) => [h.slot, h.count.value]), [['injured', 2], ['killed', 1]]);
});

test('speaker: found however far the speech verb sits from the start of a long sentence', () => {
  const long = `${'After a long night of rain, wind and worry across the valley, '.repeat(4)}Sheriff Ada Vole said the road was closed.`;
  assert.equal(findSpeaker(long, null), 'Sheriff Ada Vole');
  // A closing ", X, said." is read from the sentence's end, in any case.
  assert.equal(findSpeaker('Roads are shut, Ada Vole, the sheriff, SAID .', null), 'the sheriff');
});

const stabbing = declareCues(['stab']);
const standoff = declareCues(['standoff', 'stalk']);
const stray = declareCues(['stray']);

test('cues: lists sharing an opening are told apart by the rest of the word', () => {
  const held = cuesIn('A standoff followed the stabbing on Quill Lane.');
  assert.equal(hasCue(held, stabbing), true);
  assert.equal(hasCue(held, standoff), true);
  assert.equal(hasCue(held, stray), false);
  const other = cuesIn('Stray rounds hit a stall.');
  assert.deepEqual([hasCue(other, stabbing), hasCue(other, standoff), hasCue(other, stray)], [false, false, true]);
});
