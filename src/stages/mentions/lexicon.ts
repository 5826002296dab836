// Word lists that type a name: titles, role nouns, organization and place cue words, name particles.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Titles written before a person's name ("Prime Minister", "Mr.", "Sgt."), lower-cased, one word each. */
export const titleWords = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend fr. father sister brother
  president vice prime minister ministers premier chancellor king queen prince princess sheikh emir mullah imam
  ambassador envoy consul secretary general gen. gen lt. lt col. col maj. maj capt. capt cpl. cpl sgt. sgt
  pvt. pvt sepoy officer officers detective det. det investigator trooper deputy sheriff chief marshal constable
  inspector commissioner superintendent supt. lieutenant colonel major captain sergeant corporal private
  sen. sen senator rep. rep representative congressman congresswoman gov. gov governor mayor councilman
  councilwoman councilor judge justice attorney prosecutor coroner pastor bishop cardinal pope ayatollah
  magistrate undersheriff ceo defender staff
  spokesman spokeswoman spokesperson pm foreign state interior defense defence deputy acting former
  chargé charge d’affaires d'affaires affaires
`);

/** Titles that are also common given names or surnames ("Tyre King", "Dominique Judge", "Justice Mora"). */
export const nameTitles = set(`king judge justice bishop major marshal prince lord pope dean cardinal`);

/** Nouns that name a role and may introduce a name ("spokesperson Abdul Qahar Balkhi"). */
export const roleNouns = set(`
  spokesman spokeswoman spokesperson minister president ambassador envoy official officer detective
  sheriff chief commander governor mayor prosecutor attorney coroner lieutenant sergeant captain
  deputy trooper director secretary researcher journalist analyst lecturer professor resident witness
  leader founder head chairman chairwoman diplomat consul chargé pastor neighbor neighbour friend
  mother father son daughter brother sister wife husband girlfriend boyfriend uncle aunt cousin
  grandmother grandfather student teacher principal owner manager victim suspect gunman shooter
`);

/** Last words that make a name an organization. */
export const orgHeads = set(`
  department dept. dept ministry police office agency bureau university college school academy hospital
  church mosque temple synagogue group front party army navy force forces corps brigade battalion council
  committee commission court company corporation corp corp. inc inc. ltd llc co. bank network news times
  post journal herald tribune gazette press agency association society foundation institute center centre
  movement organization organisation union federation league alliance coalition taliban qaeda emirate
  state-department parliament assembly senate congress government administration service services
  authority authorities commission guard patrol unit team club jail prison penitentiary embassy consulate
  mission wire ledger clarion briefing chronicle courier dispatch observer sentinel bulletin broadcasting
  stoppers crimestoppers crimeline hotline examiner examiners division precinct rescue schools stations lab
  metro flight health marshals trauma board hospitals campus coach coaches bus lines express airways airlines
  star sacco pd media fraternity sorority guild enforcement response
  elementary facility home ems squad fire hs shop nightclub lodge medical presbyterian order
  casino nation communications productions legion pack program programs games
`);

/** Words anywhere in a name that make it an organization ("Islamic State Khorasan Province"). */
export const orgWords = set(`
  islamic taliban tehrik tehreek qaeda hezbollah hamas isis isil daesh ministry department police
  university college hospital church mosque party army council committee commission agency bureau
  foundation institute association corporation company news daily weekly children crime crimes
  times tribune telegram
`);

/** Last words that make a name a place. */
export const placeHeads = set(`
  province district county city town village valley river mountain mountains island islands region
  street st. avenue ave. ave road rd. boulevard blvd. lane drive dr highway parkway square park
  state crossing border neighborhood neighbourhood township borough parish territory apartments
  apartment complex plaza mall motel hotel inn restaurant bar lounge tavern grill cafe store market
  station airport stadium arena courts bridge freeway turnpike expressway
  blvd av av. way circle place terrace cove hwy pkwy ln trail streets heights ne nw se sw
  st creek gardens houses base community cemetery courthouse apts farms
