// Known equivalent names of groups whose acronyms do not follow their words (ISIS-K for ISKP).

import { nameKey } from '../mentions/gazetteer/normalize.ts';

/**
 * Each line: names of one group. "IS"/"ISIS"/"ISIL"/"Daesh" all stand for the Islamic State; the
 * K of ISIS-K and IS-K is for Khorasan, the province. Kept apart: the Islamic State itself and its
 * Khorasan branch, which a text may name separately.
 */
const groups: readonly (readonly string[])[] = [
  ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Daish', 'Islamic State group', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'],
  ['Islamic State Khorasan Province', 'ISKP', 'IS-K', 'ISIS-K', 'ISK', 'ISIS-Khorasan', 'IS-Khorasan', 'Islamic State Khorasan', 'Islamic State in Khorasan Province', 'Islamic State-Khorasan', 'Islamic State Khorasan Province (ISKP)'],
  ['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban', 'Tehreek-e-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan'],
  ['Islamic Emirate of Afghanistan', 'Islamic Emirate'],
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Nations', 'UN', 'U.N.'],
  ['Federal Bureau of Investigation', 'FBI'],
];

const index = new Map<string, number>();
groups.forEach((names, i) => names.forEach((n) => index.set(nameKey(n), i)));

/** The known group a name belongs to, or null. Acronyms are matched as written (case kept by caller). */
export const aliasGroup = (name: string): number | null => index.get(nameKey(name)) ?? null;

/** The canonical name of a known group. */
export const aliasCanonical = (group: number): string => groups[group][0];
