// Volume made from a real corpus: JSONL articles repeated in rounds, each round's copies re-dated (4 years on per round) and renamed (its proper names get a suffix), so rounds make new events rather than copies of old ones.
// usage (writes a file): node --import tsx bench/volume.ts <articles.jsonl> <n> <out.jsonl>

import { readFileSync, writeFileSync } from 'node:fs';

interface RawLine {
  id?: string;
  title?: string | null;
  published?: string | null;
  text?: string;
  [field: string]: unknown;
}

/** Letters only, so a renamed word stays one word: round 1 'qb', round 2 'qc'… */
const suffixOf = (round: number): string => `q${Array.from(round.toString(26), (d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

/** Month and weekday names stay as they are: the dates of the text are moved, not broken. */
const calendarWords = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Capitalized words never written in lower case anywhere in the corpus: names, renamed per round. */
const namesOf = (texts: string[]): Set<string> => {
  const lower = new Set<string>();
  const capitalized = new Set<string>();
  for (const text of texts) {
    for (const [w] of text.matchAll(/\b[A-Za-z][a-z]+\b/g)) (w[0] === w[0].toLowerCase() ? lower : capitalized).add(w);
  }
  return new Set([...capitalized].filter((w) => !lower.has(w.toLowerCase()) && !calendarWords.has(w.toLowerCase())));
};

/** `n` JSONL lines: the corpus's lines in file order, then again for each further round, renamed and re-dated. */
export const volumeLines = (corpus: string, n: number): string[] => {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const parsed = lines.map((l) => JSON.parse(l) as RawLine);
  const names = namesOf(parsed.flatMap((a) => [a.title ?? '', a.text ?? '']));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const round = Math.floor(i / lines.length);
    if (round === 0) {
      out.push(lines[i]);
      continue;
    }
    const a = parsed[i % lines.length];
    const suffix = suffixOf(round);
    const years = 4 * round;
    const redate = (s: string): string => s.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + years));
    const rename = (s: string): string => redate(s).replace(/\b[A-Z][a-z]+\b/g, (w) => (names.has(w) ? w + suffix : w));
    out.push(
      JSON.stringify({
        ...a,
        id: `${a.id}~${round}`,
        title: a.title ? rename(a.title) : a.title,
        published: a.published ? redate(a.published) : a.published,
        text: a.text ? rename(a.text) : a.text,
      }),
    );
  }
  return out;
};

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const [corpus, n, out] = process.argv.slice(2);
  writeFileSync(out, volumeLines(corpus, Number(n)).join('\n') + '\n');
}
