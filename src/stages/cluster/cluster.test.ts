import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryRows } from '../../adapters/memory-rows.ts';
import { resolveConfig } from '../../config/config.ts';
import type { Article, Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { annotateStage } from '../annotate/index.ts';
import { backgroundStage } from '../background/index.ts';
import { mentionsStage } from '../mentions/index.ts';
import { temporalStage } from '../temporal/index.ts';
import {
  clusterStage, createClusterState, defaultClusterParams, eventIdOf, eventsOf, ingestDocs, loadClusterState, redirectBackgrounds, saveClusterState, streamOrder,
} from './index.ts';
import { featuresOf } from './features.ts';

const ctx = { config: resolveConfig({ now: '2030-01-01T00:00:00Z' }), llm: null };

const docOf = (id: string, published: string | null, text: string, extra: Partial<Article> = {}): Doc => {
  const article: Article = {
    id, source: `${id}.txt`, url: null, outlet: null, title: null, published, language: 'en', text,
    duplicateOf: null, dependsOn: [], ...extra,
  };
  const doc = annotateStage.run(createDoc(article), ctx);
  return backgroundStage.run({ ...doc, eventDate: published }, ctx);
};

// Fictional reports: two look-alike shootings in one town a week apart, a follow-up, a copy, an unrelated fire.
const docs = (): Doc[] => [
  docOf('a1', '2030-03-02', 'Marta Kellerman, 34, was shot on Alder Street in Brackwater on Saturday night. Police said two men fled in a grey van. Kellerman was taken to Brackwater General Hospital.'),
  docOf('a2', '2030-03-03', 'Police in Brackwater are looking for two men after Marta Kellerman was shot on Alder Street. The 34-year-old is in stable condition at Brackwater General Hospital.'),
  docOf('b1', '2030-03-09', 'A 19-year-old, Tobias Renn, was shot near the Quarry Road bus depot in Brackwater on Friday. Police said Renn was wounded in the leg and one suspect was arrested.'),
  docOf('b2', '2030-03-10', 'Brackwater police arrested a suspect in the shooting of Tobias Renn, 19, at the Quarry Road bus depot. Renn was treated for a leg wound.'),
  docOf('c1', '2030-03-05', 'A warehouse fire in Lindmoor destroyed stock worth three million, firefighters said. Nobody was hurt in the blaze at the Orchard Lane depot.'),
];

const groups = (state: ReturnType<typeof createClusterState>): string[][] =>
  state.events.filter((e) => e.articleIds.length > 0).map((e) => [...e.articleIds].sort()).sort((x, y) => x[0].localeCompare(y[0]));

test('look-alike shootings a week apart stay apart; reports of each are grouped', () => {
  const state = ingestDocs(createClusterState(), docs());
  assert.deepEqual(groups(state), [['a1', 'a2'], ['b1', 'b2'], ['c1']]);
});

test('one batch and a stream in date order end in the same events with the same ids', () => {
  const batch = ingestDocs(createClusterState(), docs());
  const stream = createClusterState();
  for (const d of [...docs()].sort((x, y) => (x.article.published ?? '').localeCompare(y.article.published ?? ''))) {
    ingestDocs(stream, [d]);
  }
  assert.deepEqual(groups(stream), groups(batch));
  assert.deepEqual(stream.events.map((e) => e.id).sort(), batch.events.map((e) => e.id).sort());
  assert.ok(batch.events.some((e) => e.id === eventIdOf('a1') && e.articleIds.includes('a2')));
});

test('the state survives JSON and clustering continues where it stopped', () => {
  const all = docs();
  const first = ingestDocs(createClusterState(), all.filter((d) => d.article.id !== 'b2'));
  const reloaded = loadClusterState(JSON.parse(JSON.stringify(saveClusterState(first))));
  ingestDocs(reloaded, all.filter((d) => d.article.id === 'b2'));
  assert.deepEqual(groups(reloaded), groups(ingestDocs(createClusterState(), all)));
  assert.throws(() => loadClusterState({ version: 9 } as never), /unknown cluster state version 9 .*new store/);
  assert.throws(() => loadClusterState({ version: 1, docCount: 3 } as never), /damaged \(missing df, outletDf, bgDf, events, postings, docEvent, backgrounds\).*new store/);
  // A state saved before undated articles were remembered loads, and clustering goes on.
  const older = JSON.parse(JSON.stringify(saveClusterState(first)));
  delete older.pending;
  assert.deepEqual(loadClusterState(older).pending, []);
});

test('a copy joins its original and is marked, not counted as an independent report', () => {
  const copy = docOf('a1-copy', '2030-03-04', docs()[0].article.text, { duplicateOf: 'a1' });
  const state = ingestDocs(createClusterState(), [...docs(), copy]);
  const event = state.events.find((e) => e.articleIds.includes('a1'));
  assert.ok(event?.articleIds.includes('a1-copy'));
  assert.equal(event?.independent, 2);
  assert.equal(event?.reasons.find((r) => r.articleId === 'a1-copy')?.copyOf, 'a1');
});

test('reasons name what the reports share', () => {
  const state = ingestDocs(createClusterState(), docs());
  const reason = state.events.flatMap((e) => e.reasons).find((r) => r.articleId === 'b2');
  assert.ok(reason && reason.similarity > 0 && reason.similarity <= 1);
  assert.ok(reason.sharedEntities.some((e) => /renn/i.test(e)), JSON.stringify(reason));
  assert.ok(reason.sameDate);
});

test('undated articles still cluster', () => {
  const undated = docs().map((d) => ({ ...d, eventDate: null, article: { ...d.article, published: null } }));
  const state = ingestDocs(createClusterState(), undated);
  const eventOf = (id: string): number | undefined => state.docEvent.get(id);
  assert.equal(eventOf('a1'), eventOf('a2'));
  assert.equal(eventOf('b1'), eventOf('b2'));
  assert.notEqual(eventOf('c1'), eventOf('a1'));
});

test('the stage returns model events; a recalled earlier event becomes a background event', async () => {
  const recall = docOf('d1', '2030-06-10', 'Gunmen attacked a checkpoint in Varna Heights on Monday. In March, a car bomb at the Saltmarket in Varna Heights killed 12 people.');
  const again = docOf('d2', '2030-06-12', 'Two guards died in Monday\'s checkpoint attack in Varna Heights. In March, a car bomb at the Saltmarket killed 12 people there.');
  const out = await clusterStage.run({ docs: [...docs(), recall, again], events: [], errors: [] }, ctx);
  const main = out.events.filter((e) => !e.background);
  assert.ok(main.some((e) => e.articleIds.includes('d1') && e.articleIds.includes('d2')));
  const bg = out.events.filter((e) => e.background);
  assert.equal(bg.length, 1);
  assert.deepEqual(bg[0].articleIds, []);
  assert.deepEqual([...bg[0].mentionedIn].sort(), ['d1', 'd2']);
  assert.equal(bg[0].when.date, '2030-03');
  assert.deepEqual(eventsOf(ingestDocs(createClusterState(), [recall])).filter((e) => e.background).length, 1);
});

test('a broken article is reported and the others are still grouped', async () => {
  const broken = { ...docs()[0], article: { ...docs()[0].article, id: 'bad' }, tokens: null } as unknown as Doc;
  const out = await clusterStage.run({ docs: [...docs(), broken], events: [], errors: [] }, ctx);
  assert.equal(out.errors.length, 1);
  assert.equal(out.errors[0].articleId, 'bad');
  assert.ok(out.events.some((e) => e.articleIds.includes('a1') && e.articleIds.includes('a2')));
});

// Fictional undated obituaries: two retired judges of one court die the same way; only the names differ.
const obituaries = (): Doc[] => [
  docOf('j1', null, 'Retired judge Halvard Ostrem has died at his home in Pellham, aged 88. Ostrem served on the Pellham appeals court for thirty years. Ostrem was known for his rulings on river rights. The appeals court said Ostrem died peacefully.'),
  docOf('j2', null, 'Halvard Ostrem, a retired judge of the Pellham appeals court, died at home aged 88. Colleagues said Ostrem shaped the court for thirty years. Ostrem leaves two daughters.'),
  docOf('k1', null, 'Retired judge Corinna Wexby has died at her home in Pellham, aged 88. Wexby served on the Pellham appeals court for thirty years. Wexby was known for her rulings on river rights. The appeals court said Wexby died peacefully.'),
];

test('undated look-alike reports about different main people stay apart', () => {
  const withPeople = (): Doc[] => obituaries().map((d) => mentionsStage.run(d, ctx));
  const state = ingestDocs(createClusterState(), withPeople());
  assert.deepEqual(groups(state), [['j1', 'j2'], ['k1']]);
  const lenient = ingestDocs(createClusterState(), withPeople(), { ...defaultClusterParams, conflictFactor: 1 });
  assert.deepEqual(groups(lenient), [['j1', 'j2', 'k1']]);
});

// Fictional: a dated ferry grounding, then two undated reports of an older grounding on the same reef.
const groundings = (): Doc[] => [
  docOf('f1', '2031-05-04', 'The ferry Silver Tern ran aground on Kessel Reef near Arnholt on Sunday. The coast guard took 140 passengers off the ferry. The captain said fog hid the reef.'),
  docOf('f2', '2031-05-05', 'Coast guard crews towed the ferry Silver Tern off Kessel Reef near Arnholt. All 140 passengers were safe after the ferry ran aground in fog.'),
  docOf('g1', null, 'The cargo ship Morrow Gull ran aground on Kessel Reef near Arnholt after its engine failed. Salvage tugs pumped oil from the cargo ship Morrow Gull as the hull cracked.'),
  docOf('g2', null, 'Salvage tugs worked to refloat the cargo ship Morrow Gull, stuck on Kessel Reef off Arnholt since its engine failed. Oil leaked from the cracked hull of the Morrow Gull.'),
];

test('undated reports closer to each other than to a dated event form their own event', () => {
  const state = ingestDocs(createClusterState(), groundings());
  assert.deepEqual(groups(state), [['f1', 'f2'], ['g1', 'g2']]);
  const noPeers = ingestDocs(createClusterState(), groundings(), { ...defaultClusterParams, peerMargin: 0 });
  assert.deepEqual(groups(noPeers), [['f1', 'f2', 'g1', 'g2']]);
});

/** The same docs streamed one at a time (date order, undated last, as `ingest` file by file). */
const streamed = (all: Doc[], p = defaultClusterParams) => {
  const state = createClusterState();
  for (const d of [...all].sort(streamOrder)) ingestDocs(state, [d], p);
  return state;
};

const liveIds = (state: ReturnType<typeof createClusterState>): string[] =>
  state.events.filter((e) => e.articleIds.length > 0).map((e) => e.id).sort();

const moreGroundings = (): Doc[] => [
  ...groundings(),
  docOf('g3', null, 'The hull of the cargo ship Morrow Gull cracked further on Kessel Reef. Salvage tugs pumped the last oil from the Morrow Gull after its engine failed near Arnholt.'),
];

test('a copy of an undated report that leaves a dated event goes with it', () => {
  const copy = docOf('g1-copy', null, groundings()[2].article.text, { duplicateOf: 'g1' });
  const stream = streamed([...moreGroundings(), copy]);
  const event = stream.events.find((e) => e.articleIds.includes('g1'))!;
  assert.ok(event.articleIds.includes('g1-copy'));
  assert.equal(event.independent, 3);
  assert.equal(event.reasons.find((r) => r.articleId === 'g1-copy')?.copyOf, 'g1');
  // It did sit with the ferry first: streamed without revisiting, both stay there.
  const once = streamed([...moreGroundings(), copy], { ...defaultClusterParams, pendingKept: 0 });
  assert.equal(once.docEvent.get('g1-copy'), once.docEvent.get('f1'));
  // Each moved report's reason is about its new event.
  assert.ok(event.reasons.find((r) => r.articleId === 'g2')!.sharedEntities.some((x) => /morrow/i.test(x)));
});

test('streamed one by one, undated look-alikes of a dated event still end in their own event, with the batch ids', () => {
  const batch = ingestDocs(createClusterState(), moreGroundings());
  assert.deepEqual(groups(batch), [['f1', 'f2'], ['g1', 'g2', 'g3']]);
  const stream = streamed(moreGroundings());
  assert.deepEqual(groups(stream), groups(batch));
  assert.deepEqual(liveIds(stream), liveIds(batch));
  // Without revisiting earlier undated placements, the first grounding report stays with the ferry.
  const once = streamed(moreGroundings(), { ...defaultClusterParams, pendingKept: 0 });
  assert.notDeepEqual(groups(once), groups(batch));
});

test('a report kept open to revision keeps the weights it was placed with, whatever is stored after it', () => {
  const state = createClusterState();
  for (const d of [...groundings()].sort(streamOrder).slice(0, 3)) ingestDocs(state, [d]);
  const g1 = state.pending.find((e) => e.id === 'g1')!;
  assert.equal(g1.w?.length, g1.keys.length);
  // tf × idf as g1 was placed: 3 articles stored, with the frequencies of then.
  const idfThen = g1.keys.map((k, i) => g1.w![i] / g1.tf[i]);
  assert.ok(idfThen.every((x) => x > 0));
  const before = [...g1.w!];
  ingestDocs(state, [docOf('h1', '2031-06-01', 'Cargo ship crews at Arnholt harbour unloaded grain on Monday, the port said. The tugs were idle.')]);
  assert.deepEqual(state.pending.find((e) => e.id === 'g1')!.w, before);
});

test('posting lists keep no more events than are ever read from them', () => {
  const state = ingestDocs(createClusterState(), docs(), { ...defaultClusterParams, postingsRead: 2, postingsKept: 2 });
  assert.ok([...state.postings.values()].some((list) => list.length === 2));
  assert.ok([...state.postings.values()].every((list) => list.length <= 2));
  assert.ok(defaultClusterParams.postingsKept >= defaultClusterParams.postingsRead);
});

// Fictional: a shooting and its trial eight months later, which names the victim and the accused in full.
const named = (d: Doc): Doc => mentionsStage.run(d, ctx);
const shooting = (): Doc[] => [
  docOf('s1', '2030-02-10', 'Dorian Vasquell, 27, was shot dead outside a bakery on Fenwick Avenue in Harlow Bay on Sunday. Police said Vasquell was hit three times. Officers arrested Kaleb Stroud, 22, near the scene.'),
  docOf('s2', '2030-02-11', 'Harlow Bay police charged Kaleb Stroud with murder in the death of Dorian Vasquell, who was shot outside a Fenwick Avenue bakery. Stroud is held without bail. Vasquell was 27.'),
];
const trial = (): Doc =>
  docOf('t1', '2030-10-14', 'The murder trial of Kaleb Stroud opened on Monday in Harlow Bay. Stroud is accused of shooting Dorian Vasquell outside a bakery on Fenwick Avenue. Jurors heard that Vasquell was hit three times.');

test('a trial months later that names the victim and the accused in full joins the shooting', () => {
  const state = ingestDocs(createClusterState(), [...shooting(), trial()].map(named));
  assert.deepEqual(groups(state), [['s1', 's2', 't1']]);
});

test('without the named-person floor the same trial is too late to join', () => {
  const p = { ...defaultClusterParams, namedTimeFactor: defaultClusterParams.minTimeFactor };
  const state = ingestDocs(createClusterState(), [...shooting(), trial()].map(named), p);
  assert.deepEqual(groups(state), [['s1', 's2'], ['t1']]);
});

// Fictional: a double killing, and an arrest five months later that says when the shooting was but names no one the first reports named.
const datedOf = (id: string, published: string, text: string, extra: Partial<Article> = {}): Doc => {
  const article: Article = { id, source: `${id}.txt`, url: null, outlet: null, title: null, published, language: 'en', text, duplicateOf: null, dependsOn: [], ...extra };
  return mentionsStage.run(backgroundStage.run(temporalStage.run(annotateStage.run(createDoc(article), ctx), ctx), ctx), ctx);
};
const pellStreet = (): Doc[] => [
  datedOf('p1', '2030-10-05', 'Two men were shot dead on the 1400 block of Pell Street in Corrin on Saturday night. Police said two shooters fled on foot after a robbery.'),
  datedOf('p2', '2030-10-06', 'Police in Corrin are looking for two shooters who killed two men in a robbery on the 1400 block of Pell Street on Saturday night.'),
];
const arrest = (when: string, title = 'Man arrested in Pell Street robbery'): Doc =>
  datedOf('p3', '2031-03-14', `A Corrin man is behind bars after police say he shot and killed two men on the 1400 block of Pell Street ${when} during a robbery. Police said Rafe Dunmore, 20, was arrested on Friday.`, { title });

test('an arrest months later that recalls the month of the shooting joins it; without the month it is too late', () => {
  assert.deepEqual(groups(ingestDocs(createClusterState(), [...pellStreet(), arrest('in October of 2030')])), [['p1', 'p2', 'p3']]);
  assert.deepEqual(groups(ingestDocs(createClusterState(), [...pellStreet(), arrest('last year')])), [['p1', 'p2'], ['p3']]);
});

test('a report of a new event that recalls an earlier one in passing gets no such lift', () => {
  const state = ingestDocs(createClusterState(), [...pellStreet(), arrest('in October of 2030', 'Gunfire outside Pell Street bar')]);
  assert.deepEqual(groups(state), [['p1', 'p2'], ['p3']]);
});

test('a later shooting that shares only a spokesman quoted in passing stays apart', () => {
  const later = docOf('u1', '2030-09-20', 'A man was shot in the arm on Fenwick Avenue in Harlow Bay on Saturday. "We are looking for a dark sedan," said Lieutenant Oren Blaise. The man, 31, was taken to hospital.');
  const first = docOf('s3', '2030-02-12', 'Lieutenant Oren Blaise said Dorian Vasquell, 27, was shot dead outside a bakery on Fenwick Avenue in Harlow Bay. Vasquell was hit three times.');
  const state = ingestDocs(createClusterState(), [...shooting(), first, later].map(named));
  assert.ok(!state.events.some((e) => e.articleIds.includes('u1') && e.articleIds.includes('s1')));
});

// Fictional: a market bombing in March, and reports in June that recall it in passing, ingested in separate runs.
const saltmarket = (): Doc => docOf('m1', '2030-03-14', 'A car bomb exploded at the Saltmarket in Varna Heights on Thursday, killing 12 people. Police said the car was parked by the fish stalls of the Saltmarket.');
const checkpoint = (): Doc[] => [
  docOf('d1', '2030-06-10', 'Gunmen attacked a checkpoint in Varna Heights on Monday. In March, a car bomb at the Saltmarket in Varna Heights killed 12 people.'),
  docOf('d2', '2030-06-12', 'Two guards died in Monday\'s checkpoint attack in Varna Heights. In March, a car bomb at the Saltmarket killed 12 people there.'),
];

/** Each group of docs through `ingest` (the stage's update, its state through stored rows), then `report` over all (as dedupe left them). */
const ingestRuns = async (runs: Doc[][], reported = runs.flat()) => {
  const stored = createMemoryRows();
  for (const docs of runs) stored.apply(clusterStage.update!(stored, docs, ctx, []));
  return (await clusterStage.run({ docs: reported, events: [], errors: [], stored }, ctx)).events;
};

test('a recalled event is one background event across ingest runs, and a stored event when its own reports are stored', async () => {
  const apart = await ingestRuns([[checkpoint()[0]], [checkpoint()[1]]]);
  const bg = apart.filter((e) => e.background);
  assert.equal(bg.length, 1);
  assert.deepEqual([...bg[0].mentionedIn].sort(), ['d1', 'd2']);
  for (const runs of [[[saltmarket()], [checkpoint()[0]], [checkpoint()[1]]], [[checkpoint()[0]], [saltmarket()], [checkpoint()[1]]], [checkpoint(), [saltmarket()]]]) {
    const events = await ingestRuns(runs);
    assert.equal(events.filter((e) => e.background).length, 0, JSON.stringify(runs.map((r) => r.map((d) => d.article.id))));
    const market = events.find((e) => e.articleIds.includes('m1'))!;
    assert.deepEqual([...market.mentionedIn].sort(), ['d1', 'd2']);
  }
});

test('a copy ingested in another run than its original is marked when the report sees both', async () => {
  const original = docs()[0];
  const copy = docOf('a1-copy', '2030-03-04', original.article.text);
  const runs = [[original], [copy], docs().slice(1)];
  // `ingest` placed it by similarity, as an independent report; at `report` dedupe has marked it.
  const marked = { ...copy, article: { ...copy.article, duplicateOf: 'a1' } };
  const copyReason = (events: Awaited<ReturnType<typeof ingestRuns>>) =>
    events.find((e) => e.articleIds.includes('a1'))?.reasons.find((r) => r.articleId === 'a1-copy');
  assert.equal(copyReason(await ingestRuns(runs, [...docs(), marked]))?.copyOf, 'a1');
  const unmarked = copyReason(await ingestRuns(runs));
  assert.ok(unmarked && unmarked.copyOf === undefined);
});

test('recalled events follow their merged events along a chain, and an event merged into one of its own id ends the chain', () => {
  const state = createClusterState();
  const recalled = (id: string, matchedEvent: string) => ({
    id, mentionedIn: [], refs: [], keys: [], sums: [], day: null, precision: null, place: null, title: id, matchedEvent,
  });
  state.backgrounds = [recalled('r1', 'ev-a'), recalled('r2', 'ev-x'), recalled('r3', 'ev-z')];
  redirectBackgrounds(state, new Map([['ev-a', 'ev-b'], ['ev-b', 'ev-c'], ['ev-x', 'ev-x']]));
  assert.deepEqual(state.backgrounds.map((b) => b.matchedEvent), ['ev-c', 'ev-x', 'ev-z']);
});

// Fictional reports of two shootings in two real towns whose names share only the kind of place they are.
test("a word naming the kind of place ('Falls', 'County') is no name word of a place; the place's own words are", () => {
  const f = featuresOf(named(docOf('f1', '2030-04-02', 'A man was hit by a stray bullet inside his home in Idaho Falls, Idaho, on Tuesday, police in Bonneville County said.')));
  assert.ok(f.names.has('idaho') && f.names.has('bonneville'));
  assert.ok(!f.names.has('falls') && !f.counts.has('falls') && !f.names.has('county'));
  assert.ok([...f.counts.keys()].some((k) => k.startsWith('p:') && !k.startsWith('p:country:')));
  const g = featuresOf(named(docOf('g1', '2030-04-03', 'Tobias Renn was shot in Newton Falls, Ohio, on Wednesday.')));
  assert.deepEqual([...f.names].filter((w) => g.names.has(w)), []);
});

// Fictional reports of two shootings in one town two years apart, both told by the police spokesman.
const spokesmanReports = (): Doc[] => [
  named(docOf('s1', '2030-05-04', 'Two men were shot dead on Garnet Lane in Brackwater on Friday night, police said. Officer Dana Whitlock said the shooting appeared to be gang-related. Whitlock said no arrests had been made.')),
  named(docOf('s2', '2032-09-20', 'A 3-year-old girl was shot and killed in a passing car in Brackwater on Sunday. "This is a tragedy," Officer Dana Whitlock said. Whitlock said detectives were searching for a grey sedan.')),
];

test("a police spokesman quoted in two reports is no person they are about: the town's two shootings years apart stay apart", () => {
  const [s1, s2] = spokesmanReports();
  assert.deepEqual(featuresOf(s1).main, []);
  assert.ok(featuresOf(s1).counts.has('whitlock'), 'the name still counts as a name');
  const state = ingestDocs(createClusterState(), [s1, s2]);
  assert.notEqual(state.docEvent.get('s1'), state.docEvent.get('s2'));
  const victim = named(docOf('v1', '2030-05-05', 'Marta Kellerman was shot on Alder Street in Brackwater. Kellerman was taken to hospital, police said.'));
  assert.deepEqual(featuresOf(victim).main, ['kellerman']);
});

// Fictional reports of two children shot in one town five days apart, and a next-day follow-up that corrects an age.
const childShootings = (): Doc[] => [
  named(docOf('k1', '2030-04-08', 'A 6-year-old boy was shot in the arm on Garnet Lane in Brackwater on Monday evening, police said. The boy was taken to Brackwater General Hospital in stable condition.')),
  named(docOf('k2', '2030-04-13', 'A stray bullet wounded a 7-year-old girl playing in a yard on Garnet Lane in Brackwater on Saturday, police said. Neighbours heard four shots.')),
  named(docOf('k3', '2030-04-09', 'Police said the boy shot on Garnet Lane in Brackwater on Monday is 5 years old, not 6. He remains at Brackwater General Hospital in stable condition.')),
];

test('reports giving their victims other ages days apart are other events; within the grace days they may still be one', () => {
  const [k1, k2, k3] = childShootings();
  assert.deepEqual(featuresOf(k1).ages, [6]);
  assert.deepEqual(featuresOf(k3).ages, [5]);
  const state = ingestDocs(createClusterState(), [k1, k2, k3]);
  assert.notEqual(state.docEvent.get('k1'), state.docEvent.get('k2'));
  assert.equal(state.docEvent.get('k1'), state.docEvent.get('k3'));
  const ages = ingestDocs(createClusterState(), [k1, { ...k2, eventDate: '2030-04-09', article: { ...k2.article, published: '2030-04-09' } }]);
  assert.equal(ages.docEvent.get('k1'), ages.docEvent.get('k2'), 'a day apart, the ages alone keep no reports apart');
});

test('a street block is one key however the street is written, and two blocks are two keys', () => {
  const keys = (id: string, text: string): string[] => [...featuresOf(docOf(id, '2030-05-02', text)).counts.keys()].filter((k) => k.startsWith('e:block'));
  assert.deepEqual(keys('k1', 'A man was shot in the 4200 block of South Lindell Avenue on Friday.'), ['e:block_4200_lindell']);
  assert.deepEqual(keys('k2', 'Police were called to the 4200 block of Lindell after the shooting.'), ['e:block_4200_lindell']);
  assert.deepEqual(keys('k3', 'Shots were fired in the 900 block of W. Harmon Street and the 4200 block of Lindell.'), ['e:block_900_harmon', 'e:block_4200_lindell']);
});
