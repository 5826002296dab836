// Tests: per-slot statements with counts, attribution and hedges.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BackgroundMention, Doc } from '../../model/index.ts';
import { createDoc } from '../../model/index.ts';
import { segment } from '../annotate/tokenize.ts';
import { extractClaims } from './index.ts';

const docOf = (text: string, extra: Partial<Doc> = {}, published: string | null = '2031-05-03'): Doc => ({
  ...createDoc({ id: 'r1', source: 'r1', url: null, outlet: 'Test Herald', title: null, published, language: 'en', text, duplicateOf: null, dependsOn: [] }),
  ...segment(text),
  ...extra,
});

const claimsOf = (text: string, extra: Partial<Doc> = {}) => extractClaims(docOf(text, extra));
const value = (text: string, slot: string, extra: Partial<Doc> = {}) =>
  claimsOf(text, extra).filter((c) => c.slot === slot && (c.backgroundRef ?? null) === null).map((c) => c.value);

test('killed: phrases of death, with their counts', () => {
  assert.deepEqual(value('A bomb went off in the square, killing 16 people.', 'killed'), [16]);
  assert.deepEqual(value('A courier was shot dead outside the depot.', 'killed'), [1]);
  assert.deepEqual(value('Two men were fatally shot on Quay Road.', 'killed'), [2]);
  assert.deepEqual(value('A cyclist was struck by gunfire. The victim died at the hospital.', 'killed'), [1]);
  assert.deepEqual(value('Three dead after a fire at the mill.', 'killed'), [3]);
});

test('sums: "two clerks and four passers-by" are six', () => {
  assert.deepEqual(value('The blast tore through the market, killing two clerks and four local shoppers.', 'killed'), [6]);
});

test('injured: wounded, critically injured, shot without dying, minor injuries', () => {
  assert.deepEqual(value('A night watchman was critically injured in the raid.', 'injured'), [1]);
  assert.deepEqual(value('The raid wounded at least one watchman.', 'injured'), [1]);
  assert.deepEqual(value('A ferry worker was shot in the arm on Tuesday.', 'injured'), [1]);
  assert.deepEqual(value('Four teens were shot near the rink. The other victims, ages 14, 15 and 18, were treated for minor injuries.', 'injured'), [4]);
  assert.deepEqual(value('A man was shot and is in stable condition, officers said.', 'injured'), [1]);
});

test('"X and Y were shot, one fatally" is one killed and one injured', () => {
  const text = 'Ada Placeholder and Bo Sample were shot, one fatally, on Mill Lane.';
  assert.deepEqual(value(text, 'killed'), [1]);
  assert.deepEqual(value(text, 'injured'), [1]);
});

test('those said to be fine add no one; explicit zeros are kept', () => {
  assert.deepEqual(value('The consul and all other members of the mission are fine.', 'injured'), []);
  assert.deepEqual(value('Shots hit the gate but no one was hurt.', 'injured'), [0]);
  assert.deepEqual(value('No arrests have been made.', 'arrested'), [0]);
});

test('arrested: active, passive and custody', () => {
  assert.deepEqual(value('Harbour police arrested one suspect on Sunday.', 'arrested'), [1]);
  assert.deepEqual(value('Two teenagers were taken into custody.', 'arrested'), [2]);
  assert.deepEqual(value('Guards apprehended one suspect, the spokesman said.', 'arrested'), [1]);
});

test('attackers: a lone attacker, a gunman, two of its members, hedged', () => {
  assert.deepEqual(value('A lone attacker opened fire from a rooftop.', 'attackers'), [1]);
  assert.deepEqual(value('Two gunmen stormed the depot.', 'attackers'), [2]);
  assert.deepEqual(value('The group said the raid was carried out by two of its members.', 'attackers'), [2]);
  const hedged = claimsOf('Guards exchanged fire with at least one attacker.').find((c) => c.slot === 'attackers');
  assert.equal(hedged?.value, 1);
  assert.equal(hedged?.hedge, 'at least');
});

test('claims of responsibility: group, channel, absence and denial', () => {
  const claim = claimsOf('The Islamic State group claimed responsibility in a statement on Telegram.').find((c) => c.slot === 'claimedBy');
  assert.equal(claim?.value, 'Islamic State');
  assert.equal(claim?.channel, 'Telegram');
  const none = claimsOf('No group has claimed responsibility for the raid.').find((c) => c.slot === 'claimedBy');
  assert.equal(none?.negated, true);
  const denied = claimsOf('The Al-Shabaab movement denied any involvement.').find((c) => c.slot === 'claimedBy');
  assert.equal(denied?.negated, true);
});

test('target and weapons are normalized', () => {
  assert.deepEqual(value("Gunmen fired on Norway's embassy in the capital.", 'target'), ['Norwegian embassy']);
  assert.deepEqual(value('The attack on the Norwegian embassy lasted an hour.', 'target'), ['Norwegian embassy']);
  assert.deepEqual(value('Police seized an AK-47 rifle and two handguns.', 'weapons'), ['AK-47 rifle', 'handgun']);
});

