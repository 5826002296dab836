import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultClusterParams, foundingReason, post } from './clusterer.ts';
import { mergeCandidatesOf, mergeSmallEvents } from './merge.ts';
import type { ClusterState, EventState } from './state.ts';
import { countKey, createClusterState } from './state.ts';

// Fictional events: a ferry grounding reported by four outlets, one more report placed apart, a dam opening.
const eventOf = (id: string, n: number, words: Record<string, number>, people: [string, number][] = []): EventState => ({
  id, articleIds: Array.from({ length: n }, (_, i) => `${id}-${i}`), independent: n,
  keys: Object.keys(words), sums: Object.values(words), firstDay: null, lastDay: null, title: id, reasons: [], people,
});

const stateWith = (events: EventState[]): ClusterState => {
  const state = createClusterState();
  state.docCount = 40;
  for (const w of ['ferry', 'grounded', 'velmora', 'harbour', 'dam', 'opened', 'ostrik']) countKey(state, w, 3);
  events.forEach((e, i) => {
    state.events.push(e);
    for (const a of e.articleIds) state.docEvent.set(a, i);
    for (const k of e.keys) post(state, defaultClusterParams, k, i);
  });
  return state;
};

const ferry = (): EventState => eventOf('big', 4, { ferry: 4, grounded: 3, velmora: 4, harbour: 2 }, [['velmora', 4]]);

test('a small undated event much like a larger one joins it at the end of the batch', () => {
  const small = { ...eventOf('small', 1, { ferry: 1, grounded: 1, velmora: 1 }), reasons: [foundingReason('small-0')] };
  const state = stateWith([ferry(), small, eventOf('dam', 2, { dam: 2, opened: 2, ostrik: 2 })]);
  const moved = mergeSmallEvents(state, defaultClusterParams, new Set([1, 2]));
  assert.deepEqual([...moved], [['small', 'big']]);
  assert.equal(state.docEvent.get('small-0'), 0);
  assert.equal(state.events[0].articleIds.length, 5);
  assert.equal(state.events[1].articleIds.length, 0);
  assert.equal(state.events[2].articleIds.length, 2);
  // The larger event keeps its id and lists the one it took in.
  assert.deepEqual(state.events[0].absorbed, ['small']);
  // The report that had started the small event says what it shares with the larger one, not 'similarity 1'.
  const reason = state.events[0].reasons.find((r) => r.articleId === 'small-0')!;
  assert.ok(reason.similarity >= defaultClusterParams.mergeThreshold && reason.similarity < 1, JSON.stringify(reason));
  assert.ok(reason.sharedEntities.includes('velmora') || reason.sharedTerms.includes('velmora'), JSON.stringify(reason));
});

test('no merge when the two events are about different main people and share only part of their words', () => {
  const small = eventOf('small', 1, { ferry: 1, grounded: 1, ostrik: 1, opened: 1, dam: 1 }, [['ostrik', 1]]);
  const state = stateWith([ferry(), small]);
  assert.equal(mergeSmallEvents(state, defaultClusterParams, new Set([1])).size, 0);
  assert.equal(state.events[1].articleIds.length, 1);
  // The same pair without the people conflict merges: the conflict is what kept them apart.
  const plain = stateWith([ferry(), { ...small, people: [] }]);
  assert.equal(mergeSmallEvents(plain, defaultClusterParams, new Set([1])).size, 1);
});

test('a people conflict is forgiven when the small event shares most of its telling words', () => {
  const state = stateWith([ferry(), eventOf('small', 1, { ferry: 1, grounded: 1, harbour: 1, ostrik: 1 }, [['ostrik', 1]])]);
  assert.deepEqual([...mergeSmallEvents(state, defaultClusterParams, new Set([1]))], [['small', 'big']]);
  const strict = stateWith([ferry(), eventOf('small', 1, { ferry: 1, grounded: 1, harbour: 1, ostrik: 1 }, [['ostrik', 1]])]);
  assert.equal(mergeSmallEvents(strict, { ...defaultClusterParams, conflictForgive: 1 }, new Set([1])).size, 0);
});

test('no merge for events placed by earlier batches or with the merge turned off', () => {
  const events = (): EventState[] => [ferry(), eventOf('small', 1, { ferry: 1, grounded: 1, velmora: 1 })];
  assert.equal(mergeSmallEvents(stateWith(events()), defaultClusterParams, new Set()).size, 0);
  assert.equal(mergeSmallEvents(stateWith(events()), { ...defaultClusterParams, mergeThreshold: 0 }, new Set([1])).size, 0);
});

test('a small undated event from an earlier batch is revisited when an article of this batch also resembled it', () => {
  const events = (): EventState[] => [eventOf('small', 1, { ferry: 1, grounded: 1, velmora: 1 }), eventOf('dam', 2, { dam: 2, opened: 2, ostrik: 2 }), ferry()];
  // The batch added to the ferry event (index 2); its article also scored above the threshold against event 0.
  const state = stateWith(events());
  const revisited = mergeCandidatesOf(state, defaultClusterParams, new Set([2]), [0]);
  assert.ok(revisited.has(0) && !revisited.has(1));
  assert.deepEqual([...mergeSmallEvents(state, defaultClusterParams, revisited)], [['small', 'big']]);
  // Not when no article of the batch came near it, nor beyond the recent window.
  assert.ok(!mergeCandidatesOf(stateWith(events()), defaultClusterParams, new Set([2])).has(0));
  assert.ok(!mergeCandidatesOf(stateWith(events()), { ...defaultClusterParams, mergeRecent: 2 }, new Set([2]), [0]).has(0));
});
