// Stage `annotate`: sentences, tokens and numbers for every article.

import type { ArticleStage } from '../../pipeline/stage.ts';
import { findNumbers } from './numbers.ts';
import { segment } from './tokenize.ts';

export const annotateStage: ArticleStage = {
  name: 'annotate',
  run: (doc) => ({ ...doc, ...segment(doc.article.text), numbers: findNumbers(doc.article.text, doc.article.id) }),
};
