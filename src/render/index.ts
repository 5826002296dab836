// Picks the renderer for an output format.

import type { OutputFormat } from '../config/config.ts';
import type { Dossier } from '../model/index.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderText } from './text.ts';

export const renderers: Record<OutputFormat, (dossier: Dossier) => string> = {
  json: renderJson,
  text: renderText,
  md: renderMarkdown,
  html: renderHtml,
};

export const render = (dossier: Dossier, format: OutputFormat): string => renderers[format](dossier);
