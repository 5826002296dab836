// Tests of the clusterer's scoring internals: cached centroid weights, key numbers, forgiven people conflicts, reason labels.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDoc, compare, countDocument, defaultClusterParams, queryOf, reasonOf } from './clusterer.ts';
import type { DocFeatures } from './features.ts';
import { dayOf, isoOfDay } from './features.ts';
import { countKey, createClusterState, dfOf, loadClusterState, saveClusterState } from './state.ts';
import type { ClusterState } from './state.ts';

// Fictional reports: a bridge closure in Tolvern and unrelated filler stories that change the idf.
const feat = (id: string, day: number | null, counts: Record<string, number>, main: string[] = []): DocFeatures => ({
  id, day, counts: new Map(Object.entries(counts)), names: new Set(main), labels: new Map(), main, persons: [],
  copyOf: null, outlet: null, title: id,
});

const bridge = (id: string, day: number | null = 100): DocFeatures =>
  feat(id, day, { bridge: 2, tolvern: 2, closed: 1, crack: 1, pylon: 1, maro: 2 }, ['maro']);

const filler = (i: number): DocFeatures => feat(`x${i}`, 100 + i, { bridge: 1, council: 1, [`topic${i}`]: 2 });

const reloaded = (s: ClusterState): ClusterState => loadClusterState(JSON.parse(JSON.stringify(saveClusterState(s))));

const scoreOf = (s: ClusterState, p: typeof defaultClusterParams, f: DocFeatures): number =>
  compare(s, p, queryOf(s, p, f), s.events[0], f.day, f).score;

test('cached centroid weights are used until the store grows by idfRefresh, then weighed anew', () => {
  const p = { ...defaultClusterParams, idfRefresh: 20 };
  const state = createClusterState();
  addDoc(state, bridge('b1'), p);
  const probe = feat('b2', 100, { bridge: 1, tolvern: 1, closed: 2, detour: 2 });
  scoreOf(state, p, probe);
  // Ten filler stories make "bridge" common: a fresh weighing scores differently.
  for (let i = 0; i < 10; i++) countDocument(state, filler(i));
  const cached = scoreOf(state, p, probe);
  // The weighing is kept in the state: a later run (a state saved and loaded again) reuses it.
  assert.equal(scoreOf(reloaded(state), p, probe), cached);
  const fresh = scoreOf(state, { ...p, idfRefresh: 0 }, probe);
  assert.notEqual(cached, fresh);
  assert.equal(scoreOf(state, p, probe), fresh, 'the refresh above is kept');
  assert.equal(scoreOf(reloaded(state), p, probe), fresh);
});

test('feature keys get stable numbers and their document frequencies survive JSON as entry lists', () => {
  const state = createClusterState();
  const first = countKey(state, 'ferry');
  for (let i = 0; i < 3000; i++) countKey(state, `word${i}`);
  assert.equal(countKey(state, 'ferry', 2), first);
  assert.equal(dfOf(state, 'ferry'), 3);
  assert.equal(dfOf(state, 'word2999'), 1);
  assert.equal(dfOf(state, 'never'), 0);
  const json = JSON.parse(JSON.stringify(saveClusterState(state)));
  assert.deepEqual(json.df[0], ['ferry', 3]);
  const back = loadClusterState(json);
  assert.equal(dfOf(back, 'ferry'), 3);
  assert.equal(dfOf(back, 'word2999'), 1);
  assert.equal(countKey(back, 'word2999'), state.keyIds.get('word2999'));
});

test('an undated report naming another main person is penalised unless it shares most telling words', () => {
  const state = createClusterState();
  const p = defaultClusterParams;
  addDoc(state, bridge('b1', null), p);
  for (let i = 0; i < 5; i++) countDocument(state, filler(i));
  // Same story, but the article names a different engineer than the event's main person.
  const close = feat('b3', null, { bridge: 3, tolvern: 3, closed: 2, crack: 2, pylon: 2, ravelle: 1 }, ['ravelle']);
  const q = queryOf(state, p, close);
  const forgiven = compare(state, p, q, state.events[0], null, close);
  assert.ok(forgiven.cosine >= p.conflictForgive);
  assert.equal(forgiven.score, forgiven.cosine);
  const strict = compare(state, { ...p, conflictForgive: 1 }, q, state.events[0], null, close);
  assert.equal(strict.score, strict.cosine * p.conflictFactor);
  // A report sharing only the bridge and a closure is about someone else's story.
  const far = feat('b4', null, { bridge: 1, closed: 1, ravelle: 2, ferry: 2, harbour: 2 }, ['ravelle']);
  const m = compare(state, p, queryOf(state, p, far), state.events[0], null, far);
  assert.ok(m.cosine < p.conflictForgive);
  assert.equal(m.score, m.cosine * p.conflictFactor);
});

test("an outlet's names said once are forgotten past outletNamesKept, its recurring byline is kept", () => {
  const p = { ...defaultClusterParams, outletNamesKept: 4 };
  const state = createClusterState();
  for (let i = 0; i < 4; i++) {
    addDoc(state, { ...feat(`o${i}`, 200 + 30 * i, { [`victim${i}`]: 2, quarry: 1, osk: 1 }, [`victim${i}`, 'osk']), outlet: 'tolvern-post.example' }, p);
  }
  const own = state.outletDf.get('tolvern-post.example')!;
  assert.equal(own.get('osk'), 4);
  assert.ok(own.size < 5, `kept ${[...own.keys()].join(' ')}`);
  assert.ok(!own.has('victim0'));
});

test('a reason says each shared name once: no second letter case, no word of a name it lists in full', () => {
  const f = {
    id: 'x', names: new Set(['hotel', 'orvane', 'tessaly', 'state']),
    labels: new Map([['e:orvane_hotel', 'Orvane Hotel'], ['p:tessaly', 'Tessaly'], ['e:tessaly_state_police', 'Tessaly State Police']]),
  };
  const shared: [string, number][] = [['hotel', 6], ['tessaly', 5], ['p:tessaly', 4], ['orvane', 3], ['e:orvane_hotel', 2], ['e:tessaly_state_police', 1.5], ['state', 1], ['fire', 3]];
  const reason = reasonOf(f, { score: 0.4, cosine: 0.4, gap: null }, shared);
  assert.deepEqual(reason.sharedEntities, ['Orvane Hotel', 'Tessaly State Police']);
  assert.deepEqual(reason.sharedTerms, ['fire']);
  assert.equal(reasonOf(f, null).first, true);
});

test('day numbers and ISO dates convert both ways, the same however often a day is asked for', () => {
  for (const iso of ['1999-12-31', '2000-02-29', '2031-05-03']) {
    const day = dayOf(iso)!;
    assert.equal(isoOfDay(day), iso);
    assert.equal(isoOfDay(day), iso);
  }
  assert.equal(isoOfDay(dayOf('2031-05-03')! + 1), '2031-05-04');
});
