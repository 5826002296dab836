// Articles: what ingest reads (raw) and what every later stage works on (cleaned).

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'feed';

/** One report as found in an input, before cleaning. `body` is decoded text (HTML still as HTML). */
export interface RawArticle {
  id: string;
  source: string;
  format: InputFormat;
  body: string;
  /** Metadata the container gave explicitly (JSON fields, feed items, HTML meta tags). */
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  /** Set when one entry of a container (a JSONL line, a feed item) is unusable: cleaning rejects it with this reason. */
  rejected?: string | null;
}

/** A cleaned article. Every span of every annotation indexes into `text`. */
export interface Article {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** ISO date or datetime; null when unknown. */
  published: string | null;
  language: string | null;
  text: string;
  /** Id of the article this one is an exact or near copy of. */
  duplicateOf: string | null;
  /** Wire services or outlets this report relays ("according to AFP"). */
  dependsOn: string[];
}
