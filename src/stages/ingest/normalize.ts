// Whitespace and typography repairs applied once, before anything reads the text.

/** Invisible characters that break matching but carry nothing: zero-width spaces, joiners, BOMs, soft hyphens. */
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const spaces = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
/** "said.Last month": scrapers that drop the space between paragraphs glue sentences together. */
const glued = /([a-z]{2}[.!?])([A-Z][a-z])/g;

/**
 * Whether any repair below would change the line: an invisible character, white space other than a single space, or
 * glued sentences. Most lines need none, and the space repair would otherwise rewrite every line space by space.
 */
const needsRepair = /[\u200b-\u200d\u2060\ufeff\u00ad]|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|[a-z]{2}[.!?][A-Z][a-z]/;

export const normalizeLine = (line: string): string =>
  needsRepair.test(line) ? line.replace(invisible, '').replace(spaces, ' ').replace(glued, '$1 $2').trim() : line.trim();

/** Lines of the text with spaces normalized; blank lines kept as paragraph breaks. */
export const normalizeLines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);

/** Joins lines back, at most one blank line between paragraphs, none at the ends. */
export const joinLines = (lines: readonly string[]): string =>
  lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
