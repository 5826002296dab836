// Which reader an input needs: by its extension, else by its first characters (stdin, unknown extensions).

import { looksLikeJsonLines } from './formats/json.ts';
import { looksLikeFeed } from './formats/feed.ts';
import { looksLikeMarkdown } from './markdown.ts';

export type Container = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const byExtension: Record<string, Container> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Guess from content alone. */
export const sniffContent = (text: string): Container => {
  const head = text.trimStart().slice(0, 2000);
  if (head.startsWith('{') || head.startsWith('[')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (looksLikeFeed(head)) return 'feed';
  if (/^(<\?xml[^>]*>\s*)?(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^<(p|div|article|section|h[1-6])[\s>]/i.test(head)) return 'html';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
};

/** The container of an input: the extension decides when known, except JSON saved as .json but written as lines. */
export const containerOf = (extension: string, text: string): Container => {
  const known = byExtension[extension.toLowerCase()];
  if (known === 'json' && looksLikeJsonLines(text)) return 'jsonl';
  if (known === 'feed' && !looksLikeFeed(text)) return sniffContent(text) === 'html' ? 'html' : 'feed';
  return known ?? sniffContent(text);
};
