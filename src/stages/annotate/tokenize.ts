// Sentences and tokens as character spans, from wink-nlp's lossless tokenization.

import type { Sentence, Tokens } from '../../model/index.ts';
import { readText, type WinkText } from './nlp.ts';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Tokens;
}

/** Token spans, lower-cased forms and tags (wink's tokens are lossless: spaces, then the token's text). */
const readTokens = (doc: WinkText): Tokens => {
  const n = doc.tokenCount;
  // Sized once: growing five arrays a token at a time copied each several times over.
  const tokens: Tokens = { start: new Array(n), end: new Array(n), lower: new Array(n), pos: new Array(n), sentence: new Array(n) };
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const value = doc.textOf(i);
    offset += doc.spacesBefore(i);
    tokens.start[i] = offset;
    offset += value.length;
    tokens.end[i] = offset;
    tokens.lower[i] = value.toLowerCase();
    tokens.pos[i] = doc.tagOf(i);
    tokens.sentence[i] = 0;
  }
  return tokens;
};

/** Sentences from wink's [first token, last token] pairs; each token is told its sentence. */
const readSentences = (doc: WinkText, tokens: Tokens): Sentence[] => {
  const sentences: Sentence[] = [];
  for (const [first, last] of doc.sentences) {
    // Skip leading whitespace tokens so a sentence starts at its first word.
    let a = first;
    while (a < last && tokens.pos[a] === 'SPACE') a++;
    const s = sentences.length;
    for (let t = first; t <= last; t++) tokens.sentence[t] = s;
    sentences.push({ start: tokens.start[a], end: tokens.end[last] });
  }
  return sentences;
};

/** Splits text into sentences and tokens; spans index into `text` exactly. */
export const segment = (text: string): Segmentation =>
  readText(text, (doc) => {
    const tokens = readTokens(doc);
    return { sentences: readSentences(doc, tokens), tokens };
  });
