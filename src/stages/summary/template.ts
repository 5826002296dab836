// The template summary of one event: lead, consensus facts, then disagreements, weak claims attributed.

import type { Article, Event, Fact, LedgerValue, Slot, SummarySentence } from '../../model/index.ts';
import {
  capitalize, clause, countWord, formatDate, isDenial, placeName, topic, whenPhrase, withArticle, withThe,
} from './phrases.ts';

const maxSentences = 8;
const minSentences = 4;
const slotOrder: Slot[] = ['killed', 'injured', 'arrested', 'attackers', 'perpetrator', 'claimedBy', 'target', 'weapons'];
/** Slots the lead sentence already covers; they get a sentence of their own only when disputed. */
const leadSlots = new Set<Slot>(['date', 'time', 'place']);
const casualtySlots = new Set<Slot>(['killed', 'injured', 'arrested']);
/** A value of one slot that answers a dispute about the other ("killed" vs "injured" for the same guard). */
const counterpart: Partial<Record<Slot, Slot>> = { killed: 'injured', injured: 'killed' };

interface Draft extends SummarySentence {
  /** Higher is kept first when there are too many sentences. */
  priority: number;
  /** Position in the reading order. */
  order: number;
}

type Outlets = (id: string) => string | null;

const uniq = (ids: string[]): string[] => [...new Set(ids)].sort();
const sourcesOf = (v: LedgerValue): string[] => (v.independentArticleIds?.length ? v.independentArticleIds : v.articleIds);
/** A value two independent reports state can be told as fact; one source only as "X reported". */
const isStrong = (v: LedgerValue): boolean => sourcesOf(v).length >= 2;
const rank = (slot: Slot): number => (slotOrder.includes(slot) ? slotOrder.indexOf(slot) : slotOrder.length);
const listed = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const sentence = (s: string): string => `${capitalize(s.trim()).replace(/[.\s]+$/, '')}.`;

/** The event's kind as a noun for clauses: "armed attack" → "attack". */
const nounOf = (type: string): string => type.trim().split(/\s+/).at(-1)?.toLowerCase() || 'event';
const hasType = (type: string): boolean => !!type.trim() && !/^(?:unknown|event|other)$/i.test(type.trim());

const leadingTarget = (facts: Fact[]): string | null => {
  const f = facts.find((x) => x.slot === 'target' && x.status !== 'conflict');
  const v = f?.values[0];
  return v && v.value !== null && !v.negated && isStrong(v) ? String(v.value) : null;
};

/** What, where and when: from the type and target, or from the title when no target is agreed. */
const lead = (event: Event): string => {
  const target = leadingTarget(event.facts);
  const place = event.where ? placeName(event.where) : '';
  const where = place ? ` in ${place}${place.includes(',') && event.when.date ? ',' : ''}` : '';
  if (target && hasType(event.type)) {
    return sentence(`${withArticle(event.type.trim().toLowerCase())} on ${withThe(target)} took place${where}${whenPhrase(event.when)}`);
  }
  // A generated title may end with its date in brackets; the lead states the date itself.
  const title = event.title.trim().replace(/\s*\(\d{4}(?:-\d\d){0,2}\)$/, '').replace(/[.\s]+$/, '');
  return sentence(`${title}${event.where && !title.includes(event.where.name) ? where : ''}${whenPhrase(event.when)}`);
};

/** "one report (X) says", "two reports say"; a value only implied is told as such ("one report implies"). */
const reportsWord = (n: number, outlet: string | null, implied = false): string =>
  n === 1 ? `one report${outlet ? ` (${outlet})` : ''} ${implied ? 'implies' : 'says'}` : `${countWord(n)} reports ${implied ? 'imply' : 'say'}`;

/** "Reports disagree on the death toll: one report says …; the others say …". */
const conflictSentence = (fact: Fact, facts: Fact[], noun: string, outletOf: Outlets): SummarySentence => {
  const parts = fact.values.map(
    (v) => `${reportsWord(v.articleIds.length, v.articleIds.length === 1 ? outletOf(v.articleIds[0]) : null, v.inferred)} that ${clause(fact.slot, v, noun)}`,
  );
  const cited = fact.values.flatMap((v) => v.articleIds);
  const other = counterpart[fact.slot];
  const answer = other && facts.find((f) => f.slot === other)?.values.find((v) => v.articleIds.some((id) => !cited.includes(id)));
  if (fact.values.length === 1) {
    const rest = answer ? answer.articleIds.filter((id) => !cited.includes(id)) : [];
    parts.push(rest.length ? `${rest.length === 1 ? 'another says' : 'the others say'} that ${clause(other!, answer!, noun)}` : 'the others do not confirm it');
    cited.push(...rest);
  }
  return { text: sentence(`Reports disagree on ${topic(fact.slot)}: ${parts.join('; ')}`), articleIds: uniq(cited) };
};

/** "X claimed responsibility, according to the later reports; one written earlier said that no group had". */
const supersededSentence = (fact: Fact, noun: string): SummarySentence => {
  const [latest, ...rest] = fact.values;
  const older = rest.filter((v) => !isDenial(v));
  if (!older.length) return { text: sentence(clause(fact.slot, latest, noun)), articleIds: uniq(latest.articleIds) };
  const earlier = older.flatMap((v) => v.articleIds);
  const olderWho = earlier.length === 1 ? 'one report written earlier' : `${countWord(earlier.length)} reports written earlier`;
  const later = latest.articleIds.length === 1 ? 'a later report' : 'later reports';
  return {
    text: sentence(`${clause(fact.slot, latest, noun)}, according to ${later}; ${olderWho} had said that ${clause(fact.slot, older[0], noun)}`),
    articleIds: uniq([...latest.articleIds, ...earlier]),
  };
};

