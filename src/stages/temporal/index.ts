// Stage `temporal`: dates and times resolved against the publication date (placeholder, to be built).

import type { ArticleStage } from '../../pipeline/stage.ts';

export const temporalStage: ArticleStage = {
  name: 'temporal',
  run: (x) => x,
};
