// Tests: reports pulled out of an event start one with an id of its own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventIdOf } from './clusterer.ts';
import { splitEventIdOf } from './peers.ts';

test('an event split off takes its first report id, unless that report founded the event it leaves', () => {
  assert.equal(splitEventIdOf('r2', eventIdOf('r1')), eventIdOf('r2'));
  const founder = splitEventIdOf('r1', eventIdOf('r1'));
  assert.notEqual(founder, eventIdOf('r1'));
  assert.match(founder, /^ev-[0-9a-f]{12}$/);
  assert.equal(splitEventIdOf('r1', eventIdOf('r1')), founder, 'the same split gives the same id');
});
