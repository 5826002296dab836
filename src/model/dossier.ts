// The dossier: the public, versioned JSON output (see docs/dossier.md).

import type { Article } from './article.ts';
import type { Event } from './event.ts';

export interface InputError {
  source: string;
  articleId: string | null;
  stage: string;
  message: string;
}

export interface Dossier {
  version: 1;
  generatedAt: string;
  articles: Article[];
  events: Event[];
  errors: InputError[];
}
