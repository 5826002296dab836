// Word-level helpers for the timeline: development kinds, content words and their overlap.

import { ownCopy } from '../memo.ts';

/** Kinds of development, tested in this order (a claim sentence also names the attack, a visit the wounded). */
const kindPatterns: readonly (readonly [string, RegExp])[] = [
  ['claim', /\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit)|claimed\s+(?:the|an|its|that)\b|took responsibility|accepted responsibility)/i],
  ['arrest', /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|s)?|captured|in custody|charged|sentenced|convicted)\b/i],
  ['visit', /\b(?:visit(?:ed|s|ing)?|travell?(?:ed|s) to|met with|meets with|hosted|toured)\b/i],
  [
    'incident',
    /\b(?:attacked|came under|opened fire|fired|shot|shooting|exploded|detonated|blew up|stormed|raided|killed|killing|wounded|injured|bombed|began|erupted|took place|happened|occurred|broke out|crashed|collapsed|struck)\b/i,
  ],
  [
    'statement',
    /\b(?:said|says|told|stated|condemn(?:ed|s)?|announc(?:ed|es)|called|denied|denies|warned|vowed|confirmed|tweeted|wrote|demanded|urged|summoned|described|decried|declared|pledged|promised|accused|blamed|rejected|welcomed|expressed)\b/i,
  ],
  ['other', /\b(?:returned|took over|seized|withdrew|opened|closed|ended|launched|signed|resigned|elected|died|fell|began)\b/i],
];

export interface KindMatch {
  kind: string;
  /** Offset of the matching word in the text. */
  at: number;
}

/** The kind of development a sentence reports, with where its verb sits; null when none is found. */
export const findKind = (text: string): KindMatch | null => {
  for (const [kind, re] of kindPatterns) {
    const m = re.exec(text);
    if (m) return { kind, at: m.index };
  }
  return null;
};

const stopwords = new Set(
  (
    'the a an and or but of to in on at by for with from into over after before about as is was were are be been being ' +
    'that this these those it its his her their they he she we you i not no than then also which who whom whose what when ' +
    'where while there here has have had do did does said says say told would could should will may might can one two ' +
    'three day days yesterday today tomorrow last next week month year earlier later morning afternoon evening night ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december according report reports reported'
  ).split(' '),
);

/** Crude stem so that "attacked", "attacks" and "attack" compare equal. */
const stem = (w: string): string => w.replace(/(?:ing|ed|es|s)$/, '') || w;

const wordsOf = (text: string): ReadonlySet<string> =>
  new Set(
    (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [])
      .map((w) => w.replace(/['’]s$/, ''))
      .filter((w) => w.length > 2 && !stopwords.has(w))
      .map(stem),
  );

// Merging compares each development with every member of every group: the same texts are read again and again.
const seen = new Map<string, ReadonlySet<string>>();
const maxSeen = 20_000;

/** Content words of a text: lower-cased, stemmed, without function words, dates or numbers. */
export const contentWords = (text: string): ReadonlySet<string> => {
  let words = seen.get(text);
  if (!words) {
    if (seen.size >= maxSeen) seen.clear();
    seen.set(ownCopy(text), (words = wordsOf(text)));
  }
  return words;
};

/** Overlap coefficient: shared words over the smaller set (a short paraphrase still matches a long sentence). */
export const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
};
