// Tests: choosing a report's and an event's place.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc, type Mention, type Place } from '../../model/index.ts';
import { placeClaim } from '../claims/place.ts';
import { segment } from '../annotate/tokenize.ts';
import { extractMentions } from './extract.ts';
import {
  biggestTownOfCounty, findCities, fullName, outletCountry, outletHome, placeInMetro, placeOfCity, placeOfPart, reportHome, statesOfCounty, usContext, wholeCity,
} from './gazetteer/index.ts';
import { whereOf } from '../ledger/where.ts';
import { eventPlace, pickPlace, reportPlace, reportPlaces } from './place.ts';

const mentionsOf = (text: string, id = 't1'): Mention[] => {
  const { sentences, tokens } = segment(text);
  return extractMentions(id, text, tokens, sentences);
};
const find = (ms: Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text);
const town = (name: string, admin: string, key: string, population = 20_000): Place => ({ name, admin, country: 'US', lat: 0, lon: 0, population, key });
const at = (articleId: string, text: string, place: Place, start: number, source = 'name'): Mention =>
  ({ articleId, start, end: start + text.length, text, type: 'location', place, source });

test('each report votes once: three reports naming a town outweigh one long report naming a city often', () => {
  const big = town('Harborview', 'Ohio', 'g:1', 500_000);
  const small = town('Millbrook', 'Ohio', 'g:2', 8_000);
  const ms = [
    ...[0, 100, 200, 300, 400, 500].map((s) => at('a1', 'Harborview', big, s)),
    at('a2', 'Millbrook', small, 10), at('a3', 'Millbrook', small, 10), at('a4', 'Millbrook', small, 10),
  ];
  assert.equal(pickPlace(ms)?.name, 'Millbrook');
});

test('a town beats the state and the country that contain it', () => {
  const ms = [
    at('a1', 'Ohio', { ...town('Ohio', 'Ohio', 'admin:US.OH'), population: undefined }, 5),
    at('a1', 'Ohio', { ...town('Ohio', 'Ohio', 'admin:US.OH'), population: undefined }, 50),
    at('a1', 'Millbrook', town('Millbrook', 'Ohio', 'g:2', 8_000), 90),
  ];
  assert.equal(pickPlace(ms)?.name, 'Millbrook');
});

test('the scene named in the lead outranks a far-away dateline; hospital towns count little', () => {
  const text = 'PORTVILLE — A boy was shot Friday in Elmwood Falls, troopers said. He was flown to a hospital in Portville.';
  const ms = [
    at('a1', 'PORTVILLE', town('Portville', 'Alaska', 'g:3', 300_000), 0, 'dateline'),
    at('a1', 'Elmwood Falls', town('Elmwood Falls', 'Alaska', 'g:4', 9_000), text.indexOf('Elmwood Falls')),
    at('a1', 'Portville', town('Portville', 'Alaska', 'g:3', 300_000), text.lastIndexOf('Portville')),
  ];
  assert.equal(pickPlace(ms, () => text)?.name, 'Elmwood Falls');
  assert.equal(pickPlace(ms)?.name, 'Portville', 'without the text the dateline leads');
});

test('one name placed in two states by two reports is one vote, placed where the reports are set', () => {
  const ms = [
    at('a1', 'Millbrook', town('Millbrook', 'Ohio', 'g:2'), 0), at('a1', 'Ohio', town('Ohio', 'Ohio', 'admin:US.OH'), 30),
    at('a2', 'Millbrook', town('Millbrook', 'Iowa', 'g:9'), 0), at('a2', 'Ohio', town('Ohio', 'Ohio', 'admin:US.OH'), 30),
    at('a3', 'Carver', town('Carver', 'Ohio', 'g:5'), 0),
  ];
  const p = pickPlace(ms);
  assert.equal(p?.name, 'Millbrook');
  assert.equal(p?.admin, 'Ohio');
});

test('a part of a city votes for its city, which is shown with its best-supported part', () => {
  const city = town('Harborview', 'Ohio', 'geonames:1', 500_000);
  const elm = placeOfPart(city, 'Elm Park');
  assert.deepEqual([elm.name, elm.city, elm.part, elm.key], ['Harborview (Elm Park)', 'Harborview', 'Elm Park', 'geonames:1/elm park']);
  assert.equal(wholeCity(elm).key, 'geonames:1');
  const ms = [at('a1', 'Elm Park', elm, 0), at('a2', 'Elm Park', elm, 0), at('a2', 'Carver', town('Carver', 'Ohio', 'g:5'), 90)];
  assert.equal(pickPlace(ms)?.name, 'Harborview (Elm Park)');
  const oak = placeOfPart(city, 'Oak Hill');
  const mixed = [at('a1', 'Harborview', city, 0), at('a2', 'Harborview', city, 0), at('a2', 'Elm Park', elm, 40), at('a3', 'Elm Park', elm, 0), at('a3', 'Oak Hill', oak, 90)];
  const p = pickPlace(mixed);
  assert.equal(p?.name, 'Harborview (Elm Park)', 'reports naming only the city agree with the one naming its part');
  assert.equal(p?.part, 'Elm Park');
  assert.equal(pickPlace([at('a1', 'Harborview', city, 0)])?.part, undefined, 'no part named, the city alone');
});

test('abbreviated town names are spelled out; "Borough of" and "D.C." forms are the plain names', () => {
  assert.equal(fullName('St. Louis'), 'Saint Louis');
  assert.equal(fullName('Ft. Worth'), 'Fort Worth');
  assert.equal(fullName('Mt. Pleasant'), 'Mount Pleasant');
  assert.equal(fullName('Borough of Queens'), 'Queens');
  assert.equal(fullName('Washington, D. C.'), 'Washington');
  assert.equal(fullName('Stockton'), 'Stockton');
  const ms = mentionsOf('Two men were hurt late Friday in St. Louis, police said.');
  assert.equal(find(ms, 'St. Louis')?.place?.name, 'Saint Louis');
  assert.equal(mentionsOf('D.C. police said a man was hurt on Friday.').find((m) => m.type === 'location')?.place?.name, 'Washington');
});

test('a county is placed in the state the text names, else the only state that has one', () => {
  assert.ok(statesOfCounty('Bibb County').length >= 2);
  assert.deepEqual(statesOfCounty('Miami-Dade County').map((a) => a.name), ['Florida']);
  const ms = mentionsOf('Deputies in Miami-Dade County said a teenager was hurt on Friday.');
  assert.equal(find(ms, 'Miami-Dade County')?.place?.admin, 'Florida');
  const ga = mentionsOf('A man was hurt in Macon, Georgia, on Friday, and Bibb County deputies were called.');
  assert.equal(find(ga, 'Bibb County')?.place?.admin, 'Georgia');
  assert.equal(mentionsOf('A man was hurt Friday in Aiken Co. near a farm, deputies said.').find((m) => m.text === 'Aiken Co.')?.place?.admin, 'South Carolina');
});

test('a neighbourhood is placed in the report city, never as a town of the same name elsewhere', () => {
  const ms = mentionsOf('CHICAGO — A man was wounded Sunday in the Austin neighborhood, police said.');
  const hood = find(ms, 'Austin');
  assert.equal(hood?.place?.admin, 'Illinois');
  assert.equal(hood?.place?.name, 'Chicago (Austin)');
  const bk = mentionsOf('A man was shot on Friday in Coney Island, Brooklyn, police said.');
  assert.equal(find(bk, 'Coney Island')?.place?.name, 'Brooklyn (Coney Island)');
  const wa = mentionsOf('A man from Elm Ridge, Washington, was shot on Friday, police said.');
  assert.equal(find(wa, 'Washington')?.place?.key, 'admin:US.WA', 'a state after a town is no city the town lies in');
  assert.equal(find(mentionsOf('A man was shot Friday in the Portland neighborhood of Louisville, police said.'), 'Portland')?.place?.name, 'Louisville (Portland)');
  assert.equal(mentionsOf('Four people were shot in West Baltimore on Friday.').find((m) => m.text === 'West Baltimore')?.place?.name, 'Baltimore');
});

