// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item one raw article, its HTML left to the HTML cleaner.

import { createRequire } from 'node:module';
import { InputRejected } from '../../../pipeline/errors.ts';
import type { RawArticle } from '../../../model/index.ts';

type Node = Record<string, unknown>;

// Loaded on the first feed only, like the DOM for HTML.
const require = createRequire(import.meta.url);
type Parser = import('fast-xml-parser').XMLParser;
let parser: Parser | null = null;
const xml = (): Parser =>
  (parser ??= new (require('fast-xml-parser') as typeof import('fast-xml-parser')).XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    trimValues: true,
  }));

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Text of an element that may carry attributes (then its text sits under "#text"). */
const textOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return textOf((v as Node)['#text']);
  return null;
};

const firstText = (item: Node, keys: string[]): string | null => {
  for (const k of keys) {
    const t = textOf(asArray(item[k])[0]);
    if (t) return t;
  }
  return null;
};

/** Atom links are elements with href; the alternate (or first) one is the article's page. */
const linkOf = (item: Node): string | null => {
  const links = asArray(item.link as unknown);
  const atom = links.filter((l): l is Node => typeof l === 'object' && l !== null && '@_href' in l);
  if (atom.length) return String((atom.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? atom[0])['@_href']);
  return textOf(links[0]);
};

/** A short stable key, so that the same item read again tomorrow keeps its id. */
const hashKey = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};

const itemToRaw = (item: Node, source: string, fileId: string, n: number, outlet: string | null): RawArticle => {
  const body = firstText(item, ['content:encoded', 'content', 'description', 'summary']);
  const key = firstText(item, ['guid', 'id']) ?? linkOf(item);
  const id = `${fileId}-${key ? hashKey(key) : n}`;
  const base = {
    id,
    source,
    title: firstText(item, ['title']),
    outlet,
    published: firstText(item, ['pubDate', 'published', 'dc:date', 'updated']),
    url: linkOf(item),
  };
  if (!body) return { ...base, format: 'feed', body: '', rejected: 'feed item without description or content' };
  return { ...base, format: 'html', body };
};

/** True when XML text is an RSS, RDF or Atom feed. */
export const looksLikeFeed = (text: string): boolean => /<(rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, 2000));

export const parseFeed = (text: string, source: string, fileId: string): RawArticle[] => {
  let doc: Node;
  try {
    doc = xml().parse(text, true) as Node;
  } catch (err) {
    throw new InputRejected(`malformed XML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  const items = asArray((channel?.item ?? rdf?.item ?? atom?.entry) as Node | Node[] | undefined);
  if (!rss && !rdf && !atom) throw new InputRejected('XML is not an RSS or Atom feed');
  if (items.length === 0) throw new InputRejected('feed has no items');
  const outlet = channel ? firstText(channel, ['title']) : atom ? firstText(atom, ['title']) : null;
  return items.map((item, i) => itemToRaw(item, source, fileId, i + 1, outlet));
};
