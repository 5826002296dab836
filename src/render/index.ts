// Picks the renderer for an output format.

import type { OutputFormat } from '../config/config.ts';
import type { Dossier } from '../model/index.ts';
import { renderHtml } from './html.ts';
import { renderJsonChunks } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderText } from './text.ts';

/** Each renderer yields the report in pieces; only JSON needs more than one (large corpora). */
export const renderers: Record<OutputFormat, (dossier: Dossier) => Iterable<string>> = {
  json: renderJsonChunks,
  text: (d) => [renderText(d)],
  md: (d) => [renderMarkdown(d)],
  html: (d) => [renderHtml(d)],
};

export const renderChunks = (dossier: Dossier, format: OutputFormat): Iterable<string> => renderers[format](dossier);

export const render = (dossier: Dossier, format: OutputFormat): string => [...renderChunks(dossier, format)].join('');
