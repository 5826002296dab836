// Where an event happened: the place its reports vote for.

import type { Doc, Fact, Place } from '../../model/index.ts';
import { pickPlace } from '../mentions/place.ts';

/**
 * Where: the place the reports vote for (mentions.pickPlace: one vote per report, dateline and lead
 * weigh most, a town over its county, state or country), leaving out places of earlier events recalled
 * in passing; else the place behind the leading place fact's evidence.
 */
export const whereOf = (facts: Fact[], docs: Doc[]): Place | null => {
  const current = docs.flatMap((d) => d.mentions.filter((m) => !d.background.some((b) => b.start <= m.start && m.end <= b.end)));
  // A place named only in a recalled passage still beats none.
  const texts = new Map(docs.map((d) => [d.article.id, d.article.text]));
  const textOf = (id: string) => texts.get(id) ?? null;
  const picked = pickPlace(current, textOf) ?? pickPlace(docs.flatMap((d) => d.mentions), textOf);
  if (picked) return picked;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const e of facts.find((f) => f.slot === 'place')?.values[0]?.evidence ?? []) {
    const m = byId.get(e.articleId)?.mentions.find((x) => x.start === e.start && x.end === e.end && x.place);
    if (m?.place) return m.place;
  }
  return null;
};
