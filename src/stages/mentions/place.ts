// The place a set of mentions is mostly about: dateline first, then the town named early and often.

import type { Mention, Place } from '../../model/index.ts';

/** Towns weigh most; counties, states and countries only locate the story loosely. */
const level = (p: Place): number => {
  if (p.key?.startsWith('country:')) return 0.3;
  if (/\b(county|parish)$/i.test(p.name)) return 1;
  // A town the gazetteer lacks, placed in its area ("Hermitage", Tennessee), counts as a town.
  if (p.key?.startsWith('admin:') && p.key.split(':').length < 3) return 1;
  return 3;
};

const sourceWeight = (m: Mention): number =>
  m.source === 'dateline' ? 4 : m.source === 'demonym' ? 0.5 : m.source === 'org-name' ? 0.7 : 1;

/** The best-supported place among located mentions, or null when none is located. */
export const pickPlace = (mentions: readonly Mention[]): Place | null => {
  const score = new Map<string, { place: Place; score: number }>();
  const areas = new Map<string, number>();
  const firstTown = new Map<string, string>();
  for (const m of mentions) {
    if (!m.place || m.type !== 'location') continue;
    const key = m.place.key ?? `${m.place.name}|${m.place.country}`;
    const cur = score.get(key) ?? { place: m.place, score: 0 };
    cur.score += level(m.place) * sourceWeight(m);
    score.set(key, cur);
    const area = `${m.place.country}|${m.place.admin}`;
    areas.set(area, (areas.get(area) ?? 0) + 1);
    // The lead of each report names its town first.
    if (level(m.place) === 3 && !firstTown.has(m.articleId)) firstTown.set(m.articleId, key);
  }
  for (const key of firstTown.values()) score.get(key)!.score += 2;
  const total = [...areas.values()].reduce((a, b) => a + b, 0) || 1;
  let best: { place: Place; score: number } | null = null;
  for (const v of score.values()) {
    const s = v.score + 3 * ((areas.get(`${v.place.country}|${v.place.admin}`) ?? 0) / total);
    if (!best || s > best.score) best = { place: v.place, score: s };
  }
  return best?.place ?? null;
};