test('common capitalized words, one-word towns abroad and clauses after a name are not mistaken', () => {
  const ms = mentionsOf('FAIRVIEW, Ore. — Four people were shot at the Lucky Sports Bar and Grill on Friday. Metro detectives said the Hotel was closed.');
  assert.equal(find(ms, 'Grill'), undefined);
  assert.equal(find(ms, 'Hotel'), undefined);
  assert.ok(!ms.some((m) => m.place && m.place.country !== 'US'), 'no town abroad in a report set in Oregon');
  const hl = mentionsOf('Five people were hurt in an early shooting in Highland, an official said.');
  assert.equal(find(hl, 'Highland')?.type, 'location');
});

test('"the town of X" is a settlement even when the gazetteer lacks it', () => {
  const ms = mentionsOf('The blast hit a market in the Afghan city of QZXV on Sunday, officials said.');
  const m = find(ms, 'QZXV');
  assert.equal(m?.type, 'location');
  assert.equal(m?.place?.country, 'AF');
});

test('outlets are organizations and a title fragment before a known name becomes its role', () => {
  const text = 'Commissioner for Harbour Safety Tomas Ekwueme Barde said on Friday that Tomas Ekwueme Barde would resign, the Eastern Ledger reported. Barde left.';
  const ms = mentionsOf(text);
  assert.equal(find(ms, 'Eastern Ledger')?.type, 'organization');
  const p = ms.find((m) => m.type === 'person' && m.start < 60);
  assert.equal(p?.text, 'Tomas Ekwueme Barde');
  assert.match(p?.role ?? '', /Harbour Safety/);
  ms.forEach((m) => assert.equal(text.slice(m.start, m.end), m.text));
});

test('an outlet is placed at its home town: a call sign, or a town or state its domain spells', () => {
  assert.equal(outletHome('https://www.wsbtv.com/news/local/x')?.name, 'Atlanta');
  assert.equal(outletHome('www.tulsabeacon.com')?.name, 'Tulsa');
  assert.equal(outletHome('fox13memphis.com')?.admin, 'Tennessee');
  assert.equal(outletHome('chicago.examplelocal.com')?.name, 'Chicago');
  assert.equal(outletHome('www.vermontdigger.org')?.key, 'admin:US.VT');
  assert.equal(outletHome('www.nbcwashington.com')?.admin, 'District of Columbia', 'a big city beats the state of its name');
  assert.equal(outletHome('www.unionleader.com'), null, 'newspaper words are no towns');
  assert.equal(outletHome('www.reuters.com'), null);
  assert.equal(outletHome(null), null);
});

test('a report naming no town is placed at its local outlet, which also settles which state its towns are in', () => {
  const doc = (id: string, text: string, outlet: string): Doc => {
    const { sentences, tokens } = segment(text);
    const article = { id, source: id, url: null, outlet, title: null, published: null, language: 'en', text, duplicateOf: null, dependsOn: [] };
    return { ...createDoc(article), sentences, tokens, mentions: extractMentions(id, text, tokens, sentences, outlet) };
  };
  const streetOnly = doc('s1', 'A man was hurt on Friday in the 300 block of Pine Street, police said.', 'www.wsbtv.com');
  assert.equal(reportPlace(streetOnly)?.place.name, 'Atlanta');
  assert.equal(reportPlace(streetOnly)?.mention, null, 'no words of the text name it');
  assert.deepEqual(placeClaim(streetOnly), [], 'so it makes no claim citing text');
  const county = doc('s2', 'Bibb County deputies said a man was hurt on Friday on Elm Road.', 'www.macon.com');
  assert.equal(eventPlace([county])?.place.name, 'Macon', 'the outlet town in the county named beats the county');
  const named = doc('s3', 'A man was hurt on Friday in Decatur, police said.', 'www.wsbtv.com');
  assert.equal(reportPlace(named)?.place.admin, 'Georgia', 'the outlet state picks the Decatur');
  assert.equal(eventPlace([named])?.place.name, 'Decatur');
});

test('"North Carolina" is the state, not the north side of a town named Carolina', () => {
  const m = find(mentionsOf('Deputies in North Carolina said a man was hurt on Friday.'), 'North Carolina');
  assert.equal(m?.place?.key, 'admin:US.NC');
});

test('a known town just across the state line keeps its state; a far one is read as a local place', () => {
  const near = find(mentionsOf('FARGO, N.D. — A boy was hurt on Friday in Frazee, deputies said.'), 'Frazee');
  assert.equal(near?.place?.admin, 'Minnesota');
  const far = find(mentionsOf('LAS VEGAS, Nev. — A boy was hurt on Friday in Charleston, police said.'), 'Charleston');
  assert.equal(far?.place?.admin, 'Nevada');
});

test('"a 12-year-old Levelland boy": a name between an age and a person noun is the town the person is from', () => {
  const ms = mentionsOf('Relatives of a 12-year-old Levelland boy said the shot was an accident. An Elmwick woman was charged, Texas deputies said.');
  assert.equal(find(ms, 'Levelland')?.type, 'location');
  assert.equal(find(ms, 'Levelland')?.place?.admin, 'Texas');
  assert.equal(find(ms, 'Elmwick')?.place?.admin, 'Texas', 'a town the gazetteer lacks is placed in the report state');
  assert.equal(find(mentionsOf('A 19-year-old Ana Mora was hurt on Friday.'), 'Ana Mora')?.type, 'person');
});

test('a small far-away town or a town abroad, in a report set in a big US city, is a part of that city', () => {
  const abroad = find(mentionsOf('NEW ORLEANS — Two men were shot on Friday in Algiers, police said.'), 'Algiers');
  assert.equal(abroad?.place?.name, 'New Orleans (Algiers)');
  assert.equal(pickPlace(mentionsOf('NEW ORLEANS — Two men were shot on Friday in Algiers, police said.'))?.name, 'New Orleans (Algiers)');
  const named = find(mentionsOf('A man from Algiers, Algeria, was hurt on Friday in Paris, police in France said.'), 'Algiers');
  assert.equal(named?.place?.country, 'DZ', 'a report naming the country keeps the town abroad');
});

test('names at a street crossing are streets, not towns', () => {
  const ms = mentionsOf('Shots were fired near Larkin Avenue and Cleveland in Maderville. Police stopped a car at Grandville and Franklin, but found nothing. Officers were at the corner of Elm and Main.');
  for (const name of ['Cleveland', 'Grandville', 'Franklin', 'Elm', 'Main']) assert.notEqual(find(ms, name)?.type, 'location', name);
  assert.equal(find(mentionsOf('Two men were hurt at Dallas and Fort Worth, Texas, on Friday.'), 'Fort Worth')?.type, 'location', 'towns with their state are towns');
});

