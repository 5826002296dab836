// Stage `mentions`: person, organization and place mentions, geocoded (placeholder, to be built).

import type { ArticleStage } from '../../pipeline/stage.ts';

export const mentionsStage: ArticleStage = {
  name: 'mentions',
  run: (x) => x,
};
