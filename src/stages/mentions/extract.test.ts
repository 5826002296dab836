// Tests: person, organization and place mentions with roles.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../model/index.ts';
import { segment } from '../annotate/tokenize.ts';
import { extractMentions } from './extract.ts';
import { findCities } from './gazetteer/index.ts';
import { pickPlace } from './place.ts';
import { shareListRoles } from './roles.ts';

const mentionsOf = (text: string): Mention[] => {
  const { sentences, tokens } = segment(text);
  return extractMentions('t1', text, tokens, sentences);
};
const find = (ms: Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text);

test('a title before a name is kept as its role, and its demonym as a place', () => {
  const text = 'Pakistani Prime Minister Shehbaz Sharif spoke to reporters on Monday about the floods.';
  const ms = mentionsOf(text);
  const p = find(ms, 'Shehbaz Sharif');
  assert.equal(p?.type, 'person');
  assert.equal(p?.role, 'Pakistani Prime Minister');
  assert.equal(p?.eventRole, 'official');
  assert.equal(find(ms, 'Pakistani')?.place?.country, 'PK');
  ms.forEach((m) => assert.equal(text.slice(m.start, m.end), m.text));
});

test('an acronym in brackets carries its expansion; particles stay inside names', () => {
  const ms = mentionsOf('The Northern Valley Liberation Front (NVLF) said its fighters had left Mazar-i-Sharif by Tuesday.');
  const acr = find(ms, 'NVLF');
  assert.equal(acr?.longForm, 'Northern Valley Liberation Front');
  assert.equal(acr?.type, 'organization');
  assert.equal(find(ms, 'Mazar-i-Sharif')?.type, 'location');
  assert.equal(find(ms, 'Mazar-i-Sharif')?.place?.country, 'AF');
});

test('a dateline places a town the gazetteer lacks in the state it names', () => {
  const ms = mentionsOf('HERMITAGE, Tenn. — A man was hurt late Friday when a neighbor fired at his truck, deputies said.');
  const d = ms.find((m) => m.source === 'dateline');
  assert.equal(d?.text, 'HERMITAGE');
  assert.equal(d?.place?.admin, 'Tennessee');
  assert.equal(d?.place?.country, 'US');
  assert.equal(pickPlace(ms)?.name, 'Hermitage');
});

test('the state written after a town picks the right one of several', () => {
  const ms = mentionsOf('Officers were called to a house in Springfield, Ill., on Sunday night.');
  const town = find(ms, 'Springfield');
  assert.equal(town?.place?.admin, 'Illinois');
  const nc = mentionsOf('Two men were hurt in Rocky Mount, N.C., after an argument at a car wash.');
  assert.equal(find(nc, 'Rocky Mount')?.place?.admin, 'North Carolina');
});

test('victims and suspects get their part in the event from the words around them', () => {
  const ms = mentionsOf('Tina Marsh, 19, was shot in the leg outside the store. Police said Dale Ormond was arrested Saturday and charged with assault.');
  assert.equal(find(ms, 'Tina Marsh')?.eventRole, 'victim');
  assert.equal(find(ms, 'Dale Ormond')?.eventRole, 'arrested');
  const before = mentionsOf('Police arrested 24-year-old Zarik Afrane on Wednesday. Officers are looking for Bo Petrel in the case.');
  assert.equal(find(before, 'Zarik Afrane')?.eventRole, 'arrested');
  assert.equal(find(before, 'Bo Petrel')?.eventRole, 'suspect');
});

test('a surname repeated after the full name stays a person, not a namesake town', () => {
  const ms = mentionsOf('Kevin Jackson, 22, was shot on Elm Street. Jackson was taken to a hospital.');
  assert.equal(find(ms, 'Jackson')?.type, 'person');
});

test('own names of towns outrank alternate names, and context picks between namesakes', () => {
  assert.equal(findCities('Islamabad')[0].city.country, 'PK');
  const il = findCities('Springfield', { countries: new Set(['US']), admins: new Set(['US.IL']) })[0];
  assert.equal(il.city.admin1, 'IL');
  const mo = findCities('Springfield', { countries: new Set(['US']), admins: new Set(['US.MO']) })[0];
  assert.equal(mo.city.admin1, 'MO');
});