test('attribution names the speaker; hedges are kept', () => {
  const [a] = claimsOf('Two guards were wounded, according to the interior ministry.').filter((c) => c.slot === 'injured');
  assert.equal(a.attribution, 'the interior ministry');
  const [b] = claimsOf('A harbour police spokesman said that a suspect was arrested.').filter((c) => c.slot === 'arrested');
  assert.equal(b.attribution, 'A harbour police spokesman');
  const [c] = claimsOf('Three people were reportedly killed.').filter((x) => x.slot === 'killed');
  assert.equal(c.hedge, 'reportedly');
  assert.equal(c.attribution, null);
});

test('evidence quotes the article exactly', () => {
  const text = 'Intro line here. Two men were shot dead on Pier Street, officers said.';
  for (const c of claimsOf(text)) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
});

test('a count about a recalled event points at its background mention, not the main event', () => {
  const text = 'A guard was injured on Friday. In March, a bomber struck the old consulate, killing six people.';
  const start = text.indexOf('a bomber');
  const background: BackgroundMention[] = [{ articleId: 'r1', start, end: start + 8, text: 'a bomber', date: '2031-03', precision: 'month', place: null, sentence: 1 }];
  const claims = claimsOf(text, { background });
  assert.deepEqual(claims.filter((c) => c.slot === 'killed').map((c) => [c.value, c.backgroundRef]), [[6, 0]]);
  assert.deepEqual(claims.filter((c) => c.slot === 'injured').map((c) => [c.value, c.backgroundRef]), [[1, null]]);
});

test('without background mentions, counts set in another time are left out', () => {
  assert.deepEqual(value('Last November, a sentry was shot dead at the border crossing.', 'killed'), []);
  assert.deepEqual(value('So far this year, 80 people have been killed in the city.', 'killed'), []);
});

test('one count per article: the most explicit total, repeats not added', () => {
  const text = 'Three people were shot on Friday. Police said three people were shot. Another victim was wounded in the arm.';
  assert.deepEqual(value(text, 'injured'), [3]);
  assert.deepEqual(value('A ferry clerk was shot on Friday. Another man was wounded later.', 'injured'), [2]);
});

test('fate: "fatally wounding" is a death; taken to hospital or a gunshot wound is not an injury once the victim died', () => {
  assert.deepEqual(value('A stray round went through the wall, fatally wounding a cashier.', 'killed'), [1]);
  assert.deepEqual(value('A stray round went through the wall, fatally wounding a cashier.', 'injured'), []);
  const died = 'A courier was shot and taken to Lantern Hospital, where he died.';
  assert.deepEqual(value(died, 'killed'), [1]);
  assert.deepEqual(value(died, 'injured'), []);
  assert.deepEqual(value('The clerk suffered a gunshot wound to the chest and was pronounced dead at the scene.', 'injured'), []);
  assert.deepEqual(value('Two cousins were taken to an area hospital with cuts.', 'injured'), [2]);
});

test('"also" adds someone new, unless it is the same victim again', () => {
  assert.deepEqual(value('A courier was wounded in the arm. His brother was also wounded.', 'injured'), [2]);
  assert.deepEqual(value('A courier was shot in the arm. The victim was also shot in the leg.', 'injured'), [1]);
});

test('partitives and relative clauses: "one of the six", "the clerk who was shot … has died"', () => {
  const text = 'Six people were shot at the fair. One of the six, a ferry clerk, died at the hospital.';
  assert.deepEqual(value(text, 'killed'), [1]);
  assert.deepEqual(value(text, 'injured'), [5]);
  const later = 'The clerk who was shot outside the depot on Monday has died.';
  assert.deepEqual(value(later, 'killed'), [1]);
  assert.deepEqual(value(later, 'injured'), []);
});

test('survivors: a "third victim" after two deaths is one injured; "others" after a total are the rest of it', () => {
  assert.deepEqual(value('Two people were killed on the pier. A third victim was wounded.', 'injured'), [1]);
  assert.deepEqual(value('Four people were wounded at the fair. One man was hit in the leg and three others were wounded.', 'injured'), [4]);
});

test('arrests: reduced passives, pleas, custody, "found and arrested"', () => {
  assert.deepEqual(value('A couple charged in the harbour shooting appeared in court.', 'arrested'), [2]);
  assert.deepEqual(value('Tom Placeholder pleaded not guilty on Monday.', 'arrested'), [1]);
  assert.deepEqual(value('Officers took two teenagers into custody near the quay.', 'arrested'), [2]);
  assert.deepEqual(value('One suspect was found and arrested near the docks.', 'arrested'), [1]);
  assert.deepEqual(value('Rowan Placeholder Jr., 30, and Ida Sample, 28, were charged with assault.', 'arrested'), [2]);
});

