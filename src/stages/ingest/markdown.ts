// Markdown to plain text: syntax goes, words stay; front matter gives title and date.

export interface MarkdownText {
  text: string;
  title: string | null;
  published: string | null;
}

const frontMatter = /^---\n([\s\S]*?)\n---\n/;

const frontField = (block: string, ...keys: string[]): string | null => {
  for (const k of keys) {
    const m = new RegExp(`^${k}:\\s*["']?(.+?)["']?\\s*$`, 'mi').exec(block);
    if (m) return m[1];
  }
  return null;
};

const stripInline = (line: string): string =>
  line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1');

const stripLine = (line: string): string | null => {
  if (/^\s*(```|~~~)/.test(line)) return null;
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return null;
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  return stripInline(
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, ''),
  );
};

export const stripMarkdown = (source: string): MarkdownText => {
  const fm = frontMatter.exec(source);
  const body = fm ? source.slice(fm[0].length) : source;
  const lines = body.split('\n').map(stripLine).filter((l): l is string => l !== null);
  return {
    text: lines.join('\n'),
    title: fm ? frontField(fm[1], 'title') : null,
    published: fm ? frontField(fm[1], 'date', 'published') : null,
  };
};

/** Signs of Markdown in text of unknown format (stdin). */
export const looksLikeMarkdown = (text: string): boolean => {
  const head = text.slice(0, 4000);
  const signs = [/^#{1,6} \S/m, /\[[^\]]+\]\(https?:[^)]+\)/, /^\s*[-*] \S/m, /\*\*\S[^*]*\*\*/, /^---\n[a-z]+:/];
  return signs.filter((r) => r.test(head)).length >= 2;
};
