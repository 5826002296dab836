// Stage `annotate`: sentences and tokens for every article.

import type { ArticleStage } from '../../pipeline/stage.ts';
import { segment } from './tokenize.ts';

export const annotateStage: ArticleStage = {
  name: 'annotate',
  run: (doc) => ({ ...doc, ...segment(doc.article.text) }),
};
