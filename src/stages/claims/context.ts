// Where a statement sits: its sentence, and whether it is about a recalled, earlier event rather than the main one.

import type { Doc, Sentence } from '../../model/index.ts';
import { monthNames } from '../temporal/calendar.ts';
import { matchesOf } from '../annotate/matches.ts';
import { declareCues, cuesIn, hasCue } from './cues.ts';

/** The doc's sentences, or a plain split on end marks and blank lines when annotate left none. */
export const sentencesOf = (doc: Doc): Sentence[] => {
  if (doc.sentences.length) return doc.sentences;
  const text = doc.article.text;
  const out: Sentence[] = [];
  for (const m of matchesOf(text, /[^\n.!?]+(?:[.!?]+["”’)]*|$)/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
};

const months = monthNames;
const monthRe = new RegExp(String.raw`\b(${months.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?`, 'g');
const cues = /\b(?:coincided with|another (?:\w+ )?(?:attack|shooting|bombing|blast|explosion|incident)|previous (?:attack|shooting|bombing|incident)s?|earlier (?:attack|bombing|shooting|incident)s?|last (?:week|month|year)|(?:weeks|months|years) ago|(?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?)(?: and a half)? (?:ago|earlier|before)|(?:weeks|months|years) (?:earlier|before)|over the past (?:year|months|decade)|in recent (?:months|years)|(?:carried out|launched|staged) an? (?:[\w-]+ ){0,2}(?:attack|bombing|blast|shooting|assault)|the (?:second|third|latest|deadliest) (?:major |such )?(?:attack|bombing|shooting)|since (?:the )?(?:\w+ ){0,3}(?:took|came|returned|seized|began)|in that (?:case|incident)|after another (?:man|woman|person|teen|boy|girl|shooting)|(?:on|at) the same (?:block|address|corner|intersection|spot)|(?:came|comes|follows|followed|happened|occurred) (?:just |only )?(?:\w+ (?:days?|hours?|weeks?) )?(?:after|on the heels of) (?:an?|the) (?:[\w-]+ ){0,4}(?:attack|shooting|bombing|massacre|rampage))\b/i;
const backgroundCues = declareCues([
  'coincided', 'another', 'previous', 'earlier', 'last', 'week', 'month', 'year', 'past', 'recent', 'carried', 'launched', 'staged', 'second',
  'third', 'latest', 'deadliest', 'since', 'case', 'incident', 'same', 'came', 'comes', 'follow', 'happened', 'occurred',
]);
/** Tallies over a period or a place at large ("so far this year", "citywide"): not one event's count. */
const tallies = /\b(?:this year|so far (?:this|in)\b|since the (?:start|beginning) of|in (?:19|20)\d\d\b|citywide|city-wide|across (?:the )?(?:city|country|nation|state|region)|nationwide|statewide|over (?:the )?(?:[\w-]+ ){0,2}weekend|per year|annually|statistics|stats\b|year-to-date|homicides? (?:this|last) year)/i;
/** Round-ups of several shootings ("in separate shootings across the city since Friday"): no one event's count. */
const roundup = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|\d+)\s+(?:(?:separate|different|unrelated|other|overnight|weekend|more|similar)\s+)?(?:shooting\s+)?(?:shootings|incidents|attacks)|separate\s+(?:[\w-]+\s+){0,3}?(?:shootings|incidents|attacks|accidents)|shootings (?:across|around|throughout|in) (?:the )?(?:city|[A-Z])|(?:across|around|throughout) the (?:city|county|state|region|country)|\bacross (?!(?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:Street|Avenue|Road|Boulevard|Drive|Lane|Park|Bridge|Way|Place|Court|Parkway)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?\b(?! [A-Z])|\bviolent (?:night|weekend|day|24 hours|stretch|few days)\b|since (?:last |early |late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the weekend|weekend)|since \d{1,2}(?::\d\d)? ?[ap]\.?m\b|\b\d+-hour (?:span|period|stretch)|\bin (?:about |less than |just |under )?(?:\w+|\d+) hours\b|\bin (?:[A-Z][\w.]* )?(?:shootings|attacks)\b|\bother (?:\w+ )?(?:shootings|attacks)\b|\bfrom (?:[\d:.apm ]{1,12})?(?:early |late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:\w+ )?(?:to|until|through|into) |in the (?:past|last) (?:(?:few|two|three|four|five|six|several|\d+) )?(?:days|weeks|months|years|hours)|between [^;]{2,40}? and [^;]{2,40}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|night))/i;
const roundupCues = declareCues(['shootings', 'incident', 'attack', 'separate', 'across', 'around', 'throughout', 'violent', 'since', 'hour', 'from', 'past', 'last', 'between']);
/** Whether a sentence's counts belong to no single event: a round-up of several shootings. */
export const countsElsewhere = (sentence: string): boolean => hasCue(cuesIn(sentence), roundupCues) && roundup.test(sentence);

/** Page furniture: related-story lists and captions. */
const furniture = /^(?:related\b|read more|see also|more:|also read|watch\b|photos?:|video:|live:|image \d+ of \d+|click here|recommended)/i;
const lastMonth = new RegExp(String.raw`\b[Ll]ast (?:${months.join('|')})\b`);

const monthOf = (iso: string | null): number | null => (iso && /^\d{4}-\d{2}/.test(iso) ? Number(iso.slice(5, 7)) : null);
const yearOf = (iso: string | null): number | null => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null);

/**
 * A fallback for when the background stage found nothing in a sentence: words that set a statement in another
 * event ("last November", "coincided with", "carried out a suicide attack") or a month far from the article's own.
 */
export const looksLikeBackground = (sentence: string, doc: Doc): boolean => {
  if ((hasCue(cuesIn(sentence), backgroundCues) && cues.test(sentence)) || lastMonth.test(sentence) || tallies.test(sentence) || furniture.test(sentence.trim())) return true;
  const anchors = [doc.eventDate, doc.article.published].filter((d): d is string => Boolean(d));
  for (const m of matchesOf(sentence, monthRe)) {
    const name = m[1].replace('.', '');
    const month = months.findIndex((x) => x.startsWith(name.slice(0, 3))) + 1;
    const year = m[2] ? Number(m[2]) : null;
    if (!anchors.length) return m[2] !== undefined || /\b[Ii]n\s+$/.test(sentence.slice(0, m.index));
    const near = anchors.some((a) => {
      const am = monthOf(a);
      const ay = yearOf(a);
      if (year !== null && ay !== null && year !== ay) return false;
      return am === null || Math.abs(am - month) <= 1 || Math.abs(am - month) === 11;
    });
    if (!near) return true;
  }
  return false;
};

/** Index of the background mention a statement at [start, end) belongs to, or null for the main event. */
export const backgroundIndex = (doc: Doc, sentenceIndex: number, sentence: Sentence, start: number): number | null => {
  let best: number | null = null;
  let bestDistance = Infinity;
  doc.background.forEach((b, i) => {
    const inSentence = b.sentence === sentenceIndex || (b.start < sentence.end && sentence.start < b.end);
    if (!inSentence) return;
    // A mention before the statement is likelier its subject than one after it.
    const distance = b.start <= start ? start - b.start : (b.start - start) * 2 + 1;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
};
