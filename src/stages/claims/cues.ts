// Cue words: a costly pattern that cannot match without one of a few words is not run over sentences lacking them all.

/**
 * Beginnings of words (lower-case letters), one of which a pattern needs: "kill" for a pattern of "killed|killing".
 * Keep each list in step with its pattern: every text the pattern matches has a word starting with one of them.
 */
export type Cues = readonly string[];

/** The cues a sentence holds. */
export type CuesIn = ReadonlySet<string>;

const letters = /[A-Za-z]+/g;
const none: readonly string[] = [];
/** Words remembered before all are forgotten: a long run's memory stays bounded. */
const remembered = 20_000;

/**
 * Which of `cues` begin some word of a sentence. The patterns match their cue words at a word start (after \b, a space
 * or another non-letter), so a run of ASCII letters starts there: a sentence with no run starting with a cue holds none.
 * Each distinct word is compared with the cues once; a sentence is then one scan for its words and a lookup per word.
 */
export const cueFinder = (cues: Iterable<string>): ((sentence: string) => CuesIn) => {
  const all = [...new Set(cues)];
  const byWord = new Map<string, readonly string[]>();
  const cuesOf = (word: string): readonly string[] => {
    let found = byWord.get(word);
    if (found === undefined) {
      if (byWord.size >= remembered) byWord.clear();
      const lower = word.toLowerCase();
      const starting = all.filter((c) => lower.startsWith(c));
      found = starting.length ? starting : none;
      byWord.set(word, found);
    }
    return found;
  };
  return (sentence) => {
    const held = new Set<string>();
    for (const word of sentence.match(letters) ?? none) for (const c of cuesOf(word)) held.add(c);
    return held;
  };
};

/** Whether a sentence holds one of a pattern's cues. */
export const hasCue = (held: CuesIn, cues: Cues): boolean => cues.some((c) => held.has(c));
