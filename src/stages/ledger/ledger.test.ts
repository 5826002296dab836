// Tests: reconciling claims into facts with status and independent support.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Claim, Doc, Event, Fact } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { resolveConfig } from '../../config/config.ts';
import { segment } from '../annotate/tokenize.ts';
import { extractClaims } from '../claims/index.ts';
import { cleanTitle, classify } from './describe.ts';
import { ledgerStage } from './index.ts';

const ctx = { config: resolveConfig({}), llm: null };

const report = (id: string, text: string, published: string | null, extra: Partial<Article> = {}): Doc => {
  const article: Article = { id, source: id, url: null, outlet: `Outlet ${id}`, title: null, published, language: 'en', text, duplicateOf: null, dependsOn: [], ...extra };
  const doc = { ...createDoc(article), ...segment(text) };
  return { ...doc, claims: extractClaims(doc) };
};

const event = (ids: string[], extra: Partial<Event> = {}): Event => ({
  id: 'ev-1', title: 'x', type: 'unknown', articleIds: ids, mentionedIn: [], background: false,
  when: { date: null, time: null, precision: null }, where: null, facts: [], entities: [], timeline: [], summary: [], reasons: [], ...extra,
});

const run = async (docs: Doc[], events: Event[] = [event(docs.map((d) => d.article.id))]) =>
  (await ledgerStage.run({ docs, events, errors: [] }, ctx)).events;

const fact = (ev: Event, slot: string): Fact | undefined => ev.facts.find((f) => f.slot === slot);

test('consensus: independent reports agree; the value cites every one of them', async () => {
  const [ev] = await run([
    report('a', 'A night watchman was critically injured in the raid.', '2031-05-02'),
    report('b', 'One watchman was wounded, officials said.', '2031-05-02'),
  ]);
  const f = fact(ev, 'injured')!;
  assert.equal(f.status, 'consensus');
  assert.equal(f.values[0].value, 1);
  assert.deepEqual(f.values[0].articleIds, ['a', 'b']);
  assert.deepEqual(f.values[0].attributions, ['officials']);
});

test('single-source: copies and relays of one wire add no independent support', async () => {
  const [ev] = await run([
    report('a', 'Harbour police arrested one suspect.', '2031-05-02', { dependsOn: ['Wire Agency'] }),
    report('b', 'Harbour police arrested one suspect.', '2031-05-02', { duplicateOf: 'a' }),
    report('c', 'Harbour police arrested one suspect overnight.', '2031-05-02', { dependsOn: ['Wire Agency'] }),
  ]);
  const f = fact(ev, 'arrested')!;
  assert.equal(f.status, 'single-source');
  assert.equal(f.values[0].articleIds.length, 3);
  assert.equal(f.values[0].independentArticleIds?.length, 1);
});

test('conflict: one attacker against two, reported at overlapping times', async () => {
  const [ev] = await run([
    report('a', 'A lone attacker opened fire from a rooftop.', '2031-05-02'),
    report('b', 'A gunman opened fire on the gate.', '2031-05-03'),
    report('c', 'The group said the raid was carried out by two of its members.', '2031-05-02'),
  ]);
  const f = fact(ev, 'attackers')!;
  assert.equal(f.status, 'conflict');
  assert.deepEqual(f.values.map((v) => v.value), [1, 2]);
});

test('conflict: killed in one report, only injured in others, the implied zero cited', async () => {
  const [ev] = await run([
    report('a', 'On Friday a gunman entered the consulate, killing one security guard.', '2031-05-03'),
    report('b', 'A security guard was critically injured.', '2031-05-03'),
    report('c', 'One guard was wounded in the attack.', '2031-05-02'),
    report('d', 'The raid wounded at least one guard.', '2031-05-03'),
  ]);
  const f = fact(ev, 'killed')!;
  assert.equal(f.status, 'conflict');
  assert.deepEqual(f.values.map((v) => [v.value, v.inferred ?? false]), [[0, true], [1, false]]);
  assert.deepEqual(f.values[1].articleIds, ['a']);
});

