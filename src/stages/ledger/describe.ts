// What kind of event it is and a short title (taxonomy in docs/event-types.md); when and where live in when.ts and where.ts.

import type { Doc, EventWhen, Fact, Place } from '../../model/index.ts';

/** Event types, most specific first; each with the words that signal it. */
export const eventTypes: { type: string; words: RegExp }[] = [
  { type: 'bombing', words: /\b(?:bomb(?:s|ing|ings|ed|er|ers)?|explosions?|blasts?|explosives?|IEDs?|suicide (?:attack|bomber)s?|detonat\w+)\b/gi },
  { type: 'armed attack', words: /\b(?:(?:armed|gun|terror(?:ist)?|militant) attacks?|gunmen|stormed|assassination attempt|attack(?:ed|s)? (?:on|against) (?:the |a )?\w+ (?:embassy|consulate|base|checkpoint|convoy|school|mosque|church))\b/gi },
  { type: 'shooting', words: /\b(?:shootings?|shot|shots fired|gunfire|gunshots?|gunman|shooter|opened fire|firearms?|handguns?|rifles?)\b/gi },
  { type: 'other violence', words: /\b(?:stabb(?:ed|ing|ings)|knife|machete|assault(?:ed)?|beaten|beating|riots?|clashes|arson|hostages?|kidnapp(?:ed|ing))\b/gi },
  // Transport and industrial accidents apart from natural disasters, as EM-DAT and ACLED keep them.
  { type: 'accident', words: /\b(?:crash(?:ed|es)?|collisions?|collided?|head-on|derail(?:ed|ment)|capsized?|accidents?|ran aground|plane went down)\b/gi },
  { type: 'disaster', words: /\b(?:earthquakes?|quakes?|floods?|flooding|hurricanes?|tornado(?:es)?|wildfires?|fires?|blaze|storms?|tsunamis?|landslides?|collapsed?|eruptions?|cyclones?|typhoons?)\b/gi },
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

/** A report title without the site's name ("Man shot downtown - WXYZ News" → "Man shot downtown"). */
export const cleanTitle = (title: string): string => {
  const parts = title.split(/\s+(?:[-–—|:]{1,2}|::)\s+/).map((p) => p.trim()).filter(Boolean);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.replace(/\s+/g, ' ').slice(0, 140);
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A short headline: among the cleaned titles that share most words with the others (within a quarter
 * of the best), the earliest report's, since later headlines tell developments ("toll rises to 12");
 * else "<Type> targeting <target> in <place> (<date>)" ("Attack on <target>" when untyped), with what of it is known.
 */
export const titleOf = (type: string, where: Place | null, when: EventWhen, docs: Doc[], background: boolean, target: string | null = null): string => {
  const titled = docs
    .map((d) => ({ t: cleanTitle(d.article.title ?? ''), published: d.article.published ?? '' }))
    .filter((x) => x.t.length >= 12);
  if (!background && titled.length) {
    const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const scored = titled.map((x) => {
      const w = words(x.t);
      const shared = titled.reduce((n, o) => n + [...words(o.t)].filter((y) => w.has(y)).length, 0);
      return { ...x, score: shared / Math.sqrt(w.size || 1) };
    });
    const best = Math.max(...scored.map((x) => x.score));
    const close = scored.filter((x) => x.score >= best * 0.75);
    return close.sort((a, b) => (a.published && b.published && a.published !== b.published ? (a.published < b.published ? -1 : 1) : b.score - a.score))[0].t;
  }
  // A target says what happened where the type does not ("Attack on a religious school", not "Event").
  const untyped = type === 'other' || type === 'unknown';
  const what = untyped ? (target ? `Attack on ${target}` : 'Event') : target ? `${capital(type)} targeting ${target}` : capital(type);
  return [what, where ? `in ${where.name}` : null, when.date ? `(${when.date})` : null].filter(Boolean).join(' ');
};
