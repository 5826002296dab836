// Per-article annotations: sentences, tokens, entity mentions, times and numbers, all as spans.

import type { Span } from './span.ts';

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Tokens as parallel arrays (wink-nlp style): compact and fast to scan.
 * `pos` holds Universal POS tags; `lower` the lower-cased surface form.
 */
export interface Tokens {
  start: number[];
  end: number[];
  lower: string[];
  pos: string[];
  /** Index of the sentence each token belongs to. */
  sentence: number[];
}

export type EntityType = 'person' | 'organization' | 'location' | 'other';

export interface Place {
  name: string;
  admin: string | null;
  country: string | null;
  lat: number;
  lon: number;
  population?: number;
  /** GeoNames id or another stable key of the gazetteer entry. */
  key?: string;
  /**
   * A part of a city (a neighbourhood, a district) or a town of its metro area: its name, with `city` the city's
   * own name; `name` is then "City (Part)" ("Chicago (Englewood)", "Dallas (DeSoto)") and the key is the city's with
   * the part's; an event's place has the part's coordinates and population when the gazetteer knows the part as a
   * place near the city (a town of its metro area), else the city's.
   */
  part?: string;
  city?: string;
}

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** A title or role written next to the name ("Prime Minister", "police spokesman"). */
  role?: string | null;
  /** Geocoded place, for locations and demonyms. */
  place?: Place | null;
  /** How the mention was found (proper-noun run, gazetteer, acronym, demonym…). */
  source?: string;
  /** For an acronym, the expansion the text gives for it ("Islamic State Khorasan Province" for ISKP). */
  longForm?: string | null;
  /** A person's part in the reported event, where the text says it: victim, suspect, arrested, official, spokesperson. */
  eventRole?: string | null;
  /**
   * Capitalized common words shaped as a name ("World Series MVP", "Crown Fried Chicken", "Ad Ad Loading"): typed
   * `other`, no person, yet read by clustering as the salient name it is, as when such runs were typed people.
   */
  phrase?: boolean;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** What a date was resolved against: written in full, the publication day, the story's previous day, a date in the text. */
export type TimeBasis = 'absolute' | 'publication' | 'narrative' | 'text';

export interface TimeMention extends Span {
  text: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY, per precision). */
  date: string;
  precision: DatePrecision;
  /** HH:MM when the expression gives a clock time. */
  time: string | null;
  basis?: TimeBasis;
}

export interface NumberMention extends Span {
  text: string;
  value: number;
  /** Hedge attached to the number: "at least", "more than", "about", "a dozen". */
  qualifier: string | null;
}