`);

/** Lower-case words that may sit inside a name ("Ministry of Foreign Affairs", "Ubaid-ur-Rehman"). */
export const nameParticles = set(`of al el ul ur ud e i bin ibn bint de da di del la le van von der den du d'`);

/** Heads after which "of" continues a name ("Islamic Emirate of Afghanistan", "University of Utah"). */
export const ofHeads = set(`
  ministry department university college emirate republic kingdom state states bank council office
  bureau secretary minister church school institute academy court federation union league commission
  museum board
`);

/** Capitalized words that start sentences or headlines but are no names. */
export const stopNames = set(`
  the a an this that these those it its he she they we i you his her their our my your there here
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. wed. thu. fri. sat. sun. god jesus
  yesterday tomorrow when while after before during although though if but and or so yet also however
  meanwhile furthermore according update updated posted photo video image
  source advertisement read more click share email print comments related copyright all rights reserved
  breaking live watch listen subscribe sign log follow tweet like on in at for with by from as to of
  no not yes what who why how where every each some many most several both
`);

/** Words that never start a name but may continue one ("Police said" vs "Rocky Mount Police Department"). */
export const stopStarts = set(`police authorities officials investigators detectives deputies officers witnesses city town
  county street highway hwy lane road downtown`);

/** US-style street suffixes: "Edwards Street" is a place but not a town to geocode. */
export const streetHeads = set(`street st st. avenue ave ave. av av. road rd rd. boulevard blvd blvd. lane ln drive dr highway hwy parkway pkwy court ct circle way place terrace trail cove ne nw se sw`);

/**
 * Words never part of a person's name, for names no cue typed: clock and time zones, page furniture,
 * vehicle makes, holidays ("AM EDT", "View Full Caption", "Honda Accord", "Memorial Day").
 */
export const notNameWords = set(`
  am pm a.m. p.m. edt est cdt cst pdt pst mdt mst gmt utc caption captions logo tm images photo photos
  video videos videonext story stories report reports previous next skip device box channel area areas
  honda chevrolet chevy toyota nissan dodge jeep gmc hyundai kia buick cadillac pontiac chrysler
  volkswagen mazda subaru lexus acura infiniti mustang accord camry impala malibu corolla altima tahoe
  memorial labor christmas thanksgiving easter halloween veterans independence hurricane
  war jury study safety shooting violation emergency side year radio family robberies suites maps control
  number coverage avenue taurus continental explorer expedition escalade sedan suv pickup injured
  countians bystanders pier used shot no. gunshot wound property
`);

/** Words that never start a person's name: compass points and other place or page words ("South Side", "New Year"). */
export const notNameStarts = set(`
  north south east west northeast northwest southeast southwest ne nw se sw far central southern northern
  eastern western lower upper greater downtown new st. st saint view original first last other up class
  grand criminal traffic wanted parole driving native african bay salt metro non-emergency near another
  happy anytime second third fourth fifth sixth lake club fort mount camp national american operation
`);

/** Capitalized common words that are no names on their own ("Area", "Government", "Metro", "Downtown"). */
export const genericWords = set(`area areas government metro downtown uptown midtown neighborhood neighbourhood community
  residents resident family families officials authorities sources witnesses victims victim suspect suspects
  boy boys girl girls man men woman women teen teens child children toddler baby infant
  gunmen gunman attackers attacker assailants militants insurgents rebels soldiers troops protesters rescuers`);

/** Words of an office's portfolio ("Commissioner for Internal Security", "Minister of Foreign Affairs"): common words, no name. */
export const portfolioWords = set(`
  internal external home foreign affairs interior defence defense security health finance education justice
  information agriculture works transport transportation environment energy trade commerce industry local
  government culture youth sports women labour labor water resources planning economic economy budget lands
  housing religious public safety emergency emergencies humanitarian relief welfare social development
  communications tourism science technology mines petroleum power rural urban special duties homeland
  veterans chieftaincy national intelligence state police prosecutions`);

/** Kin words a family writes before a given name ("Uncle Wade", "Grandma Barb"). */
export const kinWords = set(`uncle aunt auntie grandma grandpa granny cousin brother sister mama papa`);
