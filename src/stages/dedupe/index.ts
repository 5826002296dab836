// Stage `dedupe`: exact and near duplicates, wire copies and relays (placeholder, to be built).

import type { CorpusStage } from '../../pipeline/stage.ts';

export const dedupeStage: CorpusStage = {
  name: 'dedupe',
  run: (x) => x,
};
