// Stage `dedupe`: marks exact and near copies (duplicateOf) and the sources each report relays (dependsOn).

import type { Doc } from '../../model/index.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { findDuplicates } from './near-duplicates.ts';
import { findRelays, isSelf } from './relays.ts';

const withRelays = (doc: Doc): string[] => {
  const { dependsOn, text, outlet } = doc.article;
  return [...new Set([...dependsOn, ...findRelays(text)])].filter((r) => !isSelf(r, outlet));
};

export const dedupeStage: CorpusStage = {
  name: 'dedupe',
  run: (corpus) => {
    const copies = findDuplicates(corpus.docs.map((d) => d.article));
    const docs = corpus.docs.map((doc) => ({
      ...doc,
      article: { ...doc.article, duplicateOf: copies.get(doc.article.id) ?? null, dependsOn: withRelays(doc) },
    }));
    return { ...corpus, docs };
  },
};
