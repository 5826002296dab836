// Stage `background`: earlier events an article recalls in passing, as clauses with their date and place.

import type { ArticleStage } from '../../pipeline/stage.ts';
import { findBackground } from './detect.ts';

export { findBackground } from './detect.ts';

export const backgroundStage: ArticleStage = {
  name: 'background',
  run: (doc) => ({ ...doc, background: findBackground(doc) }),
};
