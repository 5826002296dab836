// Stage `summary`: a short summary per event, each sentence citing its reports (placeholder, to be built).

import type { CorpusStage } from '../../pipeline/stage.ts';

export const summaryStage: CorpusStage = {
  name: 'summary',
  run: (x) => x,
};