test('a lone surname counts as a person only where the mentions stage found one', () => {
  const text = 'Rowan Placeholder, 30, was found near the quay. Placeholder was later arrested.';
  const at = text.lastIndexOf('Placeholder');
  const mentions = [{ articleId: 'r1', start: at, end: at + 11, text: 'Placeholder', type: 'person' as const }];
  assert.deepEqual(value(text, 'arrested', { mentions }), [1]);
  assert.deepEqual(value('Harbourside was later arrested.', 'arrested'), []);
});

test('round-ups of several shootings give no count for one event', () => {
  assert.deepEqual(value('Five people were killed and 20 wounded in separate shootings across the city since Friday.', 'killed'), []);
  assert.deepEqual(value('Five people were killed and 20 wounded in separate shootings across the city since Friday.', 'injured'), []);
});

test('headlines: no auxiliary, Title Case; a heading further down is another story', () => {
  assert.deepEqual(value('4 Shot, 1 Dead After Dispute at Pier Market', 'killed'), [1]);
  assert.deepEqual(value('4 Shot, 1 Dead After Dispute at Pier Market', 'injured'), [3]);
  assert.deepEqual(value('Four people shot near the quay. Police are looking for a grey van.', 'injured'), [4]);
  const text = 'A man was wounded on Pier Road. Police are looking for a car. The search goes on.\n\nTwo men shot, one fatally, in Easton\n\nThe victim is expected to survive.';
  assert.deepEqual(value(text, 'killed'), []);
  assert.deepEqual(value(text, 'injured'), [1]);
});

test('lists of names with ages are summed; a list of names is not a headline', () => {
  assert.deepEqual(value('Ann Bee, 15, Cal Dee, 19, Eve Fay, 15, and Gus Hay, 19, were injured.', 'injured'), [4]);
  assert.deepEqual(value('A ferry clerk accidentally shot himself in the hand.', 'injured'), [1]);
});

test('"leaving one man dead" is one death, not the whole subject', () => {
  const text = 'Six people were shot on Pier Road, leaving one man dead.';
  assert.deepEqual(value(text, 'killed'), [1]);
  assert.deepEqual(value(text, 'injured'), [5]);
});

test('deaths: "claimed the life of", clinically dead, a place between subject and verb, "shot in the head, killed"', () => {
  assert.deepEqual(value('A stray bullet claimed the life of a three-year-old girl.', 'killed'), [1]);
  assert.deepEqual(value('The courier was declared clinically dead on Sunday.', 'killed'), [1]);
  assert.deepEqual(value('A 9-month-old baby in Easton died on Thursday.', 'killed'), [1]);
  assert.deepEqual(value('That little girl died a short time later.', 'killed'), [1]);
  assert.deepEqual(value('A 6-year-old Easton girl was shot in the head, killed', 'killed'), [1]);
});

test('victim counts in one word, inverted passives, "another four", fates after a dash', () => {
  assert.deepEqual(value('A clerk was fatally shot in a quadruple shooting on Quay Road.', 'injured'), [3]);
  assert.deepEqual(value('Also wounded in the attack were three men, ages 19, 21 and 22.', 'injured'), [3]);
  assert.deepEqual(value('The gunfire wounded a guard and injured another four teenagers.', 'injured'), [5]);
  const dash = 'A man shot three officers - one fatally - near the docks.';
  assert.deepEqual(value(dash, 'killed'), [1]);
  assert.deepEqual(value(dash, 'injured'), [2]);
  assert.deepEqual(value('Three adults and two juveniles ages 14 and 15 were taken to the hospital.', 'injured'), [5]);
});

test("a killer's suicide adds to his victims, not to a toll that already counts him", () => {
  assert.deepEqual(value('A man shot and killed his wife and two neighbours before turning the gun on himself.', 'killed'), [4]);
  assert.deepEqual(value('Two girls were shot and killed by their father, who then killed himself.', 'killed'), [3]);
  assert.deepEqual(value('Four people were found dead in the house. Police said the father shot his wife and son before killing himself.', 'killed'), [4]);
});

test('people shot, named as such: found with a gunshot wound, "two other gunshot victims", "the other six"', () => {
  assert.deepEqual(value('A ferry clerk was found with a gunshot wound on Tuesday night.', 'injured'), [1]);
  assert.deepEqual(value('A guard was wounded. Two other gunshot victims arrived at the hospital by car.', 'injured'), [3]);
  assert.deepEqual(value('One victim died at the scene. The other six were rushed to the hospital.', 'injured'), [6]);
  assert.deepEqual(value('Three troopers who entered the house were wounded.', 'injured'), [3]);
  assert.deepEqual(value('The injured man was hospitalized in stable condition.', 'injured'), [1]);
  assert.deepEqual(value('The blast killed a clerk and left four other teens — ages 14, 16, 17 and 18 — injured.', 'injured'), [4]);
});

