// Every match of a global pattern, as String.prototype.matchAll yields them, without matchAll's copy of the pattern per call.

/** Index after an empty match: one code point on, as matchAll steps. */
const stepOver = (text: string, at: number, unicode: boolean): number => {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
};

/**
 * The matches of `re` (which must be global) in `text`, in order. All are collected before returning, so a caller
 * may run the same pattern again while reading them; the pattern's lastIndex is left at 0.
 */
export const matchesOf = (text: string, re: RegExp): RegExpExecArray[] => {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = stepOver(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
};
