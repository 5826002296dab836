// Reconciles one slot's claims across reports: groups equal values, counts independent support, sets the status.

import type { Article, Claim, Fact, FactStatus, FactValue, LedgerValue, Slot } from '../../model/index.ts';

/** A claim with the report that makes it. */
export interface Statement {
  claim: Claim;
  article: Article;
  /** Implied, not stated (a report giving only injuries implies no deaths). */
  inferred?: boolean;
  /** An implied value that may supersede older ones: a later death toll implies fewer injured. */
  update?: boolean;
}

/** Slots that hold several values at once without contradiction (an attack can hit an embassy and its guard). */
export const setSlots = new Set<Slot>(['target', 'weapons']);
/** Slots whose values do not move over time: a different value is a disagreement, never an update. */
const fixedSlots = new Set<Slot>(['date', 'time', 'place']);

const dayOf = (a: Article): string | null => (a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 10) : null);

/** Groups reports that are not independent: copies, and reports relaying the same wire or each other's outlet. */
export const sourceGroups = (articles: Article[]): Map<string, string> => {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const low = (s: string) => s.toLowerCase().replace(/^www\./, '').trim();
  const byOutlet = new Map<string, string>();
  for (const a of articles) {
    parent.set(a.id, parent.get(a.id) ?? a.id);
    if (a.outlet) byOutlet.set(low(a.outlet), byOutlet.get(low(a.outlet)) ?? a.id);
  }
  const ids = new Set(articles.map((a) => a.id));
  const wires = new Map<string, string>();
  for (const a of articles) {
    if (a.duplicateOf && ids.has(a.duplicateOf)) union(a.id, a.duplicateOf);
    for (const d of a.dependsOn) {
      const key = `wire:${low(d)}`;
      if (wires.has(key)) union(a.id, wires.get(key)!);
      else wires.set(key, a.id);
      const relayed = byOutlet.get(low(d));
      if (relayed && relayed !== a.id) union(a.id, relayed);
    }
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
};

interface Group {
  key: string;
  value: FactValue;
  negated: boolean;
  inferred: boolean;
  update: boolean;
  statements: Statement[];
}

const keyOf = (s: Statement): string =>
  `${s.claim.negated ? 'neg:' : ''}${typeof s.claim.value === 'number' ? s.claim.value : String(s.claim.value).toLowerCase()}`;

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Speakers once each, whatever their case ("Police said" opening a sentence, "police said" inside one): the lower-case form. */
const speakers = (xs: string[]): string[] => {
  const byKey = new Map<string, string>();
  for (const x of xs) {
    const key = x.toLowerCase();
    const seen = byKey.get(key);
    if (!seen || (/^[A-Z]/.test(seen) && /^[a-z]/.test(x))) byKey.set(key, x);
  }
  return [...byKey.values()];
};

const toValue = (g: Group, groups: Map<string, string>): LedgerValue => {
  const articleIds = uniq(g.statements.map((s) => s.article.id));
  const independent = uniq(g.statements.map((s) => groups.get(s.article.id) ?? s.article.id));
  const dates = g.statements.map((s) => dayOf(s.article)).filter((d): d is string => d !== null).sort();
  const value: LedgerValue = {
    value: g.value,
    articleIds,
    independentArticleIds: independent,
    evidence: g.statements.map((s) => s.claim.evidence),
    attributions: speakers(g.statements.map((s) => s.claim.attribution).filter((a): a is string => Boolean(a))),
    hedges: uniq(g.statements.map((s) => s.claim.hedge).filter((h): h is string => Boolean(h))),
    asOf: dates[dates.length - 1] ?? null,
  };
  const channels = uniq(g.statements.map((s) => s.claim.channel).filter((c): c is string => Boolean(c)));
  if (channels.length) value.channels = channels;
  const claimedOn = g.statements.map((s) => s.claim.claimedOn).filter((d): d is string => Boolean(d)).sort()[0];
  if (claimedOn) value.claimedOn = claimedOn;
  if (g.negated) value.negated = true;
  if (g.inferred) value.inferred = true;
  return value;
};

/** Support: independent reports, an implied value counting half. */
const support = (v: LedgerValue): number => (v.independentArticleIds?.length ?? v.articleIds.length) * (v.inferred ? 0.5 : 1);

const earliest = (g: Group): string | null => g.statements.map((s) => dayOf(s.article)).filter((d): d is string => d !== null).sort()[0] ?? null;
const latest = (g: Group): string | null => g.statements.map((s) => dayOf(s.article)).filter((d): d is string => d !== null).sort().pop() ?? null;

/** Whether `later` overtakes `other`: a negation it does not post-date, or a value all of whose reports are older. */
const overtakes = (later: Group, other: Group): boolean => {
  if (other.negated) {
    const o = latest(other);
    const l = latest(later);
    return !(o && l && o > l);
  }
  const o = latest(other);
  const e = earliest(later);
  return Boolean(o && e && o < e);
};

/**
 * Counts stated in a report's headline or lead are about its main event; those deep in the text are more often
 * about another shooting, a tally or part of the victims. The lead: about a headline and a first sentence.
 */
const casualtyLead = new Set<Slot>(['killed', 'injured']);
const leadChars = 400;
const inLead = (v: LedgerValue): boolean => v.evidence.some((e) => e.start < leadChars);

/** Slots whose count only grows as reports come in: the dead stay dead, so a later smaller toll is about something else. */
const risingSlots = new Set<Slot>(['killed']);

/**
 * Order of values: support, then asserted before negated, casualty counts a lead states (a report's own count in its lead
 * says more than an implied one, but an implied count from leads says more than a count stated deep in a report), stated
 * before implied, then the newest. Equal counts on the same day go to the larger one, except for rising counts: a larger death toll that no other report shares is more often a total of
 * several incidents or a misread than a new death.
 */
const rankIn = (slot: Slot) => (a: LedgerValue, b: LedgerValue): number =>
  support(b) - support(a) ||
  Number(Boolean(a.negated)) - Number(Boolean(b.negated)) ||
  (casualtyLead.has(slot) ? Number(!inLead(a)) - Number(!inLead(b)) : 0) ||
  Number(Boolean(a.inferred)) - Number(Boolean(b.inferred)) ||
  String(b.asOf ?? '').localeCompare(String(a.asOf ?? '')) ||
  (typeof a.value === 'number' && typeof b.value === 'number' ? (risingSlots.has(slot) ? a.value - b.value : b.value - a.value) : 0);

/** Casualty counts: a recount is rare, a later lone report about some of the victims or another shooting is not. */
const casualtySlots = new Set<Slot>(['killed', 'injured']);

/**
 * A casualty count more reports give, or one a lead states, is not overtaken by a later one fewer give or one stated
 * only deep in its report, unless implied by the death toll.
 */
const outweighs = (slot: Slot, older: Group, later: Group, groups: Map<string, string>): boolean =>
  casualtySlots.has(slot) && !later.update && !provisional(older) && !rose(later) &&
  (support(toValue(older, groups)) > support(toValue(later, groups)) || (inLead(toValue(older, groups)) && !inLead(toValue(later, groups))));

/** A count its reports give as provisional ("so far", "initially", "preliminary"): later news may overtake it. */
const provisional = (g: Group): boolean => g.statements.some((s) => /^(?:so far|initial(?:ly)?|preliminary)$/i.test(s.claim.hedge ?? ''));

/** A count given as an update ("the death toll rose to five"). */
const rose = (g: Group): boolean => g.statements.some((s) => /\b(?:rose|rises|risen|climbed|climbs|increased|jumped|went up) to\b/i.test(s.claim.evidence.text));

/** A later rising count overtakes only smaller stated counts: a follow-up naming fewer dead speaks of part of them. */
const fallsBelow = (slot: Slot, later: Group, other: Group): boolean =>
  risingSlots.has(slot) && !other.negated && !other.inferred && Number(other.value) > Number(later.value);

/** The fact for one slot, or null when nothing was stated. */
export const reconcileSlot = (slot: Slot, statements: Statement[], groups: Map<string, string>): Fact | null => {
  if (!statements.length) return null;
  const byKey = new Map<string, Group>();
  for (const s of statements) {
    const key = keyOf(s) + (s.inferred ? ':inferred' : '');
    const g = byKey.get(key) ?? { key, value: s.claim.value, negated: Boolean(s.claim.negated), inferred: Boolean(s.inferred), update: Boolean(s.update), statements: [] };
    // A report counts once per value.
    if (!g.statements.some((x) => x.article.id === s.article.id)) g.statements.push(s);
    byKey.set(key, g);
  }
  const all = [...byKey.values()];
  // An implied value the same report also states explicitly is dropped.
  const list = all.filter((g) => !g.inferred || !all.some((o) => o !== g && !o.inferred && String(o.value) === String(g.value)));
  const values = list.map((g) => toValue(g, groups));
  const rank = rankIn(slot);
  const order = values.map((_, i) => i).sort((a, b) => rank(values[a], values[b]));
  const positives = list.filter((g) => !g.negated && (!g.inferred || g.update));
  let status: FactStatus;
  let lead = order[0];
  const independent = new Set(statements.map((s) => groups.get(s.article.id) ?? s.article.id)).size;
  if (list.length === 1) {
    status = independent > 1 ? 'consensus' : 'single-source';
  } else if (setSlots.has(slot)) {
    status = (values[lead].independentArticleIds?.length ?? 0) > 1 ? 'consensus' : 'single-source';
  } else {
    const overtaking = fixedSlots.has(slot)
      ? []
      : positives.filter((g) => list.every((o) => o === g || (overtakes(g, o) && !fallsBelow(slot, g, o) && !outweighs(slot, o, g, groups)))).sort((a, b) => String(latest(b)).localeCompare(String(latest(a))));
    if (overtaking.length) {
      status = 'superseded';
      lead = list.indexOf(overtaking[0]);
    } else status = 'conflict';
  }
  const ordered = [lead, ...order.filter((i) => i !== lead)].map((i) => values[i]);
  return { slot, status, values: ordered };
};