test('ages are not counts; the noun "shot" is no victim; round-ups over hours or across the city', () => {
  assert.deepEqual(value('Officers learned that four victims, ages 19 to 24, were suffering gunshot wounds.', 'injured'), [4]);
  assert.deepEqual(value('Harbour police said Ada Sample, 71, died, and three other men, ages 54, 33 and 26, and a woman, 41, were injured.', 'injured'), [4]);
  assert.deepEqual(value('Police heard a shot from the store, then another shot a minute later.', 'injured'), []);
  assert.deepEqual(value('Twelve people were shot in Easton in about ten hours.', 'injured'), []);
  assert.deepEqual(value('Six people were wounded in Easton shootings on Sunday.', 'injured'), []);
});

test('names with ages before them, a determiner shared along a list, names spelling out a count', () => {
  assert.deepEqual(value('The examiner says 61-year-old Ann Bee, 29-year-old Cal Dee and 40-year-old Eve Fay died of gunshot wounds.', 'killed'), [3]);
  assert.deepEqual(value('A man shot and killed his wife, son and daughter before killing himself.', 'killed'), [4]);
  assert.deepEqual(value('Results show that the two children, 5-year-old Tom Bee and 11-year-old Cora Bee, both died from gunshot wounds.', 'killed'), [2]);
  assert.deepEqual(value('Dana Placeholder was named among the dead in a triple murder-suicide.', 'killed'), [4]);
});

test('headlines without articles; struck in the leg; a bullet grazed a boy', () => {
  assert.deepEqual(value('Easton man shot while hunting', 'injured'), [1]);
  assert.deepEqual(value('Police said the teen was struck in the leg and taken to a hospital.', 'injured'), [1]);
  assert.deepEqual(value('A stray bullet grazed a 3-year-old boy inside the flat.', 'injured'), [1]);
  assert.deepEqual(value('Police said man shot the clerk.', 'injured'), [1]);
});

test('taken to hospital with non-life-threatening injuries is injured even after a death; "another two"; "from <place>" in a list', () => {
  const text = 'Two men died at the scene. Three victims were taken to a local hospital with non-life-threatening injuries.';
  assert.deepEqual(value(text, 'injured'), [3]);
  assert.deepEqual(value('One person was killed and another two, including a baby, were hospitalized.', 'injured'), [2]);
  assert.deepEqual(value('Three men from Tarboro and a man from Easton were wounded in the shooting.', 'injured'), [4]);
  assert.deepEqual(value('A woman was killed in a shooting that also wounded her brother and 4-year-old daughter.', 'injured'), [2]);
});

test('an accidental self-shooting is the victim, not a suicide on top; "could have … and killed" is no death', () => {
  assert.deepEqual(value('A 3-year-old boy was killed on Sunday. Police said he accidentally fatally shot himself with a pistol.', 'killed'), [1]);
  assert.deepEqual(value('Doctors say the bullet could have hit her heart and killed her.', 'killed'), []);
});

test('custody in other words: police have a suspect in custody, held without bond, behind bars', () => {
  assert.deepEqual(value('Police have a suspect in custody.', 'arrested'), [1]);
  assert.deepEqual(value('The courier is being held without bond.', 'arrested'), [1]);
  assert.deepEqual(value('A man is behind bars after the shooting.', 'arrested'), [1]);
});

test('headline deaths: "Boy, 14, fatally shot", "Woman shot and killed by …"; "one of them has died"', () => {
  assert.deepEqual(value('Boy, 14, fatally shot in Quay Park neighborhood', 'killed'), [1]);
  assert.deepEqual(value('Woman shot and killed by family member', 'killed'), [1]);
  assert.deepEqual(value('Man dies from accidental gunshot wound', 'killed'), [1]);
  const text = 'Four teenagers were shot, and one of them has died, police said.';
  assert.deepEqual(value(text, 'killed'), [1]);
  assert.deepEqual(value(text, 'injured'), [3]);
});

test('the one reported hurt who then died is not also injured; separate accidents are a round-up', () => {
  const text = 'Police say a courier injured in a shooting on Monday morning has died of his injuries.';
  assert.deepEqual(value(text, 'killed'), [1]);
  assert.deepEqual(value(text, 'injured'), []);
  assert.deepEqual(value('A boy who was critically injured in the raid has died.', 'injured'), []);
  assert.deepEqual(value('Two separate Easton County hunting accidents on Sunday left two injured.', 'injured'), []);
});

test('in-laws, bodies, "found … shot to death", a list with a plural in the middle', () => {
  assert.deepEqual(value('Police say a man shot and killed his wife, two young children and his mother-in-law, before killing himself.', 'killed'), [5]);
  assert.deepEqual(value('The bodies of four people, including two children, were found in the home.', 'killed'), [4]);
  assert.deepEqual(value('Officers found Ann Bee, 11, and Cal Bee, 15, shot to death inside the house.', 'killed'), [2]);
});

