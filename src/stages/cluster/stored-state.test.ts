import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryRows } from '../../adapters/memory-rows.ts';
import { resolveConfig } from '../../config/config.ts';
import type { Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import type { StateRows } from '../../ports/store.ts';
import { annotateStage } from '../annotate/index.ts';
import { backgroundStage } from '../background/index.ts';
import type { ClusterStateJson } from './index.ts';
import { clusterStage, clusterTables, createClusterState, defaultClusterParams, ingestDocs, loadClusterState, loadStoredClusterState, openStoredClusterState, saveClusterState, storedEventArticles, storedEventsNamed } from './index.ts';

const ctx = { config: resolveConfig({ now: '2031-01-01T00:00:00Z' }), llm: null };

const reportOf = (id: string, published: string | null, text: string): Doc => {
  const doc = annotateStage.run(createDoc({
    id, source: `${id}.txt`, url: null, outlet: 'Glenmoor Courier', title: null, published, language: 'en', text, duplicateOf: null, dependsOn: [],
  }), ctx);
  return backgroundStage.run({ ...doc, eventDate: published }, ctx);
};

// Fictional reports in four ingest runs: a ferry fire, its follow-ups (one undated), a bridge closure that recalls the fire.
const runs = (): Doc[][] => [
  [reportOf('f1', '2031-04-02', 'A fire broke out on the ferry Morwen Star near Glenmoor harbour on Tuesday. Captain Ilse Varga said all 40 passengers were taken ashore.')],
  [
    reportOf('f2', '2031-04-03', 'Investigators boarded the Morwen Star a day after the fire off Glenmoor harbour. Captain Ilse Varga praised the crew.'),
    reportOf('b1', '2031-04-05', 'The Tannery Bridge in Oskel will close for repairs on Friday, the council said. Buses will use the ring road.'),
  ],
  [reportOf('f3', null, 'Glenmoor harbour reopened after the Morwen Star fire, Captain Ilse Varga said. The ferry is being towed to Rask.')],
  [reportOf('b2', '2031-06-20', 'The Tannery Bridge in Oskel reopened on Monday. In April, a fire on the ferry Morwen Star near Glenmoor harbour forced 40 passengers ashore.')],
];

/** The JSON state with every list of map entries in key order, so two states built in other orders compare. */
const sortedJson = (j: ClusterStateJson): ClusterStateJson => {
  const byKey = <T extends [string, unknown]>(xs: T[]): T[] => [...xs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    ...j, df: byKey(j.df), bgDf: byKey(j.bgDf), postings: byKey(j.postings), docEvent: byKey(j.docEvent),
    outletDf: byKey(j.outletDf.map(([o, m]): [string, [string, number][]] => [o, byKey(m)])),
  };
};

/** Rows that count the document frequencies read one key at a time and in batches. */
const countingRows = (rows: StateRows) => {
  const reads = { single: 0, batched: 0, mapSingle: 0, mapBatched: 0 };
  const maps: string[] = [clusterTables.postings, clusterTables.docEvent, clusterTables.bgDf];
  const counted: StateRows = {
    get: (table, key) => {
      if (table === clusterTables.df) reads.single++;
      if (maps.includes(table)) reads.mapSingle++;
      return rows.get(table, key);
    },
    getMany: (table, keys) => {
      if (table === clusterTables.df) reads.batched += keys.length;
      if (maps.includes(table)) reads.mapBatched += keys.length;
      return rows.getMany(table, keys);
    },
    all: (table) => rows.all(table),
    prefixed: (table, prefix) => rows.prefixed(table, prefix),
  };
  return { counted, reads };
};

test('a state kept as rows, run after run, is the state kept as one JSON value, and reads document frequencies in batches', () => {
  const rows = createMemoryRows();
  const { counted, reads } = countingRows(rows);
  let whole = saveClusterState(createClusterState());
  for (const docs of runs()) {
    rows.apply(clusterStage.update!(counted, docs, ctx, []));
    whole = JSON.parse(JSON.stringify(saveClusterState(ingestDocs(loadClusterState(whole), docs)))) as ClusterStateJson;
  }
  assert.deepEqual(sortedJson(saveClusterState(loadStoredClusterState(rows))), sortedJson(whole));
  assert.ok(whole.events.some((e) => e.articleIds.length === 3), 'the ferry reports are one event');
  assert.ok(reads.batched > 50, `${reads.batched} keys read in batches`);
  assert.ok(reads.single * 20 < reads.batched, `${reads.single} keys read one by one, ${reads.batched} in batches`);
  // Posting lists, the events of articles and recalled clauses' frequencies too: those of an article's query keys, of a batch's ids, of an article's clauses.
  assert.ok(reads.mapSingle * 5 < reads.mapBatched, `${reads.mapSingle} postings, article events and clause frequencies read one by one, ${reads.mapBatched} in batches`);
});

/** The meta row as a store of an older version wrote it (before version 5, no pending heads). */
const olderMeta = (row: string, version: number): string => {
  const meta = JSON.parse(row) as { version: number; pendingHeads?: boolean };
  assert.equal(meta.version, 5);
  delete meta.pendingHeads;
  return JSON.stringify({ ...meta, version });
};

/** A copy of memory rows, with each table's rows changed by `edit`. */
const copyRows = (rows: StateRows, edit: (table: string, entries: [string, string][]) => [string, string][] = (_, e) => e) => {
  const copy = createMemoryRows();
  for (const table of Object.values(clusterTables)) {
    copy.apply(edit(table, rows.all(table)).map(([key, value]) => ({ table, key, value })));
  }
  return copy;
};

test("an outlet's names are kept a row each (pruned through their rows); a version 2 outlet row is turned into them when touched", () => {
  const rows = createMemoryRows();
  const [first, ...rest] = runs();
  rows.apply(clusterStage.update!(rows, first, ctx, []));
  const names = rows.all(clusterTables.outletNames);
  assert.ok(names.length > 3 && names.every(([k]) => k.startsWith('glenmoor courier\u0001')), names.map(([k]) => k).join(' '));
  assert.deepEqual(rows.all(clusterTables.outlets), [['glenmoor courier', `[${names.length},null]`]]);
  // The same store as version 2 kept it: the outlet's names in its own row.
  const v2 = copyRows(rows, (table, entries) =>
    table === clusterTables.outletNames ? [] :
    table === clusterTables.outlets ? [['glenmoor courier', JSON.stringify(names.map(([k, n]) => [k.split('\u0001')[1], Number(n)]))]] :
    table === clusterTables.meta ? entries.map(([k, v]) => [k, olderMeta(v, 2)]) : entries);
  for (const docs of rest) {
    rows.apply(clusterStage.update!(rows, docs, ctx, []));
    v2.apply(clusterStage.update!(v2, docs, ctx, []));
  }
  assert.deepEqual(sortedJson(saveClusterState(loadStoredClusterState(v2))), sortedJson(saveClusterState(loadStoredClusterState(rows))));
  assert.deepEqual(v2.all(clusterTables.outlets), rows.all(clusterTables.outlets));
  // Names said once are pruned past outletNamesKept; the outlet row keeps the size pruned to.
  const pruned = copyRows(rows);
  const { state, writes } = openStoredClusterState(pruned);
  ingestDocs(state, [reportOf('f9', '2031-07-01', 'Captain Ilse Varga of Glenmoor said the Morwen Star sails again. Harbour master Edda Kroll agreed.')], { ...defaultClusterParams, outletNamesKept: 3 });
  pruned.apply(writes());
  const kept = pruned.all(clusterTables.outletNames);
  assert.ok(kept.length > 0 && kept.every(([, n]) => Number(n) > 1), kept.join(' '));
  assert.deepEqual(pruned.all(clusterTables.outlets), [['glenmoor courier', `[${kept.length},${kept.length}]`]]);
});

test("an event's head (its days, its size) and a recalled event's (date, month, match) are read without the event; a version 3 store gains heads as its events are read", () => {
  const rows = createMemoryRows();
  // A market bombing in March, and reports in June that recall it in passing.
  const recalling = [
    [reportOf('m1', '2031-03-14', 'A car bomb exploded at the Saltmarket in Varna Heights on Thursday, killing 12 people. Police said the car was parked by the fish stalls.')],
    [reportOf('d1', '2031-06-10', 'Gunmen attacked a checkpoint in Varna Heights on Monday. In March, a car bomb at the Saltmarket in Varna Heights killed 12 people.')],
  ];
  for (const docs of [...runs(), ...recalling]) rows.apply(clusterStage.update!(rows, docs, ctx, []));
  const whole = loadStoredClusterState(rows);
  const reads = new Map<string, number>();
  const counted: StateRows = {
    ...rows,
    get: (table, key) => {
      reads.set(table, (reads.get(table) ?? 0) + 1);
      return rows.get(table, key);
    },
    getMany: (table, keys) => rows.getMany(table, keys),
    all: (table) => rows.all(table),
  };
  const { state } = openStoredClusterState(counted);
  state.readAheadHeads!('events', whole.events.map((_, i) => i));
  whole.events.forEach((e, i) => assert.deepEqual(state.eventHead!(i), { firstDay: e.firstDay, lastDay: e.lastDay, independent: e.independent }));
  const recalled = whole.backgrounds.map((_, i) => state.backgroundHead!(i));
  assert.ok(recalled.some((b) => b.matchedEvent === whole.events[whole.docEvent.get('m1')!].id && b.month === 3), JSON.stringify(recalled));
  assert.equal(reads.get(clusterTables.events) ?? 0, 0);
  assert.equal(reads.get(clusterTables.backgrounds) ?? 0, 0);
  // A run reads events whole; their stored heads (to know which to write) are read in one go, not one by one.
  reads.clear();
  clusterStage.update!(counted, [reportOf('f5', '2031-04-07', 'Divers checked the hull of the ferry Morwen Star at Rask after the fire near Glenmoor harbour.')], ctx, []);
  assert.ok((reads.get(clusterTables.events) ?? 0) > 0);
  assert.equal(reads.get(clusterTables.eventHeads) ?? 0, 0);
  // The same store as version 3 kept it: no heads. It is read as it was, and its events read whole get their heads.
  const v3 = copyRows(rows, (table, entries) =>
    table === clusterTables.eventHeads || table === clusterTables.backgroundHeads || table === clusterTables.pendingHeads ? [] :
    table === clusterTables.meta ? entries.map(([k, v]) => [k, olderMeta(v, 3)]) : entries);
  const more = [reportOf('f4', '2031-04-06', 'The ferry Morwen Star was towed into Rask, four days after the fire near Glenmoor harbour. Captain Ilse Varga thanked the crew.')];
  rows.apply(clusterStage.update!(rows, more, ctx, []));
  v3.apply(clusterStage.update!(v3, more, ctx, []));
  assert.deepEqual(sortedJson(saveClusterState(loadStoredClusterState(v3))), sortedJson(saveClusterState(loadStoredClusterState(rows))));
  const heads = v3.all(clusterTables.eventHeads);
  assert.ok(heads.length > 0, 'heads written for the events read');
  for (const [key, head] of heads) assert.equal(head, rows.get(clusterTables.eventHeads, key));
});

test("pending undated placements are read by their heads, whole only when compared; a version 4 store's are read whole once and given heads", () => {
  const rows = createMemoryRows();
  // Undated follow-ups of the ferry fire: each is compared with the undated reports before it.
  const undated = [
    [reportOf('u1', null, 'Divers from Rask inspected the Morwen Star after the fire, Captain Ilse Varga said. The ferry stays at Glenmoor harbour.')],
    [reportOf('u2', null, 'The Oskel council met about the Tannery Bridge works. Buses keep using the ring road, a council clerk said.')],
  ];
  for (const docs of runs()) rows.apply(clusterStage.update!(rows, docs, ctx, []));
  const pending = rows.all(clusterTables.pending);
  assert.ok(pending.length > 0);
  assert.deepEqual(rows.all(clusterTables.pendingHeads).map(([id]) => id).sort(), pending.map(([id]) => id).sort());
  // The same store as version 4 kept it: no heads.
  const v4 = copyRows(rows, (table, entries) =>
    table === clusterTables.pendingHeads ? [] :
    table === clusterTables.meta ? entries.map(([k, v]) => [k, olderMeta(v, 4)]) : entries);
  const wholeReads = { rows: 0, v4: 0 };
  let compared = 0;
  const counting = (store: typeof rows, key: keyof typeof wholeReads): StateRows => ({
    ...store,
    all: (table) => {
      if (table === clusterTables.pending) wholeReads[key]++;
      return store.all(table);
    },
    getMany: (table, keys) => {
      if (table === clusterTables.pending && key === 'rows') compared += keys.length;
      return store.getMany(table, keys);
    },
  });
  for (const docs of undated) {
    rows.apply(clusterStage.update!(counting(rows, 'rows'), docs, ctx, []));
    v4.apply(clusterStage.update!(counting(v4, 'v4'), docs, ctx, []));
  }
  assert.deepEqual(wholeReads, { rows: 0, v4: 1 });
  assert.ok(compared > 0 && compared < pending.length + undated.length, `${compared} placements read whole to be compared`);
  assert.deepEqual(sortedJson(saveClusterState(loadStoredClusterState(v4))), sortedJson(saveClusterState(loadStoredClusterState(rows))));
  assert.deepEqual(v4.all(clusterTables.pendingHeads).sort(), rows.all(clusterTables.pendingHeads).sort());
  assert.deepEqual(v4.all(clusterTables.pending).sort(), rows.all(clusterTables.pending).sort());
  // A head names the keys its placement is looked up by: its heaviest, in order.
  for (const [id, row] of rows.all(clusterTables.pending)) {
    const [, e] = JSON.parse(row) as [number, { keys: string[] }];
    const [, top, keys] = JSON.parse(rows.get(clusterTables.pendingHeads, id)!) as [number, string[], number];
    assert.deepEqual(top, e.keys.slice(0, defaultClusterParams.queryFeatures));
    assert.equal(keys, e.keys.length);
  }
});

test('the events of some articles are read through their rows, as the whole state has them', () => {
  const rows = createMemoryRows();
  for (const docs of runs()) rows.apply(clusterStage.update!(rows, docs, ctx, []));
  const whole = loadStoredClusterState(rows).events.map((e) => [...e.articleIds].sort());
  const eventsOf = (ids: string[]) => storedEventArticles(rows, ids).map((a) => [...a].sort()).sort();
  for (const ids of [['f1'], ['b2'], ['f2', 'b1'], ['f1', 'f2', 'f3', 'b1', 'b2'], ['nope']]) {
    assert.deepEqual(eventsOf(ids), whole.filter((a) => a.some((id) => ids.includes(id))).sort(), ids.join());
  }
  assert.ok(eventsOf(['f1'])[0].includes('f2'), 'an event comes whole, with its articles outside the asked ones');
});

/** Rows that record which tables were read and the keys read from each. */
const recordingRows = (rows: StateRows) => {
  const read = new Map<string, Set<string>>();
  const note = (table: string, keys: readonly string[]): void => {
    if (!read.has(table)) read.set(table, new Set());
    for (const k of keys) read.get(table)!.add(k);
  };
  const recorded: StateRows = {
    get: (table, key) => (note(table, [key]), rows.get(table, key)),
    getMany: (table, keys) => (note(table, keys), rows.getMany(table, keys)),
    all: (table) => (note(table, ['*']), rows.all(table)),
    prefixed: (table, prefix) => (note(table, [`${prefix}*`]), rows.prefixed(table, prefix)),
  };
  return { recorded, read };
};

/** The ferry and bridge runs, then two reports of a checkpoint attack that recall an earlier car bomb. */
const recallingRuns = (): Doc[][] => [
  ...runs(),
  [
    reportOf('d1', '2031-06-23', 'Gunmen attacked a checkpoint in Varna Heights on Monday. In March, a car bomb at the Saltmarket in Varna Heights killed 12 people.'),
    reportOf('d2', '2031-06-24', "Two guards died in Monday's checkpoint attack in Varna Heights. In March, a car bomb at the Saltmarket killed 12 people there."),
  ],
];

test("a report's events come from the stored rows of its articles' events and the background events, not the whole state", async () => {
  const rows = createMemoryRows();
  for (const docs of recallingRuns()) rows.apply(clusterStage.update!(rows, docs, ctx, []));
  const docs = recallingRuns().flat();
  const whole = (await clusterStage.run({ docs, events: [], errors: [] }, ctx)).events;
  const { recorded, read } = recordingRows(rows);
  const picked = (await clusterStage.run({ docs: docs.filter((d) => d.article.id === 'd1'), events: [], errors: [], stored: recorded }, ctx)).events;
  assert.deepEqual(picked.map((e) => [e.background, [...e.articleIds].sort(), [...e.mentionedIn].sort()]), [[false, ['d1', 'd2'], []], [true, [], ['d1', 'd2']]]);
  for (const heavy of [clusterTables.df, clusterTables.postings, clusterTables.outletNames, clusterTables.bgDf]) assert.ok(!read.has(heavy), `${heavy} read`);
  assert.deepEqual([...read.get(clusterTables.events) ?? []], [rows.get(clusterTables.docEvent, 'd1')], 'only the event of d1');
  const all = (await clusterStage.run({ docs, events: [], errors: [], stored: rows }, ctx)).events;
  assert.deepEqual(all.map((e) => [e.id, e.articleIds, e.mentionedIn]), whole.map((e) => [e.id, e.articleIds, e.mentionedIn]));
});

test('events named by id are found through their first article, a background event among the background rows, an unknown id is an error', () => {
  const rows = createMemoryRows();
  for (const docs of recallingRuns()) rows.apply(clusterStage.update!(rows, docs, ctx, []));
  const state = loadStoredClusterState(rows);
  const ids = recallingRuns().flat().map((d) => d.article.id);
  const background = state.backgrounds[0];
  assert.ok(background && !background.matchedEvent, 'the checkpoint reports recall a car bomb');
  const { recorded, read } = recordingRows(rows);
  const named = storedEventsNamed(recorded, [state.events[0].id], ids);
  assert.deepEqual([...named], [[state.events[0].id, state.events[0].articleIds]]);
  assert.ok(!read.has(clusterTables.backgrounds) && !read.has(clusterTables.df), 'a main event needs no other rows');
  assert.deepEqual(storedEventsNamed(rows, [background.id], ids).get(background.id), background.mentionedIn);
  // An event whose first article left it is still found, among all the event rows.
  const moved = copyRows(rows, (table, entries) => (table === clusterTables.docEvent ? entries.map(([k, v]) => [k, k === 'f1' ? '99' : v]) : entries));
  assert.deepEqual(storedEventsNamed(moved, [state.events[0].id], ids).get(state.events[0].id), state.events[0].articleIds);
  assert.throws(() => storedEventsNamed(rows, ['ev-000000000000', state.events[0].id], ids), /no event ev-000000000000 in the store/);
});