test('a quoted nickname and a comma before Jr. stay inside the name', () => {
  const ms = mentionsOf('The owner, Corbin “Red” Ashdown, was hurt. Deputies said Wade Pellow, Jr., of Millbrook was arrested.');
  assert.equal(find(ms, 'Corbin “Red” Ashdown')?.type, 'person');
  assert.equal(find(ms, 'Wade Pellow, Jr.')?.type, 'person');
});

test('a hyphenated surname written alone does not cut the given name off the full name', () => {
  const ms = mentionsOf('Deputies said Lorna Vale-Tibbs, 31, was hurt. Vale-Tibbs was taken to a hospital.');
  assert.equal(find(ms, 'Lorna Vale-Tibbs')?.type, 'person');
});

test('an age makes a person of a name ending in a place, group or title word', () => {
  const ms = mentionsOf('Officers found Ivy Council, 34, and Dane Merrow, 40, on the porch. A 17-year-old friend, Teo Lane, ran. Police arrested Amos King, 20; the council met. The Public Relations Officer spoke.');
  assert.equal(find(ms, 'Ivy Council')?.type, 'person');
  assert.equal(find(ms, 'Amos King')?.type, 'person');
  assert.notEqual(find(ms, 'Public Relations Officer')?.type, 'person');
  const lane = mentionsOf('Police say 17-year-old Teo Lane was shot on Birch Lane.');
  assert.equal(find(lane, 'Teo Lane')?.type, 'person');
  assert.equal(find(lane, 'Birch Lane')?.type, 'location');
  const county = mentionsOf('A 15-year-old Ridley County boy was hurt. A 16-year-old Fenwick Church member was not.');
  assert.notEqual(find(county, 'Ridley County')?.type, 'person');
  assert.notEqual(find(county, 'Fenwick Church')?.type, 'person');
  const owner = mentionsOf("A 3-year-old Ridley County Deputy's son died. A 4-year-old Ridley Sheriff's niece was hurt.");
  assert.ok(!owner.some((m) => m.type === 'person' && /Deputy|Sheriff/.test(m.text)));
});

test('a line of a list of people with their ages is read, not skipped as a headline', () => {
  const ms = mentionsOf('The victims were named as:\n\nNoor Halvey, 19, of Little Rock\n\nBram Ostler, 29, of Little Rock\n\nNo one was arrested.');
  assert.equal(find(ms, 'Noor Halvey')?.type, 'person');
  assert.equal(find(ms, 'Bram Ostler')?.type, 'person');
});

test('a month or deity word is a given name only when a surname follows outside a date', () => {
  const ms = mentionsOf('Police said Luis Jesus Moran, 21, and April Dunwoody were hurt. In April Dunwoody moved away. Nothing follows a suffix: the son of Amos Pell, Jr. Amos was ten.');
  assert.equal(find(ms, 'Luis Jesus Moran')?.type, 'person');
  assert.equal(find(ms, 'April Dunwoody')?.type, 'person');
  assert.equal(ms.filter((m) => m.text === 'April Dunwoody').length, 1);
  assert.equal(find(ms, 'Amos Pell, Jr.')?.type, 'person');
});

test('a title word that is also a surname ends a person name after a given name, not after a brand or a place word', () => {
  const ms = mentionsOf('Police say Teodor King, a ninth grader, was hurt. Jonas Pell and Mirela Bishop were treated. Shots were fired near the Burger King on Oak Road. The City Marshal said.');
  assert.equal(find(ms, 'Teodor King')?.type, 'person');
  assert.equal(find(ms, 'Mirela Bishop')?.type, 'person');
  assert.notEqual(find(ms, 'Burger King')?.type, 'person');
  assert.ok(!ms.some((m) => m.type === 'person' && /Marshal/.test(m.text)));
});

test("a nickname may hold an apostrophe (\"Lil' Deb\"); a quoted title of several words is no nickname", () => {
  const ms = mentionsOf('Friends held a vigil for Devrin "Lil\' Bo" Marsh, who died Friday. The Lakeside Tigers "Court of Dreams" Camp opened.');
  assert.equal(find(ms, 'Devrin "Lil\' Bo" Marsh')?.type, 'person');
  assert.ok(!ms.some((m) => m.type === 'person' && /Dreams/.test(m.text)));
});