test('forces name their town or state: "Vermont State Police", "Logan Police Capt.", a joint force named after its town first', () => {
  assert.equal(mentionsOf('Vermont State Police said the boy was hurt.').find((m) => m.text === 'Vermont')?.place?.key, 'admin:US.VT');
  assert.equal(find(mentionsOf('In Utah a boy was hurt, said Logan Police Capt. Dana Fell.'), 'Logan')?.place?.admin, 'Utah');
  assert.equal(find(mentionsOf('A boy was hurt, said Logan Police Capt. Dana Fell.'), 'Logan')?.place?.country, 'US', 'with no state known, a US town of that name');
  assert.equal(find(mentionsOf('In Kenya a boy was hurt, said Logan Police Capt. Dana Fell.'), 'Logan'), undefined, 'a report set abroad names no town of its force');
  assert.equal(find(mentionsOf('Savannah-Chatham Metropolitan Police said a man was hurt.'), 'Savannah')?.place?.admin, 'Georgia', 'not a region abroad');
  assert.equal(find(mentionsOf('A former Murray State College player was hurt in Utah.'), 'Murray'), undefined, 'a college is no state force');
});

test('an unknown name after "in" is a town of the report state, or a part of the report city', () => {
  const town = find(mentionsOf('Vermont State Police say it happened Wednesday in Quillbury.'), 'Quillbury');
  assert.equal(town?.place?.admin, 'Vermont');
  assert.equal(town?.place?.name, 'Quillbury');
  const hood = find(mentionsOf('ORLANDO, Fla. — Five people were shot Saturday in Quillbury Heights, police said.'), 'Quillbury Heights');
  assert.equal(hood?.place?.name, 'Orlando (Quillbury Heights)');
  assert.equal(find(mentionsOf('Five people were shot Saturday in Quillbury, police said.'), 'Quillbury')?.type, 'other', 'no state, no guess');
  assert.notEqual(find(mentionsOf('Vermont State Police said two men were killed in May.'), 'May')?.type, 'location', 'a month is no town');
  const twp = find(mentionsOf('Missouri deputies said it happened in Quillbury Township, near a farm.'), 'Quillbury Township');
  assert.equal(twp?.place?.admin, 'Missouri', 'a township the gazetteer lacks');
  assert.equal(find(mentionsOf('Missouri deputies said it happened in Quillbury Creek Road.'), 'Quillbury Creek Road')?.place ?? null, null, 'a road is no settlement');
});

test('a report naming no place gives its outlet town only a third of a vote; "Henry County Police" names the county; "a Florida man" no town', () => {
  const doc = (id: string, text: string, outlet: string | null): Doc => {
    const { sentences, tokens } = segment(text);
    const article = { id, source: id, url: null, outlet, title: null, published: null, language: 'en', text, duplicateOf: null, dependsOn: [] };
    return { ...createDoc(article), sentences, tokens, mentions: extractMentions(id, text, tokens, sentences, outlet) };
  };
  const bare = doc('b1', 'Teen hurt in accidental shooting', 'www.wsbtv.com');
  const named = doc('b2', 'A boy was hurt on Friday in Lithonia, Georgia, police said. He was taken to a hospital in Atlanta.', null);
  assert.equal(eventPlace([bare, named])?.place.name, 'Lithonia');
  const county = mentionsOf('In Georgia, a boy was hurt, according to Henry County Police.').find((m) => m.source === 'org-name');
  assert.equal(county?.place?.name, 'Henry County');
  assert.equal(find(mentionsOf('A Florida man was hurt on Friday, police said.'), 'Florida')?.place?.key, 'admin:US.FL');
});

test('"an Elmbury hospital" and "60 miles southwest of Elmbury" point to a town, they do not set the scene', () => {
  const text = 'A boy was shot on Friday in Carver and is at an Elmbury hospital. Carver is about 60 miles southwest of Elmbury, deputies said.';
  const ms = [
    at('a1', 'Carver', town('Carver', 'Ohio', 'g:5', 9_000), text.indexOf('Carver')),
    at('a1', 'Elmbury', town('Elmbury', 'Ohio', 'g:6', 400_000), text.indexOf('Elmbury')),
    at('a1', 'Carver', town('Carver', 'Ohio', 'g:5', 9_000), text.lastIndexOf('Carver')),
    at('a1', 'Elmbury', town('Elmbury', 'Ohio', 'g:6', 400_000), text.lastIndexOf('Elmbury')),
  ];
  const [first, second] = reportPlaces(ms, text);
  assert.equal(first.place.name, 'Carver');
  assert.ok(second.share < 0.25, `the hospital town keeps little (${second.share})`);
});

test('an outlet town never outweighs the towns a report names, even when the report names only its state', () => {
  const stateOnly = reportPlaces([at('a1', 'Ohio', { ...town('Ohio', 'Ohio', 'admin:US.OH'), population: undefined }, 40)], 'Ten people were hurt at an Ohio bar.', [], town('Elmbury', 'Ohio', 'geonames:6', 400_000));
  assert.ok(stateOnly.find((s) => s.place.name === 'Elmbury')!.share <= 1 / 3);
  assert.equal(eventPlace([]), null, 'no reports, no place');
});

test('a town keeps the spelling of the report when the gazetteer differs only in spaces, and both spellings are one vote', () => {
  assert.equal(find(mentionsOf('A boy was hurt in LaGrange, Georgia, on Friday.'), 'LaGrange')?.place?.name, 'LaGrange');
  const a = town('LaGrange', 'Georgia', 'geonames:7', 30_000);
  const b = { ...a, name: 'La Grange' };
  const ms = [at('a1', 'LaGrange', a, 0), at('a2', 'La Grange', b, 0), at('a3', 'Carver', town('Carver', 'Georgia', 'g:5'), 0), at('a4', 'Carver', town('Carver', 'Georgia', 'g:5'), 90), at('a4', 'Ohio', { ...town('Ohio', 'Ohio', 'admin:US.OH'), population: undefined }, 9)];
  assert.equal(pickPlace(ms)?.admin, 'Georgia');
  assert.match(pickPlace(ms)?.name ?? '', /^La ?Grange$/);
});

test('a big city of another state after "in", in a report datelined in a big city that never names that state, is a part of the report city', () => {
  const ms = mentionsOf('CHICAGO — Four people were hurt after shots were fired at a party in Austin, police said.');
  assert.equal(find(ms, 'Austin')?.place?.name, 'Chicago (Austin)');
  const tx = mentionsOf('CHICAGO — A man from Chicago was shot on Friday in Austin, Texas, police said.');
  assert.equal(find(tx, 'Austin')?.place?.admin, 'Texas');
});

test('a small town of another state, in a report set in a city by its dateline or its police, is a part of that city', () => {
  assert.equal(find(mentionsOf('NASHVILLE, Tenn. — A boy was hurt Friday in Hermitage, police said.'), 'Hermitage')?.place?.name, 'Nashville (Hermitage)');
  assert.equal(find(mentionsOf('In Ohio, Cincinnati police said a man was shot Friday in Madisonville.'), 'Madisonville')?.place?.name, 'Cincinnati (Madisonville)');
  assert.equal(find(mentionsOf('Deputies in Ohio said a man was shot Friday in Madisonville.'), 'Madisonville')?.place?.name, 'Madisonville', 'no city, no part');
});

