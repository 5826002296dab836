// Cue words: a costly pattern that cannot match without one of a few words is not run over sentences lacking them all.

/**
 * Beginnings of words (lower-case letters), one of which a pattern needs: "kill" for a pattern of "killed|killing".
 * Keep each list in step with its pattern: every text the pattern matches has a word starting with one of them.
 */
export interface Cues {
  readonly id: number;
  readonly words: readonly string[];
}

/** Which declared cue lists a sentence holds a word of, by list id. */
export type CuesIn = Uint8Array;

const none: readonly number[] = [];
/** Words remembered before all are forgotten: a long run's memory stays bounded. */
const remembered = 200_000;

const declared: Cues[] = [];
/** The cue words of every list, with its id, by their first letter. */
const byFirstLetter = new Map<string, [word: string, id: number][]>();
/** Which two first letters (a..z, a..z) some cue word opens with: a word opening otherwise holds no cue. */
const openings = new Uint8Array(26 * 26);
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The two first letters of a word (either case), as an index into `openings`. */
const openingOf = (first: number, second: number): number => ((first | 32) - 97) * 26 + ((second | 32) - 97);

/** The ids of the lists a word holds a cue of, by word as written. */
const byWord = new Map<string, readonly number[]>();
/** The last sentence looked at: the claim finders all look at the same sentence in turn. */
let last: { sentence: string; held: CuesIn } | null = null;

/** Declares the cues of a pattern (at module load), for `hasCue`. */
export const declareCues = (words: readonly string[]): Cues => {
  const list = { id: declared.length, words };
  declared.push(list);
  for (const w of words) {
    if (!/^[a-z]{2}/.test(w)) throw new TypeError(`a cue word is two lower-case letters or more: ${w}`);
    byFirstLetter.set(w[0], [...(byFirstLetter.get(w[0]) ?? []), [w, list.id]]);
    openings[openingOf(w.charCodeAt(0), w.charCodeAt(1))] = 1;
  }
  byWord.clear();
  last = null;
  return list;
};

const listsOf = (word: string): readonly number[] => {
  let ids = byWord.get(word);
  if (ids === undefined) {
    if (byWord.size >= remembered) byWord.clear();
    const lower = word.toLowerCase();
    const found = new Set((byFirstLetter.get(lower[0]) ?? []).filter(([w]) => lower.startsWith(w)).map(([, id]) => id));
    ids = found.size ? [...found] : none;
    byWord.set(word, ids);
  }
  return ids;
};

/**
 * The declared cue lists a sentence holds a word of. The patterns match their cue words at a word start (after \b,
 * a space or another non-letter), where a run of ASCII letters starts: a sentence with no run starting with a cue holds
 * none. A sentence is one pass over its characters; only a word opening like some cue is looked up, and each distinct
 * word is compared with the cues once. Run it on the very text the patterns read: lower-casing can turn a sign (the
 * Kelvin K) into a letter.
 */
export const cuesIn = (sentence: string): CuesIn => {
  if (last?.sentence === sentence) return last.held;
  const held = new Uint8Array(declared.length);
  for (let i = 0; i < sentence.length; ) {
    if (!isLetter(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < sentence.length && isLetter(sentence.charCodeAt(end))) end++;
    if (end - i >= 2 && openings[openingOf(sentence.charCodeAt(i), sentence.charCodeAt(i + 1))]) {
      for (const id of listsOf(sentence.slice(i, end))) held[id] = 1;
    }
    i = end;
  }
  last = { sentence, held };
  return held;
};

/** Whether a sentence holds one of a pattern's cues. */
export const hasCue = (held: CuesIn, list: Cues): boolean => held[list.id] === 1;
