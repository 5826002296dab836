// Who did it: attackers counted, groups claiming or denying responsibility, perpetrators named by others.

import type { Mention } from '../../model/index.ts';
import { countPattern, parseNumberWord } from '../annotate/numbers.ts';
import { attackerNouns, channelPattern, groupAliases, groupWords } from './lexicon.ts';
import { matchesOf } from '../annotate/matches.ts';
import { declareCues, cuesIn, hasCue } from './cues.ts';

export interface ActorHit {
  slot: 'attackers' | 'claimedBy' | 'perpetrator';
  value: number | string;
  hedge: string | null;
  negated: boolean;
  channel: string | null;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Who lays the blame ("the interior ministry blamed …"). */
  by?: string;
}

const attackerPhrase = new RegExp(
  String.raw`(?<![\w-])(?:${countPattern(true)}|(the))\s+(?:(lone|single|suspected|armed|masked|unidentified|unknown|suicide|teenage|teen|young|alleged|would-be|second)\s+){0,2}(${attackerNouns})(?![\w-])`,
  'gi',
);
/** The attacker nouns (lexicon.attackerNouns), one of which an attacker phrase ends with. */
const attackerCues = declareCues(['attacker', 'gunm', 'shooter', 'assailant', 'bomber', 'suicide', 'perpetrator', 'hijacker', 'militant', 'terrorist', 'sniper']);
const membersPhrase = new RegExp(String.raw`\b(?:carried out|committed|perpetrated|conducted|executed|staged|launched) by ${countPattern(false)} of (?:its|their|the group's|the group’s|the organization's|the organisation's) (?:members|fighters|militants|men)\b`, 'gi');
const membersCues = declareCues(['carried', 'committed', 'perpetrated', 'conducted', 'executed', 'staged', 'launched']);