test('a name after "identified as" is a person, even one word', () => {
  const ms = mentionsOf('A photo shows a boy identified as Tavish with his aunt. Police identified the victim as Oren Palk.');
  assert.equal(find(ms, 'Tavish')?.type, 'person');
  assert.equal(find(ms, 'Oren Palk')?.type, 'person');
});

test('page furniture, vehicles, holidays, hotlines and city sides are no people; a name in capitals before a birth date is', () => {
  const text = [
    'Posted 4:43 PM EDT by staff. View Full Caption Lakeview Daily.',
    'Anyone with information may call Harbor Crime Stoppers or the TIPS Hotline.',
    'The shooting on the West Side happened on Memorial Day near a Honda Accord.',
    'Members of the Harbor Detective Division said the car came down South King Drive. LAKEVIEW NEWS RADIO reported it.',
    'Talks on the Afghanistan-Pakistan border resumed.',
    'The Tavora Lakes bus overturned; passengers of Tavora Lakes were hurt. The Lakeview City Star and Ombe Valley Coach reported it.',
    'The wanted man is:\n\nCORWIN DALE FESSLER\n\n03/11/1990\n\nHeight 5 ft 9.',
  ].join(' ');
  const ms = mentionsOf(text);
  const people = ms.filter((m) => m.type === 'person').map((m) => m.text);
  assert.deepEqual(people, ['CORWIN DALE FESSLER']);
  assert.equal(find(ms, 'Harbor Detective Division')?.type, 'organization');
});

test('the names of one list share the part its one predicate gives; a name after "striking" or "the shooting of" is a victim', () => {
  const ms = mentionsOf('Ivo Brandt, 33, of Kenton, Rhea Sand, 37, and Bo Kentwell, 39, were wounded. Ana Morrow, born in 1970, and Tim Roeder, born in 1973, were admitted to the hospital. The gun went off, striking 15-year-old Kev Barrow. Police charged a man in the shooting of Dev Milner. Deputies still search for 20-year-old Matt Jonas and 24-year-old Khir Broom.');
  for (const name of ['Ivo Brandt', 'Rhea Sand', 'Bo Kentwell', 'Ana Morrow', 'Tim Roeder', 'Kev Barrow', 'Dev Milner']) assert.equal(find(ms, name)?.eventRole, 'victim', name);
  assert.equal(find(ms, 'Matt Jonas')?.eventRole, 'suspect');
  assert.equal(find(ms, 'Khir Broom')?.eventRole, 'suspect');
});

test('a list whose names have different parts passes none on', () => {
  const text = 'Lars Oden, Pim Valk and Teo Rask';
  const people = [
    { start: 0, end: 9, eventRole: 'victim' as string | null },
    { start: 11, end: 19, eventRole: 'suspect' as string | null },
    { start: 24, end: 32, eventRole: null as string | null },
  ];
  shareListRoles(people, text);
  assert.equal(people[2].eventRole, null);
  people[1].eventRole = null;
  shareListRoles(people, text);
  assert.deepEqual(people.map((p) => p.eventRole), ['victim', 'victim', 'victim']);
});

test('a paper named after a town ending in "City" places its town, not the state before it', () => {
  const ms = mentionsOf('The Kansas City Star reported the shooting on Friday.');
  assert.equal(find(ms, 'Kansas City Star')?.type, 'organization');
  assert.equal(find(ms, 'Kansas City')?.place?.admin, 'Missouri');
  assert.equal(find(ms, 'Kansas'), undefined);
});

test('a given name that is also a verb keeps its place when it opens a sentence; an imperative or a past form does not', () => {
  const ms = mentionsOf('Will Danner was shot on Friday. Grant Tessler was charged. Ted Orlov was hurt. Read Ormond story. Running Joliet Teen Slipped away.');
  assert.equal(find(ms, 'Will Danner')?.type, 'person');
  assert.equal(find(ms, 'Grant Tessler')?.eventRole, 'suspect');
  assert.equal(find(ms, 'Ted Orlov')?.type, 'person');
  assert.ok(!ms.some((m) => /^(?:Read|Running)\b/.test(m.text)));
});

