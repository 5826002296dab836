// The shared wink-nlp instance, loaded on first use, reading every text as a fresh instance would.

import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/** Only sentence breaks and part-of-speech tags are read; NER, sentiment and negation cost a third of readDoc for nothing. */
const pipe = ['sbd', 'pos'];

/** A value table of wink's loaded model: wink's numbers index `list`; the cache grows it with words it did not know. */
interface Feature {
  hash: Record<string, number>;
  list: string[];
}

interface Core {
  features: { lexeme: Feature; pos: Feature };
}

/** What wink keeps of a text it read (its "raw document data"). */
interface RawDoc {
  /** Four numbers per token: lexeme, preceding spaces (with a contraction's normal above them), lemma and tag, negation. */
  tokens: number[];
  numOfTokens: number;
  /** [first token, last token, …] of each sentence. */
  sentences: number[][];
  /** The spaces before a token that holds non-breaking ones, by token index (its space count is then psMask). */
  nonBreakingSpaces: Record<number, string>;
}

/** How wink packs a token's numbers (wink-nlp's own constants, so the two cannot drift apart). */
const packing = createRequire(import.meta.url)('wink-nlp/src/constants.js') as {
  tkSize: number;
  psMask: number;
  posMask: number;
  bits4lemma: number;
};
// Copied once: read from the module's object, they were looked up again at every token.
const { tkSize, psMask, posMask, bits4lemma } = packing;

/**
 * A text as wink read it, token by token: the same values, spaces and tags as wink's `.out(its.value)`,
 * `.out(its.precedingSpaces)` and `.out(its.pos)`, read from its packed numbers without the arrays, space strings
 * and per-call lookups `.out()` makes for every token.
 */
export class WinkText {
  readonly tokenCount: number;
  /** [first token, last token, …] of each sentence. */
  readonly sentences: readonly (readonly number[])[];
  private readonly packed: number[];
  private readonly nonBreakingSpaces: Record<number, string>;

  constructor(raw: RawDoc, private readonly lexemes: string[], private readonly tags: string[]) {
    this.tokenCount = raw.numOfTokens;
    this.sentences = raw.sentences;
    this.packed = raw.tokens;
    this.nonBreakingSpaces = raw.nonBreakingSpaces;
  }

  /** The token's text. */
  textOf(i: number): string {
    return this.lexemes[this.packed[i * tkSize]];
  }

  /** How many characters of white space come before the token. */
  spacesBefore(i: number): number {
    const count = this.packed[i * tkSize + 1] & psMask;
    return count < psMask ? count : this.nonBreakingSpaces[i].length;
  }

  /** The token's Universal POS tag. */
  tagOf(i: number): string {
    return this.tags[(this.packed[i * tkSize + 2] & posMask) >>> bits4lemma];
  }
}

/**
 * wink-nlp remembers every word it did not know, and splits a token it has met before differently ("28-year-old"
 * is split the first time, kept whole once remembered), so a text's tokens, sentences and tags would depend on the
 * texts read before it in the same process: on batch sizes, input order and thread count. Forgetting such words
 * after each text reads every text as the first one. Plain words (wink's own "word" class: letters only) are kept:
 * wink takes them whole whether it knows them or not, and relearning them for every text would cost a fifth of
 * readDoc. A fresh instance now and then bounds what the forgotten entries keep.
 */
const textsPerInstance = 5000;
const plainWord = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0300-\u036f\u2060]+$/i;

/**
 * wink hands a document's raw data to the model's readability addon (`doc.out(its.readabilityStats)`) and to no
 * other function we can give it; ours hands the data back. Readability is not used.
 */
const handBack = (raw: RawDoc): RawDoc => raw;

interface Instance {
  nlp: Nlp;
  core: Core;
  texts: number;
  /** How many words the model itself knows: words it learned from texts come after them. */
  modelWords: number;
}

let instance: Instance | null = null;

/**
 * The model's custom-entity machines, as its first load made them. wink's model turns them into JSON at every load
 * from what the load before left, a string, so each fresh instance escaped the last one's string again: it doubled
 * every 5,000 texts until, near 100k texts in one process, it passed V8's longest string ("Invalid string length")
 * after taking a gigabyte. Custom entities are not used; the first answer is handed to every instance.
 */
const loadMetaCER = (model as unknown as { metaCER: () => unknown }).metaCER;
let metaCER: unknown = null;
export const firstMetaCER = (): unknown => (metaCER ??= loadMetaCER());

const createInstance = (): Instance => {
  const loadCore = (model as unknown as { core: () => Core }).core;
  let core: Core | null = null;
  // The model object is read once when the instance loads; keeping what core() returns gives the instance's own tables.
  const observed = { ...model, core: () => (core = loadCore()), metaCER: firstMetaCER, addons: { ...model.addons, readabilityStats: handBack } };
  const nlp = winkNLP(observed as unknown as typeof model, pipe);
  const loaded = core as Core | null;
  if (!loaded) throw new Error('wink-nlp did not load its core model');
  return { nlp, core: loaded, texts: 0, modelWords: loaded.features.lexeme.list.length };
};

/** The instance for the next text. */
const getInstance = (): Instance => {
  if (!instance || instance.texts >= textsPerInstance) instance = createInstance();
  return instance;
};

/** Reads one text and hands it to `use`, then forgets the words wink learned from it, so no later text reads differently. */
export const readText = <T>(text: string, use: (text: WinkText) => T): T => {
  const { nlp, core } = getInstance();
  const lexemes = core.features.lexeme;
  const known = lexemes.list.length;
  try {
    const raw = nlp.readDoc(text).out(nlp.its.readabilityStats) as unknown as RawDoc;
    return use(new WinkText(raw, lexemes.list, core.features.pos.list));
  } finally {
    // The entries stay in the list (wink addresses their features by position); only the lookup forgets them.
    for (let i = known; i < lexemes.list.length; i++) if (!plainWord.test(lexemes.list[i])) delete lexemes.hash[lexemes.list[i]];
    instance!.texts++;
  }
};

/**
 * Whether a lower-cased word is in the model's own vocabulary: English common words are, most surnames and many
 * given names are not ("month", "mart", "loading" are; "whisenant", "davis", "carl" are not).
 */
export const isVocabularyWord = (lower: string): boolean => {
  const { core, modelWords } = getInstance();
  const at = core.features.lexeme.hash[lower];
  return at !== undefined && at < modelWords;
};
