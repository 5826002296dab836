// The dossier as a readable terminal report (placeholder layout).

import type { Dossier } from '../model/index.ts';

export const renderText = (dossier: Dossier): string => {
  const lines: string[] = [];
  lines.push(`${dossier.articles.length} articles, ${dossier.events.length} events`);
  for (const ev of dossier.events) {
    lines.push('', `# ${ev.title}  [${ev.id}]`, `  reports: ${ev.articleIds.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
};
