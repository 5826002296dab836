// Tests for decoding: binary, empty, BOM, UTF-16 and Latin-1 fallbacks.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputRejected } from '../../pipeline/errors.ts';
import { decodeBytes, looksBinary } from './decode.ts';

const rejectsWith = (bytes: Uint8Array, reason: string) =>
  assert.throws(() => decodeBytes(bytes), (e: unknown) => e instanceof InputRejected && e.reason === reason);

test('binary files are rejected', () => {
  rejectsWith(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary file, not text');
  rejectsWith(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'binary file, not text');
  assert.equal(looksBinary(Buffer.from('Plain words\tand a tab\n')), false);
});

test('empty and whitespace-only files are rejected', () => {
  rejectsWith(new Uint8Array(), 'empty file');
  rejectsWith(Buffer.from(' \n\t\n  '), 'empty file');
});

test('UTF-8 with BOM loses the BOM; CRLF becomes LF', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf\u00e9 opens\r\nSecond line', 'utf8')]);
  assert.equal(decodeBytes(bytes), 'Caf\u00e9 opens\nSecond line');
});

test('invalid UTF-8 is read as Windows-1252 / Latin-1', () => {
  assert.equal(decodeBytes(Buffer.from('The caf\u00e9 on the quay', 'latin1')), 'The caf\u00e9 on the quay');
  // 0x93/0x94 are curly quotes in Windows-1252.
  assert.equal(decodeBytes(Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0xe9])), '\u201cHi\u201d\u00e9');
});

test('UTF-16 with a BOM is decoded, not taken for binary', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Na\u00efve text', 'utf16le')]);
  assert.equal(decodeBytes(bytes), 'Na\u00efve text');
});