test('one name, one place: a state written after one mention, a neighbourhood cue or a dateline with its state places them all', () => {
  const ms = mentionsOf('FARGO, N.D. — A girl was hurt in Felton on Friday. Deputies searched the Felton, Minn., home.');
  assert.deepEqual(ms.filter((m) => m.text === 'Felton').map((m) => m.place?.admin), ['Minnesota', 'Minnesota']);
  const hood = mentionsOf('CHICAGO — Two men were hurt in Woodlawn, police said. The Woodlawn neighborhood was quiet on Sunday.');
  assert.deepEqual(hood.filter((m) => m.text === 'Woodlawn').map((m) => m.place?.name), ['Chicago (Woodlawn)', 'Chicago (Woodlawn)']);
  assert.equal(find(mentionsOf('TOWN OF CASSVILLE, Wis. - A boy was hurt Monday in rural Cassville.'), 'TOWN OF CASSVILLE')?.place?.name, 'Cassville', '"Town of" is no part of the name');
  assert.equal(find(mentionsOf('LAWRENCE, KAN. - Police in Lawrence say a boy was hurt.'), 'LAWRENCE')?.place?.admin, 'Kansas', 'a state abbreviation in capitals');
});

test('states in a list, a region of a state, a district court and "the neighborhood of <city>" are read as such', () => {
  const list = mentionsOf('Most of the closings will be in Florida, Kentucky, West Virginia and New York.');
  assert.deepEqual(['Florida', 'Kentucky'].map((n) => find(list, n)?.place?.key), ['admin:US.FL', 'admin:US.KY']);
  assert.equal(find(mentionsOf('A heartbreaking story in North Alabama. Police said a man was hurt.'), 'North Alabama')?.place?.key, 'admin:US.AL');
  assert.equal(find(mentionsOf('CASPER, Wyo. - He was sentenced in Natrona County District Court on Friday.'), 'Natrona County')?.place?.name, 'Natrona County');
  assert.equal(find(mentionsOf('A man who died in the NoMa neighborhood of D.C. late Wednesday was named.'), 'D.C.')?.place?.name, 'Washington');
});

test('a city news style names alone is that city, not a part of the dateline city; a region of a state is the state', () => {
  const wire = mentionsOf('LOS ANGELES — The team lost on Friday. A player was traded from Atlanta to Chicago in July.');
  assert.equal(find(wire, 'Atlanta')?.place?.name, 'Atlanta');
  assert.equal(find(wire, 'Chicago')?.place?.admin, 'Illinois');
  assert.equal(find(mentionsOf('BOSTON — The Yankees, Boston\'s top rival, made an offer on Friday.'), 'Yankees')?.place ?? null, null, 'a name before a city\'s possessive is no part of it');
  assert.equal(find(mentionsOf('A man was hurt in Southern California on Friday, police said.'), 'Southern California')?.place?.key, 'admin:US.CA');
});

test('"a Landover man": a town the report state lacks is the nearby town of that name, else a town of the report state', () => {
  assert.equal(find(mentionsOf('Police in Virginia arrested a Landover man on Friday in Richmond, Virginia.'), 'Landover')?.place?.admin, 'Maryland');
  assert.equal(find(mentionsOf('Police in Texas said an Elmwick woman was charged on Friday.'), 'Elmwick')?.place?.admin, 'Texas');
});

test('a place near a city whose police work the scene, or a far namesake in a report datelined in a big city, is a part of that city', () => {
  assert.equal(find(mentionsOf('Miami Police are investigating a shooting in Allapattah on Friday.'), 'Allapattah')?.place?.name, 'Miami (Allapattah)');
  assert.equal(find(mentionsOf('CHICAGO — A girl was shot in Chatham on Monday, police said.'), 'Chatham')?.place?.name, 'Chicago (Chatham)');
  assert.equal(find(mentionsOf('Evanston police and Chicago police said a man was shot in Evanston.'), 'Evanston')?.place?.name, 'Evanston', 'a town with its own police is its own');
  assert.equal(mentionsOf('The Metro Police Department thanked residents.').find((m) => m.type === 'location'), undefined, '"Metro Police" names no town');
});

test('the town where suspects were arrested does not set the scene', () => {
  const text = 'A man was shot and killed in Elmwood on Friday. Two men were arrested Tuesday in Harborview.';
  const ms = [
    at('a1', 'Elmwood', town('Elmwood', 'Ohio', 'g:1', 9_000), text.indexOf('Elmwood')),
    at('a1', 'Harborview', town('Harborview', 'Ohio', 'g:2', 400_000), text.indexOf('Harborview')),
  ];
  const [first, second] = reportPlaces(ms, text);
  assert.equal(first.place.name, 'Elmwood');
  assert.ok(second.share < 0.2, `the town of the arrest keeps little (${second.share})`);
  const after = 'A man was arrested after a shooting in Elmwood on Friday. He lives in Carver.';
  const [scene] = reportPlaces([at('a1', 'Elmwood', town('Elmwood', 'Ohio', 'g:1', 9_000), after.indexOf('Elmwood')), at('a1', 'Carver', town('Carver', 'Ohio', 'g:5', 9_000), after.indexOf('Carver'))], after);
  assert.ok(scene.place.name === 'Elmwood' && scene.share > 0.6, '"arrested after a shooting in" still sets the scene');
});

test('a Title Case headline names its places by the gazetteer: a county, a town after "In" or before "Police"', () => {
  const ks = mentionsOf('Five Shot During Party At Kankakee Banquet Hall\nPolice in Illinois said five people were hurt.');
  assert.equal(find(ks, 'Kankakee')?.place?.admin, 'Illinois');
  assert.equal(find(mentionsOf('Two Accidental Shootings Reported in Bartow County Wednesday\nDeputies in Georgia said two men were hurt.'), 'Bartow County')?.place?.admin, 'Georgia');
  assert.equal(find(mentionsOf('Antioch Police Investigate Shooting Death Of Teen\nA teen died on Friday.'), 'Antioch')?.place?.admin, 'California', 'a US town before one abroad');
  const nj = mentionsOf('Girl Killed And 1 Wounded In Early Morning Shooting\nPolice in New Jersey said a girl died.');
  assert.equal(nj.find((m) => m.text === 'Early' && m.place), undefined, 'no small town of a state the report is not about');
  const ci = mentionsOf('Gunfire In Coney Island Leaves Two Hurt\nA man was shot on Friday in Coney Island, Brooklyn, police said.');
  assert.deepEqual(ci.filter((m) => m.text === 'Coney Island').map((m) => m.place?.name), ['Brooklyn (Coney Island)', 'Brooklyn (Coney Island)'], '"X, <city>" places the headline\'s X too');
});

test('a bare dateline of a city news style gives with its state, in a report set in a big city of another state, is a part of that city', () => {
  const ms = mentionsOf('AUSTIN — Four boys were wounded in a shooting on the West Side on Monday, Chicago police said.');
  assert.equal(ms.find((m) => m.source === 'dateline')?.place?.name, 'Chicago (Austin)');
  const tx = mentionsOf('AUSTIN, Texas — Four boys were wounded in a shooting on Monday, Chicago police said.');
  assert.equal(tx.find((m) => m.source === 'dateline')?.place?.admin, 'Texas', 'a dateline with its state is that town');
  const far = mentionsOf('CEDAR LAKE — A girl was airlifted to a Tulsa hospital on Friday after she was shot.');
  assert.notEqual(far.find((m) => m.source === 'dateline')?.place?.city, 'Tulsa', 'a hospital\'s city sets no scene');
});

