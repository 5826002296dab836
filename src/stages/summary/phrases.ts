// Wording for summary sentences: numbers, dates, places and one clause per ledger slot.

import { createRequire } from 'node:module';
import type { EventWhen, LedgerValue, Place, Slot } from '../../model/index.ts';
import { monthNames } from '../temporal/calendar.ts';

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts in words ("two"), larger ones in digits. */
export const countWord = (n: number): string => (Number.isInteger(n) && n >= 0 && n < numberWords.length ? numberWords[n] : String(n));

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const months = monthNames;

/** "2 December 2022", "December 2022" or "2022", as precise as the date is. */
export const formatDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${months[m - 1]} ${y}`;
  return `${d} ${months[m - 1]} ${y}`;
};

/** "on 2 December 2022, at about 15:30" / "in December 2022"; empty when the date is unknown. */
export const whenPhrase = (when: EventWhen): string => {
  if (!when.date) return '';
  const on = when.date.length === 10 ? 'on' : 'in';
  return ` ${on} ${formatDate(when.date)}${when.time ? `, at about ${when.time}` : ''}`;
};

const require = createRequire(import.meta.url);
let countryNames: Record<string, string | string[]> | null = null;

/** English country name of an ISO code, or the code itself when unknown. */
const countryName = (code: string): string => {
  countryNames ??= (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const name = countryNames[code.toUpperCase()];
  return (Array.isArray(name) ? name[0] : name) ?? code;
};

/** "Kabul, Afghanistan"; the country is left out when it is the place itself. */
export const placeName = (p: Place): string => {
  const country = p.country ? countryName(p.country) : null;
  return country && country !== p.name ? `${p.name}, ${country}` : p.name;
};

const vowel = /^[aeiou]/i;
export const withArticle = (noun: string): string => `${vowel.test(noun) ? 'an' : 'a'} ${noun}`;

/** "the Pakistani embassy" for a common noun phrase, names as they are. */
export const withThe = (phrase: string): string =>
  /^(?:the|a|an|his|her|its|their)\s/i.test(phrase) || !/^[a-z]/.test(phrase.split(' ').at(-1) ?? '') ? phrase : `the ${phrase}`;

/** "an AK-47 rifle" for a bare singular noun phrase; plurals, names and counted phrases stay as they are. */
const withDeterminer = (phrase: string): string =>
  /^(?:the|a|an|his|her|its|their|some|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(phrase) ||
  /s$/i.test(phrase) ||
  /^[A-Z][a-z]/.test(phrase)
    ? phrase
    : withArticle(phrase);

const numericHedge = /^(?:at least|more than|over|about|around|nearly|almost|up to|some|as many as)$/i;

/** A number with its hedge as written ("at least four"). */
const counted = (v: LedgerValue, n: number): string => {
  const hedge = (v.hedges ?? []).find((h) => numericHedge.test(h));
  return hedge ? `${hedge.toLowerCase()} ${countWord(n)}` : countWord(n);
};

const people = (v: LedgerValue, n: number, verb: string, noun = 'person', plural = 'people'): string =>
  n === 0 ? `no one was ${verb}` : `${counted(v, n)} ${n === 1 ? noun : plural} ${n === 1 ? 'was' : 'were'} ${verb}`;

/** A negated claim that names a group is its denial; one naming no one ("any group") says no group has claimed. */
export const isDenial = (v: LedgerValue): boolean =>
  Boolean(v.negated) && v.value !== null && !/^(?:any group|responsibility|no group|none|)$/i.test(String(v.value));

/** "on Telegram", "in a statement", "on its website": how a claim was made. */
const viaChannel = (channel: string): string => (/^(?:a|an)\s/i.test(channel) ? `in ${channel}` : `on ${channel}`);

/** What a slot's value says, as a clause; `noun` names the event ("attack", "bombing"). */
export const clause = (slot: Slot, v: LedgerValue, noun: string): string => {
  const value = v.value;
  const n = typeof value === 'number' ? value : Number.NaN;
  const text = String(value ?? '');
  if (v.negated) {
    if (slot === 'claimedBy') return isDenial(v) ? `${text} denied involvement` : 'no group had claimed responsibility';
    return `no ${slot} was reported${value !== null && value !== '' ? ` (${text})` : ''}`;
  }
  switch (slot) {
    case 'killed':
      return Number.isNaN(n) ? `${text} was killed` : people(v, n, 'killed');
    case 'injured':
      return Number.isNaN(n) ? `${text} was injured` : people(v, n, 'injured');
    case 'arrested':
      return Number.isNaN(n) ? `${text} was arrested` : people(v, n, 'arrested', 'suspect', 'suspects');
    case 'attackers':
      if (Number.isNaN(n)) return `the ${noun} was carried out by ${text}`;
      return n === 1 ? `a single attacker carried out the ${noun}` : `${counted(v, n)} attackers carried out the ${noun}`;
    case 'perpetrator':
      return `the ${noun} was attributed to ${text}`;
    case 'claimedBy':
      return `${text} claimed responsibility${v.channels?.length ? ` ${viaChannel(v.channels[0])}` : ''}`;
    case 'target':
      return `the ${noun} targeted ${withThe(text)}`;
    case 'weapons':
      return `the attackers used ${withDeterminer(text)}`;
    case 'date':
      return `it happened on ${/^\d{4}/.test(text) ? formatDate(text) : text}`;
    case 'time':
      return `it began at about ${text}`;
    case 'place':
      return `it happened in ${text}`;
    default:
      return `the ${slot} was ${text}`;
  }
};

/** What reports disagree about, per slot. */
export const topic = (slot: Slot): string =>
  (<Record<string, string>>{
    killed: 'the death toll',
    injured: 'the number of injured',
    arrested: 'the arrests',
    attackers: 'the number of attackers',
    perpetrator: 'who was behind it',
    claimedBy: 'who claimed responsibility',
    target: 'the target',
    weapons: 'the weapons used',
    date: 'the date',
    time: 'the time',
    place: 'the place',
  })[slot] ?? `the ${slot}`;
