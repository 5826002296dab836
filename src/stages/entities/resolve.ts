// Clusters the mentions of one event's reports into entities, explaining every merge.

import type { EntityType, EventEntity, Mention, Place } from '../../model/index.ts';
import { fullName } from '../mentions/gazetteer/index.ts';
import { nameKey } from '../mentions/gazetteer/normalize.ts';
import { aliasCanonical, aliasGroup } from './aliases.ts';
import { acronymLetters, alignedSimilarities, initials, isAcronym, nameSimilarity, nameTokens } from './similarity.ts';

/** All mentions of one spelling (type and folded name) in an event's reports. */
interface Variant {
  key: string;
  text: string;
  /** A person's other ways of writing the same key ("Ana Dale Mora" beside "Ana Dale-Mora"): each is how some report names them. */
  forms: string[];
  type: EntityType;
  mentions: Mention[];
  place: Place | null;
  longForms: { text: string; articleId: string }[];
  /** For a partial name ("Mr. Sharif"), the one full name its own report gave before it. */
  holder?: Mention;
}

/** Thresholds: spelling variants of one name vs. different names (Obaid Rahman ~ Ubaid-ur-Rehman is ~0.92). */
export const thresholds = { person: 0.88, word: 0.85, surname: 0.9, organization: 0.9 };

class UnionFind {
  private readonly parent: number[];
  readonly reasons: string[][];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.reasons = Array.from({ length: n }, () => []);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number, why: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[rb] = ra;
    this.reasons[ra].push(...this.reasons[rb], why);
    return true;
  }
}

const articlesOf = (v: Variant): string[] => [...new Set(v.mentions.map((m) => m.articleId))];

