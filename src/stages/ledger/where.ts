// Where an event happened: the place its reports vote for.

import type { Doc, Fact, Place } from '../../model/index.ts';
import { placeInMetro } from '../mentions/gazetteer/index.ts';
import { eventPlace } from '../mentions/place.ts';

/**
 * Where: the place the reports vote for (mentions.eventPlace: one vote per independent report, weighed by
 * the same ranking that gives each report's place claim), else the place behind the leading place fact; a town
 * of a big city's metro area named under that city, as postal addresses name it ("Dallas (DeSoto)").
 */
export const whereOf = (facts: Fact[], docs: Doc[]): Place | null => {
  const place = votedPlace(facts, docs);
  return place ? placeInMetro(place) : null;
};

const votedPlace = (facts: Fact[], docs: Doc[]): Place | null => {
  const voted = eventPlace(docs);
  if (voted) return voted.place;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const e of facts.find((f) => f.slot === 'place')?.values[0]?.evidence ?? []) {
    const m = byId.get(e.articleId)?.mentions.find((x) => x.start === e.start && x.end === e.end && x.place);
    if (m?.place) return m.place;
  }
  return null;
};
