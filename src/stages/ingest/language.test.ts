// Tests for language identification.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, isPlainEnglish, normalizeLanguage } from './language.ts';

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

const englishProse =
  'The council of Harrowby said on Monday that the old bridge over the river would be closed for repairs, and that the ferry would run every hour until it opens again in the spring.';

test('plain English prose is told without the model, and agrees with it', () => {
  assert.equal(isPlainEnglish(englishProse), true);
  assert.equal(detectLanguage(englishProse), 'en');
});

test('other languages, capitals and short text go to the model', () => {
  const french = "Le conseil de Harrowby a annoncé lundi que le vieux pont sur la rivière serait fermé pour des travaux et que le bac passerait toutes les heures jusqu'au printemps prochain.";
  const german = 'Der Rat von Harrowby sagte am Montag, die alte Brücke über den Fluss werde für Reparaturen geschlossen und die Fähre fahre jede Stunde bis zum nächsten Frühjahr.';
  assert.equal(isPlainEnglish(french), false);
  assert.equal(isPlainEnglish(german), false);
  assert.equal(detectLanguage(french), 'fr');
  assert.equal(isPlainEnglish(englishProse.toUpperCase()), false);
  assert.equal(isPlainEnglish('The bridge is closed for the repairs of the week.'), false);
});

test('letters beyond ASCII count by their case: English words in mostly capital Cyrillic text go to the model', () => {
  const mixed = 'the of and to in a is that for on was with he it as at by said from his ' + 'МОСКВА ПОЛИЦИЯ ГОРОД РЕКА МОСТ '.repeat(6);
  assert.equal(isPlainEnglish(mixed), false);
  assert.equal(isPlainEnglish(mixed.toLowerCase()), true);
});
