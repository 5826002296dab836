// Stage `ingest`: parses inputs into raw articles and cleans them (placeholder: text, JSON, JSONL).

import { basename, extname } from 'node:path';
import type { Article, RawArticle } from '../../model/index.ts';
import type { InputFile } from '../../ports/source.ts';

type JsonArticle = { id?: string; text?: string; body?: string; title?: string; outlet?: string; published?: string; url?: string };

const fromJson = (o: JsonArticle, source: string, fallbackId: string): RawArticle => ({
  id: String(o.id ?? fallbackId),
  source,
  format: 'json',
  body: String(o.text ?? o.body ?? ''),
  title: o.title ?? null,
  outlet: o.outlet ?? null,
  published: o.published ?? null,
  url: o.url ?? null,
});

export const parseInput = (file: InputFile): RawArticle[] => {
  const ext = extname(file.source).toLowerCase();
  const id = basename(file.source, ext);
  const body = new TextDecoder().decode(file.bytes);
  if (ext === '.jsonl') {
    return body.split('\n').filter((l) => l.trim()).map((l, i) => fromJson(JSON.parse(l), file.source, `${id}-${i + 1}`));
  }
  if (ext === '.json') {
    const data = JSON.parse(body) as JsonArticle | JsonArticle[];
    return (Array.isArray(data) ? data : [data]).map((o, i) => fromJson(o, file.source, `${id}-${i + 1}`));
  }
  return [{ id, source: file.source, format: 'text', body }];
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