/** Attacker counts: "a lone attacker" = 1, "two gunmen" = 2, "at least one attacker" = 1 (hedged). */
export const findAttackers = (sentence: string): ActorHit[] => {
  const hits: ActorHit[] = [];
  const held = cuesIn(sentence);
  for (const m of hasCue(held, attackerCues) ? matchesOf(sentence, attackerPhrase) : []) {
    const [, hedge, quantity, definite, adjective, noun] = m;
    if (adjective?.toLowerCase() === 'second') continue;
    const plural = /(?:s|men)$/i.test(noun);
    let value: number | null;
    if (definite) value = plural ? null : 1;
    else value = parseNumberWord(quantity);
    if (value === null || value > 50) continue;
    if (/^(?:an?|one|single|lone)$/i.test(quantity ?? '') && plural) continue;
    if (value > 1 && !plural) continue;
    // "a militant group", "an attacker's car": the noun modifies something else.
    if (/^\s*(?:group|organi[sz]ation|network|commander|leader|cell|attack|'s|’s)\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    hits.push({ slot: 'attackers', value, hedge: hedge?.toLowerCase() ?? null, negated: false, channel: null, start: m.index, end: m.index + m[0].length });
  }
  for (const m of hasCue(held, membersCues) ? matchesOf(sentence, membersPhrase) : []) {
    const value = parseNumberWord(m[2]);
    if (value !== null) hits.push({ slot: 'attackers', value, hedge: m[1]?.toLowerCase() ?? null, negated: false, channel: null, start: m.index, end: m.index + m[0].length });
  }
  return hits;
};

/** The canonical name of a group written any of its usual ways, or null. */
export const canonicalGroup = (name: string): string | null => groupAliases.find((g) => g.pattern.test(name))?.canonical ?? null;

/** The parent of a branch ("Islamic State Khorasan Province" → "Islamic State"), or null. */
export const parentGroup = (name: string): string | null => groupAliases.find((g) => g.canonical === name)?.parent ?? null;

interface NameAt { name: string; start: number; end: number }

const globalAliases = groupAliases.map((g) => ({ ...g, all: new RegExp(g.pattern.source, g.pattern.flags.includes('g') ? g.pattern.flags : `${g.pattern.flags}g`) }));

const knownAs = /\b(?:known as|calling itself|calls itself|named)\s+["“]([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})["”]|["“]([A-Z]{2,6})["”]\s+(?=(?:[Oo]rgani[sz]ation|[Gg]roup|[Mm]ovement|[Ff]ront)\b)/g;
/** "Armed group", "The Organization": a kind of group, not the name of one. */
const genericGroup = /^(?:(?:the|a|an|armed|militant|little-known|unknown|extremist|terrorist|jihadist|rebel|islamist|separatist|insurgent|criminal|new|small|local)\s+)*(?:group|organi[sz]ation|front|army|movement|militia|network|faction|cell)s?$/i;

const groupNamesIn = (sentence: string, offset: number, mentions: Mention[]): NameAt[] => {
  const out: NameAt[] = [];
  for (const g of globalAliases) {
    for (const m of matchesOf(sentence, g.all)) {
      if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
      out.push({ name: g.canonical, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const mention of mentions) {
    if (mention.type !== 'organization') continue;
    const start = mention.start - offset;
    const end = mention.end - offset;
    if (start < 0 || end > sentence.length || out.some((o) => o.start < end && start < o.end)) continue;
    if (!groupWords.test(mention.text) && !/^[A-Z]{2,6}$/.test(mention.text)) continue;
    out.push({ name: canonicalGroup(mention.text) ?? mention.text.replace(/^the\s+/i, ''), start, end });
  }
  // 'the organization known as "GLF"': a quoted name introduced as what the group is called.
  for (const m of matchesOf(sentence, knownAs)) {
    const name = m[1] ?? m[2];
    const start = m.index + m[0].indexOf(name);
    if (!out.some((o) => o.start < start + name.length && start < o.end)) out.push({ name: canonicalGroup(name) ?? name, start, end: start + name.length });
  }
  if (!out.length) {
    // "the Red Dawn Front", "the Silver Hand movement": capitalised words before a group noun.
    const re = /\b(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?:Group|Front|Army|Brigades?|Movement|Organi[sz]ation|Militia|Network|Taliban)|(?:(?!The\s)[A-Z][\w’'-]*\s+){1,4}(?:group|front|army|brigades?|movement|organi[sz]ation|militia|network))\b/g;
    for (const m of matchesOf(sentence, re)) out.push({ name: m[1].trim().replace(/^The\s+/, ''), start: m.index, end: m.index + m[0].length });
  }
  return out.filter((n) => !genericGroup.test(n.name)).sort((a, b) => a.start - b.start);
};

const claimTrigger = /\b(?:claim(?:ed|s|ing)?|took|takes|taken|accept(?:ed|s)?|assum(?:ed|es))\s+(?:the\s+)?(?:responsibility|credit)\b|\bclaim(?:ed|s)?\s+(?:the\s+|this\s+|that\s+|\w+['’]s\s+)?(?:attack|bombing|shooting|assault|blast|killing)\b|\b(?:said|says|stated)\s+(?:that\s+)?it\s+(?:had\s+)?["“]?(?:attacked|carried out|was behind|staged|conducted|targeted)\b|\bresponsibility (?:was|has been) claimed by\b|\b(?:announc|declar|proclaim)(?:ed|es|ing)\b[^.;]{0,140}?\b(?:its|their)\s+responsibility\b|\badopt(?:ed|s|ing)?\s+(?:the\s+)?(?:responsibility|attack|bombing|shooting|assault|blast|operation|explosion)\b/i;
const noClaim = /\b(?:no|none of the)\s+(?:\w+\s+){0,2}?(?:group|one|organi[sz]ation|faction|militant)s?\b[^.;]{0,30}?\b(?:claimed|taken|accepted|assumed)\b|\bno (?:immediate )?claims? of responsibility\b|\b(?:has|have|had|was|were)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed\b|\bwent unclaimed\b|\bnobody (?:has |had )?(?:yet )?claimed\b/i;
const claimCues = declareCues(['responsibility', 'credit', 'claim', 'it', 'adopt']);
const noClaimCues = declareCues(['claim', 'taken', 'accepted', 'assumed', 'unclaimed']);
const allChannels = new RegExp(channelPattern.source, 'gi');
const denial = /\b(?:denied|denies|rejected|rejects|disowned)\s+(?:any\s+)?(?:involvement|responsibility|role|links?)\b/i;
const denialCues = declareCues(['denied', 'denies', 'reject', 'disowned']);

/** Claims of responsibility (with channel), their absence ("no group has claimed"), and denials. */
export const findClaims = (sentence: string, offset: number, mentions: Mention[]): ActorHit[] => {
  const held = cuesIn(sentence);
  const none = hasCue(held, noClaimCues) ? noClaim.exec(sentence) : null;
  if (none) return [{ slot: 'claimedBy', value: 'any group', hedge: null, negated: true, channel: null, start: none.index, end: none.index + none[0].length }];
  const denied = hasCue(held, denialCues) ? denial.exec(sentence) : null;
  const trigger = hasCue(held, claimCues) ? claimTrigger.exec(sentence) : null;
  const at = denied ?? trigger;
  if (!at) return [];
  const channels = matchesOf(sentence, allChannels).map((m) => m[1]);
  const channel = channels.find((c) => /^[A-Z]/.test(c) && !/^(?:A|Its|Their)\b/.test(c)) ?? channels[0] ?? null;
  const names = groupNamesIn(sentence, offset, mentions);
  if (!names.length) return [];
  const before = names.filter((n) => n.end <= at.index);
  const pick = /claimed by/i.test(at[0]) ? names.find((n) => n.start >= at.index) : before[before.length - 1] ?? names[0];
  if (!pick) return [];
  // Prefer the most specific name in the subject ("the Khorasan branch of the Islamic State").
  const specific = before.find((n) => parentGroup(n.name) === pick.name) ?? pick;
  return [{
    slot: 'claimedBy', value: specific.name, hedge: null, negated: Boolean(denied), channel: denied ? null : channel,
    start: Math.min(specific.start, at.index), end: Math.max(specific.end, at.index + at[0].length),
  }];
};

/** The verbs of blame and identified: a sentence without one names no perpetrator. */
const perpetratorCues = declareCues(['carried', 'orchestrated', 'perpetrated', 'committed', 'masterminded', 'staged', 'planned', 'blamed', 'accused', 'identified', 'named']);
const blameCue = /\b(?:by|blamed|accused)\b/i;
/** The subject of "blamed": "the interior ministry", "Police", "Officials in Lagos" (a short phrase opening its clause). */
const blamer = /(?:^|[,;:—–]\s*|\b(?:and|but)\s+)((?:the\s+|The\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,4}?[A-Za-z][\w’'.-]*)\s+(?:has\s+|have\s+|had\s+|also\s+|quickly\s+|publicly\s+)?$/;
const identifiedCue = /\b(?:identified|named)\b/;
const blame = /\b(?:carried out|orchestrated|perpetrated|committed|masterminded|staged|planned) by\s+|\b(?:blamed|accused)\s+/gi;
const identified = /\b(?:identified|named)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?(?:shooter|gunman|suspect|attacker|killer|assailant)s?\s+as\s+((?:[A-Z][\w’'-]+\s+){1,3}?[A-Z][\w’'-]+)\b/g;

/** Perpetrators named by officials or the report: "blamed the Front", "identified the shooter as John Doe". */
export const findPerpetrators = (sentence: string, offset: number, mentions: Mention[]): ActorHit[] => {
  const hits: ActorHit[] = [];
  if (!hasCue(cuesIn(sentence), perpetratorCues) || (!blameCue.test(sentence) && !identifiedCue.test(sentence))) return hits;
  const names = groupNamesIn(sentence, offset, mentions);
  for (const m of matchesOf(sentence, blame)) {
    const after = m.index + m[0].length;
    const n = names.find((x) => x.start >= after && x.start <= after + 5);
    const by = /^(?:blamed|accused)/i.test(m[0]) ? blamer.exec(sentence.slice(0, m.index))?.[1] : undefined;
    if (n) hits.push({ slot: 'perpetrator', value: n.name, hedge: null, negated: false, channel: null, start: m.index, end: n.end, by });
  }
  for (const m of matchesOf(sentence, identified)) {
    hits.push({ slot: 'perpetrator', value: m[1], hedge: null, negated: false, channel: null, start: m.index, end: m.index + m[0].length });
  }
  return hits;
};
