import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anyMatchOf, matchesOf, topAlternatives } from './matches.ts';

const same = (text: string, re: RegExp) =>
  assert.deepEqual(matchesOf(text, re).map((m) => [m.index, [...m]]), [...text.matchAll(re)].map((m) => [m.index, [...m]]));

test('matchesOf gives what matchAll gives, groups and indices included', () => {
  same('The ferry left at nine; the bus left at ten.', /\bleft at (\w+)/g);
  same('no match here', /\d+/g);
  same('Aa bB cc', /b/gi);
});

test('matchesOf steps over empty matches like matchAll, by code point with the u flag', () => {
  same('ab', /x*/g);
  same('a😀b', /x*/gu);
  same('a😀b', /x*/g);
});

test('matchesOf leaves the pattern reusable while its matches are read', () => {
  const re = /o/g;
  const outer = matchesOf('foo', re);
  assert.equal(outer.length, 2);
  assert.equal(matchesOf('boo', re).length, 2);
  assert.equal(re.lastIndex, 0);
});

test('matchesOf refuses a pattern that is not global', () => {
  assert.throws(() => matchesOf('abc', /b/), TypeError);
});

test('anyMatchOf tells whether any of its patterns matches, case and lookarounds as each pattern reads them', () => {
  const patterns = [/\bleft at (\w+)/g, /(?<!not )\barrived\b/gi, /^\d\d:\d\d (?![ap]m\b)[A-Z]/, /docked/u];
  const any = anyMatchOf(patterns);
  const texts = ['The ferry left at nine.', 'It arrived late.', 'It had not arrived.', '10:17 PM The ferry', '10:17 pm The ferry', 'It LEFT AT nine', 'It docked.', 'nothing'];
  for (const text of texts) assert.equal(any(text), patterns.some((p) => new RegExp(p.source, p.flags.replace('g', '')).test(text)), text);
  assert.equal(any('10:17 PM The ferry'), true);
});

test('anyMatchOf refuses what joining would change', () => {
  assert.throws(() => anyMatchOf([/(a)\1/g]), TypeError);
  assert.throws(() => anyMatchOf([/(?<x>a)\k<x>/g]), TypeError);
  assert.throws(() => anyMatchOf([/a/y]), TypeError);
});

test('anyMatchOf tries patterns anchored at the start only there, and the others everywhere', () => {
  const patterns = [/^ferry\b/i, /^dock|pier$/i, /(?:^x|y)z/, /^quay/m, /\bharbour\b/i];
  const any = anyMatchOf(patterns);
  const texts = ['Ferry left', 'The ferry left', 'the old pier', 'dock 4', 'a yz', 'xz', 'a xz', 'boats\nquay 3', 'Harbour master', 'nothing'];
  for (const text of texts) assert.equal(any(text), patterns.some((p) => p.test(text)), text);
});

test('topAlternatives splits at | outside groups, classes and escapes', () => {
  assert.deepEqual(topAlternatives(String.raw`^a(b|c)|[|x]\||^d`), ['^a(b|c)', String.raw`[|x]\|`, '^d']);
  assert.deepEqual(topAlternatives('abc'), ['abc']);
});
