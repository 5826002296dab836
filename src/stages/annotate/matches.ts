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

/** The top-level alternatives of a pattern's source: split at each | outside groups and character classes. */
export const topAlternatives = (source: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
};

/**
 * Whether any of `patterns` matches a text, in one scan per set of flags: a cheap test that tells a text none of
 * them can match before running each. Patterns are joined only with others of the same flags (case folding would
 * turn a negative lookahead like (?![ap]m) against "PM"); back-references would point at the wrong group once the
 * sources are joined, and a sticky pattern reads from its lastIndex: those are refused. Alternatives anchored at the
 * start (^ without the m flag) are joined apart from the others, so the engine tries them at the first position
 * only, not at every one.
 */
export const anyMatchOf = (patterns: readonly RegExp[]): ((text: string) => boolean) => {
  const groups = new Map<string, { flags: string; sources: string[] }>();
  for (const p of patterns) {
    if (/\\[1-9]|\\k</.test(p.source) || p.sticky) throw new TypeError(`anyMatchOf cannot join ${p}`);
    const flags = p.flags.replace(/[gd]/g, '');
    for (const alternative of topAlternatives(p.source)) {
      const key = `${flags}${alternative.startsWith('^') && !p.multiline ? '^' : ''}`;
      const group = groups.get(key) ?? groups.set(key, { flags, sources: [] }).get(key)!;
      group.sources.push(`(?:${alternative})`);
    }
  }
  const joined = [...groups.values()].map(({ flags, sources }) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((re) => re.test(text));
};