test('headlines: a place before the noun, a count after a predicate, an ordinal death, "succumbs"', () => {
  assert.deepEqual(value('Harbor City clerk killed, 3 wounded at ferry landing', 'killed'), [1]);
  assert.deepEqual(value('Harbor City clerk killed, 3 wounded at ferry landing', 'injured'), [3]);
  assert.deepEqual(value('Uncle charged after Millbrook teen shot, killed', 'killed'), [1]);
  assert.deepEqual(value('Millbrook teen shot, killed', 'injured'), []);
  assert.deepEqual(value('Third victim dies after Millbrook warehouse shooting', 'killed'), [3]);
  assert.deepEqual(value('4th person dies after lake house shooting', 'killed'), [4]);
  assert.deepEqual(value('Update: 9-year-old succumbs to injuries after hunting accident', 'killed'), [1]);
  // An age still reads as an age after a noun: "Boy, 3, wounded".
  assert.deepEqual(value('Boy, 3, wounded in backyard', 'injured'), [1]);
});

test('self-inflicted accidents, "one of five shot … dies", headline "shot at <place>", bare numbers opening a headline', () => {
  assert.deepEqual(value('A toddler accidentally shot himself with a pistol at the cabin.', 'injured'), [1]);
  assert.deepEqual(value('The toddler who accidentally shot himself at the cabin has died.', 'killed'), [1]);
  assert.deepEqual(value('The toddler who accidentally shot himself at the cabin has died.', 'injured'), []);
  assert.deepEqual(value('Quarry Hill boy, 6, shoots self in foot with rifle', 'injured'), [1]);
  assert.deepEqual(value('One of 4 shot at Dockside tavern dies of injuries', 'killed'), [1]);
  assert.deepEqual(value('One of 4 shot at Dockside tavern dies of injuries', 'injured'), [3]);
  assert.deepEqual(value('Three shot at Dockside tavern', 'injured'), [3]);
  assert.deepEqual(value('Deputy shot at officers before fleeing', 'injured'), []);
  assert.deepEqual(value('Five are shot outside Westgate market', 'injured'), [5]);
  assert.deepEqual(value('Lakeview 3-year-old in critical condition after shooting', 'injured'), [1]);
});

test('a critical injury is open: net of deaths told in other sentences, distinct from deaths told beside it', () => {
  const open = (text: string) => claimsOf(text).filter((c) => c.slot === 'injured').map((c) => [c.value, c.fromShot ?? false]);
  assert.deepEqual(open('A boy was shot on the pier on Monday. He was in critical condition. He died on Tuesday.'), []);
  assert.deepEqual(open('The gunman fired into the crowd, killing one man and critically injuring two women.'), [[2, true]]);
  assert.deepEqual(open('A girl was critically injured in the crash.'), [[1, true]]);
  assert.deepEqual(open('A girl was injured in the crash and is in stable condition.'), [[1, false]]);
});

test('a killer who "kills himself" or "fatally shoots self" adds to his victims; counts set weeks or years back are not this event', () => {
  assert.deepEqual(value('Father kills two children, then fatally shoots self in standoff', 'killed'), [3]);
  assert.deepEqual(value('The gunman shot and killed two clerks before he kills himself, police said.', 'killed'), [3]);
  assert.deepEqual(value('A courier was shot and killed on the same block three weeks ago.', 'killed'), []);
  assert.deepEqual(value('Two years earlier, four people were killed at the same club.', 'killed'), []);
});

test('"injured, including a girl who later died" holds the dead; other shootings: "in that case", "after another man was shot", "since 10 p.m.", "in a 24-hour span"', () => {
  assert.deepEqual(value('Three people were injured at the rink, including a girl who later died.', 'injured'), [2]);
  assert.deepEqual(value('Three people were injured at the rink, including a boy who is in critical condition.', 'injured'), [3]);
  assert.deepEqual(value('A clerk was shot at the kiosk. In that case, a 15-year-old was killed and a 14-year-old injured.', 'killed'), []);
  assert.deepEqual(value('His death came four days after another man was shot on the same block.', 'injured'), []);
  assert.deepEqual(value('Since 9 p.m. Friday, eleven people have been shot in the city.', 'injured'), []);
  assert.deepEqual(value('Two teens shot in 24-hour span in Millbrook', 'injured'), []);
});

test('a bare number with an adverb before the verb: "Two critically injured", "3 seriously wounded"', () => {
  assert.deepEqual(value('Two dead, two critically injured after shooting at Elm Park', 'injured'), [2]);
  assert.deepEqual(value('3 seriously wounded in Elm Park shooting', 'injured'), [3]);
});