test('a deputy named alone is a title before the name; a deputy of a title stays part of that title', () => {
  const ms = mentionsOf('Deputy Nils Brandvold said the road was closed. Deputy Chief Ona Pruitt said the same. CEO Rafe Lindqvist spoke.');
  assert.equal(find(ms, 'Nils Brandvold')?.role, 'Deputy');
  assert.equal(find(ms, 'Ona Pruitt')?.role, 'Deputy Chief');
  assert.equal(find(ms, 'Rafe Lindqvist')?.role, 'CEO');
});

test('streets, schools, services, lakes and clubs are no people; "Attorney General" is one title', () => {
  const ms = mentionsOf('Deputies found the car on Hardtack Circle near Pell Creek Elementary, then on Vossler Blvd and Marl Av NE. ' +
    'Tarwick County EMS and Pine Hollow Fire took two men from Club Zarro to a boat on Lake Wemmet. ' +
    'Nevada Attorney General Dana Brandt said the case was closed. Copyright 2013 Brightwater Broadcasting Inc. Used under license. ' +
    'Both had left Kelby Nightclub near Dorrin St and the Orlow Houses, by Marsh Creek, for the Tarwick Gardens. ' +
    'A vigil was held at Ridley Cemetery, and Operation Blue Tarn found the gun.');
  for (const name of ['Hardtack Circle', 'Pell Creek Elementary', 'Vossler Blvd', 'Marl Av NE', 'Tarwick County EMS', 'Pine Hollow Fire', 'Club Zarro', 'Lake Wemmet',
    'Kelby Nightclub', 'Dorrin St', 'Orlow Houses', 'Marsh Creek', 'Tarwick Gardens', 'Ridley Cemetery', 'Operation Blue Tarn']) {
    const m = find(ms, name);
    assert.ok(m, name);
    assert.notEqual(m.type, 'person', name);
  }
  assert.equal(find(ms, 'Hardtack Circle')?.type, 'location');
  assert.equal(find(ms, 'Pell Creek Elementary')?.type, 'organization');
  assert.ok(!ms.some((m) => m.type === 'person' && /Used|Broadcasting/.test(m.text)));
  const ag = find(ms, 'Dana Brandt');
  assert.equal(ag?.type, 'person');
  assert.match(ag?.role ?? '', /Attorney General$/);
});

test('a role noun opening a sentence is the role, not part of the name; "Staff Sgt." is one title', () => {
  const ms = mentionsOf('Shots rang out at noon. Neighbor Tarla Benz said she hid. Staff Sgt. Dane Orrin was hurt. Witness Protection Program staff came. WITNESS TOLD THEM.');
  const n = find(ms, 'Tarla Benz');
  assert.equal(n?.type, 'person');
  assert.equal(n?.role, 'Neighbor');
  assert.equal(find(ms, 'Dane Orrin')?.type, 'person');
  assert.ok(!ms.some((m) => m.type === 'person' && /^(?:Neighbor|Staff|Protection|TOLD)/.test(m.text)), ms.map((m) => `${m.text}/${m.type}`).join('; '));
});

test('one hyphenated word is no full name, but the hyphenated surname of a person named before is that person', () => {
  const ms = mentionsOf('Two were hurt in a shooting in northwest Dorrin-Vale, and a Kelbo-Tak pistol was found. Ana Dale-Mora, 24, was hurt. Dale-Mora was taken to a hospital.');
  assert.notEqual(find(ms, 'Dorrin-Vale')?.type, 'person');
  assert.notEqual(find(ms, 'Kelbo-Tak')?.type, 'person');
  const alone = ms.filter((m) => m.text === 'Dale-Mora');
  assert.equal(alone.length, 1);
  assert.equal(alone[0].type, 'person');
  assert.equal(alone[0].eventRole, 'victim');
});

test('a station or agency of three capitals before a word or two names no person; with a title and a full name it may', () => {
  const ms = mentionsOf('Watch KRVX Dunmore tonight. WTBN North Carolina said FBI Agent Dana Sall and Tom Reed were there. UPMC Mercy treated him.');
  for (const name of ['KRVX Dunmore', 'WTBN North Carolina', 'UPMC Mercy']) assert.notEqual(find(ms, name)?.type, 'person', name);
  assert.ok(ms.some((m) => m.type === 'person' && m.text.endsWith('Dana Sall')));
  assert.equal(find(ms, 'Tom Reed')?.type, 'person');
});

