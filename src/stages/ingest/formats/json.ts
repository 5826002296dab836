// JSON and JSONL inputs: one object, an array of objects, or one object per line.

import { InputRejected } from '../../../pipeline/errors.ts';
import type { RawArticle } from '../../../model/index.ts';

type Json = Record<string, unknown>;

const firstString = (o: Json, keys: string[]): string | null => {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
    // Some exports nest the outlet: {"source": {"name": "…"}}.
    if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return (v as Json).name as string;
  }
  return null;
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a JSON parse error happened, as "line N" (V8 reports a character position). */
export const describeJsonError = (err: unknown, text: string, lineOffset = 0): string => {
  const raw = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(raw);
  const message = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
  return `malformed JSON: ${message} at line ${line + lineOffset}`;
};

const rejectedEntry = (source: string, id: string, reason: string): RawArticle => ({
  id, source, format: 'json', body: '', rejected: reason,
});

/** One JSON value to a raw article; entries that are not usable become rejected entries. */
export const articleFromJson = (value: unknown, source: string, fallbackId: string): RawArticle => {
  if (!isObject(value)) return rejectedEntry(source, fallbackId, 'not a JSON object');
  const id = firstString(value, ['id', 'guid', 'uuid']) ?? fallbackId;
  const title = firstString(value, ['title', 'headline']);
  // A feed item or a failed scrape may carry only its headline: still a report, read from the headline.
  const body = firstString(value, ['text', 'body', 'content', 'article', 'maintext']) ?? title;
  if (!body) return rejectedEntry(source, id, 'no article text (expected a "text", "body" or "content" field, or at least a "title")');
  return {
    id,
    source,
    // HTML bodies go through the HTML cleaner.
    format: /^\s*</.test(body) && /<\/(p|div|span|a|br|li)>/i.test(body) ? 'html' : 'json',
    body,
    title,
    outlet: firstString(value, ['outlet', 'source', 'site', 'publisher', 'site_name']),
    published: firstString(value, ['published', 'date', 'pubDate', 'datePublished', 'published_at', 'publishedAt']),
    url: firstString(value, ['url', 'link']),
    language: firstString(value, ['language', 'lang']),
  };
};

/** A whole-file JSON document: an object, or an array of objects. */
export const parseJson = (text: string, source: string, fileId: string): RawArticle[] => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputRejected(describeJsonError(err, text));
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new InputRejected('no articles (empty JSON array)');
  return items.map((o, i) => articleFromJson(o, source, `${fileId}-${i + 1}`));
};

/**
 * JSON Lines: each broken line becomes a rejected entry (reported on its own, the rest still read);
 * the whole file is rejected only when no line is usable. A piece of a large file (`linesBefore` lines after its
 * start) gives the ids and line numbers the whole file would, and is never rejected whole.
 */
export const parseJsonLines = (text: string, source: string, fileId: string, linesBefore?: number): RawArticle[] => {
  const out: RawArticle[] = [];
  const lines = text.split('\n');
  const offset = linesBefore ?? 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const n = offset + i + 1;
    try {
      out.push(articleFromJson(JSON.parse(line), source, `${fileId}-${n}`));
    } catch (err) {
      out.push(rejectedEntry(source, `${fileId}-line-${n}`, describeJsonError(err, line, n - 1)));
    }
  });
  if (linesBefore === undefined && out.length > 0 && out.every((r) => r.rejected)) {
    throw new InputRejected(out.length === 1 ? out[0].rejected! : `no usable line; first: ${out[0].rejected}`);
  }
  return out;
};

/** Several lines that each start with "{": JSON Lines rather than one JSON document. */
export const looksLikeJsonLines = (text: string): boolean => {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'));
};
