// What kind of event it is, when and where it happened, and a short title (taxonomy in docs/event-types.md).

import type { DatePrecision, Doc, EventWhen, Fact, Place } from '../../model/index.ts';
import { pickPlace } from '../mentions/place.ts';
import { voteEventDate } from '../temporal/index.ts';

/** Event types, most specific first; each with the words that signal it. */
export const eventTypes: { type: string; words: RegExp }[] = [
  { type: 'bombing', words: /\b(?:bomb(?:s|ing|ings|ed|er|ers)?|explosions?|blasts?|explosives?|IEDs?|suicide (?:attack|bomber)s?|detonat\w+)\b/gi },
  { type: 'armed attack', words: /\b(?:(?:armed|gun|terror(?:ist)?|militant) attacks?|gunmen|stormed|assassination attempt|attack(?:ed|s)? (?:on|against) (?:the |a )?\w+ (?:embassy|consulate|base|checkpoint|convoy|school|mosque|church))\b/gi },
  { type: 'shooting', words: /\b(?:shootings?|shot|shots fired|gunfire|gunshots?|gunman|shooter|opened fire|firearms?|handguns?|rifles?)\b/gi },
  { type: 'other violence', words: /\b(?:stabb(?:ed|ing|ings)|knife|machete|assault(?:ed)?|beaten|beating|riots?|clashes|arson|hostages?|kidnapp(?:ed|ing))\b/gi },
  { type: 'disaster', words: /\b(?:earthquakes?|quakes?|floods?|flooding|hurricanes?|tornado(?:es)?|wildfires?|fires?|blaze|storms?|tsunamis?|landslides?|crash(?:ed|es)?|derail(?:ed|ment)|collapsed?|eruptions?|cyclones?|typhoons?)\b/gi },
  { type: 'arrest or trial', words: /\b(?:arrest(?:ed|s)?|charged|trial|sentenced|convicted|indicted|pleaded|verdict|court|custody|extradited)\b/gi },
  { type: 'political', words: /\b(?:elections?|voted?|resign(?:ed|s|ation)|summit|parliament|appointed|nominated|protests?|treaty|sanctions|minister|president|campaign)\b/gi },
];

const count = (re: RegExp, text: string): number => (text.match(re) ?? []).length;

/** The type whose signal words weigh most (titles count three times); violence outranks arrests when people were hurt. */
export const classify = (titles: string[], bodies: string[], facts: Fact[]): string => {
  const lead = (slot: string) => Number(facts.find((f) => f.slot === slot)?.values[0]?.value ?? 0);
  const hurt = lead('killed') + lead('injured') > 0;
  const text = bodies.join('\n');
  const head = titles.join('\n');
  const scores = eventTypes.map(({ type, words }) => {
    let s = count(words, head) * 3 + count(words, text);
    if (hurt && (type === 'arrest or trial' || type === 'political')) s *= 0.3;
    return { type, s };
  });
  const bomb = scores[0];
  const armed = scores[1];
  const shooting = scores[2];
  // An armed attack is a shooting aimed at a target by attackers; plain shootings stay shootings.
  if (armed.s > 0 && shooting.s > 0 && bomb.s < shooting.s) armed.s += shooting.s;
  const best = scores.reduce((a, b) => (b.s > a.s ? b : a));
  return best.s > 0 ? best.type : 'other';
};

const precisionOf = (date: string): DatePrecision => (date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year');

const vote = (xs: (string | null | undefined)[]): string | null => {
  const n = new Map<string, number>();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};

/** When: the day the reports' texts vote for, else their own event dates, else the earliest publication day. */
export const whenOf = (facts: Fact[], docs: Doc[]): EventWhen => {
  const fact = (slot: string) => facts.find((f) => f.slot === slot)?.values[0]?.value;
  // The reports that name their day vote (copies once); the latest-published date fact would let
  // follow-ups ("charged Tuesday") outvote the event ("shot Friday").
  const date = voteEventDate(docs);
  const time = (fact('time') as string | undefined) ?? vote(docs.map((d) => d.eventTime ?? null));
  return { date, time: time ?? null, precision: date ? precisionOf(date) : null };
};

/**
 * Where: the place the reports vote for (mentions.pickPlace: one vote per report, dateline and lead
 * weigh most, a town over its county, state or country), leaving out places of earlier events recalled
 * in passing; else the place behind the leading place fact's evidence.
 */
export const whereOf = (facts: Fact[], docs: Doc[]): Place | null => {
  const current = docs.flatMap((d) => d.mentions.filter((m) => !d.background.some((b) => b.start <= m.start && m.end <= b.end)));
  // A place named only in a recalled passage still beats none.
  const texts = new Map(docs.map((d) => [d.article.id, d.article.text]));
  const textOf = (id: string) => texts.get(id) ?? null;
  const picked = pickPlace(current, textOf) ?? pickPlace(docs.flatMap((d) => d.mentions), textOf);
  if (picked) return picked;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const e of facts.find((f) => f.slot === 'place')?.values[0]?.evidence ?? []) {
    const m = byId.get(e.articleId)?.mentions.find((x) => x.start === e.start && x.end === e.end && x.place);
    if (m?.place) return m.place;
  }
  return null;
};

/** A report title without the site's name ("Man shot downtown - WXYZ News" → "Man shot downtown"). */
export const cleanTitle = (title: string): string => {
  const parts = title.split(/\s+(?:[-–—|:]{1,2}|::)\s+/).map((p) => p.trim()).filter(Boolean);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.replace(/\s+/g, ' ').slice(0, 140);
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A short headline: the cleaned title most reports share words with, else "<Type> in <place>". */
export const titleOf = (type: string, where: Place | null, when: EventWhen, docs: Doc[], background: boolean): string => {
  const titles = docs.map((d) => d.article.title).filter((t): t is string => Boolean(t && t.trim())).map(cleanTitle).filter((t) => t.length >= 12);
  if (!background && titles.length) {
    const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const scored = titles.map((t) => {
      const w = words(t);
      const shared = titles.reduce((n, o) => n + [...words(o)].filter((x) => w.has(x)).length, 0);
      return { t, score: shared / Math.sqrt(w.size || 1) };
    });
    return scored.sort((a, b) => b.score - a.score)[0].t;
  }
  const what = type === 'other' || type === 'unknown' ? 'Event' : capital(type);
  return [what, where ? `in ${where.name}` : null, when.date ? `(${when.date})` : null].filter(Boolean).join(' ');
};
