// Sentences and tokens as character spans, from wink-nlp's lossless tokenization.

import type { Sentence, Tokens } from '../../model/index.ts';
import { readText } from './nlp.ts';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Tokens;
}

/** Splits text into sentences and tokens; spans index into `text` exactly. */
export const segment = (text: string): Segmentation => {
  const { values, spaces, tags, spans } = readText(text, (wdoc, its) => ({
    values: wdoc.tokens().out(its.value) as string[],
    spaces: wdoc.tokens().out(its.precedingSpaces) as string[],
    tags: wdoc.tokens().out(its.pos) as string[],
    spans: wdoc.sentences().out(its.span) as unknown as [number, number][],
  }));
  const tokens: Tokens = { start: [], end: [], lower: [], pos: [], sentence: [] };
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    tokens.start.push(offset);
    offset += values[i].length;
    tokens.end.push(offset);
    tokens.lower.push(values[i].toLowerCase());
    tokens.pos.push(tags[i]);
    tokens.sentence.push(0);
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    // Skip leading whitespace tokens so a sentence starts at its first word.
    let a = first;
    while (a < last && tokens.pos[a] === 'SPACE') a++;
    const s = sentences.length;
    for (let t = first; t <= last; t++) tokens.sentence[t] = s;
    sentences.push({ start: tokens.start[a], end: tokens.end[last] });
  }
  return { sentences, tokens };
};