const groupVariants = (mentions: readonly Mention[]): Variant[] => {
  const byKey = new Map<string, Variant>();
  const holders = partialHolders(mentions);
  for (const m of mentions) {
    // Possessives are the same name: "ISKP’s" is ISKP.
    const text = m.text.replace(/['’]s$/, '').trim();
    const holder = holders.get(m);
    // A partial name its report resolves stays apart from the same word that another report gives to someone else.
    const key = `${m.type}|${isAcronym(text) ? acronymLetters(text) : nameKey(text)}${holder ? `@${nameKey(holder.text)}` : ''}`;
    let v = byKey.get(key);
    if (!v) byKey.set(key, (v = { key, text, forms: [], type: m.type, mentions: [], place: m.place ?? null, longForms: [], holder }));
    else if (m.type === 'person' && text !== v.text && !v.forms.includes(text)) v.forms.push(text);
    v.mentions.push(m);
    if (m.longForm) v.longForms.push({ text: m.longForm, articleId: m.articleId });
    if (!v.place && m.place) v.place = m.place;
  }
  return [...byKey.values()];
};

const kind = (t: EntityType): EntityType => (t === 'other' ? 'organization' : t);

/** Location variants with one gazetteer entry are one place. */
const mergePlaces = (vs: Variant[], uf: UnionFind): void => {
  const byPlace = new Map<string, number>();
  vs.forEach((v, i) => {
    if (v.type !== 'location' || !v.place?.key) return;
    const first = byPlace.get(v.place.key);
    if (first === undefined) byPlace.set(v.place.key, i);
    else uf.union(first, i, `"${v.text}" and "${vs[first].text}" are the same gazetteer place (${v.place.name}, ${v.place.country ?? '?'})`);
  });
};

/** "Islamic State Khorasan Province (ISKP)": the text itself says what the acronym stands for. */
const mergeWrittenAcronyms = (vs: Variant[], uf: UnionFind): void => {
  const byKey = new Map(vs.map((v, i) => [nameKey(v.text), i]));
  vs.forEach((v, i) => {
    for (const lf of v.longForms) {
      const j = byKey.get(nameKey(lf.text));
      if (j !== undefined && kind(vs[j].type) === kind(v.type)) uf.union(j, i, `"${v.text}" is written as the acronym of "${lf.text}" in ${lf.articleId}`);
    }
  });
};

/** Names of one known group (ISIS-K, IS-K, ISKP). */
const mergeKnownAliases = (vs: Variant[], uf: UnionFind): void => {
  const first = new Map<number, number>();
  vs.forEach((v, i) => {
    if (v.type === 'person' || v.type === 'location') return;
    const g = aliasGroup(v.text);
    if (g === null) return;
    const j = first.get(g);
    if (j === undefined) first.set(g, i);
    else uf.union(j, i, `"${v.text}" and "${vs[j].text}" are known names of ${aliasCanonical(g)}`);
  });
};

/** An acronym whose letters are the initials of exactly one organization name in the event. */
const mergeAcronymsByInitials = (vs: Variant[], uf: UnionFind): void => {
  vs.forEach((v, i) => {
    if (!isAcronym(v.text) || v.type === 'person' || v.type === 'location') return;
    const letters = acronymLetters(v.text);
    const hits = vs
      .map((w, j) => ({ w, j }))
      .filter(({ w }) => w !== v && !isAcronym(w.text) && nameTokens(w.text).length >= 2 && initials(w.text) === letters && w.type !== 'person');
    const roots = new Set(hits.map((h) => uf.find(h.j)));
    if (roots.size === 1) uf.union(hits[0].j, i, `"${v.text}" matches the initials of "${hits[0].w.text}"`);
  });
};

/** Spelling and transliteration variants of one full name (both of two words or more). */
const mergeSpellings = (vs: Variant[], uf: UnionFind): void => {
  for (let i = 0; i < vs.length; i++) {
    for (let j = i + 1; j < vs.length; j++) {
      const a = vs[i];
      const b = vs[j];
      if (kind(a.type) !== kind(b.type) || a.type === 'location' || isAcronym(a.text) || isAcronym(b.text)) continue;
      const ta = nameTokens(a.text);
      const tb = nameTokens(b.text);
      if (ta.length < 2 || tb.length < 2) continue;
      const why = a.type === 'person' ? samePerson(ta, tb) : sameOrganization(a.text, b.text);
      if (why) uf.union(i, j, `"${a.text}" ~ "${b.text}": ${why}`);
    }
  }
};

/**
 * Two full person names are one person when their words match pairwise, surname and given name
 * included: never on a shared surname alone (Shehbaz vs Nawaz Sharif).
 */
export const samePerson = (ta: string[], tb: string[]): string | null => {
  // Surname and given name first: they are single words, and most pairs already fail there.
  const last = nameSimilarity(ta[ta.length - 1], tb[tb.length - 1]);
  if (last < thresholds.surname) return null;
  const first = nameSimilarity(ta[0], tb[0]);
  if (first < thresholds.word) return null;
  const sim = nameSimilarity(ta.join(' '), tb.join(' '));
  if (sim >= thresholds.person)
    return `spelling variants (name similarity ${sim.toFixed(2)}, surname ${last.toFixed(2)}, given name ${first.toFixed(2)})`;
  return null;
};

/** Organizations: same number of words, each a close spelling (Tehrik-i-Taliban / Tehreek-e-Taliban). */
export const sameOrganization = (a: string, b: string): string | null => {
  const sims = alignedSimilarities(a, b);
  if (!sims || sims.some((s) => s < thresholds.word)) return null;
  const mean = sims.reduce((x, y) => x + y, 0) / sims.length;
  return mean >= thresholds.organization ? `spelling variants (word similarities ${sims.map((s) => s.toFixed(2)).join(', ')})` : null;
};

/** "Islamic Emirate" and "Islamic Emirate of Afghanistan": the same name with its place added. */
const mergeOfPlace = (vs: Variant[], uf: UnionFind): void => {
  const keys = new Map(vs.map((v, i) => [`${kind(v.type)}|${nameKey(v.text)}`, i]));
  vs.forEach((v, i) => {
    const m = v.text.match(/^(.+?) of (?:the )?(\p{Lu}[\p{L} -]+)$/u);
    if (!m || v.type === 'person') return;
    const j = keys.get(`${kind(v.type)}|${nameKey(m[1])}`);
    const placeNamed = vs.some((w) => w.type === 'location' && nameKey(w.text) === nameKey(m[2]));
    if (j !== undefined && j !== i && placeNamed) uf.union(i, j, `"${vs[j].text}" is "${v.text}" without its place name`);
  });
};

/** "Nizamani", "Mr. Balkhi", "Dale-Mora": a person mention of one name word, or a courtesy title and one. */
const partialTokens = (m: Mention): string[] | null => {
  if (m.type !== 'person') return null;
  const t = nameTokens(m.text);
  return t.length >= 1 && !/\s/.test(m.text.trim().replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, '')) ? t : null;
};

/** A person mention written as a full name of two words or more. */
const isFullName = (m: Mention): boolean => m.type === 'person' && /\s/.test(m.text.trim()) && nameTokens(m.text).length >= 2;

/**
 * "Shehbaz Sharif called it cowardly. Mr. Sharif spoke…" in a report that names Nawaz Sharif only later:
 * a partial name belongs to the one person of that name its report named before it (spellings of one
 * name count once).
 */
const partialHolders = (mentions: readonly Mention[]): Map<Mention, Mention> => {
  const out = new Map<Mention, Mention>();
  const byArticle = new Map<string, Mention[]>();
  for (const m of mentions) if (m.type === 'person') byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  for (const ms of byArticle.values()) {
    const full = ms.filter(isFullName);
    for (const m of ms) {
      const part = partialTokens(m);
      if (!part) continue;
      const before = full.filter((f) => f.start < m.start && holdsPart(nameTokens(f.text), part));
      if (before.length && before.every((f) => f.text === before[0].text || samePerson(nameTokens(f.text), nameTokens(before[0].text)))) out.set(m, before[0]);
    }
  }
  return out;
};

/** A partial name joins the full name its report gave before it. */
const mergeResolvedPartials = (vs: Variant[], uf: UnionFind): void => {
  const index = new Map(vs.map((v, i) => [v.key, i]));
  vs.forEach((v, i) => {
    const j = v.holder ? index.get(`person|${nameKey(v.holder.text)}`) : undefined;
    if (j !== undefined) uf.union(j, i, `"${v.text}" in ${v.holder!.articleId} follows "${vs[j].text}", the only person of that name its report named before it`);
  });
};

/** "Dale-Mora" is the end of "Ana Dale-Mora"; "Mora" is any later word of "Ana Lucia Mora". */
const holdsPart = (full: string[], part: string[]): boolean =>
  part.length === 1 ? full.slice(1).includes(part[0]) : full.length > part.length && full.slice(-part.length).join(' ') === part.join(' ');

/**
 * "Nizamani", "Mr. Balkhi", "Sharif", "Dale-Mora" (a hyphenated surname): a partial name joins the one
 * full name in the event that holds it.
 */
const mergePartialNames = (vs: Variant[], uf: UnionFind): void => {
  vs.forEach((v, i) => {
    const t = partialTokens(v.mentions[0]);
    if (!t || v.holder) return;
    const hits = vs
      .map((w, j) => ({ w, j }))
      .filter(({ w }) => w !== v && isFullName(w.mentions[0]) && holdsPart(nameTokens(w.text), t));
    const roots = new Set(hits.map((h) => uf.find(h.j)));
    if (roots.size === 1) uf.union(hits[0].j, i, `"${v.text}" is part of "${hits[0].w.text}", the only person of that name in the event`);
  });
};

const canonicalOf = (members: Variant[]): Variant => {
  const score = (v: Variant): number =>
    v.mentions.length + (isAcronym(v.text) ? -100 : 0) + (v.mentions[0].source === 'demonym' ? -50 : 0) + nameTokens(v.text).length * 1.5 + (v.type === 'location' && v.place && nameKey(v.place.name) === nameKey(v.text) ? 2 : 0) + (aliasGroup(v.text) !== null && aliasCanonical(aliasGroup(v.text)!) === v.text ? 3 : 0);
  return [...members].sort((a, b) => score(b) - score(a) || b.text.length - a.text.length)[0];
};

const majorityType = (members: Variant[]): EntityType => {
  const n = new Map<EntityType, number>();
  for (const v of members) n.set(v.type, (n.get(v.type) ?? 0) + v.mentions.length);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0][0];
};

