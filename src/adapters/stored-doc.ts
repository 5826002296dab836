// A Doc as the store keeps it: JSON with its tokens packed (spans as small numbers, tags as one letter each, lower-cased forms read back from the text).

import type { Doc, Tokens } from '../model/index.ts';

/**
 * The tokens as stored: `spans` holds, per token, the characters between it and the previous token's end and its
 * own length; `tags` one letter per token (its tag's place in `tagNames`); `sentences` the sentence indexes as runs
 * of (index, token count). The lower-cased forms are the lower-cased text's characters at each span (checked when
 * packing). Half of an annotated doc's JSON was its five token arrays, `lower` and `pos` as quoted strings.
 */
interface PackedTokens {
  spans: number[];
  tags: string;
  sentences: number[];
}

/** Universal POS tags and wink's SPACE, in a fixed order: a tag's letter is `A` plus its place here. */
const tagNames = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const tagLetters = new Map(tagNames.map((t, i) => [t, 65 + i]));

/** Runs of equal values: [value, count, value, count, …]. */
const runsOf = (values: number[]): number[] => {
  const runs: number[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    runs.push(values[i], j - i);
    i = j;
  }
  return runs;
};

/** The packed tokens, or null when some token cannot be packed (an unknown tag, a lower-cased form not read from the text). */
const packTokens = (tokens: Tokens, text: string): PackedTokens | null => {
  const n = tokens.start.length;
  if (tokens.end.length !== n || tokens.lower.length !== n || tokens.pos.length !== n || tokens.sentence.length !== n) return null;
  const lowerText = text.toLowerCase();
  const spans: number[] = new Array(2 * n);
  // Letters gathered as bytes and read as one string: appended one at a time, they were a string each.
  const tags = Buffer.allocUnsafe(n);
  let previousEnd = 0;
  for (let i = 0; i < n; i++) {
    const start = tokens.start[i];
    const end = tokens.end[i];
    const letter = tagLetters.get(tokens.pos[i]);
    const lower = tokens.lower[i];
    if (letter === undefined || start < previousEnd || lower.length !== end - start || !lowerText.startsWith(lower, start)) return null;
    spans[2 * i] = start - previousEnd;
    spans[2 * i + 1] = end - start;
    tags[i] = letter;
    previousEnd = end;
  }
  return { spans, tags: tags.toString('latin1'), sentences: runsOf(tokens.sentence) };
};

const isPacked = (tokens: Tokens | PackedTokens): tokens is PackedTokens => typeof (tokens as PackedTokens).tags === 'string';

/** The tokens back from their packed form. */
const unpackTokens = (packed: PackedTokens, text: string): Tokens => {
  const n = packed.tags.length;
  const lowerText = text.toLowerCase();
  const tokens: Tokens = { start: new Array(n), end: new Array(n), lower: new Array(n), pos: new Array(n), sentence: new Array(n) };
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const start = offset + packed.spans[2 * i];
    offset = start + packed.spans[2 * i + 1];
    tokens.start[i] = start;
    tokens.end[i] = offset;
    tokens.lower[i] = lowerText.slice(start, offset);
    tokens.pos[i] = tagNames[packed.tags.charCodeAt(i) - 65];
  }
  let at = 0;
  for (let r = 0; r < packed.sentences.length; r += 2) tokens.sentence.fill(packed.sentences[r], at, (at += packed.sentences[r + 1]));
  return tokens;
};

/** The JSON the store keeps for a doc: its tokens packed when they can be, else as they are. */
export const storedDocJson = (doc: Doc): string => {
  const packed = packTokens(doc.tokens, doc.article.text);
  return JSON.stringify(packed ? { ...doc, tokens: packed } : doc);
};

/** A doc from the store's JSON, packed or as stores before packing kept it. */
export const docOfStoredJson = (json: string): Doc => {
  const doc = JSON.parse(json) as Omit<Doc, 'tokens'> & { tokens: Tokens | PackedTokens };
  return isPacked(doc.tokens) ? { ...doc, tokens: unpackTokens(doc.tokens, doc.article.text) } : (doc as Doc);
};
