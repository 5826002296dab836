// Stage `background`: earlier events an article recalls in passing (placeholder, to be built).

import type { ArticleStage } from '../../pipeline/stage.ts';

export const backgroundStage: ArticleStage = {
  name: 'background',
  run: (x) => x,
};
