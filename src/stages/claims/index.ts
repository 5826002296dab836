// Stage `claims`: what each article states about each event field, with evidence, speaker, hedge and event.

import type { Claim, Doc, FactValue, Mention, Sentence, TimeMention } from '../../model/index.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { findAttackers, findClaims, findPerpetrators } from './actors.ts';
import { findHedge, findSpeaker } from './attribution.ts';
import { backgroundIndex, countsElsewhere, looksLikeBackground, sentencesOf } from './context.ts';
import { findCounts, type CountHit } from './counts.ts';
import { placeClaim } from './place.ts';
import { findTargets, findWeapons } from './targets.ts';

/** One statement before aggregation: the claim plus what aggregation needs. */
interface Raw {
  claim: Claim;
  kind: CountHit['slot'] | 'attackers' | 'string';
  additive: boolean;
  ordinal: number | null;
  zero: boolean;
  order: number;
  victims?: boolean;
  self?: boolean;
  /** From the headline (the report's first line, without a full stop). */
  headline?: boolean;
  /** Counted apart from the dead ("another" right after a death): not netted of them, not added to other hurt. */
  besidesDead?: boolean;
}

/** "Tuesday's attack", "the Friday bombing": a day naming the event, not the claim. */
const namesEvent = /^(?:['’]s)?\s+(?:(?:deadly|fatal|suicide|double|twin|mass)\s+)*(?:attack|bombing|blast|shooting|assault|raid|killings?|massacre)s?\b/i;

/** The first day a sentence names for itself (not the event's day in "Tuesday's attack"), or null. */
const dayIn = (doc: Doc, s: Sentence): string | null =>
  doc.times.find((t) => t.start >= s.start && t.end <= s.end && t.precision === 'day' && !namesEvent.test(doc.article.text.slice(t.end, t.end + 40)))?.date ?? null;

const evidenceOf = (doc: Doc, s: Sentence) => ({
  articleId: doc.article.id,
  start: s.start,
  end: s.end,
  text: doc.article.text.slice(s.start, s.end),
});

const severalShootings = /\bshootings\b(?<!\b(?:fatal|deadly|double|triple|quadruple|mass|murder)\s+shootings)/i;

/**
 * The mentions a count's subject may be a person of: people, and names of common words ("Sterling Day was shot"), which
 * may still be a person's. Picked once per doc: every sentence looks among them.
 */
const peopleOf = (doc: Doc): Mention[] => doc.mentions.filter((m) => m.type === 'person' || m.phrase === true);

/** Finds every raw statement of one sentence. */
const sentenceClaims = (doc: Doc, s: Sentence, index: number, speaker: string | null, order: { n: number }, people: Mention[]): Raw[] => {
  const text = doc.article.text.slice(s.start, s.end);
  const sentenceHedge = findHedge(text);
  const fallbackBackground = doc.background.length === 0 || !doc.background.some((b) => b.sentence === index);
  const out: Raw[] = [];
  let background: boolean | undefined;
  const place = (start: number): number | null | undefined => {
    const ref = backgroundIndex(doc, index, s, s.start + start);
    if (ref !== null) return ref;
    return fallbackBackground && (background ??= looksLikeBackground(text, doc)) ? undefined : null;
  };
  const push = (slot: string, value: FactValue, at: number, extra: Partial<Claim>, raw: Omit<Raw, 'claim' | 'order'>) => {
    const ref = place(at);
    if (ref === undefined) return; // about some other, unidentified event: not this one's
    out.push({
      claim: { slot, value, evidence: evidenceOf(doc, s), attribution: speaker, hedge: sentenceHedge, backgroundRef: ref, ...extra },
      order: order.n++,
      headline: index === 0 && headline,
      ...raw,
    });
  };
  const headline = !/[.!?"”'’)]\s*$/.test(text);
  // A line without a full stop below the lead is a heading: a related story's headline, a caption, a teaser. A headline
  // about several shootings ("8 killed, 46 wounded in weekend shootings") counts no one event.
  const elsewhere = countsElsewhere(text) || (index > 1 && headline) || (index === 0 && headline && severalShootings.test(text));
  // Asked many times per sentence: only the people overlapping the sentence can answer.
  const persons = people.filter((m) => m.start < s.end && s.start < m.end);
  const isPerson = (start: number, end: number) => persons.some((m) => m.start < s.start + end && s.start + start < m.end);
  // Counts of a sentence about shootings elsewhere are all dropped: not even looked for.
  for (const h of elsewhere ? [] : findCounts(text, isPerson)) {
    if (h.slot === 'safe') continue;
    push(h.slot, h.count.value, h.start, { hedge: h.count.hedge ?? sentenceHedge, fromShot: h.open }, { kind: h.slot, additive: h.count.additive, ordinal: h.count.ordinal, zero: h.zero, victims: h.victims, self: h.self });
  }
  for (const h of findAttackers(text)) push('attackers', h.value, h.start, { hedge: h.hedge ?? sentenceHedge }, { kind: 'attackers', additive: false, ordinal: null, zero: false });
  for (const h of [...findClaims(text, s.start, doc.mentions), ...findPerpetrators(text, s.start, doc.mentions)]) {
    const extra: Partial<Claim> = { negated: h.negated || undefined, channel: h.channel };
    if (h.slot === 'claimedBy' && !h.negated) {
      extra.attribution = speaker ?? String(h.value);
      extra.claimedOn = dayIn(doc, s);
    }
    // An official attribution: who laid the blame.
    if (h.slot === 'perpetrator' && h.by) extra.attribution = h.by;
    push(h.slot, h.value, h.start, extra, { kind: 'string', additive: false, ordinal: null, zero: false });
  }
  for (const h of [...findTargets(text), ...findWeapons(text)]) push(h.slot, h.value, h.start, {}, { kind: 'string', additive: false, ordinal: null, zero: false });
  return out;
};

/**
 * The largest count; "another"/"two others" add to the largest plain count stated before them. Among the hurt,
 * "others" after a total of several usually means the rest of that total (the survivors), so it adds nothing to it.
 */
const pickMax = (xs: Raw[], othersWithin = false): Raw | null => {
  let best: Raw | null = null;
  let base = 0;
  // A killer's own death adds to the victims he is said to have killed, not to a toll ("three dead") that may include him.
  let victims = 0;
  for (const x of xs) {
    const stated = Number(x.claim.value);
    const added = x.self ? victims + stated : othersWithin && base >= 2 ? Math.max(base, stated) : base + stated;
    const value = x.ordinal ?? (x.additive ? added : stated);
    // A headline gives the total: "another" in the text adds to the text's own count, not to the headline's.
    if (!x.additive && x.ordinal === null && !x.headline) base = Math.max(base, stated);
    if (!x.additive && x.ordinal === null && x.victims) victims = Math.max(victims, stated);
    if (!best || value > Number(best.claim.value)) best = { ...x, claim: { ...x.claim, value } };
  }
  return best;
};

/** "Police initially said seven were shot", "initial reports indicate": a count the report itself has moved past. */
const retracted = /\b(?:initial(?:ly)?|originally|at first|first reported|earlier reports?)\b/i;

/** Drops counts the report gives as first reports when it also gives others of the same kind. */
const withoutRetracted = (raws: Raw[]): Raw[] =>
  raws.filter((r) => !retracted.test(r.claim.evidence.text) || !raws.some((o) => o.kind === r.kind && o.zero === r.zero && !retracted.test(o.claim.evidence.text)));

/** One count per slot for one event of one article: the largest stated total, injuries from shot minus killed. */
const aggregateCounts = (all: Raw[]): Claim[] => {
  const raws = withoutRetracted(all);
  const of = (kind: string, zero: boolean) => raws.filter((r) => r.kind === kind && r.zero === zero);
  // "One teen is dead and another is hurt", "a man was killed; his wife was also shot": right after a death, "another",
  // "others" and "also" set the hurt apart from the dead, not from other hurt already counted.
  const casualties = raws.filter((r) => !r.zero && (r.kind === 'killed' || r.kind === 'injured' || r.kind === 'shot')).sort((a, b) => a.order - b.order);
  const besidesDead = (r: Raw): Raw => {
    if (!r.additive) return r;
    const before = casualties.filter((x) => x.order < r.order).pop();
    return before?.kind === 'killed' ? { ...r, additive: false, besidesDead: true } : r;
  };
  const out: Claim[] = [];
  const positive = (kind: string) => pickMax(of(kind, false));
  const zero = (kind: string) => of(kind, true)[0] ?? null;
  const killed = positive('killed');
  const k = killed ? Number(killed.claim.value) : 0;
  if (killed) out.push(killed.claim);
  else if (zero('killed')) out.push(zero('killed')!.claim);
  // A critical injury told apart from the deaths ("in critical condition" here, "has died" there) may be one of them;
  // told in the same sentence ("killing one and critically wounding two") it is someone else.
  const deathSentences = new Set(of('killed', false).map((r) => r.claim.evidence.start));
  const open = (r: Raw) => Boolean(r.claim.fromShot) && !deathSentences.has(r.claim.evidence.start);
  // Everyone shot who did not die is injured; "two others were shot" after a death are the injured themselves.
  const shot = [...of('shot', false).map(besidesDead), ...of('injured', false).filter(open)].map((r) => (r.additive || r.besidesDead ? r : { ...r, claim: { ...r.claim, value: Math.max(0, Number(r.claim.value) - k), fromShot: true } }));
  // A "third victim" who survived is one of those left once the dead are set aside.
  const survivors = [...of('injured', false).filter((r) => !open(r)).map(besidesDead), ...shot].map((r) => (r.ordinal !== null ? { ...r, ordinal: Math.max(0, r.ordinal - k) } : r));
  const injured = pickMax(survivors.sort((a, b) => a.order - b.order), true);
  if (injured && Number(injured.claim.value) > 0) out.push({ ...injured.claim, slot: 'injured' });
  else if (zero('injured') && !of('shot', false).length) out.push(zero('injured')!.claim);
  for (const kind of ['arrested', 'attackers']) {
    const p = positive(kind);
    if (p) out.push(p.claim);
    else if (zero(kind)) out.push(zero(kind)!.claim);
  }
  return out;
};

/** Aggregates raw statements: one count per slot and event, one claim per distinct string value. */
const aggregateClaims = (raws: Raw[]): Claim[] => {
  const groups = new Map<string, Raw[]>();
  for (const r of raws) {
    const key = String(r.claim.backgroundRef ?? 'main');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: Claim[] = [];
  for (const group of groups.values()) {
    out.push(...aggregateCounts(group));
    const seen = new Set<string>();
    for (const r of group) {
      if (r.kind !== 'string') continue;
      const key = `${r.claim.slot}|${String(r.claim.value).toLowerCase()}|${r.claim.negated ? 1 : 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r.claim);
    }
  }
  return out;
};

const timeClaims = (doc: Doc): Claim[] => {
  const out: Claim[] = [];
  const eventTime = (doc as Doc & { eventTime?: string | null }).eventTime ?? null;
  const dated = doc.eventDate ? doc.times.find((t: TimeMention) => t.date === doc.eventDate || doc.eventDate!.startsWith(t.date)) : undefined;
  const evidence = (t: TimeMention) => ({ articleId: doc.article.id, start: t.start, end: t.end, text: doc.article.text.slice(t.start, t.end) });
  if (doc.eventDate && dated) out.push({ slot: 'date', value: doc.eventDate, evidence: evidence(dated), attribution: null, hedge: null, backgroundRef: null });
  const timed = eventTime ? doc.times.find((t) => t.time === eventTime) : undefined;
  if (eventTime && timed) out.push({ slot: 'time', value: eventTime, evidence: evidence(timed), attribution: null, hedge: null, backgroundRef: null });
  return out;
};

/** A death named but not counted ("fatal shooting", "shooting death", "homicide"). */
const deathNoun = /\b(?:(?<!non-?)(?:fatal|deadly)\s+(?:shooting|stabbing|gunfire)|shooting deaths?|(?<!attempted\s)(?:homicide|murder|slaying)s?(?!-suicide)|killing)\b/i;

/**
 * A headline or lead that names a death without counting it ("Police probe fatal shooting") still says someone
 * died: one death, when nothing else in the report counts the dead.
 */
const impliedDeath = (doc: Doc, raws: Raw[], order: { n: number }): Raw[] => {
  // People said to be shot may include the dead or not: the report's own counts then say more than the noun.
  if (raws.some((r) => (r.kind === 'killed' || r.kind === 'shot') && (r.claim.backgroundRef ?? null) === null)) return [];
  const lead = sentencesOf(doc).slice(0, 3);
  for (const s of lead) {
    const text = doc.article.text.slice(s.start, s.end);
    if (!deathNoun.test(text) || countsElsewhere(text) || looksLikeBackground(text, doc)) continue;
    const claim: Claim = { slot: 'killed', value: 1, evidence: evidenceOf(doc, s), attribution: null, hedge: 'at least', backgroundRef: null, implied: true };
    return [{ claim, kind: 'killed', additive: false, ordinal: null, zero: false, order: order.n++ }];
  }
  return [];
};

/**
 * White space that squashing to one space changes: a run of two or more, or one character other than a space. Single
 * spaces are left alone, so most sentences match nothing and are not copied.
 */
const squashedSpace = /\s{2,}|[^\S ]/g;

/** All claims of one doc. */
export const extractClaims = (doc: Doc): Claim[] => {
  const raws: Raw[] = [];
  const order = { n: 0 };
  let speaker: string | null = null;
  const seen = new Map<string, number>();
  const sentences = sentencesOf(doc);
  const people = peopleOf(doc);
  const texts = sentences.map((s) => doc.article.text.slice(s.start, s.end).replace(squashedSpace, ' '));
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  sentences.forEach((s, i) => {
    // A sentence printed twice is page furniture (related-story lists, carousels), not the report.
    // A headline or lead repeated as a standfirst is still the report: its first telling counts.
    if ((seen.get(texts[i]) ?? 0) > 1 && texts[i].length > 40 && !(i < 4 && texts.indexOf(texts[i]) === i)) return;
    speaker = findSpeaker(doc.article.text.slice(s.start, s.end), speaker);
    raws.push(...sentenceClaims(doc, s, i, speaker, order, people));
  });
  raws.push(...impliedDeath(doc, raws, order));
  return [...aggregateClaims(raws), ...timeClaims(doc), ...placeClaim(doc)];
};

export const claimsStage: ArticleStage = {
  name: 'claims',
  run: (doc) => ({ ...doc, claims: extractClaims(doc) }),
};
