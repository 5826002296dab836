// From a raw article to the cleaned one: text out of its format, debris and metadata lines out, language in.

import type { Article, RawArticle } from '../../model/index.ts';
import { InputRejected } from '../../pipeline/errors.ts';
import { wiresIn } from '../dedupe/wires.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { normalizeDate } from './dates.ts';
import { htmlToText } from './formats/html.ts';
import { detectLanguage, normalizeLanguage, sampleLength } from './language.ts';
import { stripMarkdown } from './markdown.ts';
import { extractTextMeta } from './metadata.ts';
import { joinLines, normalizeLines } from './normalize.ts';
import { cleanTitle } from './titles.ts';

interface Extracted {
  text: string;
  title: string | null;
  published: string | null;
}

/** Plain text of the body, whatever its format, plus metadata only the format knows (Markdown front matter). */
const extractText = (raw: RawArticle): Extracted => {
  if (raw.format === 'html') return { text: htmlToText(raw.body), title: null, published: null };
  if (raw.format === 'markdown') return stripMarkdown(raw.body);
  return { text: raw.body, title: null, published: null };
};

export const cleanArticle = (raw: RawArticle): Article => {
  if (raw.rejected) throw new InputRejected(raw.rejected);
  const extracted = extractText(raw);
  const { lines, credits } = removeBoilerplate(normalizeLines(extracted.text));
  const outlet = raw.outlet?.trim() || null;
  const meta = extractTextMeta(lines, {
    title: cleanTitle(raw.title ?? extracted.title, outlet),
    published: normalizeDate(raw.published) ?? normalizeDate(extracted.published),
    url: raw.url ?? null,
  });
  // A report that is only a headline still says something: its headline becomes its text.
  const text = joinLines(meta.lines) || (meta.title ?? '');
  if (!text) throw new InputRejected('no article text left after removing page debris');
  return {
    id: raw.id,
    source: raw.source,
    url: meta.url,
    outlet,
    title: meta.title,
    published: meta.published,
    // Only the head is read: joining the whole text to the title would copy all of it for nothing.
    language: normalizeLanguage(raw.language) ?? detectLanguage(`${meta.title ?? ''}\n${text.slice(0, sampleLength)}`),
    text,
    duplicateOf: null,
    // Copyright and byline credits are cut from the text, so the wires they name are kept here; dedupe adds the rest.
    dependsOn: [...new Set(credits.flatMap(wiresIn))],
  };
};