test('a street after "block of", a firm\'s or lawyer\'s town, and a station\'s brand are read as such', () => {
  assert.notEqual(find(mentionsOf('The shooting occurred in the 29200 block of Garnet, deputies in California said.'), 'Garnet')?.type, 'location');
  const text = 'FOX 46 Carver - A man was hurt Friday in Elmwood. He sees a Dixon-based therapist and a Phoenix attorney.';
  const ms = [
    at('a1', 'Carver', town('Carver', 'Ohio', 'g:5'), text.indexOf('Carver')),
    at('a1', 'Elmwood', town('Elmwood', 'Ohio', 'g:1'), text.indexOf('Elmwood')),
    at('a1', 'Dixon', town('Dixon', 'Ohio', 'g:7'), text.indexOf('Dixon')),
    at('a1', 'Phoenix', town('Phoenix', 'Ohio', 'g:8'), text.indexOf('Phoenix')),
  ];
  const [first, ...rest] = reportPlaces(ms, text);
  assert.equal(first.place.name, 'Elmwood');
  assert.ok(rest.every((s) => s.share < 0.2), rest.map((s) => `${s.place.name} ${s.share.toFixed(2)}`).join(', '));
});

test('where someone is from or lives points away from the scene', () => {
  const text = 'Two friends went hunting Friday in Marlow County. One was shot there by mistake. The 17-year-old is from Elmwood.';
  const ms = [
    at('a1', 'Marlow County', { ...town('Marlow County', 'Ohio', 'admin:US.OH:marlow county'), population: undefined }, text.indexOf('Marlow County')),
    at('a1', 'Elmwood', town('Elmwood', 'Ohio', 'g:1'), text.indexOf('Elmwood')),
  ];
  assert.equal(reportPlaces(ms, text)[0].place.name, 'Marlow County');
});

test('a town named alone is read in the state of the report\'s other places', () => {
  const ms = mentionsOf('A girl is in critical condition at a Jackson hospital after she was shot Wednesday. Anyone who saw it should call Meridian police.');
  assert.equal(find(ms, 'Jackson')?.place?.admin, 'Mississippi');
  assert.equal(find(ms, 'Meridian')?.place?.admin, 'Mississippi', 'Meridian, Idaho is bigger, but the report is set in Mississippi');
  const alone = mentionsOf('Anyone who saw it should call Meridian police.');
  assert.equal(find(alone, 'Meridian')?.place?.admin, 'Idaho');
});

test('a city\'s own site is based in that city; "Northeast Washington D.C." is Washington', () => {
  assert.equal(outletHome('blotter.tulsa.gov')?.name, 'Tulsa');
  assert.equal(outletHome('www.fbi.gov'), null);
  assert.equal(outletHome('apps.co.marion.or.us'), null);
  const ms = mentionsOf('Three people were hurt in a shooting in Northeast Washington D.C. on Friday afternoon.');
  assert.equal(find(ms, 'Northeast Washington D.C.')?.place?.name, 'Washington');
});

test('a station\'s brand before a state is no town; a neighbourhood named like a far town is a part of the paper\'s city', () => {
  const brand = mentionsOf('Boy, 4, shot in leg - KAIT Jonesboro, AR - Region 8 News. A boy who was shot in Senath on Saturday is recovering.');
  assert.ok(!brand.some((m) => m.place?.name === 'KAIT Jonesboro'), brand.map((m) => m.place?.name).join(', '));
  const text = 'Two men died Sunday. One was shot on South Ada Street in the Gresham neighborhood, another in the Fifth City neighborhood.';
  const { sentences, tokens } = segment(text);
  const ms = extractMentions('t1', text, tokens, sentences, 'www.chicagotribune.com');
  assert.equal(find(ms, 'Gresham')?.place?.name, 'Chicago (Gresham)', 'not Gresham, Oregon');
  assert.equal(find(ms, 'Fifth City')?.place?.name, 'Chicago (Fifth City)');
  const none = mentionsOf(text);
  assert.notEqual(find(none, 'Fifth City')?.place?.name, 'Gresham (Fifth City)', 'a neighbourhood\'s name is no city of its own');
});

test('"Officers from Elmwood, Bridgeport and the county sheriff": towns in a list, not a part and its city', () => {
  const text = 'Police said the scene was chaotic. Officers from Elmwood, Bridgeport and the Marlow County Sheriff\'s Office took cover inside.';
  const { sentences, tokens } = segment(text);
  const ms = extractMentions('t1', text, tokens, sentences, 'www.wnem.com');
  assert.equal(find(ms, 'Bridgeport')?.place?.admin, 'Michigan');
  assert.notEqual(find(ms, 'Elmwood')?.place?.name, 'Bridgeport (Elmwood)');
});

test('a county many states share lies where the report\'s towns are; a site\'s tagline names no scene', () => {
  const ms = mentionsOf('Deputies in Suffolk County are investigating. A man was shot on Straight Path in Wyandanch late Friday.');
  assert.equal(find(ms, 'Suffolk County')?.place?.admin, 'New York');
  assert.equal(find(ms, 'Wyandanch')?.place?.admin, 'New York');
  const text = 'Child hurt in shooting - Harlan, Dover & Elmwood News, Weather, Sports. Deputies said the boy was shot just outside of Marlow.';
  const places = reportPlaces([
    at('a1', 'Harlan', town('Harlan', 'Ohio', 'g:1'), text.indexOf('Harlan')),
    at('a1', 'Marlow', town('Marlow', 'Ohio', 'g:2'), text.indexOf('Marlow')),
  ], text);
  assert.equal(places[0].place.name, 'Marlow');
});

test('a township weighs as a county beside a town; "Hamilton police" in a report on Hamilton Township is the township', () => {
  const text = 'A man was found shot in Red Pine Township, just outside Elmwood, on Friday.';
  const places = reportPlaces([
    at('a1', 'Red Pine Township', { ...town('Red Pine Township', 'Ohio', 'admin:US.OH:red pine township'), population: undefined }, text.indexOf('Red Pine')),
    at('a1', 'Elmwood', town('Elmwood', 'Ohio', 'g:1'), text.indexOf('Elmwood')),
  ], text);
  assert.equal(places[0].place.name, 'Elmwood');
  const ms = mentionsOf('A teen was killed at a party in Hamilton Township, New Jersey. Hamilton police received a call at 11 p.m.');
  assert.equal(ms.filter((m) => m.text === 'Hamilton').at(-1)?.place?.admin, 'New Jersey');
});

test('"the Callaway area" names a place, as "in Callaway" would', () => {
  const ms = mentionsOf('Deputies said a boy was shot Friday in the Callaway area of Franklin County, Virginia.');
  assert.equal(find(ms, 'Callaway')?.type, 'location');
});

test('a town named alone goes to the state most of the report\'s other places lie in, by a clear lead', () => {
  const ms = mentionsOf('The girl was shot in Tupelo and is in critical condition at a Jackson hospital. Her aunt, a Dallas nurse, is with her. Anyone who saw it should call Meridian police.');
  assert.equal(find(ms, 'Meridian')?.place?.admin, 'Mississippi');
});

test('a US call sign sets a US outlet, whose reports read a name shared with a bigger city abroad as the US town', () => {
  assert.equal(outletCountry('www.wqrx.com'), 'US', 'an unknown station of call sign W...');
  assert.equal(outletCountry('kbzt7.com'), 'US');
  assert.equal(outletCountry('www.wsbtv.com'), 'US', 'a known station, by its town');
  assert.equal(outletCountry('www.reuters.com'), null);
  assert.equal(outletCountry('www.walkabout-news.com'), null, 'a longer word is no call sign');
  const text = 'Panama City Police Investigate Shooting\n\nThe Panama City Police Department said a boy was hurt on Sunday.';
  const { sentences, tokens } = segment(text);
  const local = extractMentions('p1', text, tokens, sentences, 'www.wqrx.com');
  assert.equal(local.find((m) => m.source === 'org-name')?.place?.admin, 'Florida');
});

