// HTML pages: metadata from meta tags, JSON-LD and <time>; text through Readability, else a tag stripper.

import { createRequire } from 'node:module';

// Loaded on the first HTML input only: most runs read text or JSON and should not pay for a DOM.
const require = createRequire(import.meta.url);
let libs: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
const dom = () =>
  (libs ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  });

export interface HtmlMeta {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
}

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FORM', 'BUTTON', 'SELECT']);
/** Page chrome the fallback drops; Readability already removes it on its own. */
const chromeTags = new Set(['HEADER', 'FOOTER', 'ASIDE']);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

const collectText = (node: DomNode, out: string[], dropChrome: boolean) => {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (skippedTags.has(tag) || (dropChrome && chromeTags.has(tag))) return;
  const block = blockTags.has(tag);
  if (block) out.push('\n');
  for (const child of Array.from(node.childNodes)) collectText(child, out, dropChrome);
  if (block) out.push('\n');
};

/** Text of a DOM subtree with one line per block element. */
const blockText = (node: DomNode, dropChrome: boolean): string => {
  const out: string[] = [];
  collectText(node, out, dropChrome);
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
};

const parse = (html: string) => dom().parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;

const metaContent = (doc: Document, ...names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

/** datePublished / publisher of the first JSON-LD block that has them (NewsArticle and kin). */
const jsonLdFields = (doc: Document): { published: string | null; outlet: string | null; headline: string | null } => {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const graph = (data as { '@graph'?: unknown[] })?.['@graph'];
    const items = (Array.isArray(data) ? data : Array.isArray(graph) ? graph : [data]) as Record<string, unknown>[];
    for (const item of items) {
      if (!item || typeof item !== 'object' || !item.datePublished) continue;
      const publisher = item.publisher as { name?: string } | undefined;
      return {
        published: String(item.datePublished),
        outlet: typeof publisher?.name === 'string' ? publisher.name : null,
        headline: typeof item.headline === 'string' ? item.headline : null,
      };
    }
  }
  return { published: null, outlet: null, headline: null };
};

/** Metadata a page states about itself. */
export const readHtmlMeta = (html: string): HtmlMeta => {
  const doc = parse(html);
  const ld = jsonLdFields(doc);
  const title =
    metaContent(doc, 'og:title', 'twitter:title') ?? ld.headline ?? doc.querySelector('title')?.textContent?.trim() ?? doc.querySelector('h1')?.textContent?.trim() ?? null;
  return {
    title: title || null,
    outlet: metaContent(doc, 'og:site_name', 'application-name') ?? ld.outlet,
    published:
      metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued') ??
      ld.published ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url'),
    language: doc.documentElement?.getAttribute('lang') || null,
  };
};

/** Below this many characters Readability's pick is taken as a miss. */
const minReadableLength = 80;

/** The article text of a page (or an HTML fragment), one paragraph a line. */
export const htmlToText = (html: string): string => {
  try {
    const article = new (dom().Readability)(parse(html) as unknown as Document, { serializer: (n: Node) => n }).parse();
    const content = article?.content as unknown as DomNode | null | undefined;
    const text = content ? blockText(content, false) : '';
    if (text.length >= minReadableLength) return text;
  } catch {
    // Readability fails on some fragments; the tag stripper below still gives the text.
  }
  const doc = parse(html);
  return blockText((doc.body ?? doc) as unknown as DomNode, true);
};
