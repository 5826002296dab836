// Puts equal things under one name before counting: entity aliases, a branch and its parent group, "embassy" and "Pakistani embassy".

import type { EventEntity, Slot } from '../../model/index.ts';
import { canonicalGroup, parentGroup } from '../claims/actors.ts';
import type { Statement } from './reconcile.ts';

const nameSlots = new Set<Slot>(['claimedBy', 'perpetrator']);
const mergeSlots = new Set<Slot>(['claimedBy', 'perpetrator', 'target', 'weapons', 'place']);

const low = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const tokens = (s: string) => new Set(low(s).split(/[\s-]+/).filter((w) => !/^(?:the|of|a|an|group)$/.test(w)));

/** The event entity's name for a written name, when the entities stage merged it with others. */
const entityName = (value: string, entities: EventEntity[]): string | null => {
  const v = low(value);
  const hit = entities.find((e) => e.type !== 'person' && [e.name, ...e.aliases].some((n) => low(n) === v));
  return hit?.name ?? null;
};

/** Rewrites values to one name per thing, merging general values into the single specific one they fit. */
export const canonicalize = (slot: Slot, statements: Statement[], entities: EventEntity[]): Statement[] => {
  if (!mergeSlots.has(slot)) return statements;
  const named = statements.map((s) => {
    if (typeof s.claim.value !== 'string' || s.claim.negated && s.claim.value === 'any group') return s;
    const v = s.claim.value;
    const canonical = nameSlots.has(slot) ? canonicalGroup(v) ?? entityName(v, entities) ?? v : v;
    return canonical === v ? s : { ...s, claim: { ...s.claim, value: canonical } };
  });
  const values = [...new Set(named.filter((s) => !s.claim.negated).map((s) => String(s.claim.value)))];
  const into = new Map<string, string>();
  for (const v of values) {
    const children = values.filter((c) => c !== v && (parentGroup(c) === v || isNarrower(c, v)));
    if (children.length === 1) into.set(v, children[0]);
  }
  const resolve = (v: string): string => {
    let x = v;
    for (let i = 0; i < 5 && into.has(x); i++) x = into.get(x)!;
    return x;
  };
  return named.map((s) => {
    if (typeof s.claim.value !== 'string' || s.claim.negated) return s;
    const r = resolve(s.claim.value);
    return r === s.claim.value ? s : { ...s, claim: { ...s.claim, value: r } };
  });
};

/** "Pakistani embassy" is narrower than "embassy": same head word, more modifiers; "Chicago (Englewood)", a part of a city, than "Chicago". */
const isNarrower = (specific: string, general: string): boolean => {
  if (low(specific).startsWith(`${low(general)} (`)) return true;
  const a = tokens(specific);
  const b = tokens(general);
  const lastA = low(specific).split(/\s+/).pop();
  const lastB = low(general).split(/\s+/).pop();
  return a.size > b.size && [...b].every((w) => a.has(w)) && lastA === lastB;
};