test('a death named but not counted implies one, weakly; a victim already introduced may be the one who died', () => {
  const implied = claimsOf('Police probe fatal shooting on Elm Street').filter((c) => c.slot === 'killed');
  assert.deepEqual(implied.map((c) => [c.value, c.implied, c.hedge]), [[1, true, 'at least']]);
  assert.deepEqual(value('Police probe non-fatal shooting on Elm Street', 'killed'), []);
  assert.deepEqual(value('Man charged with attempted murder in Elm Street case', 'killed'), []);
  // People said to be shot may include the dead: the report's own counts say more than the noun.
  assert.deepEqual(value('Fatal shooting on Elm Street. Two people were shot, police said.', 'killed'), []);
  assert.deepEqual(value('A toddler was shot and killed at home. The family turned to see the toddler wounded on the floor.', 'injured'), []);
  assert.deepEqual(value('18-month-old dead after shooting in Elmwood', 'killed'), [1]);
  assert.deepEqual(value('Rampage at the depot injures three', 'injured'), [3]);
  assert.deepEqual(value('Elmwood teen found fatally shot in garage', 'killed'), [1]);
});

test('round-ups over a city or a span of hours: "across Millbrook", "violent 24 hours", "from 3:50 p.m. Friday to …", "between 3 p.m. Friday and 3 a.m. Monday"', () => {
  assert.deepEqual(value('The attack followed a weekend that saw 30 people shot across Millbrook.', 'injured'), []);
  assert.deepEqual(value('2 dead, 2 injured during violent 24 hours in Millbrook', 'killed'), []);
  assert.deepEqual(value('From 3:50 p.m. Friday to 5:29 p.m. Sunday, at least 18 people were shot in the city.', 'injured'), []);
  assert.deepEqual(value('At least 40 people have been shot between 3:50 p.m. Friday and 3 a.m. Monday.', 'injured'), []);
  assert.deepEqual(value('A man was shot across Elm Street from the park.', 'injured'), [1]);
});

test('an age after "Jr.," is an age, not a count', () => {
  const [n] = value('Officers found John Doe, Jr., 28, and a teen suffering from gunshot wounds.', 'injured');
  assert.ok(Number(n) <= 2);
});

test('injured: "another" with an age is one more person; a place between subject and verb is skipped', () => {
  assert.deepEqual(value('A clerk was killed at the depot. Another 20-year-old man was shot in the arm and treated and released.', 'injured'), [1]);
  assert.deepEqual(value('A woman was killed on Dock Street. Another man in the house was wounded.', 'injured'), [1]);
  assert.deepEqual(value('Police found two people dead and two more who were injured inside the Vane Road home.', 'injured'), [2]);
});

test('injured: a bullet as the subject, victims who took themselves to hospital, a victim expected to recover', () => {
  assert.deepEqual(value('A stray bullet hit a girl who was asleep in her bedroom on Kettle Row.', 'injured'), [1]);
  assert.deepEqual(value('A boy was hit by a stray round outside the Kettle Row bakery.', 'injured'), [1]);
  assert.deepEqual(value('Two men walked into Mercy Hospital with gunshot wounds early Sunday.', 'injured'), [2]);
  assert.deepEqual(value('A female victim is expected to recover, officers said.', 'injured'), [1]);
});

test('a headline number followed by a noun is a count, not an age: "ID\'d, 3 others injured"', () => {
  assert.deepEqual(value('Driver ID’d, 3 others injured in Lakeside shooting', 'injured'), [3]);
  assert.deepEqual(value('Boy, 3, wounded in Lakeside shooting', 'injured'), [1]);
});

test('"another" right after a death sets the hurt apart from the dead, not from the hurt already counted', () => {
  const text = '1 dead, 1 hurt in Lakeside shooting\n\nOne teen is dead and another is being treated for life-threatening injuries.';
  assert.deepEqual(value(text, 'injured'), [1]);
  assert.deepEqual(value('A man was shot to death on Pier Lane. His wife was also shot and is in stable condition.', 'injured'), [1]);
});

test('a plural noun phrase spelled out by an apposition counts once', () => {
  assert.deepEqual(value('The five adult victims, three men and two women, all received minor injuries.', 'injured'), [5]);
  assert.deepEqual(value('Ada Placeholder, 35, Bo Sample, 29, and their two children, 7-year-old Cy Sample and 4-year-old Di Sample, died in the fire.', 'killed'), [4]);
});

test('negated and adjectival predicates: "who weren\'t injured" counts no one, "the three injured men" counts three', () => {
  assert.deepEqual(value('There were three customers who weren’t injured in the store.', 'injured'), []);
  assert.deepEqual(value('The Lakeside Gazette reports the three injured men are Al Roe, Bo Sample and Cy Dee.', 'injured'), [3]);
  assert.deepEqual(value('Officers found the three dead victims on the second floor.', 'killed'), [3]);
  assert.deepEqual(value('They found a man and a second injured person on the porch.', 'injured'), []);
});