test('an office and its portfolio before a name are the role, never a name of their own', () => {
  const text = 'Lakeland State Commissioner for Internal Security Obi Tanko Ferra was unhurt. Minister of Foreign Affairs Ana Mora Vell spoke, as did the Commissioner of the Internal Security in the State, Obi Ferra, and Commissioner of Police Umar Sanda.';
  const ms = mentionsOf(text);
  assert.equal(find(ms, 'Obi Tanko Ferra')?.role, 'Lakeland State Commissioner for Internal Security');
  assert.equal(find(ms, 'Obi Tanko Ferra')?.eventRole, 'official');
  assert.equal(find(ms, 'Ana Mora Vell')?.role, 'Minister of Foreign Affairs');
  assert.equal(find(ms, 'Umar Sanda')?.role, 'Commissioner of Police');
  assert.equal(ms.filter((m) => /Internal Security|Commissioner$|Foreign Affairs/.test(m.text)).length, 0, 'no office or portfolio is a name');
  ms.forEach((m) => assert.equal(text.slice(m.start, m.end), m.text));
});

test('a speaker is not the wounded person of what they report, and a headline\'s "Gunmen" is no name', () => {
  const text = 'Gunmen storm Lakeland hotel, kill guard\n\nSpokesperson Tarin Wole said one suspect, who was wounded in an exchange of fire, had been arrested.';
  const ms = mentionsOf(text);
  assert.equal(find(ms, 'Gunmen'), undefined);
  assert.notEqual(find(ms, 'Tarin Wole')?.eventRole, 'victim');
});

test('two common words are a person when the first is a given name or a kin word, else a shop or a heading', () => {
  const text = 'Summer Miller was shot outside the Express Mart on Elm Road. Uncle Wade said the Circle Lube was closed, B. Hunter said.';
  const persons = mentionsOf(text).filter((m) => m.type === 'person').map((m) => m.text);
  assert.ok(persons.includes('Summer Miller'), persons.join());
  assert.ok(persons.includes('Uncle Wade') || persons.includes('Wade'), persons.join());
  assert.ok(persons.includes('B. Hunter'), persons.join());
  for (const junk of ['Express Mart', 'Circle Lube']) assert.ok(!persons.includes(junk), junk);
});

test('an official quoted after the cue of what they report is no victim', () => {
  const ms = mentionsOf('A man was shot, said Dorrance County Coroner Karl Abbet on Monday.');
  assert.equal(find(ms, 'Karl Abbet')?.role, 'Dorrance County Coroner');
  assert.equal(find(ms, 'Karl Abbet')?.eventRole, 'official');
});

test('capitalized common words (page furniture, shop names) are no person, a name with a word English lacks is', () => {
  const text = 'Related: Free Tax Preparation Begins Today\n\nThe shop owner, Dale Whisenant, was at Crown Fried Chicken when Evading Arrest was filed against Ledo Marsh and Tony Pass Jr. on Friday.';
  const ms = mentionsOf(text);
  const persons = ms.filter((m) => m.type === 'person').map((m) => m.text);
  assert.ok(persons.includes('Dale Whisenant'));
  assert.ok(persons.includes('Ledo Marsh'));
  assert.ok(persons.some((p) => p.startsWith('Tony Pass')), 'a generational suffix makes a person');
  for (const junk of ['Free Tax Preparation Begins Today', 'Crown Fried Chicken', 'Evading Arrest']) assert.ok(!persons.includes(junk), junk);
});

test('a title word that is also a given name is a name after a given name or an age, a title elsewhere', () => {
  const ms = mentionsOf('Police named Elmo King Varga as a suspect. Officers arrested 19-year-old Justice Pardo on Friday. Judge Rena Holt set bail.');
  assert.equal(find(ms, 'Elmo King Varga')?.type, 'person');
  assert.equal(find(ms, 'Justice Pardo')?.type, 'person');
  assert.equal(find(ms, 'Rena Holt')?.role, 'Judge');
  assert.equal(find(mentionsOf('The order was signed by Assistant Judge Rena Holt on Monday.'), 'Rena Holt')?.role, 'Assistant Judge');
});
