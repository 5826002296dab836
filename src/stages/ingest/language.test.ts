// Tests for language identification.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, normalizeLanguage } from './language.ts';

test('common languages are identified as ISO 639-1', () => {
  assert.equal(detectLanguage('The council said the new bridge would open to traffic next spring after repairs.'), 'en');
  assert.equal(detectLanguage('Le conseil a annoncé que le nouveau pont ouvrirait au printemps prochain.'), 'fr');
  assert.equal(detectLanguage('Der Stadtrat sagte, die neue Brücke werde im nächsten Frühjahr eröffnet.'), 'de');
  assert.equal(detectLanguage('قال المجلس إن الجسر الجديد سيفتح في الربيع المقبل'), 'ar');
});

test('too little text gives no guess', () => {
  assert.equal(detectLanguage('ok'), null);
});

test('container language tags are reduced to the base code', () => {
  assert.equal(normalizeLanguage('en-US'), 'en');
  assert.equal(normalizeLanguage('FR'), 'fr');
  assert.equal(normalizeLanguage('not a tag!'), null);
});