/** Courtesy titles say nothing of a role. */
const honorific = /^(mr|mrs|ms|miss|dr|sir)\.?$/i;

const rolesOf = (mentions: Mention[]): string[] => {
  const seen = new Map<string, string>();
  for (const m of mentions) {
    for (const r of [m.role, m.eventRole]) {
      const role = r?.replace(/[.,;:]+$/, '');
      if (role && !honorific.test(role) && !seen.has(role.toLowerCase())) seen.set(role.toLowerCase(), role);
    }
  }
  return [...seen.values()];
};

/** A name worth an entity: a person, place or group, or an unclear name seen in two reports. */
const keep = (members: Variant[]): boolean => {
  const type = majorityType(members);
  if (type !== 'other') return true;
  return new Set(members.flatMap(articlesOf)).size >= 2;
};

/**
 * Other ways the same full name is written: "Dwayne Jackson Jr." also "Dwayne Jackson Jr" and "Dwayne
 * Jackson"; "Ana Dale-Mora" also "Ana Dale Mora"; "O’Neal" also "O'Neal" (typewriter apostrophe).
 */
const writtenForms = (v: Variant): string[] => [v.text, ...v.forms].flatMap((text) => formsOf(v.type, text));

/** The other forms of one written name (see writtenForms). */
const formsOf = (type: EntityType, text: string): string[] => {
  if (type !== 'person' || !/\s/.test(text)) return [];
  const m = text.match(/^(.+?),?\s+(Jr|Sr|II|III|IV)\.?$/);
  const out = m ? [`${m[1]} ${m[2]}`, m[1]] : [];
  const plain = text.replace(/’/g, "'");
  if (plain !== text) out.push(plain);
  // Only the surname: "Ubaid-ur-Rehman" is one given name, not two.
  const spaced = plain.replace(/(\s\p{Lu}[\p{L}']*)-(\p{Lu}[\p{L}']*)$/u, '$1 $2');
  if (spaced !== plain) out.push(spaced);
  return out;
};

