// People counted in one sentence: killed, injured, shot (fate unknown), arrested, and those said to be unharmed.

import { countPattern, isVague, parseNumberWord } from '../annotate/numbers.ts';
import { parseCoordination, type Count } from './phrases.ts';
import { personNouns } from './lexicon.ts';
import { matchesOf } from '../annotate/matches.ts';
import { declareCues, cuesIn, hasCue, type Cues, type CuesIn } from './cues.ts';

export type CountSlot = 'killed' | 'injured' | 'shot' | 'arrested' | 'safe';

export interface CountHit {
  slot: CountSlot;
  count: Count;
  /** Offsets of the predicate within the sentence. */
  start: number;
  end: number;
  /** An explicit zero: "no one was hurt". */
  zero: boolean;
  /** Counted as the object of an attacker's verb ("killed two people"): victims, never the attacker. */
  victims?: boolean;
  /** The attacker's own death ("then turned the gun on himself"). */
  self?: boolean;
  /** Hurt with the outcome still open ("critically injured"): another report's death may be this person's. */
  open?: boolean;
}

const aux = String.raw`\b(?:was|were|is|are|been|being|be|got|gets|remains?|remained)\s+`;
const adverbs = String.raw`(?:(?:also|reportedly|allegedly|later|both|all|each|then|apparently|initially|eventually|subsequently|critically|seriously|fatally|badly|mortally|gravely|slightly|severely|already|just|since|never|being|been|taken|now)\s+)*`;
const adverbGap = /^\s*,?(?:\s*(?:(?!family\b|only\b|ally\b)[a-z]+ly|also|reportedly|allegedly|later|both|all|each|then|apparently|initially|eventually|subsequently|who|that|had|has|have|been|was|were|is|are|and|still|now|found|said|police said|authorities said)\b)*\s*,?\s*$/i;

const passiveVerbs: [CountSlot, string, Cues][] = [
  ['safe', String.raw`(?:unharmed|unhurt|uninjured|not (?:injured|hurt|harmed|wounded|shot)|safe|fine|okay|ok|escaped injury|without injur(?:y|ies))\b`, declareCues(['unh', 'uninj', 'not', 'safe', 'fine', 'ok', 'escaped', 'without'])],
  ['killed', String.raw`(?:found shot (?:dead|to death)|shot and killed|shot to death|stabbed to death|beaten to death|burned to death|gunned down|killed|slain|murdered|shot dead|fatally (?:shot|wounded|injured|stabbed|struck)|(?:pronounced|declared|confirmed|reported) (?:clinically |brain )?(?:dead|deceased|killed)|found dead|taken off life support|dead|deceased)\b`, declareCues(['shot', 'stabbed', 'beaten', 'burned', 'gunned', 'kill', 'slain', 'murder', 'fatal', 'dead', 'decease', 'support'])],
  ['injured', String.raw`(?:wounded|injured|hurt|hospitali[sz]ed|grazed|(?:listed )?in (?:critical|serious|stable|fair|good|grave|satisfactory|life-threatening|extremely critical) condition|in (?:the )?hospital\b(?! (?:when|where|after|for (?:a|an|the) (?:visit|check|meeting))\b)|treated (?:and released )?(?:at [\w ]{1,30} )?for (?:[\w-]+ )?(?:injuries|wounds)|treated (?:at [\w ]{1,30} )?and released|recovering|expected to (?:survive|recover|live|be (?:ok(?:ay)?|all right)))\b`, declareCues(['wound', 'injur', 'hurt', 'hospital', 'graz', 'condition', 'treated', 'recover', 'expected'])],
  ['shot', String.raw`(?:shot|(?:struck|hit|grazed) by (?:a |an )?(?:stray |errant )?(?:gunfire|bullets?|rounds?|gunshots?|shotgun pellets|pellets))(?!\s+(?:at(?!\s+(?:a|an|the|his|her|their|about|around|close|\d+)\b)|dead|to death|and killed)\b)\b`, declareCues(['shot', 'gunfire', 'bullet', 'round', 'gunshot', 'pellet'])],
  ['shot', String.raw`(?:struck|hit|grazed)\s+(?:once\s+|twice\s+|several times\s+|multiple times\s+)?in the (?:[\w-]+\s+){0,2}?(?:head|neck|face|chest|back|arm|arms|leg|legs|foot|hand|shoulder|abdomen|stomach|torso|hip|thigh|knee|buttocks|side|groin|ankle|wrist|finger|eye|jaw|cheek)\b`, declareCues(['struck', 'hit', 'graz'])],
  // Taken to hospital: hurt, but some of them may die there, so their fate is not yet told.
  ['shot', String.raw`(?:taken|transported|rushed|airlifted|flown|driven|brought|sent)\s+(?:by [\w ]{1,20}? )?to (?:the |a |an |area |local |nearby |two |several )?(?:(?:[A-Z][\w'’.-]*|different|unnamed|nearby|local|area|regional|children['’]s|county|community|university|military),?\s+){0,4}?(?:hospitals?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\b`, declareCues(['hospital', 'medical', 'trauma'])],
  ['arrested', String.raw`(?:arrested|apprehended|detained|taken into (?:police )?custody|booked|charged|captured|in custody|jailed|nabbed|extradited|indicted|behind bars|(?:being )?held (?:in (?:the )?(?:[\w-]+ ){0,3}(?:jail|detention|custody)|without (?:bond|bail)|on (?:a )?\$?[\d,.]+(?: million)? (?:bond|bail)))\b`, declareCues(['arrest', 'apprehend', 'detain', 'custody', 'booked', 'charged', 'captured', 'jail', 'nabbed', 'extradit', 'indicted', 'bars', 'held'])],
];
// "was found and arrested", "was interviewed and subsequently booked": an earlier participle joined by "and".
const joinedParticiple = String.raw`(?:(?:[a-z]+ed|found|caught|held|seen),?\s+(?:and|then)\s+(?:then\s+|later\s+|[a-z]+ly\s+)?)?`;
const passive = passiveVerbs.map(([slot, verb, words]) => [slot, new RegExp(aux + adverbs + (slot === 'arrested' ? joinedParticiple : '') + verb, 'gi'), words] as const);
// Every passive pattern is one auxiliary and verb: scanned once for any of the verbs, a sentence without one is spared all seven.
const anyPassive = new RegExp(aux + adverbs + joinedParticiple + `(?:${passiveVerbs.map(([, verb]) => `(?:${verb})`).join('|')})`, 'i');

