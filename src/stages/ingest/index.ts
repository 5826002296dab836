// Stage `ingest`: parses inputs into raw articles and cleans them (placeholder: plain text only).

import { basename, extname } from 'node:path';
import type { Article, RawArticle } from '../../model/index.ts';
import type { InputFile } from '../../ports/source.ts';

export const parseInput = (file: InputFile): RawArticle[] => {
  const id = basename(file.source, extname(file.source));
  return [{ id, source: file.source, format: 'text', body: new TextDecoder().decode(file.bytes) }];
};

export const cleanArticle = (raw: RawArticle): Article => ({
  id: raw.id,
  source: raw.source,
  url: raw.url ?? null,
  outlet: raw.outlet ?? null,
  title: raw.title ?? null,
  published: raw.published ?? null,
  language: raw.language ?? null,
  text: raw.body,
  duplicateOf: null,
  dependsOn: [],
});
