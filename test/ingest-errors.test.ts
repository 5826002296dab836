// End to end: a folder of good and bad inputs through the CLI; bad files are named on stderr, good ones analyzed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { Dossier } from '../src/model/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const batch = 'test/fixtures/inputs/bad-batch';

test('a batch with bad files: exit 1, one stderr line per bad file, the good reports analyzed', { timeout: 60_000 }, () => {
  const run = spawnSync(process.execPath, ['bin/corroborate.js', 'analyze', batch, '--format', 'json', '--no-progress'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 1, run.stderr);

  const errorLines = run.stderr.split('\n').filter((l) => l.startsWith('corroborate: '));
  const expected: [string, RegExp][] = [
    ['scan.dat', /: binary file, not text$/],
    ['empty.txt', /: empty file$/],
    ['malformed.json', /: malformed JSON: .+ at line 4$/],
    // One broken JSONL line is reported alone; the file's other line is still analyzed.
    ['mixed.jsonl', /\[mixed-line-2\]: malformed JSON: .+ at line 2/],
  ];
  assert.equal(errorLines.length, expected.length, run.stderr);
  for (const [file, reason] of expected) {
    const lines = errorLines.filter((l) => l.includes(`${batch}/${file}`));
    assert.equal(lines.length, 1, `one line for ${file}:\n${run.stderr}`);
    assert.match(lines[0], reason);
  }

  const dossier = JSON.parse(run.stdout) as Dossier;
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  assert.deepEqual([...byId.keys()].sort(), ['ferry-1', 'good-report', 'latin1-report']);
  const latin1 = byId.get('latin1-report')!;
  assert.equal(latin1.title, 'Caf\u00e9 owners on the quay reopen after flood');
  assert.match(latin1.text, /Caf\u00e9 du Port/);
  assert.match(latin1.text, /\u00abWe scrubbed every tile,\u00bb said the owner, Ren\u00e9e Marchal/);
  const good = byId.get('good-report')!;
  assert.equal(good.published, '2021-03-09');
  assert.equal(good.title, 'Harbour Board Closes North Pier');
  assert.equal(dossier.errors.length, 4);
});