test('a small town abroad read before the report\'s other names does not set the country they are read in', () => {
  const ms = mentionsOf('Jacksonville police: Father shoots son in the arm in New Town\n\nA man was hurt on Friday, officers said.');
  assert.equal(find(ms, 'Jacksonville')?.place?.admin, 'Florida');
  assert.equal(find(ms, 'New Town')?.place?.country, 'US', 'a part of the city, not a town of Tasmania');
});

test('in a US report naming no other country, a small place abroad is a misreading: after "in" a town of the report state, else none', () => {
  const ms = mentionsOf('Deputies in Kansas said a hunter was hurt Sunday near Delia. A second hunter was hurt near the Pines area lake, the sheriff said.');
  assert.equal(find(ms, 'Delia')?.place?.admin, 'Kansas', 'no Delia of Sicily');
  assert.notEqual(find(ms, 'Pines')?.place?.country, 'PH');
  const abroad = mentionsOf('A Canadian tourist was shot in Delia, Italy, police said. Two Americans were hurt.');
  assert.equal(find(abroad, 'Delia')?.place?.country, 'IT', 'a country the report names keeps its towns');
});

test('"in Three Rivers": a number word with a capital opens a place name, and never a person\'s', () => {
  const ms = mentionsOf('Tulare County deputies arrested two people after a double homicide in Three Rivers. The Five Points crew was blamed.');
  assert.equal(find(ms, 'Three Rivers')?.place?.admin, 'California');
  assert.notEqual(find(ms, 'Five Points')?.type, 'person');
});

test('a dateline may give its town\'s county ("SNOWVILLE, Box Elder County —"): the town of that county', () => {
  const ms = mentionsOf('SNOWVILLE, Box Elder County — A boy was hurt Tuesday, police said. He was taken to a clinic in Tremonton.');
  const dateline = ms.find((m) => m.source === 'dateline');
  assert.equal(dateline?.place?.name, 'Snowville');
  assert.equal(dateline?.place?.admin, 'Utah');
});

test('"Batesville Police Officer Tyler Hardin" in a report naming no state: the force\'s town is a US town of that name', () => {
  const ms = mentionsOf('A man went to the hospital after a shot went off last Friday, Batesville Police Officer Tyler Hardin said.');
  assert.equal(ms.find((m) => m.source === 'org-name')?.place?.name, 'Batesville');
  assert.equal(find(ms, 'Tyler Hardin')?.type, 'person');
});

test('a police force named after a city and more ("Savannah Chatham Metropolitan Police") names the city; a county\'s force its county', () => {
  const ms = mentionsOf('Savannah Chatham Metropolitan Police responded to a shooting on the 2100 block of Elm Avenue.');
  assert.equal(ms.find((m) => m.source === 'org-name')?.place?.name, 'Savannah');
  const county = mentionsOf('A boy was hurt in Maryland on Monday, Baltimore County Police said.');
  assert.notEqual(county.find((m) => m.source === 'org-name')?.place?.name, 'Baltimore');
});

test('an outlet\'s home from a known subdomain ("dfw.…"), "st" for "Saint" and a "cityof" site', () => {
  assert.equal(outletHome('dfw.examplelocal.com')?.name, 'Dallas');
  assert.equal(outletHome('stcloud.examplelocal.com')?.name, 'Saint Cloud');
  assert.equal(outletHome('www.cityoftulsa.net')?.name, 'Tulsa');
  assert.equal(outletHome('www.stuffexample.com'), null);
});

test('in a report set in a US state with a town of that name, a country\'s name is the town ("his Lebanon home"), unless its people are named', () => {
  const ms = mentionsOf('BOONE COUNTY, Ind. – A Boone County man died after he shot himself at his Lebanon home, deputies said.');
  assert.equal(find(ms, 'Lebanon')?.place?.admin, 'Indiana');
  const abroad = mentionsOf('BOONE COUNTY, Ind. – A Boone County soldier died in Lebanon, where Lebanese troops found him, officials said.');
  assert.equal(find(abroad, 'Lebanon')?.place?.key, 'country:LB');
});

test('a Title Case headline sets its scene with a compass point and "Of" ("Three Dead East Of Bozeman")', () => {
  const ms = mentionsOf('Three People Dead East Of Bozeman\n\nA woman shot her husband and son in Montana, the sheriff said.');
  assert.equal(find(ms, 'Bozeman')?.place?.admin, 'Montana');
  assert.equal(find(mentionsOf('Three People Dead Of Bozeman Flu\n\nA woman in Montana was hurt.'), 'Bozeman'), undefined, '"Of" alone sets no scene');
});

test('a small town next to the city a report is datelined in is filed under that city ("Dayton (Trotwood)"); a far one keeps its name', () => {
  const ms = mentionsOf('DAYTON, Ohio — A man was shot Friday in Trotwood, deputies said.');
  assert.equal(find(ms, 'Trotwood')?.place?.name, 'Dayton (Trotwood)');
  const far = mentionsOf('DAYTON, Ohio — A man from here was shot Friday in Lima, deputies said.');
  assert.equal(find(far, 'Lima')?.place?.name, 'Lima');
});

test('"a Covington woman" says where she lives: the town named as the scene outweighs it', () => {
  const text = 'A Covington woman is in critical condition after she was shot at a home she was visiting in Christiansburg, deputies said.';
  const places = reportPlaces(mentionsOf(text), text);
  assert.equal(places[0].place.name, 'Christiansburg');
});

test('a report is from the station it credits at its top, when that station\'s town is known, else from its outlet', () => {
  assert.equal(reportHome('www.example-evansville.com', 'Mother grieves (WMC-TV) - A mother cried on Monday.')?.name, 'Memphis');
  assert.equal(reportHome('www.wsbtv.com', 'A mother cried on Monday.')?.name, 'Atlanta');
  assert.equal(reportHome('www.wsbtv.com', 'A mother cried on Monday (KZZZ).')?.name, 'Atlanta', 'an unknown station leaves the outlet');
});

test('where someone is headed or fled to points away from the scene', () => {
  const text = 'A teenage boy called 911 before he died. Now, the suspect may be headed to Richmond. He went to the Norlina, NC home of his ex-wife.';
  assert.equal(reportPlaces(mentionsOf(text), text)[0].place.name, 'Norlina');
});

test('a county\'s dateline ("MIAMI-DADE, Fla. —") is set in its big city: a far namesake named there is a part of that city', () => {
  assert.equal(biggestTownOfCounty({ name: 'Miami-Dade', admin: 'Florida', country: 'US', lat: 0, lon: 0, key: 'admin:US.FL:miami-dade' })?.name, 'Miami');
  assert.equal(biggestTownOfCounty({ name: 'Florida', admin: 'Florida', country: 'US', lat: 0, lon: 0, key: 'admin:US.FL' }), null);
  const ms = mentionsOf('MIAMI-DADE, Fla. - A teen was shot on Saturday in Liberty City, Miami-Dade police said.');
  assert.equal(find(ms, 'Liberty City')?.place?.admin, 'Florida');
});

test('a county written with "St." is the GeoNames "Saint" county ("St. Louis County", "St. Tammany Parish")', () => {
  assert.deepEqual(statesOfCounty('St. Louis County').map((a) => a.key).sort(), ['US.MN', 'US.MO']);
  assert.deepEqual(statesOfCounty('St. Tammany Parish').map((a) => a.key), ['US.LA']);
});

