// Tests of the summary: template sentences from a fictional ledger, and the checks on a rephrased answer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Event, Fact, LedgerValue } from '../../model/index.ts';
import { buildSummary, keyTerms, summaryStage } from './index.ts';
import { buildPrompt, parseAnswer } from './rephrase.ts';

const article = (id: string, outlet: string, published: string): Article => ({
  id, source: `${id}.txt`, url: null, outlet, title: null, published, language: 'en', text: '', duplicateOf: null, dependsOn: [],
});
const articles = new Map(
  [article('a', 'Harbour Post', '2031-05-11'), article('b', 'Aldren Daily', '2031-05-12'), article('c', 'Coast Radio', '2031-05-12'),
    article('d', 'Night Wire', '2031-05-13')].map((a) => [a.id, a]),
);
const v = (value: LedgerValue['value'], articleIds: string[], more: Partial<LedgerValue> = {}): LedgerValue => ({
  value, articleIds, independentArticleIds: articleIds, evidence: [], asOf: null, ...more,
});
const fact = (slot: string, status: Fact['status'], values: LedgerValue[]): Fact => ({ slot, status, values });

const event: Event = {
  id: 'ev-1', title: 'Car bomb explodes at Port Aldren market', type: 'bombing', articleIds: ['a', 'b', 'c', 'd'], mentionedIn: [],
  background: false, when: { date: '2031-05-11', time: '09:40', precision: 'day' },
  where: { name: 'Port Aldren', admin: null, country: null, lat: 1, lon: 2 },
  facts: [
    fact('killed', 'conflict', [v(4, ['a', 'b', 'c']), v(5, ['d'])]),
    fact('injured', 'consensus', [v(12, ['a', 'b', 'c'], { hedges: ['at least'] })]),
    fact('arrested', 'consensus', [v(2, ['a', 'b'])]),
    fact('claimedBy', 'superseded', [v('Coastal Front', ['b', 'c']), v('responsibility', ['a'], { negated: true })]),
    fact('target', 'consensus', [v('central market', ['a', 'b', 'c'])]),
    fact('weapons', 'single-source', [v('a car bomb', ['d'])]),
    fact('attackers', 'consensus', [v(1, ['a', 'c'], { independentArticleIds: ['a'] })]),
  ],
  entities: [], timeline: [], summary: [], reasons: [],
};

test('summary leads with what, where and when, and every sentence cites', () => {
  const s = buildSummary(event, articles);
  assert.ok(s.length >= 4 && s.length <= 8, `${s.length} sentences`);
  assert.ok(s.every((x) => x.articleIds.length > 0));
  assert.equal(s[0].text, 'A bombing on the central market took place in Port Aldren on 11 May 2031, at about 09:40.');
  assert.deepEqual(s[0].articleIds, ['a', 'b', 'c', 'd']);
  assert.equal(new Set(s.map((x) => x.text)).size, s.length);
});

test('consensus facts come before disagreements, stated as disagreements', () => {
  const texts = buildSummary(event, articles).map((x) => x.text);
  const agreed = texts.findIndex((t) => t.startsWith('At least 12 people were injured and two suspects were arrested'));
  const dispute = texts.findIndex((t) => t.startsWith('Reports disagree on the death toll'));
  assert.ok(agreed > 0 && dispute > agreed, texts.join('\n'));
  assert.match(texts[dispute], /three reports say that four people were killed; one report \(Night Wire\) says that five people were killed/);
});

test('a superseded value leads, the earlier report is told as earlier', () => {
  const s = buildSummary(event, articles).find((x) => x.text.includes('Coastal Front'))!;
  assert.match(s.text, /^Coastal Front claimed responsibility, according to later reports; one report written earlier had said that no group had claimed/);
  assert.deepEqual(s.articleIds, ['a', 'b', 'c']);
});

test('a value from one independent source is attributed, never stated as fact', () => {
  const texts = buildSummary(event, articles).map((x) => x.text);
  assert.ok(texts.includes('Night Wire reported that the attackers used a car bomb.'), texts.join('\n'));
  assert.ok(texts.includes('Harbour Post reported that a single attacker carried out the bombing.'), texts.join('\n'));
  assert.ok(!texts.some((t) => /^(?:A single attacker|The attackers used)/.test(t)));
  const anonymous = new Map([...articles].map(([id, a]) => [id, { ...a, outlet: null }]));
  const weak: Event = { ...event, facts: [fact('weapons', 'single-source', [v('grenade', ['d'], { attributions: ['The harbour police'] })])] };
  assert.ok(buildSummary(weak, anonymous).some((x) => x.text === 'A single report says, citing the harbour police, that the attackers used a grenade.'));
});

