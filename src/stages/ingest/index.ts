// Stage `ingest`: reads inputs of every supported format into raw articles, and cleans them.

import { basename, extname } from 'node:path';
import type { Article, RawArticle } from '../../model/index.ts';
import type { InputFile } from '../../ports/source.ts';
import { decodeBytes } from './decode.ts';
import { parseFeed } from './formats/feed.ts';
import { readHtmlMeta } from './formats/html.ts';
import { parseJson, parseJsonLines } from './formats/json.ts';
import { containerOf } from './sniff.ts';

import { cleanArticle as cleanBody } from './clean.ts';

/** Letters and digits only, lower-cased: how a headline and the start of a body are compared. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The headline as the first paragraph of the text, unless the body already opens with it: headlines often carry
 * the only count or place ("2 dead, 3 hurt in ..."), and in the text every stage can read and cite them.
 */
export const withHeadline = (article: Article): Article => {
  const title = article.title?.trim();
  if (!title || !squash(title) || squash(article.text.slice(0, title.length + 40)).startsWith(squash(title))) return article;
  return { ...article, text: `${title}\n\n${article.text}` };
};

export const cleanArticle = (raw: RawArticle): Article => withHeadline(cleanBody(raw));

/** Stdin has no name; its articles are called "stdin", "stdin-2"… */
const fileIdOf = (source: string) => (source === '-' ? 'stdin' : basename(source, extname(source)));

/**
 * One input to raw articles. A bad input throws InputRejected with the reason; in containers of many
 * articles (JSONL, feeds) a bad entry comes back with `rejected` set, so the rest of the file is still read
 * and that entry is reported on its own when cleaned.
 */
export const parseInput = (file: InputFile): RawArticle[] => {
  const text = decodeBytes(file.bytes);
  const id = fileIdOf(file.source);
  const { source } = file;
  switch (containerOf(file.source === '-' ? '' : extname(file.source), text)) {
    case 'json':
      return parseJson(text, source, id);
    case 'jsonl':
      return parseJsonLines(text, source, id, file.linesBefore);
    case 'feed':
      return parseFeed(text, source, id);
    case 'html': {
      const meta = readHtmlMeta(text);
      return [{ id, source, format: 'html', body: text, ...meta }];
    }
    case 'markdown':
      return [{ id, source, format: 'markdown', body: text }];
    default:
      return [{ id, source, format: 'text', body: text }];
  }
};