test('superseded: "no group has claimed" on the day, a claim the next day', async () => {
  const [ev] = await run([
    report('a', 'No group has claimed responsibility for the attack.', '2031-05-02'),
    report('b', 'The Islamic State group claimed responsibility on Telegram.', '2031-05-03'),
    report('c', 'In a statement, ISIS claimed the attack.', '2031-05-04'),
  ]);
  const f = fact(ev, 'claimedBy')!;
  assert.equal(f.status, 'superseded');
  assert.equal(f.values[0].value, 'Islamic State');
  assert.ok(f.values[0].channels?.includes('Telegram'));
  assert.equal(f.values[1].negated, true);
});

test('superseded: a later, higher toll overtakes an earlier count', async () => {
  const [ev] = await run([
    report('a', 'Two people were killed in the blast.', '2031-05-02'),
    report('b', 'Five people were killed in the blast.', '2031-05-04'),
  ]);
  const f = fact(ev, 'killed')!;
  assert.equal(f.status, 'superseded');
  assert.deepEqual(f.values.map((v) => v.value), [5, 2]);
});

test('a branch and its parent group are one claimant, the branch named', async () => {
  const [ev] = await run([
    report('a', 'The Islamic State claimed responsibility for the attack.', '2031-05-03'),
    report('b', 'The Islamic State Khorasan Province (ISKP) claimed responsibility.', '2031-05-03'),
  ]);
  const f = fact(ev, 'claimedBy')!;
  assert.equal(f.status, 'consensus');
  assert.equal(f.values.length, 1);
  assert.equal(f.values[0].value, 'Islamic State Khorasan Province');
});

test('targets: several at once are not a conflict; general folds into specific', async () => {
  const [ev] = await run([
    report('a', 'The attack on the Norwegian embassy lasted an hour.', '2031-05-03'),
    report('b', "Gunmen fired on Norway's embassy. The attack targeted the ambassador.", '2031-05-03'),
    report('c', 'The embassy came under attack on Friday.', '2031-05-03'),
  ]);
  const f = fact(ev, 'target')!;
  assert.equal(f.status, 'consensus');
  assert.equal(f.values[0].value, 'Norwegian embassy');
  assert.equal(f.values[0].articleIds.length, 3);
});

test('background events take the claims tied to their mentions', async () => {
  const text = 'A guard was hurt on Friday. In March, a bomber struck the old consulate, killing six people.';
  const start = text.indexOf('a bomber');
  const doc = report('a', text, '2031-05-03');
  const withBg: Doc = { ...doc, background: [{ articleId: 'a', start, end: start + 8, text: 'a bomber', date: '2031-03', precision: 'month', place: null, sentence: 1 }] };
  const claims: Claim[] = extractClaims(withBg);
  const docs = [{ ...withBg, claims }];
  const events = await run(docs, [event(['a']), event([], { id: 'ev-bg', background: true, mentionedIn: ['a'], when: { date: '2031-03', time: null, precision: 'month' } })]);
  assert.equal(fact(events[0], 'killed'), undefined);
  assert.equal(fact(events[1], 'killed')?.values[0].value, 6);
  assert.equal(events[1].type, 'bombing');
});

test('event type, when and title', async () => {
  const [ev] = await run([report('a', 'A man was shot dead on Pier Street on Friday.', '2031-05-03', { title: 'Man shot dead on Pier Street - Springvale Times' })]);
  assert.equal(ev.type, 'shooting');
  assert.equal(ev.when.date, '2031-05-03');
  assert.equal(ev.title, 'Man shot dead on Pier Street');
  assert.equal(cleanTitle('Quake hits coast :: Example News'), 'Quake hits coast');
  assert.equal(classify(['Earthquake shakes the coast'], ['The quake toppled homes.'], []), 'disaster');
});

test('people said to be shot are injured only net of the deaths another report gives', async () => {
  const [ev] = await run([
    report('a', 'Three people were shot on Quay Road on Friday.', '2031-05-02'),
    report('b', 'Two people were killed and a cashier was wounded on Quay Road.', '2031-05-02'),
  ]);
  assert.equal(fact(ev, 'killed')!.values[0].value, 2);
  const f = fact(ev, 'injured')!;
  assert.equal(f.values[0].value, 1);
  assert.deepEqual(f.values[0].articleIds, ['a', 'b']);
});

