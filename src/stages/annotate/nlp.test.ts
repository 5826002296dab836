import assert from 'node:assert/strict';
import { test } from 'node:test';
import model from 'wink-eng-lite-web-model';
import { firstMetaCER, readText } from './nlp.ts';

type MetaCER = { machines: string };

test("every wink instance gets the model's custom-entity machines of its first load, which the model itself escapes again at each load", () => {
  const first = firstMetaCER() as MetaCER;
  assert.equal(typeof JSON.parse(first.machines), 'object', 'the first load gives the machines as JSON of an object');
  const load = (model as unknown as { metaCER: () => MetaCER }).metaCER;
  const again = load().machines.length;
  assert.ok(load().machines.length > again, 'the model escapes its last answer again at each load');
  assert.equal(firstMetaCER(), first);
  assert.equal(readText('Ana Mora, 24, was shot on Elm Street.', (t) => typeof t), 'object');
});
