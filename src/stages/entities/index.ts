// Stage `entities`: one entity per real person, group and place across reports (placeholder, to be built).

import type { CorpusStage } from '../../pipeline/stage.ts';

export const entitiesStage: CorpusStage = {
  name: 'entities',
  run: (x) => x,
};
