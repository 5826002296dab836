// Entities across events and ingest runs: one id for the same entity wherever it appears, spelled however.

import type { EventEntity } from '../../model/index.ts';
import { nameKey } from '../mentions/gazetteer/normalize.ts';
import { aliasCanonical, aliasGroup } from './aliases.ts';
import { sameOrganization, samePerson } from './resolve.ts';
import { isAcronym, nameTokens, sounds } from './similarity.ts';

export interface EntityRegistry {
  /**
   * Gives the entity the id it already has elsewhere: one of its full names, its gazetteer place or its
   * known group is known, or a spelling variant of one of its full names is (explained in mergedBecause).
   */
  register: (e: EventEntity) => EventEntity;
  size: () => number;
}

/** A full name seen in an earlier event, kept to match spelling variants against. */
interface Known {
  name: string;
  tokens: string[];
  id: string;
}

// Single words ("Sharif") and acronyms are too ambiguous across events to link on alone; a known group's are not.
const keysOf = (e: EventEntity): string[] => {
  const keys = fullNames(e).map((n) => `${e.type}|${nameKey(n)}`);
  if (e.place?.key) keys.push(`place|${e.place.key}`);
  if (e.type !== 'person' && e.type !== 'location') {
    for (const n of [e.name, ...e.aliases]) {
      const g = aliasGroup(n);
      if (g !== null) keys.push(`group|${aliasCanonical(g)}`);
    }
  }
  return keys;
};

const fullNames = (e: EventEntity): string[] => [e.name, ...e.aliases].filter((n) => nameTokens(n).length >= 2 && !isAcronym(n));

/**
 * Where spelling variants of a name are looked for: its type and the sounds of its first and last words
 * (Shahbaz Sharif ~ Shehbaz Shareef), so that a store of many Smiths compares few names.
 */
const bucketOf = (type: string, tokens: string[]): string => `${type}|${sounds(tokens[0])[0]}|${sounds(tokens[tokens.length - 1])[0]}`;

/** A registry for one run (or store): the first id seen for a name wins. */
export const createEntityRegistry = (): EntityRegistry => {
  const ids = new Map<string, string>();
  const buckets = new Map<string, Known[]>();
  /** The id of a spelling variant of one of the entity's full names seen before, with the reason. */
  const variantOf = (e: EventEntity): { id: string; why: string } | null => {
    if (e.type !== 'person' && e.type !== 'organization') return null;
    for (const name of fullNames(e)) {
      const tokens = nameTokens(name);
      for (const k of buckets.get(bucketOf(e.type, tokens)) ?? []) {
        const why = e.type === 'person' ? samePerson(tokens, k.tokens) : sameOrganization(name, k.name);
        if (why) return { id: k.id, why: `"${name}" is "${k.name}" of another event: ${why}` };
      }
    }
    return null;
  };
  return {
    register: (e) => {
      const keys = keysOf(e);
      const known = keys.map((k) => ids.get(k)).find(Boolean);
      const variant = known ? null : variantOf(e);
      const id = known ?? variant?.id ?? e.id;
      for (const k of keys) if (!ids.has(k)) ids.set(k, id);
      if (e.type === 'person' || e.type === 'organization') {
        for (const name of fullNames(e)) {
          const tokens = nameTokens(name);
          const bucket = bucketOf(e.type, tokens);
          const list = buckets.get(bucket) ?? [];
          if (!list.length) buckets.set(bucket, list);
          if (!list.some((k) => k.name === name)) list.push({ name, tokens, id });
        }
      }
      if (id === e.id) return e;
      return variant ? { ...e, id, mergedBecause: [...(e.mergedBecause ?? []), variant.why] } : { ...e, id };
    },
    size: () => new Set(ids.values()).size,
  };
};
