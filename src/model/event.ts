// Events: clusters of reports about one real-world happening, and what we know of each.

import type { DatePrecision, EntityType, Place } from './annotation.ts';
import type { Fact } from './fact.ts';
import type { Span } from './span.ts';

/** Why an article sits in its event, as shown to readers. */
export interface ClusterReason {
  articleId: string;
  similarity: number;
  sharedEntities: string[];
  sharedTerms: string[];
  sameDate: boolean;
  samePlace: boolean;
  /** Set when the article is a copy of another member (dedupe): it is there but not an independent report. */
  copyOf?: string | null;
  /** Set on the report that started the event: it was compared with nothing (its similarity reads 1). */
  first?: boolean;
}

/** An event recalled in passing by an article ("in September a suicide bomber attacked…"). */
export interface BackgroundMention extends Span {
  text: string;
  date: string | null;
  precision: DatePrecision | null;
  place: Place | null;
  /** Index of the sentence the mention is in. */
  sentence: number;
}

export interface EventWhen {
  date: string | null;
  time: string | null;
  precision: DatePrecision | null;
}

/** Where an entity is named; for a person, the part the text gives them there (victim, suspect, arrested, official, spokesperson). */
export interface EntityMention extends Span {
  role?: string;
}

export interface EventEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articleIds: string[];
  place?: Place | null;
  /** Why variants were merged: which names, which evidence. */
  mergedBecause?: string[];
  mentions?: EntityMention[];
}

export interface TimelineEntry {
  date: string;
  precision?: DatePrecision;
  text: string;
  articleIds: string[];
  kind?: string;
  /** Clock time (HH:MM) when the sentences give one. */
  time?: string | null;
  /** Report time, kept apart from `date` (event time): the earliest publication among the citing reports. */
  reportedOn?: string | null;
}

export interface SummarySentence {
  text: string;
  articleIds: string[];
}

export interface Event {
  id: string;
  title: string;
  type: string;
  articleIds: string[];
  mentionedIn: string[];
  background: boolean;
  when: EventWhen;
  where: Place | null;
  facts: Fact[];
  entities: EventEntity[];
  timeline: TimelineEntry[];
  summary: SummarySentence[];
  reasons: ClusterReason[];
  /** Ids this event had absorbed: events merged into it as reports came in (a reader who saw one can follow it here). */
  absorbedIds?: string[];
  /** Where a recalled event is mentioned: article id and index into that article's doc.background. */
  backgroundRefs?: { articleId: string; index: number }[];
}
