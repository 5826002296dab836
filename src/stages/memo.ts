// Bounded caches for lookups repeated across articles, whose keys never keep alive the article text they were cut from.

/**
 * A copy of a string that shares no memory with the text it was sliced from: V8 keeps a slice's whole parent alive,
 * so a name kept as a cache key would hold its article's text (20 KB for a word) as long as the cache keeps it.
 */
export const ownCopy = (s: string): string => (' ' + s).slice(1);

/** Remembers a function's answers, forgetting them all once `limit` are kept (a long run's memory stays bounded). */
export const memoize = <V extends {} | null>(fn: (key: string) => V, limit: number): ((key: string) => V) => {
  const kept = new Map<string, V>();
  return (key) => {
    const hit = kept.get(key);
    if (hit !== undefined) return hit;
    if (kept.size >= limit) kept.clear();
    const value = fn(key);
    kept.set(ownCopy(key), value);
    return value;
  };
};