test('an event in a town of a metro area is named under its city (a county seat of 100,000+); a far town, a big city and a county keep their names', () => {
  const placeOf = (text: string): string | undefined => {
    const article = { id: 'm1', source: 'm1', url: null, outlet: null, title: null, published: null, language: 'en', text, duplicateOf: null, dependsOn: [] };
    const doc: Doc = { ...createDoc(article), mentions: mentionsOf(text, 'm1') };
    return whereOf([], [doc])?.name;
  };
  assert.equal(placeOf('A man was shot Friday night in DeSoto, Texas, police said.'), 'Dallas (DeSoto)');
  assert.equal(placeOf('A man was shot Friday night in Lima, Ohio, police said.'), 'Lima');
  assert.equal(placeOf('A man was shot Friday night in Dallas, Texas, police said.'), 'Dallas');
  assert.equal(placeOf('A man was shot Friday night in Dallas County, Texas, deputies said.'), 'Dallas County');
  const murray = findCities('Murray', usContext).find((m) => m.city.admin1 === 'UT')!.city;
  const inMetro = placeInMetro(placeOfCity(murray));
  assert.equal(inMetro.name, 'Salt Lake City (Murray)');
  assert.deepEqual([inMetro.lat, inMetro.lon, inMetro.population], [murray.lat, murray.lon, murray.population], 'the point is the town\'s own');
  const fireclay = placeInMetro(placeOfPart(placeOfCity(murray), 'Fireclay'));
  assert.equal(fireclay.name, 'Murray (Fireclay)', 'a part of a town keeps its town');
  assert.deepEqual([fireclay.lat, fireclay.lon], [murray.lat, murray.lon], 'a part the gazetteer lacks has the town\'s point');
  const slc = findCities('Salt Lake City', usContext).find((m) => m.city.admin1 === 'UT')!.city;
  const filed = placeInMetro(placeOfPart(placeOfCity(slc), 'Murray'));
  assert.equal(filed.name, 'Salt Lake City (Murray)');
  assert.deepEqual([filed.lat, filed.lon, filed.population], [murray.lat, murray.lon, murray.population], 'a part the gazetteer knows has its own point');
  const troy = findCities('Troy', usContext, 50).find((m) => m.city.admin1 === 'MI')!.city;
  assert.equal(placeInMetro(placeOfCity(troy)).name, 'Troy', 'a big suburb next to it (Warren) is no metro city');
  const sanLeandro = findCities('San Leandro', usContext).find((m) => m.city.admin1 === 'CA')!.city;
  assert.equal(placeInMetro(placeOfCity(sanLeandro)).name, 'Oakland (San Leandro)', 'the nearest metro city, not the biggest');
  const town = (name: string, state: string) => placeOfCity(findCities(name, usContext, 50).find((m) => m.city.admin1 === state)!.city);
  assert.equal(placeInMetro(town('Lacey', 'WA')).name, 'Olympia (Lacey)', 'a state capital is a metro city, whatever its size');
  assert.equal(placeInMetro(town('Norristown', 'PA')).name, 'Norristown', 'a county seat keeps its name');
  assert.equal(placeInMetro(town('Olympia', 'WA')).name, 'Olympia', 'a capital is not filed under itself');
  assert.equal(placeInMetro(town('Sinking Spring', 'PA')).name, 'Reading (Sinking Spring)', 'a small town near its county\'s much bigger seat is filed under it');
  assert.equal(placeInMetro(town('Beloit', 'WI')).name, 'Beloit', 'a town of more than a third of its seat\'s size keeps its name');
});

test('a small far town is a part of the big city a report is set in, unless the report names its state', () => {
  const far = mentionsOf('HOUSTON (AP) — The gunman opened fire at a factory in Hesston on Thursday, the sheriff said.');
  assert.equal(find(far, 'Hesston')?.place?.name, 'Houston (Hesston)');
  const named = mentionsOf('HOUSTON (AP) — The gunman opened fire at a factory in Hesston on Thursday, the Kansas sheriff said.');
  assert.equal(find(named, 'Hesston')?.place?.name, 'Hesston');
  assert.equal(find(named, 'Hesston')?.place?.admin, 'Kansas');
  const abbreviated = mentionsOf('HOUSTON (AP) — The gunman opened fire at a factory in Hesston on Thursday. He had lived in Newton, Kan., for years.');
  assert.equal(find(abbreviated, 'Hesston')?.place?.name, 'Hesston', 'a state written as its abbreviation after a town is named too');
});

test('a stray name that a person the report names in full bears first is that person, not a part of the report\'s city', () => {
  const ms = mentionsOf('On the morning after Tyre King\'s death, the mayor of Columbus spoke. Some carried signs calling for justice for Tyre. Among those marching were members of Tyre\'s football team. Tyre pulled out a gun, Columbus police said.');
  assert.ok(ms.filter((m) => m.text === 'Tyre').length > 0);
  for (const m of ms.filter((x) => x.text === 'Tyre')) assert.equal(m.place ?? null, null, `"Tyre" at ${m.start} is no place`);
});

test('a scene the text states past the lead ("found shot in their apartment in X") outranks a wire dateline; the dateline stands when the text sets the scene in its town too', () => {
  const filler = 'Neighbors said the family had moved there two years ago and kept to themselves, and the children attended the local school. '.repeat(4);
  const wire = `LAKEPORT (Wire) — Four people were found dead on Sunday, police said. ${filler}They were found shot in three rooms of their apartment in Brindle Cove, about 20 miles north of Lakeport.`;
  const lakeport = town('Lakeport', 'Ohio', 'g:3', 300_000);
  const cove = town('Brindle Cove', 'Ohio', 'g:4', 9_000);
  const ms = [at('a1', 'LAKEPORT', lakeport, 0, 'dateline'), at('a1', 'Brindle Cove', cove, wire.indexOf('Brindle Cove')), at('a1', 'Lakeport', lakeport, wire.lastIndexOf('Lakeport'))];
  assert.ok(wire.indexOf('Brindle Cove') > 400, 'the scene is past the lead');
  assert.equal(pickPlace(ms, () => wire)?.name, 'Brindle Cove');
  const said = wire.replace('They were found shot in three rooms of their apartment in', 'Their relatives came from');
  assert.equal(pickPlace([ms[0], at('a1', 'Brindle Cove', cove, said.indexOf('Brindle Cove'))], () => said)?.name, 'Lakeport', 'a town named with no scene words does not outrank the dateline');
  const both = `LAKEPORT (Wire) — Three people were wounded Sunday afternoon in Lakeport, police said. ${filler}They believe it may be related to a shooting earlier in the day in Brindle Cove.`;
  const ms2 = [at('a1', 'LAKEPORT', lakeport, 0, 'dateline'), at('a1', 'Lakeport', lakeport, both.indexOf('Lakeport,')), at('a1', 'Brindle Cove', cove, both.indexOf('Brindle Cove'))];
  assert.equal(pickPlace(ms2, () => both)?.name, 'Lakeport');
});

