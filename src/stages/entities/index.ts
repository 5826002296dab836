// Stage `entities`: one entity per real person, group and place across the reports of each event.

import type { Doc, Mention } from '../../model/index.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { createEntityRegistry } from './registry.ts';
import { resolveEntities } from './resolve.ts';

export { resolveEntities } from './resolve.ts';
export { createEntityRegistry, type EntityRegistry } from './registry.ts';

const mentionsOf = (ids: readonly string[], byId: Map<string, Doc>): Mention[] =>
  ids.flatMap((id) => byId.get(id)?.mentions ?? []);

export const entitiesStage: CorpusStage = {
  name: 'entities',
  run: (corpus) => {
    const byId = new Map(corpus.docs.map((d) => [d.article.id, d]));
    const registry = createEntityRegistry();
    const events = corpus.events.map((ev) => {
      // A background event has no reports of its own: its entities come from the reports recalling it.
      const ids = ev.articleIds.length ? ev.articleIds : [];
      const entities = resolveEntities(mentionsOf(ids, byId)).map(registry.register);
      return { ...ev, entities };
    });
    return { ...corpus, events };
  },
};