test('subjects: the shooting they were hurt in, what they were doing with the gun, ordinals alone, ages after a copula', () => {
  assert.deepEqual(value('All five victims of the Friday shooting in Lakeside are expected to survive, police said.', 'injured'), [5]);
  assert.deepEqual(value('Sheriff: 6-year-old playing with gun shot and killed', 'killed'), [1]);
  assert.deepEqual(value('Boy slain in Lakeside park identified', 'killed'), [1]);
  assert.deepEqual(value('Three men shot, a fourth wounded by shrapnel in Lakeside', 'injured'), [4]);
  assert.deepEqual(value('A girl was killed near the vigil. Ann Roe, 17, whom police initially said was 16, died at a hospital.', 'killed'), [1]);
  assert.deepEqual(value('Channel 9 News Two brothers, ages 11 and 16, were shot inside a Lakeside home.', 'injured'), [2]);
  assert.deepEqual(value('A man was injured on the pier. The gunfire injured another four teenagers.', 'injured'), [5]);
});

test('streets are no people: "near 2nd Avenue South and South Main Street, and five people were wounded"', () => {
  assert.deepEqual(value('Two men opened fire near 2nd Avenue South and South Main Street, and at least five people were wounded, police said.', 'injured'), [5]);
});

test('a count the report moved past and one left open by a critical injury', () => {
  assert.deepEqual(value('Police initially said seven people were shot. Four people were shot, a spokesman said later.', 'injured'), [4]);
  const text = '1 dead, 3 hurt in Lakeside shooting\n\nPolice are investigating a shooting that left four injured, one in critical condition.';
  assert.deepEqual(value(text, 'injured'), [3]);
});

test('counts of other shootings: one the shooting "came after", "two shooting attacks"', () => {
  assert.deepEqual(value('A teen was killed near the vigil on Tuesday. The shooting came after an attack at a nightclub in another state left 49 people dead.', 'killed'), [1]);
  assert.deepEqual(value('Three women were wounded in two shooting attacks on New Year’s Eve, police said.', 'injured'), []);
});

test('deaths: "suffered a fatal gunshot wound", "left a man and woman dead"; "to harm or kill" counts no one', () => {
  assert.deepEqual(value('A 20-year-old woman suffered a fatal gunshot wound, investigators said.', 'killed'), [1]);
  assert.deepEqual(value('A 20-year-old woman suffered a fatal gunshot wound, investigators said.', 'injured'), []);
  assert.deepEqual(value('The shooting on Vane Road left a man and woman dead.', 'killed'), [2]);
  assert.deepEqual(value('He is charged with causing a handgun to be discharged to harm or kill another person.', 'killed'), []);
});

test('one said to be shot who then died is no one else: "her sister, also suffering from a gunshot wound, was pronounced dead"', () => {
  const text = 'A girl was killed in the Pier Lane house. Her sister, also suffering from a gunshot wound, was pronounced dead at the scene.';
  assert.deepEqual(value(text, 'injured'), []);
});

test('a headline\'s critical injury is open; a teaser for another story counts nothing', () => {
  const open = claimsOf('Teen critically injured after accidentally shooting himself in Lakeside').filter((c) => c.slot === 'injured');
  assert.deepEqual(open.map((c) => [c.value, c.fromShot]), [[1, true]]);
  assert.deepEqual(value('A man was shot on Dock Street. LIVE: 25 hurt in explosion in another city, where authorities say 25 people suffered minor injuries.', 'injured'), [1]);
});

test('a capitalised verb inside a name counts no one; "the other four shooting victims" are besides the dead', () => {
  assert.deepEqual(value('Police say the Major Crimes Division and Shooting Task Force are investigating.', 'injured'), []);
  assert.deepEqual(value('One man was killed on Elm Street. The condition of the other four shooting victims is unknown.', 'injured'), [4]);
});

test('"another" in the text adds to the text\'s own count, not to the headline\'s total', () => {
  const text = '3 dead in Lakeside shooting\n\nTwo men were killed on Dock Street. Another man was pronounced dead at the scene.';
  assert.deepEqual(value(text, 'killed'), [3]);
  assert.deepEqual(value('Police: 3 members of family fatally shot in Lakeside', 'killed'), [3]);
});

test('a death toll that rose is a count of the dead; a city\'s toll is a tally', () => {
  assert.deepEqual(value('The death toll from Tuesday’s bombing outside the consulate rose to 16, police said on Wednesday.', 'killed'), [16]);
  assert.deepEqual(value('A man was shot dead on Pier Lane, pushing the city’s death toll to 49.', 'killed'), [1]);
});

