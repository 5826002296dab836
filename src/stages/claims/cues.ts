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

const letters = /[A-Za-z]+/g;
const none: readonly number[] = [];
/** Words remembered before all are forgotten: a long run's memory stays bounded. */
const remembered = 200_000;

const declared: Cues[] = [];
/** The cue words of every list, with its id, by their first letter. */
const byFirstLetter = new Map<string, [word: string, id: number][]>();
/** The ids of the lists a word holds a cue of, by word as written. */
const byWord = new Map<string, readonly number[]>();
/** The last sentence looked at: the claim finders all look at the same sentence in turn. */
let last: { sentence: string; held: CuesIn } | null = null;

/** Declares the cues of a pattern (at module load), for `hasCue`. */
export const declareCues = (words: readonly string[]): Cues => {
  const list = { id: declared.length, words };
  declared.push(list);
  for (const w of words) byFirstLetter.set(w[0], [...(byFirstLetter.get(w[0]) ?? []), [w, list.id]]);
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
 * none. Each distinct word is compared with the cues once; a sentence is then one scan for its words and a lookup each.
 * Run it on the very text the patterns read: lower-casing can turn a sign (the Kelvin K) into a letter.
 */
export const cuesIn = (sentence: string): CuesIn => {
  if (last?.sentence === sentence) return last.held;
  const held = new Uint8Array(declared.length);
  for (const word of sentence.match(letters) ?? []) for (const id of listsOf(word)) held[id] = 1;
  last = { sentence, held };
  return held;
};

/** Whether a sentence holds one of a pattern's cues. */
export const hasCue = (held: CuesIn, list: Cues): boolean => held[list.id] === 1;
