// The dossier as JSON: the public contract (docs/dossier.md), written in pieces so large dossiers never sit in one string.

import type { Dossier } from '../model/index.ts';

const indent = (json: string, pad: string): string => json.replace(/\n/g, `\n${pad}`);

/** Yields exactly the text of JSON.stringify(dossier, null, 2) + newline, one array item at a time. */
export function* renderJsonChunks(dossier: Dossier): Generator<string> {
  const entries = Object.entries(dossier).filter(([, v]) => v !== undefined);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (const [j, item] of value.entries()) {
        yield `    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield '  ]';
    } else {
      yield indent(JSON.stringify(value, null, 2), '  ');
    }
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

export const renderJson = (dossier: Dossier): string => [...renderJsonChunks(dossier)].join('');
