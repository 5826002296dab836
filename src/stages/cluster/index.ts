// Stage `cluster`: groups articles into events (placeholder: one event per article).

import type { Event } from '../../model/index.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';

const eventOf = (articleId: string, title: string | null): Event => ({
  id: `ev-${articleId}`,
  title: title ?? articleId,
  type: 'unknown',
  articleIds: [articleId],
  mentionedIn: [],
  background: false,
  when: { date: null, time: null, precision: null },
  where: null,
  facts: [],
  entities: [],
  timeline: [],
  summary: [],
  reasons: [],
});

export const clusterStage: CorpusStage = {
  name: 'cluster',
  run: (corpus) => ({ ...corpus, events: corpus.docs.map((d) => eventOf(d.article.id, d.article.title)) }),
};
