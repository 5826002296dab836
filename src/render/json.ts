// The dossier as JSON: the public contract (docs/dossier.md).

import type { Dossier } from '../model/index.ts';

export const renderJson = (dossier: Dossier): string => `${JSON.stringify(dossier, null, 2)}\n`;
