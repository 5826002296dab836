// The shared wink-nlp instance, loaded on first use, reading every text as a fresh instance would.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Nlp['readDoc']>;

/** Only sentence breaks and part-of-speech tags are read; NER, sentiment and negation cost a third of readDoc for nothing. */
const pipe = ['sbd', 'pos'];

/** The part of wink's loaded model that its cache grows: words it did not know get entries as it meets them. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
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

interface Instance {
  nlp: Nlp;
  lexemes: Lexemes;
  texts: number;
}

let instance: Instance | null = null;

const createInstance = (): Instance => {
  type Core = { features: { lexeme: Lexemes } };
  const loadCore = (model as unknown as { core: () => Core }).core;
  let core: Core | null = null;
  // The model object is read once when the instance loads; keeping what core() returns gives the instance's own lexemes.
  const observed = { ...model, core: () => (core = loadCore()) };
  const nlp = winkNLP(observed as unknown as typeof model, pipe);
  if (!core) throw new Error('wink-nlp did not load its core model');
  return { nlp, lexemes: (core as Core).features.lexeme, texts: 0 };
};

/** The instance for the next text. */
const getNlp = (): Nlp => {
  if (!instance || instance.texts >= textsPerInstance) instance = createInstance();
  return instance.nlp;
};

/** Reads one text and hands it to `use`, then forgets the words wink learned from it, so no later text reads differently. */
export const readText = <T>(text: string, use: (doc: WinkDoc, its: Nlp['its']) => T): T => {
  const nlp = getNlp();
  const { lexemes } = instance!;
  const known = lexemes.list.length;
  try {
    return use(nlp.readDoc(text), nlp.its);
  } finally {
    // The entries stay in the list (wink addresses their features by position); only the lookup forgets them.
    for (let i = known; i < lexemes.list.length; i++) if (!plainWord.test(lexemes.list[i])) delete lexemes.hash[lexemes.list[i]];
    instance!.texts++;
  }
};
