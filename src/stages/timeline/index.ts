// Stage `timeline`: dated developments per event (placeholder, to be built).

import type { CorpusStage } from '../../pipeline/stage.ts';

export const timelineStage: CorpusStage = {
  name: 'timeline',
  run: (x) => x,
};
