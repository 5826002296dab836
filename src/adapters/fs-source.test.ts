// Tests: large JSON Lines files are read a piece of whole lines at a time, giving the articles and errors the whole file gives.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseInput } from '../stages/ingest/index.ts';
import { readLinePieces } from './fs-source.ts';

const lines = Array.from({ length: 25 }, (_, i) =>
  i === 13 ? '{"text": broken' : JSON.stringify({ title: `Barn fire ${i} in Ottermere`, text: `The barn on Wren Lane burned on day ${i}.` }),
);

const piecesOf = async (path: string, size: number) => {
  const out = [];
  for await (const piece of readLinePieces(path, size)) out.push(piece);
  return out;
};

test('pieces end on whole lines and count the lines before them; the last line may lack its newline', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'pieces-')), 'feed.jsonl');
  writeFileSync(path, lines.join('\n'));
  const pieces = await piecesOf(path, 200);
  assert.ok(pieces.length > 5);
  const texts = pieces.map((p) => Buffer.from(p.bytes).toString('utf8'));
  assert.equal(texts.join(''), lines.join('\n'));
  for (const t of texts.slice(0, -1)) assert.ok(t.endsWith('\n'));
  assert.deepEqual(
    pieces.map((p) => p.linesBefore),
    texts.map((_, k) => texts.slice(0, k).join('').split('\n').length - 1),
  );
});

test('the articles of the pieces are those of the whole file: same ids, same errors with their line', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'pieces-')), 'feed.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  const whole = parseInput({ source: path, bytes: Buffer.from(lines.join('\n') + '\n') });
  const pieced = (await piecesOf(path, 300)).flatMap(parseInput);
  assert.deepEqual(pieced, whole);
  assert.equal(whole[13].id, 'feed-line-14');
  assert.match(whole[13].rejected ?? '', /at line 14$/);
});