const hash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
};

/**
 * "Internal Security Yakubu Shuaibu Madaki", "SP Haruna Inuwa Wakili": a person mention that ends with
 * a full name written alone elsewhere in the event is that name; the words before it are a title.
 */
export const trimTitledNames = (mentions: readonly Mention[]): Mention[] => {
  // Two written words: a hyphenated surname alone ("Dale-Mora") is no full name.
  const full = new Set(mentions.filter((m) => m.type === 'person' && /\s/.test(m.text.trim()) && nameTokens(m.text).length >= 2).map((m) => nameKey(m.text)));
  return mentions.map((m) => {
    if (m.type !== 'person') return m;
    const words = m.text.split(/\s+/);
    for (let i = 1; i <= words.length - 2; i++) {
      const tail = words.slice(i).join(' ');
      if (!full.has(nameKey(tail))) continue;
      const head = words.slice(0, i).join(' ');
      return { ...m, text: tail, start: m.end - tail.length, role: m.role ? `${m.role} ${head}` : head };
    }
    return m;
  });
};

/** The entities of one event from the mentions of its reports. Ids are stable for the same inputs. */
export const resolveEntities = (mentions: readonly Mention[]): EventEntity[] => {
  const vs = groupVariants(trimTitledNames(mentions));
  const uf = new UnionFind(vs.length);
  mergePlaces(vs, uf);
  mergeWrittenAcronyms(vs, uf);
  mergeKnownAliases(vs, uf);
  mergeSpellings(vs, uf);
  mergeOfPlace(vs, uf);
  mergeAcronymsByInitials(vs, uf);
  mergeResolvedPartials(vs, uf);
  mergePartialNames(vs, uf);
  const clusters = new Map<number, Variant[]>();
  vs.forEach((v, i) => clusters.set(uf.find(i), [...(clusters.get(uf.find(i)) ?? []), v]));
  const out: EventEntity[] = [];
  for (const [root, members] of clusters) {
    if (!keep(members)) continue;
    const canon = canonicalOf(members);
    const all = members.flatMap((v) => v.mentions).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
    const type = majorityType(members);
    // "St. Louis" is named "Saint Louis", as the gazetteer spells it out; the written form stays an alias.
    // "Pakistani" alone names Pakistan: a demonym is an alias of its country, never the country's name.
    const demonym = type === 'location' && canon.place && canon.mentions[0].source === 'demonym';
    const spelled = type === 'location' && canon.place && canon.place.name !== canon.text && (demonym || fullName(canon.text) === canon.place.name) ? canon.place.name : null;
    const name = spelled ?? canon.text;
    const aliases = [...new Set(members.flatMap((v) => [v.text, ...v.forms, ...writtenForms(v)]).filter((t) => t !== name))];
    const entity: EventEntity = {
      id: `ent-${hash(`${type}|${nameKey(name)}`)}`,
      name,
      type,
      aliases,
      roles: rolesOf(all),
      articleIds: [...new Set(all.map((m) => m.articleId))].sort(),
      mentions: all.map(({ articleId, start, end, eventRole }) => (eventRole ? { articleId, start, end, role: eventRole } : { articleId, start, end })),
    };
    if (type === 'location') entity.place = canon.place ?? members.find((v) => v.place)?.place ?? null;
    if (uf.reasons[root].length) entity.mergedBecause = uf.reasons[root];
    out.push(entity);
  }
  return out.sort((a, b) => b.mentions!.length - a.mentions!.length || a.name.localeCompare(b.name));
};