/** A value only one independent source gives, attributed to it. */
const attributedSentence = (fact: Fact, noun: string, outletOf: Outlets): SummarySentence => {
  const v = fact.values[0];
  const outlet = outletOf(sourcesOf(v)[0]);
  const via = v.attributions?.find((a) => a && a.toLowerCase() !== outlet?.toLowerCase())?.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
  const who = outlet ? `${outlet} reported` : 'A single report says';
  return { text: sentence(`${who}${via ? `, citing ${via},` : ''} that ${clause(fact.slot, v, noun)}`), articleIds: uniq(v.articleIds) };
};

const coverageSentence = (event: Event, noun: string, articles: Map<string, Article>): SummarySentence | null => {
  const own = event.articleIds.map((id) => articles.get(id)).filter((a): a is Article => !!a);
  if (own.length < 2) return null;
  const outlets = new Set(own.map((a) => a.outlet).filter(Boolean)).size;
  const dates = own.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  const range = dates.length && dates[0] !== dates.at(-1) ? `, published between ${formatDate(dates[0])} and ${formatDate(dates.at(-1)!)}` : '';
  const from = outlets > 1 ? ` from ${countWord(outlets)} outlets` : '';
  return { text: sentence(`${countWord(own.length)} reports${from} cover the ${noun}${range}`), articleIds: uniq(event.articleIds) };
};

const entitiesSentence = (event: Event): SummarySentence | null => {
  const own = new Set(event.articleIds);
  const named = event.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .map((e) => ({ e, ids: e.articleIds.filter((id) => own.has(id)) }))
    .filter(({ ids }) => ids.length >= 2)
    .sort((a, b) => b.ids.length - a.ids.length || a.e.name.localeCompare(b.e.name))
    .slice(0, 3);
  if (named.length === 0) return null;
  const names = named.map(({ e }) => (e.roles[0] ? `${e.name} (${e.roles[0]})` : e.name));
  return { text: sentence(`The reports name ${listed(names)}`), articleIds: uniq(named.flatMap(({ ids }) => ids)) };
};

/** Every sentence the facts support, with its priority and reading order. */
const draftFacts = (event: Event, noun: string, outletOf: Outlets, leadText: string): Draft[] => {
  const facts = [...event.facts].filter((f) => f.values.length > 0).sort((a, b) => rank(a.slot) - rank(b.slot));
  const drafts: Draft[] = [];
  const agreed = facts.filter((f) => f.status === 'consensus' && isStrong(f.values[0]) && !leadSlots.has(f.slot));
  const casualties = agreed.filter((f) => casualtySlots.has(f.slot));
  if (casualties.length) {
    drafts.push({
      text: sentence(listed(casualties.map((f) => clause(f.slot, f.values[0], noun)))),
      articleIds: uniq(casualties.flatMap((f) => f.values[0].articleIds)),
      priority: 80,
      order: 10,
    });
  }
  for (const f of agreed.filter((x) => !casualtySlots.has(x.slot))) {
    if (f.slot === 'target' && leadText.includes(String(f.values[0].value))) continue;
    drafts.push({ text: sentence(clause(f.slot, f.values[0], noun)), articleIds: uniq(f.values[0].articleIds), priority: 79 - rank(f.slot), order: 11 + rank(f.slot) });
  }
  for (const f of facts.filter((x) => x.status === 'superseded' && x.values.length > 1)) {
    drafts.push({ ...supersededSentence(f, noun), priority: 85, order: 30 + rank(f.slot) });
  }
  for (const v of facts.filter((x) => x.slot === 'claimedBy').flatMap((x) => x.values.filter(isDenial))) {
    drafts.push({ text: sentence(clause('claimedBy', v, noun)), articleIds: uniq(v.articleIds), priority: 70, order: 36 });
  }
  for (const f of facts.filter((x) => x.status === 'conflict')) {
    drafts.push({ ...conflictSentence(f, facts, noun, outletOf), priority: 90 - rank(f.slot), order: 40 + rank(f.slot) });
  }
  const weak = facts.filter(
    (f) => !leadSlots.has(f.slot) && (f.status === 'single-source' || (f.status === 'consensus' && !isStrong(f.values[0]))),
  );
  weak.slice(0, 2).forEach((f, i) => drafts.push({ ...attributedSentence(f, noun, outletOf), priority: 60 - i, order: 60 + rank(f.slot) }));
  return drafts;
};

/** The cited template summary of one event (4–8 sentences when the facts allow). */
export const buildSummary = (event: Event, articles: Map<string, Article>): SummarySentence[] => {
  const noun = hasType(event.type) ? nounOf(event.type) : 'event';
  const outletOf: Outlets = (id) => articles.get(id)?.outlet ?? null;
  const leadText = lead(event);
  const cites = event.articleIds.length ? event.articleIds : event.mentionedIn;
  const drafts: Draft[] = [{ text: leadText, articleIds: uniq(cites), priority: 100, order: 0 }, ...draftFacts(event, noun, outletOf, leadText)];
  const fillers = [coverageSentence(event, noun, articles), entitiesSentence(event)];
  fillers.forEach((f, i) => {
    if (f && drafts.length < minSentences + 1) drafts.push({ ...f, priority: 40 - i, order: 90 + i });
  });
  const seen = new Set<string>();
  return drafts
    .filter((d) => d.articleIds.length > 0 && !seen.has(d.text.toLowerCase()) && seen.add(d.text.toLowerCase()))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, maxSentences)
    .sort((a, b) => a.order - b.order)
    .map(({ text, articleIds }) => ({ text, articleIds }));
};
