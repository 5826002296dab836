// Word lists the claim patterns share: people, attackers, weapons, targets, hedges and well-known group aliases.

const plural = (words: string[]): string => words.join('|');

/** Nouns for people who can be victims, suspects or bystanders (singular and plural forms). */
export const personNouns = plural([
  'people', 'persons?', 'm[ae]n', 'wom[ae]n', 'boys?', 'girls?', 'child(?:ren)?', 'kids?', 'teens?', 'teenagers?',
  'youths?', 'juveniles?', 'adults?', 'students?', '(?:security )?guards?', '(?:police )?officers?', 'policem[ae]n',
  'deput(?:y|ies)', 'troopers?', 'agents?', 'soldiers?', 'employees?', 'workers?', 'civilians?', 'residents?', 'victims?',
  'bystanders?', 'passengers?', 'drivers?', 'customers?', 'patrons?', 'clerks?', 'cashiers?', 'shoppers?', 'neighbou?rs?',
  'friends?', 'relatives?', 'members?', 'individuals?', 'males?', 'females?', 'suspects?', 'gunm[ae]n', 'shooters?',
  'attackers?', 'assailants?', 'occupants?', 'pedestrians?', 'infants?', 'bab(?:y|ies)', 'toddlers?', 'sons?',
  'daughters?', 'wi(?:fe|ves)', 'husbands?', 'fathers?', 'mothers?', 'brothers?', 'sisters?', 'cousins?', 'nephews?',
  '(?:mother|father|son|daughter|brother|sister)s?-in-law', 'nieces?', 'uncles?', 'aunts?', 'grand(?:mother|father|son|daughter|parent)s?', 'grandchild(?:ren)?', 'grandkids?', 'classmates?', 'co-?workers?',
  'step(?:father|mother|son|daughter)s?', 'fiancée?s?', 'ex-(?:wife|husband|girlfriend|boyfriend)s?', 'lovers?', 'acquaintances?',
  'couriers?', 'bouncers?', 'managers?', 'vendors?', 'motorists?', 'cyclists?', 'joggers?', 'hunters?', 'rappers?', 'musicians?',
  'athletes?', 'players?', 'coach(?:es)?', 'doctors?', 'nurses?', 'priests?', 'pastors?', 'imams?', 'reporters?', 'photographers?',
  'lawyers?', 'contractors?', 'landlords?', 'tenants?', 'veterans?', 'truckers?', 'sailors?', 'marines?', 'constables?', 'sentr(?:y|ies)',
  'watchm[ae]n', 'envoys?', 'consuls?', 'ambassadors?', 'bodyguards?', 'security personnel', 'responders?', 'firefighters?', 'detectives?', 'sergeants?', 'patients?', 'stud(?:ents)?', '(?:girl|boy)friends?', 'roommates?',
  'owners?', 'homeowners?', 'teachers?', 'worshipp?ers?', 'tourists?', 'inmates?', 'others?', 'guests?', 'partygoers?',
  'diplomats?', 'staffers?', 'personnel', 'pilgrims?', 'fighters?', 'militants?', 'protesters?', 'journalists?',
  'couple', 'trio', 'pair', 'family members?', 'siblings?', 'spouses?', 'partners?', 'parents?', 'ones?',
  // "a 6-year-old Easton girl": the age is a modifier when a place name and a person noun follow.
  String.raw`(?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week)[- ]olds?(?!\s+(?:[A-Z][\w'’.-]*\s+){1,2}(?:boy|girl|m[ae]n|wom[ae]n|teen|teenager|child|toddler|student|baby|infant)s?\b)`,
]);

/** Nouns for the people who carried out an attack. */
export const attackerNouns = plural([
  'attackers?', 'gunm[ae]n', 'shooters?', 'assailants?', '(?:suicide )?bombers?', 'perpetrators?', 'hijackers?',
  'militants?', 'terrorists?', 'snipers?',
]);

/** Words that are capitalised but never a person's name. */
export const notNames = new Set([
  'police', 'officers', 'officials', 'authorities', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'on', 'in', 'at',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sheriff', 'deputies', 'investigators',
  'witnesses', 'family', 'members', 'both', 'one', 'two', 'three', 'four', 'five', 'another', 'his', 'her', 'their',
  'when', 'after', 'while', 'but', 'and', 'or', 'this', 'that', 'there', 'these', 'those', 'according', 'no', 'all',
  'department', 'county', 'city', 'state', 'news', 'update', 'updated', 'posted', 'hospital', 'medical', 'center',
  // Streets, directions and buildings: "South Main Street", "Avenue South" are places.
  'street', 'avenue', 'road', 'boulevard', 'blvd', 'highway', 'parkway', 'township', 'apartments', 'church', 'school',
  'university', 'college', 'mall', 'plaza', 'bridge', 'north', 'south', 'east', 'northeast', 'northwest', 'southeast', 'southwest',
]);

