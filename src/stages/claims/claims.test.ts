import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BackgroundMention, Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { segment } from '../annotate/tokenize.ts';
import { extractClaims } from './index.ts';

const docOf = (text: string, extra: Partial<Doc> = {}, published: string | null = '2031-05-03'): Doc => ({
  ...createDoc({ id: 'r1', source: 'r1', url: null, outlet: 'Test Herald', title: null, published, language: 'en', text, duplicateOf: null, dependsOn: [] }),
  ...segment(text),
  ...extra,
});

const claimsOf = (text: string, extra: Partial<Doc> = {}) => extractClaims(docOf(text, extra));
const value = (text: string, slot: string, extra: Partial<Doc> = {}) =>
  claimsOf(text, extra).filter((c) => c.slot === slot && (c.backgroundRef ?? null) === null).map((c) => c.value);

test('killed: phrases of death, with their counts', () => {
  assert.deepEqual(value('A bomb went off in the square, killing 16 people.', 'killed'), [16]);
  assert.deepEqual(value('A courier was shot dead outside the depot.', 'killed'), [1]);
  assert.deepEqual(value('Two men were fatally shot on Quay Road.', 'killed'), [2]);
  assert.deepEqual(value('A cyclist was struck by gunfire. The victim died at the hospital.', 'killed'), [1]);
  assert.deepEqual(value('Three dead after a fire at the mill.', 'killed'), [3]);
});

test('sums: "two clerks and four passers-by" are six', () => {
  assert.deepEqual(value('The blast tore through the market, killing two clerks and four local shoppers.', 'killed'), [6]);
});

test('injured: wounded, critically injured, shot without dying, minor injuries', () => {
  assert.deepEqual(value('A night watchman was critically injured in the raid.', 'injured'), [1]);
  assert.deepEqual(value('The raid wounded at least one watchman.', 'injured'), [1]);
  assert.deepEqual(value('A ferry worker was shot in the arm on Tuesday.', 'injured'), [1]);
  assert.deepEqual(value('Four teens were shot near the rink. The other victims, ages 14, 15 and 18, were treated for minor injuries.', 'injured'), [4]);
  assert.deepEqual(value('A man was shot and is in stable condition, officers said.', 'injured'), [1]);
});

test('"X and Y were shot, one fatally" is one killed and one injured', () => {
  const text = 'Ada Placeholder and Bo Sample were shot, one fatally, on Mill Lane.';
  assert.deepEqual(value(text, 'killed'), [1]);
  assert.deepEqual(value(text, 'injured'), [1]);
});

test('those said to be fine add no one; explicit zeros are kept', () => {
  assert.deepEqual(value('The consul and all other members of the mission are fine.', 'injured'), []);
  assert.deepEqual(value('Shots hit the gate but no one was hurt.', 'injured'), [0]);
  assert.deepEqual(value('No arrests have been made.', 'arrested'), [0]);
});

test('arrested: active, passive and custody', () => {
  assert.deepEqual(value('Harbour police arrested one suspect on Sunday.', 'arrested'), [1]);
  assert.deepEqual(value('Two teenagers were taken into custody.', 'arrested'), [2]);
  assert.deepEqual(value('Guards apprehended one suspect, the spokesman said.', 'arrested'), [1]);
});

test('attackers: a lone attacker, a gunman, two of its members, hedged', () => {
  assert.deepEqual(value('A lone attacker opened fire from a rooftop.', 'attackers'), [1]);
  assert.deepEqual(value('Two gunmen stormed the depot.', 'attackers'), [2]);
  assert.deepEqual(value('The group said the raid was carried out by two of its members.', 'attackers'), [2]);
  const hedged = claimsOf('Guards exchanged fire with at least one attacker.').find((c) => c.slot === 'attackers');
  assert.equal(hedged?.value, 1);
  assert.equal(hedged?.hedge, 'at least');
});

test('claims of responsibility: group, channel, absence and denial', () => {
  const claim = claimsOf('The Islamic State group claimed responsibility in a statement on Telegram.').find((c) => c.slot === 'claimedBy');
  assert.equal(claim?.value, 'Islamic State');
  assert.equal(claim?.channel, 'Telegram');
  const none = claimsOf('No group has claimed responsibility for the raid.').find((c) => c.slot === 'claimedBy');
  assert.equal(none?.negated, true);
  const denied = claimsOf('The Al-Shabaab movement denied any involvement.').find((c) => c.slot === 'claimedBy');
  assert.equal(denied?.negated, true);
});

test('target and weapons are normalized', () => {
  assert.deepEqual(value("Gunmen fired on Norway's embassy in the capital.", 'target'), ['Norwegian embassy']);
  assert.deepEqual(value('The attack on the Norwegian embassy lasted an hour.', 'target'), ['Norwegian embassy']);
  assert.deepEqual(value('Police seized an AK-47 rifle and two handguns.', 'weapons'), ['AK-47 rifle', 'handgun']);
});

test('attribution names the speaker; hedges are kept', () => {
  const [a] = claimsOf('Two guards were wounded, according to the interior ministry.').filter((c) => c.slot === 'injured');
  assert.equal(a.attribution, 'the interior ministry');
  const [b] = claimsOf('A harbour police spokesman said that a suspect was arrested.').filter((c) => c.slot === 'arrested');
  assert.equal(b.attribution, 'A harbour police spokesman');
  const [c] = claimsOf('Three people were reportedly killed.').filter((x) => x.slot === 'killed');
  assert.equal(c.hedge, 'reportedly');
  assert.equal(c.attribution, null);
});

test('evidence quotes the article exactly', () => {
  const text = 'Intro line here. Two men were shot dead on Pier Street, officers said.';
  for (const c of claimsOf(text)) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
});

test('a count about a recalled event points at its background mention, not the main event', () => {
  const text = 'A guard was injured on Friday. In March, a bomber struck the old consulate, killing six people.';
  const start = text.indexOf('a bomber');
  const background: BackgroundMention[] = [{ articleId: 'r1', start, end: start + 8, text: 'a bomber', date: '2031-03', precision: 'month', place: null, sentence: 1 }];
  const claims = claimsOf(text, { background });
  assert.deepEqual(claims.filter((c) => c.slot === 'killed').map((c) => [c.value, c.backgroundRef]), [[6, 0]]);
  assert.deepEqual(claims.filter((c) => c.slot === 'injured').map((c) => [c.value, c.backgroundRef]), [[1, null]]);
});

test('without background mentions, counts set in another time are left out', () => {
  assert.deepEqual(value('Last November, a sentry was shot dead at the border crossing.', 'killed'), []);
  assert.deepEqual(value('So far this year, 80 people have been killed in the city.', 'killed'), []);
});

test('one count per article: the most explicit total, repeats not added', () => {
  const text = 'Three people were shot on Friday. Police said three people were shot. Another victim was wounded later.';
  assert.deepEqual(value(text, 'injured'), [4]);
});
