// Stage `claims`: what each article states about each event field (placeholder, to be built).

import type { ArticleStage } from '../../pipeline/stage.ts';

export const claimsStage: ArticleStage = {
  name: 'claims',
  run: (x) => x,
};
