// Stage `ledger`: reconciles claims into facts per event; fills the event's type, when, where and title.

import type { Doc, Event, Fact, Slot } from '../../model/index.ts';
import { slots } from '../../model/index.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { classify, titleOf } from './describe.ts';
import { whenOf } from './when.ts';
import { voteEventDate } from '../temporal/index.ts';
import { whereOf } from './where.ts';
import { reconcileSlot, sourceGroups, type Statement } from './reconcile.ts';
import { canonicalize } from './values.ts';

type Ref = { articleId: string; index: number };

const sameDate = (a: string | null | undefined, b: string | null | undefined): boolean =>
  Boolean(a && b && (a.startsWith(b) || b.startsWith(a)));

/** Background mentions that stand for this recalled event: the cluster's refs, else the best date/place/title match per report. */
export const refsOf = (event: Event, docs: Map<string, Doc>): Ref[] => {
  if (event.backgroundRefs?.length) return event.backgroundRefs;
  const refs: Ref[] = [];
  const titleWords = new Set(event.title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  for (const id of event.mentionedIn) {
    const doc = docs.get(id);
    if (!doc?.background.length) continue;
    const scored = doc.background.map((b, index) => {
      let s = 0;
      if (sameDate(b.date, event.when.date)) s += 2;
      if (b.place && event.where && b.place.name === event.where.name) s += 1;
      s += (b.text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => titleWords.has(w)).length * 0.5;
      return { index, s };
    });
    const best = scored.sort((a, b) => b.s - a.s)[0];
    if (best.s > 0 || doc.background.length === 1) refs.push({ articleId: id, index: best.index });
  }
  return refs;
};

/**
 * A follow-up recalling this very event ("5th person dies after July murder-suicide"): a mention of an earlier event
 * dated like this one, in a report whose own day is another (a follow-up, not a report of a like event that day).
 */
const recallsItself = (doc: Doc, index: number, date: () => string | null): boolean => {
  const b = doc.background[index];
  return Boolean(b?.date && date() && sameDate(b.date, date()) && !sameDate(doc.eventDate, date()));
};

/** Casualty counts a report states of its own main event: recalled counts then say less than they. */
const countsOwn = (doc: Doc): boolean =>
  doc.claims.some((c) => (c.slot === 'killed' || c.slot === 'injured') && (c.backgroundRef === null || c.backgroundRef === undefined));

/** The statements about an event: main reports' own claims, plus claims tied to the mentions recalling it. */
const statementsOf = (event: Event, docs: Map<string, Doc>): Statement[] => {
  const out: Statement[] = [];
  if (!event.background) {
    let day: string | null | undefined;
    const date = () => (day === undefined ? (day = voteEventDate(event.articleIds.map((id) => docs.get(id)).filter((d): d is Doc => Boolean(d)))) : day);
    for (const id of event.articleIds) {
      const doc = docs.get(id);
      for (const claim of doc?.claims ?? []) {
        const own = claim.backgroundRef === null || claim.backgroundRef === undefined || (!countsOwn(doc!) && recallsItself(doc!, claim.backgroundRef, date));
        if (own) out.push({ claim, article: doc!.article, inferred: claim.implied || undefined });
      }
    }
  }
  const refs = event.background ? refsOf(event, docs) : event.backgroundRefs ?? [];
  for (const r of refs) {
    const doc = docs.get(r.articleId);
    for (const claim of doc?.claims ?? []) if (claim.backgroundRef === r.index) out.push({ claim, article: doc!.article });
  }
  return out;
};

/** Reports that give injuries but no deaths imply that no one died, once another report says someone did. */
const inferNoDeaths = (statements: Statement[]): Statement[] => {
  const killed = statements.filter((s) => s.claim.slot === 'killed');
  if (!killed.some((s) => Number(s.claim.value) > 0)) return [];
  const withKilled = new Set(killed.map((s) => s.article.id));
  return statements
    .filter((s) => s.claim.slot === 'injured' && Number(s.claim.value) > 0 && !withKilled.has(s.article.id))
    .map((s) => ({ claim: { ...s.claim, slot: 'killed', value: 0, hedge: null }, article: s.article, inferred: true }));
};

const slotOrder = (slot: Slot): number => {
  const i = (slots as readonly string[]).indexOf(slot);
  return i < 0 ? slots.length : i;
};

const dayOf = (s: Statement): string => s.article.published?.slice(0, 10) ?? '';

/**
 * Injured counts in the light of the event's death toll: people said to be shot include those another report
 * says died, and a report of more deaths than an earlier report knew implies that some of its injured died.
 */
export const accountForDeaths = (injured: Statement[], killed: Statement[], toll: number): Statement[] => {
  const ownKilled = new Map<string, number>();
  for (const s of killed) if (!s.inferred) ownKilled.set(s.article.id, Math.max(ownKilled.get(s.article.id) ?? 0, Number(s.claim.value)));
  // A report that gives the toll and the injured itself says how many are left hurt: it implies nothing else.
  const ownInjured = new Set(injured.filter((s) => !s.inferred).map((s) => s.article.id));
  const tollReports = killed.filter((s) => !s.inferred && Number(s.claim.value) === toll && !ownInjured.has(s.article.id));
  const out: Statement[] = [];
  for (const s of injured) {
    const died = toll - (ownKilled.get(s.article.id) ?? 0);
    const value = Number(s.claim.value);
    if (died <= 0 || s.claim.negated || s.inferred) {
      out.push(s);
      continue;
    }
    if (s.claim.fromShot) {
      out.push({ ...s, claim: { ...s.claim, value: Math.max(0, value - died) } });
      continue;
    }
    out.push(s);
    const later = tollReports.find((k) => dayOf(k) > dayOf(s));
    if (later) out.push({ claim: { ...later.claim, slot: 'injured', value: Math.max(0, value - died), hedge: null }, article: later.article, inferred: true, update: true });
  }
  return out;
};

/** Facts for one event, in the contract's slot order. */
export const factsOf = (event: Event, docs: Map<string, Doc>, groups: Map<string, string>): Fact[] => {
  const statements = statementsOf(event, docs);
  const all = [...statements, ...inferNoDeaths(statements)];
  const bySlot = new Map<Slot, Statement[]>();
  for (const s of all) bySlot.set(s.claim.slot, [...(bySlot.get(s.claim.slot) ?? []), s]);
  const reconcile = (slot: Slot, xs: Statement[]) => reconcileSlot(slot, canonicalize(slot, xs, event.entities), groups);
  const killed = bySlot.get('killed');
  // A toll only implied ("a fatal shooting") does not say who among those shot died.
  const lead = killed ? reconcile('killed', killed)?.values[0] : undefined;
  const toll = lead && !lead.inferred ? Number(lead.value ?? 0) : 0;
  if (toll > 0 && bySlot.has('injured')) bySlot.set('injured', accountForDeaths(bySlot.get('injured')!, killed!, toll));
  return [...bySlot.entries()]
    .sort((a, b) => slotOrder(a[0]) - slotOrder(b[0]) || String(a[0]).localeCompare(String(b[0])))
    .map(([slot, xs]) => reconcile(slot, xs))
    .filter((f): f is Fact => f !== null);
};

/** Fills one event's facts and description. */
export const describeEvent = (event: Event, docs: Map<string, Doc>, groups: Map<string, string>): Event => {
  const facts = factsOf(event, docs, groups);
  const own = event.articleIds.map((id) => docs.get(id)).filter((d): d is Doc => Boolean(d));
  const refs = event.background ? refsOf(event, docs) : [];
  const recalled = refs.map((r) => docs.get(r.articleId)?.background[r.index]).filter((b) => b !== undefined);
  let when = event.when;
  let where = event.where;
  if (!event.background) {
    when = whenOf(facts, own);
    where = whereOf(facts, own) ?? event.where;
  } else {
    if (!when.date) {
      const dated = recalled.find((b) => b.date);
      if (dated) when = { date: dated.date, time: null, precision: dated.precision };
    }
    where ??= recalled.find((b) => b.place)?.place ?? null;
  }
  const bodies = event.background
    ? recalled.map((b) => b.text).concat(facts.flatMap((f) => f.values.flatMap((v) => v.evidence.map((e) => e.text))))
    : own.map((d) => d.article.text.slice(0, 1500));
  const titles = event.background ? [] : own.map((d) => d.article.title ?? '');
  const type = classify(titles, bodies, facts);
  const target = facts.find((f) => f.slot === 'target')?.values[0]?.value;
  return { ...event, facts, type, when, where, title: titleOf(type, where, when, own, event.background, typeof target === 'string' ? target : null) };
};

export const ledgerStage: CorpusStage = {
  name: 'ledger',
  run: (corpus) => {
    const docs = new Map(corpus.docs.map((d) => [d.article.id, d]));
    const groups = sourceGroups(corpus.docs.map((d) => d.article));
    return { ...corpus, events: corpus.events.map((e) => describeEvent(e, docs, groups)) };
  },
};
