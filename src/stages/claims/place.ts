// The place claim of one report: where the report says its event happened, as the event's vote reads it.

import type { Claim, Doc } from '../../model/index.ts';
import { reportPlace } from '../mentions/place.ts';

/** The report's place (mentions.reportPlace, the same ranking the event votes with), cited at the mention naming it. */
export const placeClaim = (doc: Doc): Claim[] => {
  const best = reportPlace(doc);
  // A report that names no place of its own (its outlet's home town won) has no words to cite.
  const m = best?.mention;
  if (!best || !m) return [];
  return [{ slot: 'place', value: best.place.name, evidence: { articleId: doc.article.id, start: m.start, end: m.end, text: doc.article.text.slice(m.start, m.end) }, attribution: null, hedge: null, backgroundRef: null }];
};
