// Stage `mentions`: person, organization and place mentions, typed by cues and geocoded offline.

import type { ArticleStage } from '../../pipeline/stage.ts';
import { extractMentions } from './extract.ts';

export { extractMentions } from './extract.ts';
export { pickPlace } from './place.ts';

export const mentionsStage: ArticleStage = {
  name: 'mentions',
  run: (doc) => ({ ...doc, mentions: extractMentions(doc.article.id, doc.article.text, doc.tokens, doc.sentences, doc.article.outlet ?? doc.article.url) }),
};
