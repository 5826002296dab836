// The Doc: one article and everything the per-article stages found in it (spaCy-style).

import type { Article } from './article.ts';
import type { Mention, NumberMention, Sentence, TimeMention, Tokens } from './annotation.ts';
import type { BackgroundMention } from './event.ts';
import type { Claim } from './fact.ts';

export interface Doc {
  article: Article;
  sentences: Sentence[];
  tokens: Tokens;
  mentions: Mention[];
  times: TimeMention[];
  numbers: NumberMention[];
  /** Earlier events the article recalls in passing. */
  background: BackgroundMention[];
  claims: Claim[];
  /** The article's best guess of when its main event happened (from its text, else publication). */
  eventDate: string | null;
  /** HH:MM of the main event when the text states it ("around 3:30 p.m."). */
  eventTime?: string | null;
}

export const emptyTokens = (): Tokens => ({ start: [], end: [], lower: [], pos: [], sentence: [] });

/** A Doc with no annotations yet: the input of the first per-article stage. */
export const createDoc = (article: Article): Doc => ({
  article,
  sentences: [],
  tokens: emptyTokens(),
  mentions: [],
  times: [],
  numbers: [],
  background: [],
  claims: [],
  eventDate: null,
  eventTime: null,
});
