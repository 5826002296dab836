// Relays: who a report passes on ("according to AFP", "(Reuters) —", "With inputs from agencies").

import { anyWire, wireName } from './wires.ts';

const W = `(${anyWire})`;
/** The end of a wire name: not followed by more of a word ("APtly", "AP-style"). */
const end = String.raw`(?![\w-])`;
const start = String.raw`(?<![\w-])`;
/** A capitalised outlet name of up to six words ("The New York Times", "Sky News Arabia"). */
const outlet = String.raw`((?:[A-Z][\w'’&.-]*)(?: +(?:of|the|and|&|[A-Z][\w'’&.-]*)){0,5})`;
const reportNoun = String.raw`(?:report|reports|story|dispatch|article|bulletin)`;

const wireCues: RegExp[] = [
  new RegExp(String.raw`according to (?:(?:an?|the) )?(?:${reportNoun} (?:from|by|in|of) )?(?:the )?${start}${W}${end}`, 'g'),
  new RegExp(String.raw`\(${W}\)\s*[-–—:]`, 'g'),
  new RegExp(String.raw`(?:quoted|cited)(?: as saying)? by (?:the )?${start}${W}${end}`, 'g'),
  new RegExp(String.raw`(?:told|said to|speaking to|in an interview with|reported by) (?:the )?${start}${W}${end}`, 'g'),
  new RegExp(String.raw`${start}${W}${end},? (?:reported|reports|quoted|cited|said citing|contributed to this report)`, 'g'),
  new RegExp(String.raw`(?:an?|the) ${start}${W}${end} (?:reporter|correspondent|photographer|journalist|tally|count|report)`, 'g'),
];
/**
 * Whether a text names any wire at all. An optional lead word ("the Associated Press") cannot change whether a
 * name occurs, so it is left out: every "t" in the text was otherwise a place the scan had to try.
 */
const namesAnyWire = new RegExp(anyWire.replace(/\(\?:The \|the \)\?|\(\?:the \)\?/g, ''));

/** A name that says it is a news outlet by its last word ("Meridian Wire", "The Valley Gazette", "Coast TV"). */
const namedOutlet = String.raw`((?!The\s)(?:[A-Z][\w'’&.-]*\s){1,4}(?:Wire|News|Press|Agency|Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Courier|Chronicle|Daily|Television|TV|Radio|Network|Monitor|Observer|Guardian|Express|Standard|Mail|Ledger|Record|Dispatch|Bulletin|Online))(?![\w-])`;
const namedOutletCues: RegExp[] = [
  new RegExp(String.raw`(?:according to|told|quoted by|cited by|reported by|speaking to|in an interview with) (?:the |The )?${namedOutlet}`, 'g'),
  new RegExp(String.raw`^[A-Z][\w .,'’-]{2,60}\(${namedOutlet}\)\s*[-–—]`, 'gm'),
];

const outletCue = new RegExp(String.raw`according to (?:an? ${reportNoun}|${reportNoun}) (?:from|by|in) ${outlet}`, 'g');
/** Reports by officials are sources, not outlets ("a report from Sgt. Lee", "a report by the Police Department"). */
const notOutlet = /\b(Sgt|Lt|Capt|Det|Officer|Detective|Chief|Sheriff|Police|Department|Office|Court|Coroner|Examiner|Ministry|Agency|Commission|Committee|Council|Dr|Mr|Mrs|Ms)\b/;
const inputsCue = /with (?:additional )?inputs? from ([^.\n]{2,80})/gi;
const agenciesCue = /\((?:agencies|agency)\)|[-–—]\s*agencies\s*$|^(?:source|sources):\s*agencies\b/gim;
const mayCreditAgencies = /agenc/i;
/** "Source: Coast News" on a line of its own: the report came from that outlet. */
const sourceLine = /^[Ss]ources?:\s*([A-Z][\w'’&. -]{1,40})$/gm;

/** Trailing small words an outlet match may drag along ("The Times of", "Reuters and"). */
const trimOutlet = (s: string) =>
  s.replace(/[.,;:)'’]+$/, '').replace(/(?:\s+(?:of|the|and|&))+$/, '').replace(/^the\s+/i, '').trim();

const namesIn = (list: string): string[] =>
  list
    .split(/,|\band\b|&/)
    .map((s) => trimOutlet(s.trim()))
    .filter(Boolean)
    .map((s) => (/^(news )?agenc(y|ies)$/i.test(s) ? 'agencies' : wireName(s) ?? wireName(`the ${s}`) ?? (/^[A-Z]/.test(s) ? s : '')))
    .filter(Boolean);

/** Every source a text relays, in order of first mention, wires by their canonical name. */
export const findRelays = (text: string): string[] => {
  const hits: { at: number; name: string }[] = [];
  // Most texts name no wire at all: one plain scan spares the six costly cue patterns.
  for (const re of namesAnyWire.test(text) ? wireCues : []) {
    for (const m of text.matchAll(re)) {
      const name = wireName(m[1]);
      if (name) hits.push({ at: m.index, name });
    }
  }
  for (const m of text.matchAll(outletCue)) {
    const name = wireName(trimOutlet(m[1])) ?? trimOutlet(m[1]);
    if (name && !notOutlet.test(name)) hits.push({ at: m.index, name });
  }
  for (const re of namedOutletCues) {
    for (const m of text.matchAll(re)) {
      const name = wireName(trimOutlet(m[1])) ?? trimOutlet(m[1]);
      if (!notOutlet.test(name) && name.includes(' ')) hits.push({ at: m.index, name });
    }
  }
  for (const m of text.matchAll(inputsCue)) for (const name of namesIn(m[1])) hits.push({ at: m.index, name });
  // The agencies pattern is slow to scan (case-folded, anchored per line): only texts saying "agenc…" get it.
  if (mayCreditAgencies.test(text)) for (const m of text.matchAll(agenciesCue)) hits.push({ at: m.index, name: 'agencies' });
  for (const m of text.matchAll(sourceLine)) hits.push({ at: m.index, name: wireName(m[1].trim()) ?? m[1].trim() });
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.name))];
};

/** Outlets do not relay themselves: Reuters quoting "Reuters reported" is its own reporting. */
export const isSelf = (relay: string, outletName: string | null): boolean => {
  if (!outletName) return false;
  const stem = outletName.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.[a-z.]+$/, '').replace(/^the\s+/, '');
  const r = relay.toLowerCase().replace(/^the\s+/, '');
  const [squashedStem, squashedRelay] = [stem.replace(/[^a-z0-9]/g, ''), r.replace(/[^a-z0-9]/g, '')];
  // "told the Daily News" in nydailynews.com is the outlet's own reporting.
  return stem === r || stem === `${r}news` || squashedStem === squashedRelay || (squashedRelay.length >= 5 && squashedStem.includes(squashedRelay));
};
