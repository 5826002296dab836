// Entities across events: one id for the same entity wherever it appears (keyed by its folded names).

import type { EventEntity } from '../../model/index.ts';
import { nameKey } from '../mentions/gazetteer/normalize.ts';
import { nameTokens } from './similarity.ts';

export interface EntityRegistry {
  /** Gives the entity the id it already has elsewhere, when one of its full names or its place is known. */
  register: (e: EventEntity) => EventEntity;
  size: () => number;
}

// Single words ("Sharif") and acronyms are too ambiguous across events to link on alone.
const keysOf = (e: EventEntity): string[] => {
  const keys = [e.name, ...e.aliases].filter((n) => nameTokens(n).length >= 2).map((n) => `${e.type}|${nameKey(n)}`);
  if (e.place?.key) keys.push(`place|${e.place.key}`);
  return keys;
};

/** A registry for one run (or store): the first id seen for a name wins. */
export const createEntityRegistry = (): EntityRegistry => {
  const ids = new Map<string, string>();
  return {
    register: (e) => {
      const keys = keysOf(e);
      const known = keys.map((k) => ids.get(k)).find(Boolean);
      const id = known ?? e.id;
      for (const k of keys) if (!ids.has(k)) ids.set(k, id);
      return id === e.id ? e : { ...e, id };
    },
    size: () => new Set(ids.values()).size,
  };
};
