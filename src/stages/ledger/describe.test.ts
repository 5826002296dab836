// Tests of the event type and title: the taxonomy's accident/disaster split and the headline choice.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { classify, titleOf } from './describe.ts';

const doc = (id: string, title: string, published: string): Doc => {
  const article: Article = { id, source: id, url: null, outlet: `Outlet ${id}`, title, published, language: 'en', text: '', duplicateOf: null, dependsOn: [] };
  return createDoc(article);
};
const when = { date: null, time: null, precision: null };

test('road and rail crashes are accidents, storms and quakes disasters', () => {
  assert.equal(classify(['Ferry capsizes off Marrow Point'], ['The ferry capsized in high waves; the accident left four missing.'], []), 'accident');
  assert.equal(classify(['Lorry and minibus collide on the coast road'], ['The minibus collided head-on with a lorry.'], []), 'accident');
  assert.equal(classify(['Storm floods the valley'], ['Flooding cut off three villages after the storm.'], []), 'disaster');
  // A shooting with a getaway crash stays a shooting.
  assert.equal(classify(['Man shot outside bar'], ['He was shot twice; the gunman crashed his car while fleeing.'], []), 'shooting');
});

test('the title is the earliest of the headlines that share most words, not a later update', () => {
  const docs = [
    doc('late', 'Harlow ferry toll rises to nine as divers search harbour', '2031-04-03T09:00:00Z'),
    doc('early', 'Ferry capsizes in Harlow harbour, seven dead', '2031-04-02T08:00:00Z'),
  ];
  assert.equal(titleOf('accident', null, when, docs, false), 'Ferry capsizes in Harlow harbour, seven dead');
});

test('a headline shared by most reports beats an earlier odd one out', () => {
  const docs = [
    doc('odd', 'Live updates: what we know so far', '2031-04-02T07:00:00Z'),
    doc('a', 'Ferry capsizes in Harlow harbour', '2031-04-02T08:00:00Z'),
    doc('b', 'Seven dead as ferry capsizes in Harlow harbour', '2031-04-02T09:00:00Z'),
  ];
  assert.equal(titleOf('accident', null, when, docs, false), 'Ferry capsizes in Harlow harbour');
});

test('without titles: type, place and date', () => {
  assert.equal(titleOf('accident', null, { date: '2031-04-02', time: null, precision: 'day' }, [], false), 'Accident (2031-04-02)');
});

test('an untitled event is named by its target where the text gives one, and an untyped one is an attack on it', () => {
  const when = { date: '2031-04-02', time: null, precision: 'day' as const };
  assert.equal(titleOf('bombing', null, when, [], true, 'Harlow ferry terminal'), 'Bombing targeting Harlow ferry terminal (2031-04-02)');
  assert.equal(titleOf('other', null, { date: null, time: null, precision: null }, [], true, 'a village school'), 'Attack on a village school');
  assert.equal(titleOf('other', null, { date: null, time: null, precision: null }, [], true), 'Event');
});
