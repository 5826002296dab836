// Name keys for gazetteer and entity matching: case, accents, apostrophes and hyphens folded.

// Most names are plain ASCII words: skip the costly Unicode folding for them.
const plain = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Folds a name to a lookup key: "Mazār-e Sharīf" → "mazar e sharif". */
export const nameKey = (s: string): string =>
  plain.test(s) ? s.toLowerCase() : s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`ʻʼ‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const latin = /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u;
// A subset of `latin` that most names fall in, and much cheaper to test than the Unicode script class.
const plainLatin = /^[A-Za-z0-9 '’.,()-]+$/;

/** True for names written in Latin script (the only ones an English text can match). */
export const isLatin = (s: string): boolean => plainLatin.test(s) || latin.test(s);