test('a dispute with one value is answered by its counterpart slot', () => {
  const ev: Event = {
    ...event,
    facts: [fact('killed', 'conflict', [v(1, ['d'])]), fact('injured', 'consensus', [v(1, ['a', 'b', 'c', 'd'])])],
  };
  const s = buildSummary(ev, articles).find((x) => x.text.startsWith('Reports disagree'))!;
  assert.equal(s.text, 'Reports disagree on the death toll: one report (Night Wire) says that one person was killed; the others say that one person was injured.');
  assert.deepEqual(s.articleIds, ['a', 'b', 'c', 'd']);
});

test('without agreed target the title leads, and fillers bring a thin event to four sentences', () => {
  const ev: Event = { ...event, type: '', title: `${event.title} (2031-05-11)`, facts: [fact('arrested', 'consensus', [v(2, ['a', 'b'])])] };
  const s = buildSummary(ev, articles);
  assert.equal(s[0].text, 'Car bomb explodes at Port Aldren market on 11 May 2031, at about 09:40.');
  assert.ok(s.some((x) => x.text.startsWith('Four reports from four outlets cover the event, published between 11 May 2031 and 13 May 2031')));
});

test('stage without a model keeps the template', async () => {
  const out = await summaryStage.run({ docs: [], events: [event], errors: [] }, { config: {} as never, llm: null });
  assert.ok(out.events[0].summary.length >= 4);
});

const template = () => buildSummary(event, articles);
const tagsFor = () => new Map([['a', 'R1'], ['b', 'R2'], ['c', 'R3'], ['d', 'R4']]);

test('the prompt tags every sentence with its citations', () => {
  const [, user] = buildPrompt(template(), tagsFor());
  assert.match(user.content, /^1\. A bombing on the central market .* \[R1\]\[R2\]\[R3\]\[R4\]$/m);
});

test('a rephrased answer is accepted only with citations, known tags, kept terms and no new numbers', () => {
  const keep = keyTerms(event, template());
  assert.deepEqual(keep, ['Port Aldren', 'bombing', 'market']);
  const good = [
    'On 11 May 2031 at about 09:40 a bombing hit the central market in Port Aldren. [R1][R2]',
    'Night Wire reported that a car bomb was used, and Harbour Post reported a single attacker. [R4][R1]',
    'Reports disagree on the toll: three say four died, Night Wire says five. [R1][R2][R3][R4]',
    'Coastal Front later claimed it. [R2]',
  ].join('\n');
  const out = parseAnswer(good, template(), tagsFor(), keep);
  assert.equal(out.length, 4);
  assert.deepEqual(out[1].articleIds, ['a', 'd']);
  assert.equal(out[3].text, 'Coastal Front later claimed it.');
  const bad = (answer: string, why: RegExp) => assert.throws(() => parseAnswer(answer, template(), tagsFor(), keep), why);
  bad(good.replace(' [R2]\n', '\n').replace('Coastal Front later claimed it. [R2]', 'Coastal Front later claimed it.'), /without citation/);
  bad(good.replace('[R4][R1]', '[R9]'), /unknown citation/);
  bad(good.replace('Port Aldren', 'the port'), /drops "Port Aldren"/);
  bad(good.replace('says five', 'says 17'), /adds the number 17/);
  bad(good.replace('Night Wire reported that a car bomb was used', 'A car bomb was used'), /drops an attribution/);
  bad(good.replace('a bombing hit', '<b>a bombing</b> hit'), /malformed/);
  bad('', /0 sentences/);
});

test('summary: a denial is its own sentence, a claim says its channel, an implied value is told as implied', () => {
  const ev: Event = {
    ...event,
    facts: [
      fact('killed', 'conflict', [v(4, ['a', 'b']), v(0, ['c'], { inferred: true })]),
      fact('claimedBy', 'superseded', [v('Coastal Front', ['b', 'c'], { channels: ['Telegram'] }), v('any group', ['a'], { negated: true }), v('Hill Movement', ['d'], { negated: true })]),
    ],
  };
  const texts = buildSummary(ev, articles).map((s) => s.text);
  assert.ok(texts.includes('Hill Movement denied involvement.'), texts.join(' | '));
  assert.ok(texts.some((t) => t.startsWith('Coastal Front claimed responsibility on Telegram, according to later reports; one report written earlier had said that no group had claimed responsibility')), texts.join(' | '));
  assert.ok(texts.some((t) => t.includes('one report (Coast Radio) implies that no one was killed')), texts.join(' | '));
});
