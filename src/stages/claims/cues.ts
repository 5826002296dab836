// Cue words: a costly pattern that cannot match without one of a few words is not run over sentences lacking them all.

/**
 * Beginnings of words (lower-case letters), one of which a pattern needs: "kill" for a pattern of "killed|killing".
 * Keep each list in step with its pattern: every text the pattern matches has a word starting with one of them.
 */
export interface Cues {
  readonly id: number;
  readonly words: readonly string[];
}

/**
 * Which declared cue lists a sentence holds a word of (1), by list id. A plain array: a typed one took longer to make
 * than the scan of a short sentence.
 */
export type CuesIn = number[];

const declared: Cues[] = [];
/** Which two first letters (a..z, a..z) some cue word opens with: a word opening otherwise holds no cue. */
const openings = new Uint8Array(26 * 26);
/**
 * The cue words and their list ids, by their two first letters (an index into `openings`). Two arrays read by index:
 * unpacking a [word, id] pair per cue tried was most of the scan until V8 optimised it, i.e. for most of a run.
 */
const byOpening: { words: string[]; ids: number[] }[] = Array.from({ length: 26 * 26 }, () => ({ words: [], ids: [] }));
/** The last sentence looked at: the claim finders all look at the same sentence in turn. */
let last: { sentence: string; held: CuesIn } | null = null;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The two first letters of a word (either case), as an index into `openings`. */
const openingOf = (first: number, second: number): number => ((first | 32) - 97) * 26 + ((second | 32) - 97);

/** Declares the cues of a pattern (at module load), for `hasCue`. */
export const declareCues = (words: readonly string[]): Cues => {
  const list = { id: declared.length, words };
  declared.push(list);
  for (const w of words) {
    if (!/^[a-z]{2,}$/.test(w)) throw new TypeError(`a cue word is two lower-case letters or more: ${w}`);
    const opening = openingOf(w.charCodeAt(0), w.charCodeAt(1));
    openings[opening] = 1;
    byOpening[opening].words.push(w);
    byOpening[opening].ids.push(list.id);
  }
  last = null;
  return list;
};

/** Whether the run of letters at [start, end) of a text begins with `word` (lower-case, its two first letters known to agree). */
const runOpensWith = (text: string, start: number, end: number, word: string): boolean => {
  if (end - start < word.length) return false;
  // Letters only: setting the 32 bit lower-cases a capital and leaves a small letter alone.
  for (let k = 2; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
};

/**
 * The declared cue lists a sentence holds a word of. The patterns match their cue words at a word start (after \b,
 * a space or another non-letter), where a run of ASCII letters starts: a sentence with no run starting with a cue holds
 * none. A sentence is one pass over its characters; a word is compared, in place, only with the cue words opening with
 * its two first letters. Run it on the very text the patterns read: lower-casing can turn a sign (the Kelvin K) into a
 * letter.
 */
export const cuesIn = (sentence: string): CuesIn => {
  if (last?.sentence === sentence) return last.held;
  const held: CuesIn = new Array<number>(declared.length).fill(0);
  for (let i = 0; i < sentence.length; ) {
    if (!isLetter(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < sentence.length && isLetter(sentence.charCodeAt(end))) end++;
    const opening = end - i >= 2 ? openingOf(sentence.charCodeAt(i), sentence.charCodeAt(i + 1)) : -1;
    if (opening >= 0 && openings[opening]) {
      const { words, ids } = byOpening[opening];
      for (let k = 0; k < words.length; k++) if (!held[ids[k]] && runOpensWith(sentence, i, end, words[k])) held[ids[k]] = 1;
    }
    i = end;
  }
  last = { sentence, held };
  return held;
};

/** Whether a sentence holds one of a pattern's cues. */
export const hasCue = (held: CuesIn, list: Cues): boolean => held[list.id] === 1;