test('a later report of a death supersedes the earlier injured count of the same victim', async () => {
  const [ev] = await run([
    report('a', 'A night watchman was injured in the raid.', '2031-05-02'),
    report('b', 'The night watchman died on Thursday, officials said.', '2031-05-04'),
  ]);
  const f = fact(ev, 'injured')!;
  assert.equal(f.status, 'superseded');
  assert.equal(f.values[0].value, 0);
  assert.equal(f.values[0].inferred, true);
  assert.deepEqual(f.values[0].articleIds, ['b']);
  assert.equal(f.values[1].value, 1);
});

test('a death reported the same day does not undo a separately stated injury', async () => {
  const [ev] = await run([
    report('a', 'A night watchman was wounded in the raid.', '2031-05-02'),
    report('b', 'A cashier was killed in the raid, officials said.', '2031-05-02'),
  ]);
  assert.equal(fact(ev, 'injured')!.values[0].value, 1);
});

test('a critical injury leaves the outcome open: a death another report gives may be that victim', async () => {
  const [ev] = await run([
    report('a', 'A night watchman was critically injured in the raid.', '2031-05-02'),
    report('b', 'The night watchman died in the raid, officials said.', '2031-05-02'),
  ]);
  assert.equal(fact(ev, 'injured')!.values[0].value, 0);
  // Told beside the death in one sentence, the critically injured are others.
  const [both] = await run([report('c', 'The raid killed a cashier and critically injured two guards.', '2031-05-02')]);
  assert.equal(fact(both, 'injured')!.values[0].value, 2);
});

test('a later report naming fewer dead does not supersede the earlier, larger toll', async () => {
  const [ev] = await run([
    report('a', 'Four people were killed in the blast at the depot.', '2031-05-02'),
    report('c', 'The blast at the depot killed four workers.', '2031-05-02'),
    report('b', 'One person was killed in the blast at the depot, his family said.', '2031-05-09'),
  ]);
  const f = fact(ev, 'killed')!;
  assert.equal(f.status, 'conflict');
  assert.equal(f.values[0].value, 4);
});

test('equal support on the same day: the smaller death toll leads, the larger injured count still leads', async () => {
  const [ev] = await run([
    report('a', 'Two people were killed at the fair. Three people were injured.', '2031-05-02'),
    report('b', 'Three people were killed at the fair. Five people were injured.', '2031-05-02'),
  ]);
  assert.equal(fact(ev, 'killed')!.status, 'conflict');
  assert.equal(fact(ev, 'killed')!.values[0].value, 2);
  assert.equal(fact(ev, 'injured')!.values[0].value, 5);
});

test('a lone later casualty count does not overtake one more reports give; a later toll shared as widely does', async () => {
  const [ev] = await run([
    report('a', 'Three people were wounded in the shooting at the marina.', '2031-05-02'),
    report('b', 'The shooting at the marina left three people wounded.', '2031-05-02'),
    report('c', 'One person was wounded in the shooting at the marina.', '2031-05-06'),
  ]);
  const injured = fact(ev, 'injured')!;
  assert.equal(injured.status, 'conflict');
  assert.equal(injured.values[0].value, 3);
  const [later] = await run([
    report('a', 'Three people were wounded in the shooting at the marina.', '2031-05-02'),
    report('c', 'Four people were wounded in the shooting at the marina.', '2031-05-06'),
  ]);
  assert.equal(fact(later, 'injured')!.status, 'superseded');
  assert.equal(fact(later, 'injured')!.values[0].value, 4);
});

test('equal support: a stated death leads over the zero implied by reports that only give injuries', async () => {
  const [ev] = await run([
    report('a', 'A girl was shot in the neck at her home on Monday and is in critical condition.', '2031-05-03'),
    report('b', 'A girl was wounded by a rifle round at her home on Monday.', '2031-05-03'),
    report('c', 'The girl who was shot at her home on Monday has died.', '2031-05-03'),
  ]);
  const killed = fact(ev, 'killed')!;
  assert.deepEqual(killed.values.map((v) => [v.value, v.inferred ?? false]), [[1, false], [0, true]]);
});

test('a death only implied ("fatal shooting") yields to a stated toll and does not net the injured', async () => {
  const [ev] = await run([
    report('a', 'Police identify man in fatal shooting at Elm Street diner', '2031-05-02'),
    report('b', 'Two people were killed and two were wounded at the Elm Street diner.', '2031-05-02'),
  ]);
  assert.equal(fact(ev, 'killed')!.values[0].value, 2);
  const [alone] = await run([
    report('a', 'Police probe fatal shooting at Elm Street diner', '2031-05-02'),
    report('c', 'Three people were shot at the Elm Street diner on Friday.', '2031-05-02'),
  ]);
  assert.equal(fact(alone, 'killed')!.values[0].inferred, true);
  assert.equal(fact(alone, 'injured')!.values[0].value, 3);
});

