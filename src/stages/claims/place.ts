// The place claim of one report: where the report says its event happened.

import type { Claim, Doc, Mention } from '../../model/index.ts';
import { sentencesOf } from './context.ts';

/** The article's main place: its most often named geocoded town outside background spans (early mentions weigh double). */
export const placeClaim = (doc: Doc): Claim[] => {
  const early = sentencesOf(doc)[2]?.end ?? Infinity;
  const counts = new Map<string, { n: number; first: Mention; town: boolean }>();
  for (const m of doc.mentions) {
    if (!m.place || m.type !== 'location' || m.source === 'demonym') continue;
    if (doc.background.some((b) => b.start <= m.start && m.end <= b.end)) continue;
    const key = m.place.key ?? `${m.place.name}|${m.place.admin}|${m.place.country}`;
    const c = counts.get(key) ?? { n: 0, first: m, town: Boolean(m.place.admin) };
    c.n += m.start < early ? 2 : 1;
    counts.set(key, c);
  }
  const all = [...counts.values()];
  const towns = all.filter((c) => c.town);
  const best = (towns.length ? towns : all).sort((a, b) => b.n - a.n || a.first.start - b.first.start)[0];
  if (!best) return [];
  const m = best.first;
  return [{ slot: 'place', value: m.place!.name, evidence: { articleId: doc.article.id, start: m.start, end: m.end, text: doc.article.text.slice(m.start, m.end) }, attribution: null, hedge: null, backgroundRef: null }];
};