const bareVerbs: [CountSlot, RegExp, Cues][] = [
  // Headline style, no auxiliary: "four people shot in Easton", "4 shot, one fatally".
  // "a shot rang out", "heard another shot", "shots were fired": the noun, not the verb.
  ['shot', /(?<!\b(?:a|an|another|one|the|first|second|third|single|warning|final|last|lone|fatal|fatally)\s)\bshot\b(?!\s+(?:(?:is|was|were|are|been|had been|has been)\s+)?(?:fired|rang|heard|went off)\b)(?!\s+(?:at(?!\s+(?:a|an|the|his|her|their|about|around|close|\d+)\b)|dead|to death|and killed|up|down|back|through|from|into|out|by police)\b)/gi, declareCues(['shot'])],
  ['killed', /\b(?:died|dies|succumb(?:ed|s)|passed away|did not survive|didn't survive|(?:were |was )?(?:(?:shot|stabbed) (?:and killed|to death|dead)|fatally (?:shot|wounded)|gunned down|killed|slain|murdered|dead))\b/gi, declareCues(['die', 'succumb', 'passed', 'survive', 'kill', 'death', 'fatal', 'gunned', 'slain', 'murder', 'dead'])],
  // "suffered a fatal gunshot wound", "found with fatal gunshot wounds": a death.
  ['killed', /\b(?:suffer(?:ed|ing|s)?|sustain(?:ed|ing|s)?|receiv(?:ed|ing|es)?|found (?:\w+ )?with|died (?:of|from))(?: (?:a|an|multiple|several|apparent|what appeared to be))* (?:fatal|deadly|mortal) (?:gunshot |gun shot |bullet |stab )?(?:wounds?|injur(?:y|ies))\b/gi, declareCues(['fatal', 'deadly', 'mortal'])],
  ['shot', /\bfound (?:\w+ )?with (?:a |an |multiple |several |apparent |possible )*(?:gunshot|gun shot|bullet) wounds?\b/gi, declareCues(['wound'])],
  // "walked into a hospital with gunshot wounds": the victims took themselves there.
  ['shot', /\b(?:went|go|goes|walked|walk|walks|drove|drive|drives|showed up|show up|shows up|arrived|arrive|arrives|turned up|came|come|comes)\s+(?:themselves\s+|himself\s+|herself\s+)?(?:(?:in)?to|at)\s+[^.;,]{0,60}?\bwith (?:a |an |multiple |several |apparent |possible )*(?:gunshot|gun shot|bullet) wounds?\b/gi, declareCues(['wound'])],
  ['shot', /\b(?:suffer(?:ed|ing|s)?(?: from)?|sustain(?:ed|ing|s)?|receiv(?:ed|ing|es)?|treated for|had)(?: (?:a|an|one|two|three|multiple|several|apparent|single|possible))?(?: [\w-]+){0,2}? (?:gunshot|gun shot|bullet|shotgun) (?:wounds?|injur(?:y|ies))\b/gi, declareCues(['wound', 'injur'])],
  ['injured', /\b(?:injured|wounded|hurt|(?:suffered|sustained|received)(?: [\w-]+){0,3} (?:injuries|wounds|wound))\b/gi, declareCues(['injur', 'wound', 'hurt'])],
  ['arrested', /\b(?:arrested|in custody|(?:pleaded|pleads|pled|has pleaded|have pleaded) (?:not )?guilty|turn(?:ed|s)? (?:himself|herself|themselves) in|surrender(?:ed|s)?(?= to| at|[.,]|$))/gi, declareCues(['arrested', 'custody', 'guilty', 'turn', 'surrender'])],
  // Headline-style reduced passives: "a couple charged in the shooting", "the man accused of killing".
  ['arrested', /\b(?:charged|accused|indicted|convicted|sentenced)(?= (?:in|with|of|for)\b)/g, declareCues(['charged', 'accused', 'indicted', 'convicted', 'sentenced'])],
];

const activeVerbs: [CountSlot, RegExp, RegExp | null, Cues][] = [
  ['killed', /\b(?:killing|killed|kills|kill|murdering|murdered|gunning down|gunned down|shot and killed|shooting and killing|fatally (?:shooting|shot|wounding|wounded|injuring|injured|striking|struck|hitting)|(?:claim(?:ed|ing|s)?|took|taking|takes) the (?:life|lives) of|(?:the )?(?:deaths?|killings?|murders?) of|(?:fatal|deadly) (?:shooting|stabbing)s? of)\s+/gi, null, declareCues(['kill', 'murder', 'gunn', 'fatal', 'deadly', 'death', 'life', 'lives'])],
  ['killed', /\b(?:leaving|left)\s+/gi, /^(?:\s*[—–-][^()—–]{1,40}[—–-]|\s*[,(][^,()—–]{1,40}[,)])?\s+(?:dead|killed)\b/i, declareCues(['dead', 'killed'])],
  ['killed', /\b(?:found|discovered)\s+/gi, /^,?\s+(?:shot\s+)?(?:dead|slain|deceased|(?:shot|stabbed|beaten) to death)\b/i, declareCues(['dead', 'slain', 'deceased', 'death'])],
  ['killed', /\b(?:the\s+)?bodies\s+of\s+/gi, null, declareCues(['bodies'])],
  ['shot', /\b(?:found|find|finding|discovered|located)\s+/gi, /^[^.;]{0,40}?\bwith (?:a |an |multiple |several |apparent |possible )*(?:gunshot|gun shot|bullet) wounds?\b/i, declareCues(['wound'])],
  // "a stray bullet hit her": the bullet is the subject, the victim the object.
  ['shot', /\b(?:bullets?|rounds?|gunfire|gunshots?|pellets|shrapnel)\s+(?:then\s+|also\s+|later\s+)?(?:hit|hits)\s+/gi, null, declareCues(['hit'])],
  ['injured', /\b(?:leaving|left)\s+/gi, /^(?:\s*[—–-][^()—–]{1,40}[—–-]|\s*[,(][^,()—–]{1,40}[,)])?\s+(?:injured|wounded|hurt|hospitali[sz]ed|in (?:the )?hospital|in (?:critical|serious|stable) condition)\b/i, declareCues(['injur', 'wound', 'hurt', 'hospital', 'condition'])],
  ['injured', /\b(?:sent|sending|sends)\s+/gi, /^\s+to (?:the |a |area |local )?hospitals?\b/i, declareCues(['hospital'])],
  // Inverted: "Also wounded in the shooting were three men".
  ['injured', /\b(?:injured|wounded|hurt)\s+(?:in\s+the\s+(?:[\w-]+\s+){1,2})?(?:was|were)\s+/gi, null, declareCues(['injur', 'wound', 'hurt'])],
  ['killed', /\b(?:killed)\s+(?:in\s+the\s+(?:[\w-]+\s+){1,2})?(?:was|were)\s+/gi, null, declareCues(['killed'])],
  ['injured', /\b(?:wounding|wounded|wounds|injuring|injured|injures|hurting|(?:the )?(?:injury|injuries|wounding) of)\s+/gi, null, declareCues(['wound', 'injur', 'hurt'])],
  ['shot', /\b(?:shooting|shot|shoots|struck|grazed|grazing|hitting)\s+/gi, null, declareCues(['shoot', 'shot', 'struck', 'graz', 'hitting'])],
  ['arrested', /\b(?:arrested|apprehended|detained|captured|nabbed|arresting|apprehending|detaining|arrests? of|charged|charging|indicted|booked)\s+/gi, null, declareCues(['arrest', 'apprehend', 'detain', 'captured', 'nabbed', 'charg', 'indicted', 'booked'])],
  ['arrested', /\b(?:took|taken|take|takes|taking)\s+/gi, /^\s+into (?:police |federal )?custody\b/i, declareCues(['custody'])],
  ['arrested', /\b(?:have|has|had)\s+/gi, /^\s+(?:in|into) (?:police )?custody\b/i, declareCues(['custody'])],
];

const zeroPatterns: [RegExp, CountSlot[], Cues][] = [
  [/\bno(?:body| one|-one)\b(?!\s+else)[^.;]{0,30}?\b(?:was|were|has been|had been|is|got)\s+(?:\w+\s+)?(killed|hurt|injured|wounded|shot|harmed|arrested|taken into custody)\b/gi, [], declareCues(['no'])],
  [/\bno (?:other |immediate |reported )?(injuries|deaths|casualties|fatalities|arrests)\b/gi, [], declareCues(['injuries', 'deaths', 'casualties', 'fatalities', 'arrests'])],
  [/\bno (?:suspects?|one) (?:(?:is|are|was|were|has been|have been) )?(?:in custody|arrested)\b/gi, ['arrested'], declareCues(['custody', 'arrested'])],
  [/\bwithout (?:any )?(injuries|casualties)\b/gi, [], declareCues(['without'])],
];
const zeroSlot = (word: string): CountSlot[] => {
  const w = word.toLowerCase();
  if (/kill|death|fatalit/.test(w)) return ['killed'];
  if (/casualt/.test(w)) return ['killed', 'injured'];
  if (/arrest|custody/.test(w)) return ['arrested'];
  if (/shot/.test(w)) return ['killed', 'injured'];
  return ['injured'];
};

/** "Two other gunshot victims": people shot, named by what happened to them. */
const victimsNoun = new RegExp(String.raw`(?<![\w-])${countPattern(false)}\s+(other\s+|more\s+|additional\s+)?(?:gunshot|shooting)\s+victims?\b`, 'gi');
const victimsCues = declareCues(['victim']);

const survives = /^[^;]{0,80}?\b(?:non-life[- ]threatening|not (?:considered )?life[- ]threatening|(?:in )?(?:stable|good|fair) condition|treated and released|expected to (?:survive|recover|be ok(?:ay)?)|minor injur(?:y|ies)|survived)\b/i;

const includesDead = /^[^.;]{0,60}?\bincluding\b[^.;]{0,80}?\bwho\s+(?:later\s+|has\s+since\s+|since\s+)?(?:died|succumbed|was killed|has died)\b/i;

/** Words that leave an injury's outcome open. */
const critical = /(?<!non-|not |non )\b(?:critical(?:ly)?|life-threatening|grave(?:ly)?|extremely critical)\b/i;

/**
 * "The death toll rose to 16", "a death toll of 9": the dead, counted as a total. A city's or a year's toll
 * ("pushing the city's death toll to 49") is a tally, not one event's count.
 */
const deathToll = new RegExp(String.raw`(?<!\b(?:city|city's|city’s|year's|year’s|county's|county’s|annual|homicide|murder|weekend)\s+)\b(?:(?:death\s+)?toll\b[^.;]{0,80}?\b(?:rose|rises|risen|climbed|climbs|increased|increases|reached|reaches|stood|stands|is|was|jumped|jumps|grew|went up)\s+(?:to|at)|death\s+toll\s+of)\s+${countPattern(false)}(?![\w-])`, 'gi');
const tollCues = declareCues(['toll']);

/** "A quadruple shooting", "a double homicide": the number of victims in one word. */
const multiple = /\b(double|triple|quadruple|quintuple)[- ](shooting|homicide|murder)s?(-suicide)?\b/gi;
const multiples: Record<string, number> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
const multipleCues = declareCues(Object.keys(multiples));

/** "accidentally shot himself", "boy shoots self in leg": the one who fired is the one hurt. */
const selfShot = /\b(?<!\bfatally\s)(?:(?:accidentally|accidently|unintentionally|inadvertently)\s+(?:shot|shoots|shooting)\s+(?:himself|herself|themselves)|shoots?\s+(?:himself|herself|self)\s+in\s+the\s+(?!head)[\w-]+|shoots\s+self)\b/gi;
const selfShotCues = declareCues(['himself', 'herself', 'themselves', 'self']);

/** "One of five shot at a party has died": the dead among a group already counted. */
const partDied = /\b(one|two|three|four)\s+of\s+(?:the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people\s+|men\s+|victims\s+|teens\s+|persons\s+)?(?:shot|wounded|injured|hurt)\b(?=[^.;]{0,80}?\b(?:dies|died|has died|is dead|are dead|have died)\b)/gi;
const partDiedCues = declareCues(['die', 'dead']);

// "she was one of the 23 passengers injured", "among six people wounded": the whole group counted by its participle.
const partOfTotal = new RegExp(String.raw`\b(?:was|is|were|are)\s+(?:(?:also|reportedly)\s+)?(?:one of|among)\s+(?:the\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z-]+\s+)?(?:${personNouns})\s+(killed|injured|wounded|hurt|shot|hospitali[sz]ed)\b(?!\s+(?:died|dies|has died|were|was|are|is)\b)`, 'gi');
const partOfTotalCues = declareCues(['one', 'among']);

/** Headlines only, where they drop the auxiliary: "Man shot at party", "Girl, 2, in critical condition". */
const headlineShotAt = /\b(?<!\b(?:a|an|another|one|the|first|second|third|single|warning|final|last|lone|fatal|fatally)\s)shot(?=\s+at\s+(?!(?:him|her|them|police|officers?|deputies|troopers|agents|cars?|vehicles?|homes?|houses?|windows?|a car|a vehicle|a house|a home)\b))/gi;
const headlineCondition = /\bin (?:critical|serious|grave|stable|fair|life-threatening) condition\b/gi;
const headlinePatterns = [['shot', headlineShotAt, declareCues(['shot'])], ['shot', headlineCondition, declareCues(['condition'])]] as const;

/** A killer's suicide, on top of the victims already counted. */
const suicide = /\b(?:turn(?:ed|ing|s)? the (?:gun|weapon|rifle|handgun) on (?:himself|herself)|(?:killed|kills|killing|shot and killed|fatally shot|fatally shoots|fatally shooting) (?:himself|herself|self)|t(?:ook|aking) (?:his|her) own life|(?:died|dead) (?:of|from) an? (?:apparent )?self-inflicted)/gi;
const suicideCues = declareCues(['himself', 'herself', 'self', 'own']);

/** Hypotheticals and intentions ("could have killed", "threatened to kill") state no count. */
const modal = /(?:\b(?:could|would|might|may|should|will|to|not)|n[’']t)\s+(?:\w+ly\s+)?(?:have\s+)?(?:been\s+|be\s+)?$|\b(?:believed|thought|feared|assumed|worried)\s+(?:that\s+)?(?:he|she|they|it|someone)\s+(?:had\s+|has\s+)?(?:been\s+)?$|\bto\s+\w+\s+(?:or|and)\s+$|\b(?:could|would|might)\s+(?:easily\s+|have\s+)*(?:\w+ed|hit|shot)\b[^.;,]{0,40}\band\s+$/i;

const boundary = /(?:[;:“”"(]|\b(?:after|when|while|before|because|although|though|until|whereas|but|where|said|says|told|reported|added|adding|stated)\b|according to [^,]{1,60},)/gi;

/** Start of the clause that ends at `pos`: the last boundary word or mark before it. */
const clauseStart = (text: string, from: number, pos: number): number => {
  let start = from;
  boundary.lastIndex = 0;
  for (const m of matchesOf(text.slice(from, pos), boundary)) start = from + m.index + m[0].length;
  return start;
};

const gapOk = (raw: string, strict: boolean): boolean => {
  // "of the same family", "in Easton", "from Rye Brook": a short phrase between a subject and its verb.
  // "five people, four of them teenagers,": an aside about some of them.
  const gap = raw.replace(/^,\s*\d{1,2}\s*,/, '').replace(/^,\s*(?:\w+|all|both|most|some|several|many)\s+of\s+(?:them|whom)\b[^,;]{0,40},/i, '').replace(/^\s*of (?:(?:a|the|his|her|their|one|the same) )?(?:family|household)\b/i, '').replace(/^,?\s*(?:all\s+|both\s+)?(?:between\s+)?(?:the\s+)?(?:ages?|aged)\s+(?:of\s+)?\d{1,2}(?:\s*(?:,|and|to|-)\s*\d{1,2})*/i, '').replace(/^\s+(?:in|from|of)\s+(?:[A-Z][\w'’.-]*\s*){1,3}(?=\s|,|$)/, '')
    // "6-year-old playing with gun shot himself": what the person was doing with the gun.
    .replace(/^\s+(?:while\s+)?(?:playing|cleaning|handling|holding|showing|loading|unloading|carrying)\s+(?:with\s+)?(?:(?:a|an|the|his|her|their)\s+)?(?:loaded\s+)?(?:gun|handgun|pistol|rifle|shotgun|firearm|weapon)(?=\s|,|$)/i, '')
    // "another man in the home", "a teen inside the car": where the person was, in a few words.
    // "all five victims of a Wednesday night shooting in Lakeside": which event they were hurt in.
    .replace(/^\s+(?:of|in)\s+(?:the|a|an|this|that|[A-Z]\w+[’']s)\s+(?:[\w-]+\s+){0,3}?(?:shooting|attack|incident|stabbing|rampage|gunfire|violence)(?:\s+(?:in|at|on|near)\s+(?:[A-Z][\w'’.-]*\s*){1,3})?(?=\s|,|$)/, '')
    .replace(/^\s+(?:in|inside|at|on|near|outside)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:home|house|apartment|car|vehicle|truck|suv|van|sedan|room|bedroom|backyard|yard|porch|driveway|parking lot|lot|street|party|club|bar|store|restaurant|scene|building|residence)(?=\s|,|$)/i, '');
  return adverbGap.test(gap) || (!strict && /^\s*,[^;]*,\s*(?:who\s+)?(?:(?:has|have|had|also|later|both|all)\s+)*$/.test(gap) && !/\b(?:was|were)\s+\w+ed\b[^,]*$/.test(gap.slice(0, -1)));
};

/** The subject of a predicate: the counted noun phrase that ends right before it, or across an apposition. */
/** Whether the words at [start, end) of the sentence name a person (from the mentions stage). */
export type IsPerson = (start: number, end: number) => boolean;

/** `joined`: the window starts right after another predicate ("two were killed| and three were hurt"). */
const findSubject = (window: string, bare: boolean, apposition: boolean, isPerson?: IsPerson, offset = 0, headline = false, joined = false): { count: Count; text: string } | null => {
  for (const m of window.matchAll(/(?<![\w'’-])[\w'’]/g)) {
    const rest = window.slice(m.index);
    const before = window.slice(0, m.index);
    const digit = /^\d/.test(rest);
    // "Boy, 3, wounded": a number after a noun and a comma is an age.
    // "Woman killed, 3 wounded": after a predicate the number starts a new clause.
    // "ID'd, 3 others injured": a number that counts a noun after it is no age.
    if (digit && bare && /[A-Za-z]\.?,\s*$/.test(before) && !/\b(?:killed|dead|died|dies|shot|hurt|injured|wounded|slain)\s*,\s*$/i.test(before) && !countsNoun.test(rest)) continue;
    // "whom police said was 16, died": a number after a copula is an age.
    if (digit && /\b(?:was|is|were|are|been|be)\s+$/i.test(before)) continue;
    const at = offset + m.index;
    // In a headline the clause's first words are its subject, place names before the noun included ("Lakeside teen shot").
    const opening = headline && /^\s*$/.test(before);
    // "two were killed and three were hurt": a bare number right after a conjunction is the next clause's subject.
    const afterAnd = joined && /^[\s,]*(?:and|but|while)\s+$/i.test(before);
    const c = parseCoordination(rest, { bare: bare || opening || afterAnd, headline: opening, isPerson: isPerson && ((o, l) => isPerson(at + o, at + o + l)) });
    // Most words start no count: the words before one are read only once one is found (they scan all of the window).
    if (!c) continue;
    // "one of the six died": the whole is not the subject.
    if (/\bof\s+(?:the\s+|those\s+|these\s+)?$/i.test(before)) continue;
    // "ages 19 to 24": the upper age is no count.
    if (/\b(?:ages?|aged)\s+(?:of\s+)?(?:\d{1,2}\s*(?:to|and|-|,)\s*)*$/i.test(before)) continue;
    // "in Little Rock are expected to survive": one person does not take a plural verb.
    if (c.value === 1 && !c.additive && /^\s+(?:are|were)\b/i.test(rest.slice(c.length))) continue;
    if (gapOk(rest.slice(c.length), !apposition)) return { count: c, text: rest.slice(0, c.length) };
  }
  return null;
};

const countBefore = new RegExp(String.raw`(?:^|[\s,(])(?:the\s+|all\s+|all\s+the\s+)?${countPattern(false)}\s+$`, 'i');
const beforeNoun = new RegExp(String.raw`^\s+(?:${personNouns})(?![\w-])`, 'i');
const countsNoun = new RegExp(String.raw`^\d+\s+(?:other\s+|more\s+)?(?:${personNouns})(?![\w-])`, 'i');

const relativeGap = /^\s+(?:who|that)\s+[^,;:]{0,120}?\s+(?:(?:has|have|had|later|then|eventually|subsequently)\s+)*$/i;

/** The subject of a predicate that follows a relative clause about it. */
const relativeSubject = (window: string): { count: Count; text: string } | null => {
  for (const m of window.matchAll(/(?<![\w'’-])[\w'’]/g)) {
    const rest = window.slice(m.index);
    const c = parseCoordination(rest, { bare: false });
    if (c) return relativeGap.test(rest.slice(c.length)) ? { count: c, text: rest.slice(0, c.length) } : null;
  }
  return null;
};

/** "His wife was also shot": someone on top of those already counted, unless it is the same person again. */
const alsoAdds = (subject: string, predicate: string, window: string): boolean =>
  (/\balso\b/i.test(predicate) || /\balso\s+$/i.test(window)) && !/^(?:(?:he|she|him|her|they)$|the (?:victims?|man|woman|boy|girl|teen|child|suspects?)\b)/i.test(subject.trim());

/** A count stated outright, as the fixed patterns find them (no span of its own to parse). */
const countOf = (value: number, hedge: string | null = null, additive = false): Count => ({ value, hedge, length: 0, additive, ordinal: null });

interface Span2 { start: number; end: number }

const overlaps = (a: Span2, b: Span2): boolean => a.start < b.end && b.start < a.end;

/** Headlines written in Title Case ("1 Dead, 6 Hurt After Shooting") read like any other sentence once lower-cased. */
const titleCase = (sentence: string): boolean => {
  // Names are capitalised in any sentence: only a headline capitalises its verbs and nouns too.
  const words = (sentence.match(/\b[A-Za-z][a-z’']{3,}\b/g) ?? []).filter((w) => !/^(?:with|from|into|than|that|this|over|upon|after|before|near|during|outside|inside)$/i.test(w));
  return words.length >= 3 && words.filter((w) => /^[a-z]/.test(w)).length <= words.length * 0.1;
};

/** "Four men were shot, one fatally" / "shot three officers - one fatally -": the dead among those shot. */
const fateOf = (sentence: string, end: number, shot: Count): CountHit[] => {
  const fate = /^[^.;]{0,40}?[,(—–-]\s*(one|two|three|four|five|both|all)(?: of them)?\s+(fatally|critically|seriously)\b/i.exec(sentence.slice(end));
  if (!fate || fate[2].toLowerCase() !== 'fatally') return [];
  const word = fate[1].toLowerCase();
  const n = word === 'both' ? 2 : word === 'all' ? shot.value : ['one', 'two', 'three', 'four', 'five'].indexOf(word) + 1;
  return [{ slot: 'killed', count: { ...shot, value: n, additive: false, ordinal: null }, start: end, end: end + fate[0].length, zero: false }];
};

/** The cues of every count pattern: a sentence holding none of them states no count. */
const countCues = declareCues(
  [passiveVerbs, bareVerbs, activeVerbs, zeroPatterns].flatMap((table) => table.map((row) => row[row.length - 1] as Cues))
    .concat(victimsCues, tollCues, multipleCues, selfShotCues, suicideCues, partDiedCues, partOfTotalCues, headlinePatterns.map(([, , list]) => list))
    .flatMap((list) => list.words),
);

/** A predicate or a count found in a sentence, before the subject of a predicate is read. */
interface Found {
  slot: CountSlot;
  start: number;
  end: number;
  kind: 'passive' | 'bare' | 'active';
  object?: Count;
  zero?: boolean;
  self?: boolean;
}

/**
 * One sentence as the finders below read it, and what they found in it so far: each finder skips the spans taken by
 * those before it. The finders are functions of their own, not one: V8 took over a second to optimise them as one
 * function of 16 KB of bytecode.
 */
interface Scan {
  sentence: string;
  held: CuesIn;
  found: Found[];
  taken: Span2[];
}

/** "No one was hurt": explicit zeros. */
const findZeros = (scan: Scan): void => {
  const { sentence, held, found, taken } = scan;
  for (const [pattern, fixed, words] of zeroPatterns) {
    if (!hasCue(held, words)) continue;
    for (const m of matchesOf(sentence, pattern)) {
      const slots = fixed.length ? fixed : zeroSlot(m[1]);
      for (const slot of slots) found.push({ slot, start: m.index, end: m.index + m[0].length, kind: 'passive', zero: true });
      taken.push({ start: m.index, end: m.index + m[0].length });
    }
  }
};

/** "Killed two people": counts in object position of an attacker's verb. */
const findActiveCounts = (scan: Scan, isPerson?: IsPerson): void => {
  const { sentence, held, found, taken } = scan;
  for (const [slot, re, after, words] of activeVerbs) {
    if (!hasCue(held, words)) continue;
    for (const m of matchesOf(sentence, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at))) continue;
      // "the Shooting Task Force": a capitalised verb inside a mixed-case sentence is part of a name.
      if (/^[A-Z]/.test(m[0]) && /[a-z][\s'’]*$|\b[A-Z][a-z]+\s+$/.test(sentence.slice(0, m.index)) && !titleCase(sentence)) continue;
      const before = sentence.slice(Math.max(0, m.index - 12), m.index);
      if (modal.test(sentence.slice(Math.max(0, m.index - 70), m.index))) continue;
      if (/\b(?:was|were|been|being|is|are|be|got)\s+$/i.test(before) && !/^(?:the |deaths?|killings?|murders?|injur|wounding|fatal|deadly|arrests?)/i.test(m[0])) continue;
      const rest = sentence.slice(at.end);
      const object = parseCoordination(rest, { bare: true, isPerson: isPerson && ((o, l) => isPerson(at.end + o, at.end + o + l)) });
      if (!object || /^(?:him|her|them)self\b/i.test(rest)) continue;
      const tail = rest.slice(object.length);
      const complement = after?.exec(tail);
      if (after && !complement) continue;
      if (slot === 'shot' && /^\s+(?:injured|wounded)\b/i.test(tail)) continue;
      const fatal = slot === 'shot' && /^\s+(?:to death|dead)\b/i.test(tail);
      // "shot another teen": in object position "another" sets the victim apart from the shooter, not from other victims.
      const counted = /^another\b/i.test(rest) && object.value === 1 ? { ...object, additive: false } : object;
      const end = at.end + object.length + (complement?.[0].length ?? 0);
      found.push({ slot: fatal ? 'killed' : slot, start: at.start, end, kind: 'active', object: counted });
      taken.push({ start: at.start, end });
    }
  }
};

/** Counts stated in fixed phrasings: a shooter's own wound, a part of a total shot, some of those shot who died. */
const findFixedCounts = (scan: Scan): void => {
  const { sentence, held, found, taken } = scan;
  for (const m of hasCue(held, selfShotCues) ? matchesOf(sentence, selfShot) : []) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    found.push({ slot: 'shot', start: at.start, end: at.end, kind: 'active', object: countOf(1) });
    taken.push(at);
  }
  for (const m of hasCue(held, partOfTotalCues) ? matchesOf(sentence, partOfTotal) : []) {
    const value = isVague(m[1].toLowerCase()) ? null : parseNumberWord(m[1]);
    const at = { start: m.index, end: m.index + m[0].length };
    if (value === null || value < 2 || taken.some((t) => overlaps(t, at))) continue;
    const slot = m[2].toLowerCase() === 'killed' ? 'killed' : m[2].toLowerCase() === 'shot' ? 'shot' : 'injured';
    found.push({ slot, start: at.start, end: at.end, kind: 'active', object: countOf(value) });
    taken.push(at);
  }
  for (const m of hasCue(held, partDiedCues) ? matchesOf(sentence, partDied) : []) {
    const died = /\b(?:dies|died|has died|is dead|are dead|have died)\b/i.exec(sentence.slice(m.index + m[0].length))!;
    const dead = { start: m.index + m[0].length + died.index, end: m.index + m[0].length + died.index + died[0].length };
    const at = { start: m.index, end: m.index + m[0].length };
    const [a, n] = [parseNumberWord(m[1]), parseNumberWord(m[2])];
    if (a === null || n === null || a > n || taken.some((t) => overlaps(t, at) || overlaps(t, dead))) continue;
    found.push({ slot: 'shot', start: at.start, end: at.end, kind: 'active', object: countOf(n) });
    found.push({ slot: 'killed', start: dead.start, end: dead.end, kind: 'active', object: countOf(a) });
    taken.push(at, dead);
  }
};

/** Headline predicates without an auxiliary. */
const findHeadlinePredicates = (scan: Scan): void => {
  const { sentence, held, found, taken } = scan;
  for (const [slot, re, words] of headlinePatterns) {
    if (!hasCue(held, words)) continue;
    for (const m of matchesOf(sentence, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at))) continue;
      found.push({ slot, start: at.start, end: at.end, kind: 'bare' });
      taken.push(at);
    }
  }
};

/** Passive predicates ("were shot") and bare ones ("died"), whose subjects are read later. */
const findPredicates = (scan: Scan): void => {
  const { sentence, held, found, taken } = scan;
  const cued = passive.filter(([, , words]) => hasCue(held, words));
  for (const [slot, re] of cued.length && anyPassive.test(sentence) ? cued : []) {
    for (const m of matchesOf(sentence, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at)) || modal.test(sentence.slice(Math.max(0, m.index - 70), m.index))) continue;
      found.push({ slot, start: at.start, end: at.end, kind: 'passive' });
      taken.push(at);
    }
  }
  for (const [slot, re, words] of bareVerbs) {
    if (!hasCue(held, words)) continue;
    for (const m of matchesOf(sentence, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at))) continue;
      // "Judge John Hurt": a capitalised word inside a mixed-case sentence is a name, not a predicate.
      if (m.index > 0 && /^[A-Z]/.test(m[0]) && /[a-z]/.test(sentence)) continue;
      if (modal.test(sentence.slice(Math.max(0, m.index - 70), m.index))) continue;
      // "a second injured person": an adjective before its noun, not a predicate; "the three dead victims" still counts them.
      if (beforeNoun.test(sentence.slice(at.end))) {
        const n = countBefore.exec(sentence.slice(0, at.start));
        const value = n && !isVague(n[2].toLowerCase()) ? parseNumberWord(n[2]) : null;
        if (value !== null && value < 1000) found.push({ slot, start: at.start, end: at.end, kind: 'active', object: countOf(value, n![1]?.toLowerCase() ?? null) });
        if (value !== null) taken.push(at);
        continue;
      }
      found.push({ slot, start: at.start, end: at.end, kind: 'bare' });
      taken.push(at);
    }
  }
};

/** Counts stated as nouns: victims, a death toll, a multiple shooting, a suicide. */
const findCountNouns = (scan: Scan): void => {
  const { sentence, held, found, taken } = scan;
  for (const m of hasCue(held, victimsCues) ? matchesOf(sentence, victimsNoun) : []) {
    const at = { start: m.index, end: m.index + m[0].length };
    const value = parseNumberWord(m[2]);
    if (value === null || value > 200 || taken.some((t) => overlaps(t, at))) continue;
    // "the other four shooting victims": besides those already counted, like "four other shooting victims".
    const other = /\bother\s+$/i.test(sentence.slice(Math.max(0, at.start - 6), at.start));
    found.push({ slot: 'shot', start: at.start, end: at.end, kind: 'active', object: countOf(value, m[1]?.toLowerCase() ?? null, Boolean(m[3]) || other) });
    taken.push(at);
  }
  for (const m of hasCue(held, tollCues) ? matchesOf(sentence, deathToll) : []) {
    const at = { start: m.index, end: m.index + m[0].length };
    const value = isVague(m[2].toLowerCase()) ? null : parseNumberWord(m[2]);
    if (value === null || value > 5000 || taken.some((t) => overlaps(t, at))) continue;
    found.push({ slot: 'killed', start: at.start, end: at.end, kind: 'active', object: countOf(value, m[1]?.toLowerCase() ?? null) });
    taken.push(at);
  }
  for (const m of hasCue(held, multipleCues) ? matchesOf(sentence, multiple) : []) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    const n = multiples[m[1].toLowerCase()] + (m[3] ? 1 : 0);
    found.push({ slot: /homicide|murder/i.test(m[2]) ? 'killed' : 'shot', start: at.start, end: at.end, kind: 'active', object: countOf(n) });
  }
  for (const m of hasCue(held, suicideCues) ? matchesOf(sentence, suicide) : []) {
    const at = { start: m.index, end: m.index + m[0].length };
    // "accidentally shot himself": the one who died is the victim, not a killer on top of his victims.
    const accident = /\baccident/i.test(sentence);
    found.push({ slot: 'killed', start: at.start, end: at.end, kind: 'active', self: !accident, object: countOf(1, null, !accident) });
  }
};

/** The counts of what was found, in order, each predicate with the subject read before it. */
const readHits = (scan: Scan, isPerson: IsPerson | undefined, headline: boolean): CountHit[] => {
  const { sentence, found } = scan;
  found.sort((a, b) => a.start - b.start);
  const hits: CountHit[] = [];
  let prevEnd = 0;
  let prevSubject: Count | null = null;
  for (const f of found) {
    if (f.zero) {
      hits.push({ slot: f.slot, count: countOf(0), start: f.start, end: f.end, zero: true });
      prevEnd = f.end;
      continue;
    }
    if (f.kind === 'active') {
      // "left four injured, one in critical condition": the outcome of one of them is open.
      const open = f.slot === 'injured' && critical.test(sentence.slice(Math.max(0, f.start - 12), Math.max(f.start + 12, Math.min(f.end + 40, sentence.length))));
      hits.push({ slot: f.slot, count: f.object!, start: f.start, end: f.end, zero: false, victims: !f.self, self: f.self, open: open || undefined });
      if (f.slot === 'shot') hits.push(...fateOf(sentence, f.end, f.object!));
      prevEnd = f.end;
      continue;
    }
    const from = clauseStart(sentence, prevEnd, f.start);
    const window = sentence.slice(from, f.start);
    const bare = f.kind === 'bare';
    let parsed = findSubject(window, bare, !bare || f.slot === 'killed', isPerson, from, headline, prevEnd > 0 && from === prevEnd);
    // "The boy who was shot in the park has died": the subject sits before the relative clause.
    const relative = !parsed;
    if (!parsed) parsed = relativeSubject(sentence.slice(clauseStart(sentence, 0, f.start), f.start));
    let subject = parsed?.count ?? null;
    let same = relative && Boolean(parsed);
    if (parsed && alsoAdds(parsed.text, sentence.slice(f.start, f.end), window)) subject = { ...parsed.count, additive: true, ordinal: null };
    const between = sentence.slice(prevEnd, f.start);
    if (!subject && bare && !prevSubject) continue; // "the injured man was hospitalized": an adjective, not a clause of its own
    if (!subject && prevSubject && (/^[\s,]*(?:and|but|then|,)?[\s,]*(?:(?:also|later|then|eventually|subsequently|was|were|is|are|has|have|had)\s+)*$/i.test(between) || /^\s+(?:in|on|at|near|outside|inside)\s+[^,;]{1,40},\s*(?:and\s+)?$/i.test(between) || /^[^,;]{0,40}\band\s+(?:(?:also|later|then|is|was|remains?|remained|has|had|been)\s+)*$/i.test(between) || (f.slot === 'killed' && /^[^,;]{0,60}\bbut\s+(?:(?:later|then|eventually|subsequently|since|has|had)\s+)*$/i.test(between)) || (f.slot === 'killed' && /^\s+(?:in|during|after|at)\s+[^,;]{1,50}?\s+(?:has|have|had|later|since)\s+$/i.test(between)))) {
      subject = { ...(prevSubject as Count), additive: false };
      same = true;
    }
    // "a juvenile injured in the shooting has died": the one reported hurt is the one who died.
    const last = hits[hits.length - 1];
    // "Her sister, also suffering from a gunshot wound, was pronounced dead": nor is one said to be shot also someone else.
    if (f.slot === 'killed' && same && (last?.slot === 'injured' || last?.slot === 'shot') && !last.zero) {
      last.slot = 'shot';
      last.count = { ...last.count, additive: false };
    }
    prevEnd = f.end;
    if (!subject) continue;
    prevSubject = subject;
    // "taken to hospital with non-life-threatening injuries": shot, and known to live.
    // "Three were hurt, including a girl who later died": the count holds the dead, like a count of people shot.
    const slot = f.slot === 'shot' && survives.test(sentence.slice(f.end)) ? 'injured' : f.slot === 'injured' && includesDead.test(sentence.slice(f.end)) ? 'shot' : f.slot;
    // "the 18-month-old was wounded" after a death: a victim already introduced, whose fate the report may tell elsewhere.
    const known = subject.value === 1 && /^(?:the|this|that)\s/i.test(parsed?.text ?? '') && !/\b(?:other|second|third|fourth|another|2nd|3rd|4th)\b/i.test(parsed?.text ?? '');
    // "critically injured" in a headline: the adverb sits before a bare verb.
    // "… and is expected to live": the outcome is told, not open.
    const open = slot === 'injured' && !survives.test(sentence.slice(f.start)) && (critical.test(sentence.slice(bare ? Math.max(from, f.start - 12) : f.start, f.end)) || known);
    hits.push({ slot, count: subject, start: f.start, end: f.end, zero: false, victims: f.kind === 'passive' && /\b(?:killed|murdered|slain|shot)\b/i.test(sentence.slice(f.start, f.end)), open: open || undefined });
    if (f.slot === 'shot') hits.push(...fateOf(sentence, f.end, subject));
  }
  return hits;
};

/** All counts the sentence states, in order of appearance. */
export const findCounts = (written: string, isPerson?: IsPerson): CountHit[] => {
  // Lower-casing changes which runs of letters a text has only where it turns the Kelvin sign into "k" (a dotted capital
  // I takes two characters and is never lower-cased here): otherwise the written words hold the cues of the words read.
  const kelvin = written.includes('\u212A');
  if (!kelvin && !hasCue(cuesIn(written), countCues)) return [];
  const lower = titleCase(written) ? written.toLowerCase() : written;
  const sentence = lower.length === written.length ? lower : written;
  const held = cuesIn(kelvin ? sentence : written);
  if (!hasCue(held, countCues)) return [];
  // A line without a full stop is a headline or a caption, where nouns go without articles.
  const headline = !/[.!?"”'’)]\s*$/.test(written);
  const scan: Scan = { sentence, held, found: [], taken: [] };
  findZeros(scan);
  findActiveCounts(scan, isPerson);
  findFixedCounts(scan);
  if (headline) findHeadlinePredicates(scan);
  findPredicates(scan);
  findCountNouns(scan);
  return readHits(scan, isPerson, headline);
};
