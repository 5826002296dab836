// The place a set of mentions is mostly about: dateline first, then the most named town.

import type { Mention, Place } from '../../model/index.ts';

const level = (p: Place): number => {
  if (p.key?.startsWith('country:')) return 0.3;
  // A town the gazetteer lacks, placed in its area ("Hermitage", Tennessee), counts as a town.
  if (p.key?.startsWith('admin:') && p.key.split(':').length < 3) return 1;
  return 3;
};

/** The best-supported place among located mentions, or null when none is located. */
export const pickPlace = (mentions: readonly Mention[]): Place | null => {
  const score = new Map<string, { place: Place; score: number }>();
  for (const m of mentions) {
    if (!m.place || m.type !== 'location') continue;
    const key = m.place.key ?? `${m.place.name}|${m.place.country}`;
    const s = level(m.place) * (m.source === 'dateline' ? 4 : 1) * (m.source === 'demonym' ? 0.5 : 1);
    const cur = score.get(key) ?? { place: m.place, score: 0 };
    cur.score += s;
    score.set(key, cur);
  }
  let best: { place: Place; score: number } | null = null;
  for (const v of score.values()) if (!best || v.score > best.score) best = v;
  return best?.place ?? null;
};