test('a town where someone was arrested, a business named after a town and "the X border" set no scene', () => {
  const lakeport = town('Lakeport', 'Ohio', 'g:3', 300_000);
  const cove = town('Brindle Cove', 'Ohio', 'g:4', 9_000);
  const filler = 'The shooting followed an argument over money, and a car was damaged, the sheriff said at a news conference. '.repeat(4);
  const arrested = `LAKEPORT — A man was shot dead on Friday. ${filler}His girlfriend was arrested at her home in Brindle Cove.`;
  assert.equal(pickPlace([at('a1', 'LAKEPORT', lakeport, 0, 'dateline'), at('a1', 'Brindle Cove', cove, arrested.indexOf('Brindle Cove'))], () => arrested)?.name, 'Lakeport');
  const hall = `Four people were shot at a hall near the Lakeport border early Sunday in Brindle Cove.`;
  const [first] = reportPlaces([at('a1', 'Lakeport', lakeport, hall.indexOf('Lakeport')), at('a1', 'Brindle Cove', cove, hall.indexOf('Brindle Cove'))], hall);
  assert.equal(first.place.name, 'Brindle Cove');
  const club = `WILLOW BEND — ${filler}Four people were hurt in a fight at Lakeport's Finest hall on Sunday.`;
  const willow = town('Willow Bend', 'Ohio', 'g:5', 20_000);
  assert.equal(pickPlace([at('a1', 'WILLOW BEND', willow, 0, 'dateline'), at('a1', 'Lakeport', lakeport, club.indexOf('Lakeport'))], () => club)?.name, 'Willow Bend');
  const far = `WILLOW BEND — A boy was shot in the face on Friday, Ohio deputies said. ${filler}The shooting took place in Brindle Cove.`;
  const farCove = town('Brindle Cove', 'California', 'g:6', 9_000);
  const ohio = { ...town('Ohio', 'Ohio', 'admin:US.OH'), population: undefined };
  const farMs = [at('a1', 'WILLOW BEND', willow, 0, 'dateline'), at('a1', 'Ohio', ohio, far.indexOf('Ohio')), at('a1', 'Brindle Cove', farCove, far.indexOf('Brindle Cove'))];
  assert.equal(pickPlace(farMs, () => far)?.name, 'Willow Bend', 'a scene read in a state the report names nowhere else is a misreading');
  farMs[2] = at('a1', 'Brindle Cove', cove, far.indexOf('Brindle Cove'));
  assert.equal(pickPlace(farMs, () => far)?.name, 'Brindle Cove');
});

test('a county only one state has names that state: a small town of it, in a report set in a big city elsewhere, keeps its place', () => {
  const ms = mentionsOf('LOS ANGELES (AP) — A woman was killed in a standoff with Baltimore County police on Monday. She was shot in Randallstown, officers said.');
  assert.equal(find(ms, 'Randallstown')?.place?.admin, 'Maryland');
  const bare = mentionsOf('LOS ANGELES (AP) — A woman was killed in a standoff with police on Monday. She was shot in Randallstown, officers said.');
  assert.equal(find(bare, 'Randallstown')?.place?.admin, 'California', 'without the county the far small town is read as a part of the city');
});

test('"shot at her X apartment" states the scene; "told The X Sun" names a paper', () => {
  const lakeport = town('Lakeport', 'Ohio', 'g:3', 300_000);
  const cove = town('Brindle Cove', 'Ohio', 'g:4', 9_000);
  const filler = 'The standoff lasted five hours, and neighbors were kept away from the building by officers, the sheriff said. '.repeat(4);
  const text = `LAKEPORT (Wire) — A woman died on Monday, police said. ${filler}She was shot to death at her Brindle Cove apartment.`;
  const ms = [at('a1', 'LAKEPORT', lakeport, 0, 'dateline'), at('a1', 'Brindle Cove', cove, text.indexOf('Brindle Cove'))];
  assert.equal(pickPlace(ms, () => text)?.name, 'Brindle Cove');
  const her = text.replace('at her Brindle Cove apartment', 'at her sister\'s, a nurse from Brindle Cove');
  assert.equal(pickPlace([ms[0], at('a1', 'Brindle Cove', cove, her.indexOf('Brindle Cove'))], () => her)?.name, 'Lakeport', '"her" before a town with no home after it states no scene');
  const paper = 'A man was shot on Friday in Brindle Cove, police told The Lakeport Sun.';
  const [first, second] = reportPlaces([at('a1', 'Brindle Cove', cove, paper.indexOf('Brindle Cove')), at('a1', 'Lakeport', lakeport, paper.indexOf('Lakeport'))], paper);
  assert.equal(first.place.name, 'Brindle Cove');
  assert.ok(second.share < 0.15, `the paper's town keeps little (${second.share})`);
});

test('"after Brindle Cove shooting": the town named before the deed is the scene, over a wire dateline', () => {
  const lakeport = town('Lakeport', 'Ohio', 'g:3', 300_000);
  const cove = town('Brindle Cove', 'Ohio', 'g:4', 9_000);
  const text = 'Toddler flown to hospital after Brindle Cove shooting LAKEPORT (Wire) — A toddler was hurt on Wednesday night, the sheriff said.';
  const ms = [at('a1', 'Brindle Cove', cove, text.indexOf('Brindle Cove')), at('a1', 'LAKEPORT', lakeport, text.indexOf('LAKEPORT'), 'dateline')];
  assert.equal(pickPlace(ms, () => text)?.name, 'Brindle Cove');
  const plain = text.replace('after Brindle Cove shooting', 'from Brindle Cove');
  assert.equal(pickPlace([at('a1', 'Brindle Cove', cove, plain.indexOf('Brindle Cove')), at('a1', 'LAKEPORT', lakeport, plain.indexOf('LAKEPORT'), 'dateline')], () => plain)?.name, 'Lakeport');
});

test('a local paper\'s bare dateline is a town of its own area when one so named lies near; a credit or a state keeps the famous one', () => {
  const datelineOf = (text: string, outlet: string): Mention | undefined => {
    const { sentences, tokens } = segment(text);
    return extractMentions('d1', text, tokens, sentences, outlet).find((m) => m.source === 'dateline');
  };
  assert.equal(datelineOf('Boy hurt at fair\nHOUSTON — A boy was hurt on Friday at the fair, troopers said.', 'www.frontiersman.com')?.place?.admin, 'Alaska');
  assert.equal(datelineOf('Boy hurt at fair\nHOUSTON (AP) — A boy was hurt on Friday at the fair, police said.', 'www.frontiersman.com')?.place?.admin, 'Texas');
  assert.equal(datelineOf('Boy hurt at fair\nHOUSTON — A boy was hurt on Friday at the fair, police said.', 'www.wsbtv.com')?.place?.admin, 'Texas', 'no namesake near the paper');
});

test('a joint force ("Savannah-Chatham Metro Police") places its town in the state where it lies in the county named second, whatever the outlet\'s state', () => {
  const text = 'Two children hurt overnight\nSavannah-Chatham Metro Police responded to two shootings on Sunday, officers said.';
  const { sentences, tokens } = segment(text);
  const town = extractMentions('j1', text, tokens, sentences, 'www.wmcactionnews5.com').find((m) => m.text === 'Savannah');
  assert.equal(town?.place?.admin, 'Georgia');
  const alone = 'Two children hurt overnight\nSavannah police responded to two shootings on Sunday, officers said.';
  const seg = segment(alone);
  assert.equal(extractMentions('j2', alone, seg.tokens, seg.sentences, 'www.wmcactionnews5.com').find((m) => m.text === 'Savannah')?.place?.admin, 'Tennessee', 'a Memphis station\'s "Savannah" alone is the Tennessee town');
});

test('"in Quillbury Township, Wyandot County": a township the gazetteer lacks, followed by its county, is still a place', () => {
  const ms = mentionsOf('A boy died from an accidental gunshot wound Wednesday in Quillbury Township, Wyandot County, authorities report.');
  assert.equal(find(ms, 'Quillbury Township')?.place?.admin, 'Ohio');
});