test('claims of responsibility: the day the claim was made, a denial by a lower-case movement, who lays the blame', () => {
  const text = 'The Red Dawn Front claimed responsibility for Tuesday’s bombing, the group said on Telegram late on Wednesday.';
  const wednesday = text.indexOf('Wednesday');
  const tuesday = text.indexOf('Tuesday');
  const times = [
    { articleId: 'r1', start: tuesday, end: tuesday + 7, text: 'Tuesday', date: '2031-04-01', precision: 'day' as const, time: null },
    { articleId: 'r1', start: wednesday, end: wednesday + 9, text: 'Wednesday', date: '2031-04-02', precision: 'day' as const, time: null },
  ];
  const claim = claimsOf(text, { times }).find((c) => c.slot === 'claimedBy');
  assert.deepEqual([claim?.value, claim?.channel, claim?.claimedOn], ['Red Dawn Front', 'Telegram', '2031-04-02']);
  const denied = claimsOf('The Silver Hand movement denied any involvement in the attack.').find((c) => c.slot === 'claimedBy');
  assert.deepEqual([denied?.value, denied?.negated], ['Silver Hand movement', true]);
  const blamed = claimsOf('The interior ministry blamed the Red Dawn Front for the attack.').find((c) => c.slot === 'perpetrator');
  assert.deepEqual([blamed?.value, blamed?.attribution], ['Red Dawn Front', 'The interior ministry']);
});

test('"confirmed dead" counts the dead with its "so far"; "remain in hospital" counts the hurt', () => {
  const [dead] = claimsOf('So far three people have been confirmed dead, police said.').filter((c) => c.slot === 'killed');
  assert.deepEqual([dead.value, dead.hedge], [3, 'so far']);
  assert.deepEqual(value('Four people remain in hospital.', 'injured'), [4]);
  assert.deepEqual(value('He was in the hospital when he heard the news.', 'injured'), []);
  assert.deepEqual(value('Al Roe was in the hospital with grave injuries but later died, police confirmed.', 'injured'), []);
});

test('a belief is no count; a told outcome is not open; a lead repeated as a standfirst still counts', () => {
  assert.deepEqual(value('The wounded teen believed he had been gunned down by a rival.', 'killed'), []);
  const text = 'A man was shot dead on Pier Lane. The wounded woman, whose name was not released, was taken to a different, unnamed nearby hospital and is expected to live.';
  assert.deepEqual(value(text, 'injured'), [1]);
  const lead = 'A shooting on Vane Road has left two boys dead and sent a teenage girl to the hospital.';
  assert.deepEqual(value(`${lead}\n\n${lead}\n\nPolice are investigating.`, 'injured'), [1]);
});

test('a headline about several shootings counts no one event; one about a shooting does', () => {
  assert.deepEqual(value('Police: 8 killed, 46 wounded as weekend shootings rattle Lakeside\n\nA man was shot in the leg on Dock Street.', 'injured'), [1]);
  assert.deepEqual(value('Police: 3 killed as shooting rattles Lakeside mall\n\nGunmen opened fire on Friday.', 'killed'), [3]);
});

test('claims of responsibility as machine translation words them: announced its responsibility, adopts the attack', () => {
  const announced = claimsOf('The organization known as "TRF" announced, in a statement which it published on the "Telegram" application in the evening of yesterday Saturday, its responsibility for the attack on the bridge.').find((c) => c.slot === 'claimedBy');
  assert.equal(announced?.value, 'TRF');
  assert.ok(!announced?.negated);
  const adopts = claimsOf('The Tarvel Resistance Front Adopts The Attack On A Checkpoint In The City Of Orvano').find((c) => c.slot === 'claimedBy');
  assert.equal(adopts?.value, 'Tarvel Resistance Front');
  assert.equal(claimsOf('The council adopted the budget on Monday.').find((c) => c.slot === 'claimedBy'), undefined);
});

test('one of a counted group: the group is the count ("was one of the 23 passengers injured")', () => {
  assert.deepEqual(value('The driver, in his forties, was one of the 23 passengers injured when the coach left the road.', 'injured'), [23]);
  assert.deepEqual(value('She was among six people wounded in the market attack.', 'injured'), [6]);
  assert.deepEqual(value('One of the six injured died on Sunday.', 'killed'), [1]);
});

test('a kind of group is no claimant: "Armed group says it was behind", "The Organization"', () => {
  assert.equal(claimsOf('Armed group says it was behind Orvano checkpoint shooting').find((c) => c.slot === 'claimedBy'), undefined);
  assert.equal(claimsOf('The "TRF" Organization Adopts The Attack On A Checkpoint').find((c) => c.slot === 'claimedBy')?.value, 'TRF');
  assert.equal(claimsOf('A little-known armed group, the Tarvel Resistance Front, has claimed responsibility for the attack.').find((c) => c.slot === 'claimedBy')?.value, 'Tarvel Resistance Front');
});

test('a sentence printed twice is page furniture even when its copies are spaced differently', () => {
  const opening = 'The council met on Monday. The budget passed. The library will reopen. Roads stay shut.';
  const related = 'Two men were wounded in a shooting on Marl Street, the police said.';
  assert.deepEqual(value(`${opening}\n\n${related}`, 'injured'), [2]);
  const respaced = related.replace('were wounded', 'were  wounded').replace('on Marl', 'on\tMarl');
  assert.deepEqual(value(`${opening}\n\n${related}\n\n${respaced}`, 'injured'), []);
});