test('a casualty count stated deep in a report does not lead or overtake one a lead states', async () => {
  const filler = ' The council met on Tuesday to discuss the harbour budget and the new ferry timetable.'.repeat(6);
  const [ev] = await run([
    report('a', 'Three people were wounded in the shooting at the marina on Friday.', '2031-05-02'),
    report('b', `Marina shooting suspect in court.${filler} Two people were wounded in the shooting, a neighbour said.`, '2031-05-05'),
  ]);
  const injured = fact(ev, 'injured')!;
  assert.equal(injured.values[0].value, 3);
  assert.equal(injured.status, 'conflict');
});

test('equal support: a zero implied by two leads outranks a death stated only deep in one report', async () => {
  const filler = ' The council met on Tuesday to discuss the harbour budget and the new ferry timetable.'.repeat(6);
  const [ev] = await run([
    report('a', 'A man was wounded in a shooting at the marina on Friday.', '2031-05-02'),
    report('b', 'One man was wounded by gunfire at the marina on Friday.', '2031-05-02'),
    report('c', `Marina shooting under investigation.${filler} One man was killed in a shooting nearby last spring, a neighbour said.`, '2031-05-02'),
  ]);
  const killed = fact(ev, 'killed')!;
  assert.deepEqual(killed.values.map((v) => [v.value, v.inferred ?? false]), [[0, true], [1, false]]);
});

test('a follow-up recalling this very event ("fifth person dies after July shooting") counts for it', async () => {
  const first = report('a', 'Four people were killed and one was wounded in a shooting on Wednesday.', '2031-07-24');
  const day = first.article.text.indexOf('Wednesday');
  const dated: Doc = { ...first, eventDate: '2031-07-23', times: [{ articleId: 'a', start: day, end: day + 9, text: 'Wednesday', date: '2031-07-23', precision: 'day', time: null }] };
  const text = 'Fifth person dies after July shooting on Vane Road';
  const at = text.indexOf('July shooting');
  const later = report('b', text, '2031-12-05');
  const withBg: Doc = { ...later, eventDate: '2031-12-05', background: [{ articleId: 'b', start: at, end: at + 13, text: 'July shooting', date: '2031-07', precision: 'month', place: null, sentence: 0 }] };
  const docs = [dated, { ...withBg, claims: extractClaims(withBg) }];
  assert.equal(docs[1].claims.find((c) => c.slot === 'killed')?.backgroundRef, 0);
  const [ev] = await run(docs);
  assert.equal(fact(ev, 'killed')!.values[0].value, 5);
  assert.equal(fact(ev, 'injured')!.values[0].value, 0);
});

test('a critical injury in one report and a death the same day in another: no one left injured', async () => {
  const [ev] = await run([
    report('a', 'Teen critically injured after accidentally shooting himself in Lakeside', '2031-05-02'),
    report('b', 'Teen dies of accidental gunshot wound in Lakeside', '2031-05-02'),
  ]);
  assert.equal(fact(ev, 'killed')!.values[0].value, 1);
  assert.equal(fact(ev, 'injured')!.values[0].value, 0);
});

test('a count given "so far" is overtaken by a later toll that rose, even one fewer reports give', async () => {
  const [ev] = await run([
    report('a', 'Gunmen stormed the market on Monday. So far three people have been confirmed dead, police said.', '2031-06-10'),
    report('b', 'Three people were killed when gunmen opened fire at the market on Monday.', '2031-06-10'),
    report('c', 'The death toll from Monday’s attack on the market rose to five, officials said. Four people remain in hospital.', '2031-06-12'),
  ]);
  const killed = fact(ev, 'killed')!;
  assert.equal(killed.status, 'superseded');
  assert.equal(killed.values[0].value, 5);
  assert.deepEqual(killed.values[1].hedges, ['so far']);
  // The later report gives the injured itself: its toll implies no other count of them.
  assert.deepEqual(fact(ev, 'injured')!.values.map((v) => [v.value, v.inferred ?? false]), [[4, false]]);
});