/** Weapons as written, each with the canonical name stored in the ledger. */
export const weaponPatterns: [RegExp, string][] = [
  [/\bAK-?47s?(?: (?:assault )?rifles?)?/gi, 'AK-47 rifle'],
  [/\b(?:assault|sniper|automatic|semi-automatic|hunting|long-range automatic) rifles?\b/gi, '$&'],
  [/\bsniper weapons?\b/gi, 'sniper weapons'],
  [/\b(?:light|medium|heavy|small) (?:weapons|arms)\b/gi, '$&'],
  [/\b(?:handguns?|pistols?|revolvers?|shotguns?|rifles?|firearms?)\b/gi, '$&'],
  [/\b(?:explosives?|explosive devices?|IEDs?|car bombs?|suicide vests?|grenades?|rockets?|mortars?)\b/g, '$&'],
  [/\b(?:knife|knives|machetes?)\b/gi, '$&'],
];

/** Head nouns of things an attack can be aimed at. */
export const targetNouns = plural([
  'embass(?:y|ies)', 'consulates?', 'ambassadors?', 'head of (?:the )?mission', '(?:chief )?diplomats?', 'diplomatic missions?',
  'missions?', 'schools?', 'mosques?', 'churche?s?', 'synagogues?', 'temples?', 'shrines?', 'hussainiyas?', 'markets?',
  'hotels?', 'police stations?', 'checkpoints?', 'convoys?', 'bases?', 'offices?', 'headquarters', 'banks?', 'restaurants?',
  'bars?', 'nightclubs?', 'clubs?', 'airports?', 'stations?', 'hospitals?', 'universit(?:y|ies)', 'ministr(?:y|ies)',
  'parliament', 'compound', 'motorcade', 'buses', 'bus', 'minister', 'president', 'governor', 'mayor', 'commander',
]);

/** Channels through which a group states a claim. */
export const channelPattern = /\b(Telegram|Twitter|Amaq(?: News Agency)?|Al-Naba|a (?:website|video|statement|audio (?:message|recording)|post(?:ing)?)|(?:its|their) (?:website|news agency|propaganda outlet))\b/i;

/**
 * Aliases of a few long-lived armed groups that appear under many names and acronyms; each entry maps to a
 * canonical name and, for branches, the parent it belongs to (a claim by the branch agrees with one by the parent).
 */
export const groupAliases: { canonical: string; parent: string | null; pattern: RegExp }[] = [
  {
    canonical: 'Islamic State Khorasan Province',
    parent: 'Islamic State',
    pattern: /\b(?:ISKP|IS-?K|ISIS-?K|ISIL-?K|ISIS-Khorasan|Islamic State(?:'s|’s)? (?:in )?Khorasan(?: Province| branch)?|Khorasan (?:branch|province|chapter) of (?:the )?Islamic State|Islamic State(?:'s|’s)? (?:regional )?(?:Khorasan )?(?:branch|chapter|affiliate) in Afghanistan|Islamic State Khorasan)\b/i,
  },
  { canonical: 'Islamic State', parent: null, pattern: /\b(?:Islamic State(?: group)?|ISIS|ISIL|Daesh|Daish|IS)\b/ },
  { canonical: 'Tehrik-i-Taliban Pakistan', parent: null, pattern: /\b(?:Tehr[ie]e?k-[ie]-Taliban Pakistan|TTP|Pakistani Taliban)\b/i },
  { canonical: 'al-Qaeda', parent: null, pattern: /\b(?:al-?Qa[e']?idah?|AQAP|AQIM)\b/i },
  { canonical: 'al-Shabaab', parent: null, pattern: /\bal-?Shabaa?b\b/i },
  { canonical: 'Boko Haram', parent: null, pattern: /\bBoko Haram\b/i },
];

/** Words in a name that mark an armed group or organisation rather than a person or place. */
export const groupWords = /\b(?:group|state|front|army|brigades?|movement|organi[sz]ation|taliban|jihad|militia|network|party|liberation|hezbollah|hamas|province|branch)\b/i;

/** Sentence-level hedges, kept as written. */
export const hedgeWords = /\b(reportedly|allegedly|unconfirmed|apparently|possibly|probably|believed to|thought to|so far|initial(?:ly)?|preliminary|suspected)\b/i;
