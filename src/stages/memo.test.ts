import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoize, ownCopy } from './memo.ts';

test('a copied key is the same text; a memo answers once per key and forgets all once full', () => {
  const text = 'Officers found Dana Whitlock, 31, on Garnet Lane in Brackwater late on Friday.';
  const name = text.slice(15, 28);
  assert.equal(ownCopy(name), 'Dana Whitlock');
  assert.equal(ownCopy(''), '');
  let calls = 0;
  const lengthOf = memoize((k: string) => (calls++, k.length), 2);
  assert.deepEqual([lengthOf(name), lengthOf('Dana Whitlock'), lengthOf('Brackwater')], [13, 13, 10]);
  assert.equal(calls, 2, 'the same name cut from the text and written out is one key');
  lengthOf('Garnet Lane');
  lengthOf(name);
  assert.equal(calls, 4, 'a third key cleared the memo, so the first is read again');
});
