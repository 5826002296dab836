// Facts: what one article states about an event field, and the reconciled ledger across articles.

import type { Evidence } from './span.ts';

export const slots = [
  'killed', 'injured', 'arrested', 'attackers', 'perpetrator', 'claimedBy', 'target', 'weapons',
  'date', 'time', 'place',
] as const;
export type Slot = (typeof slots)[number] | (string & {});

export type FactValue = number | string;

/** One statement in one article: "police said two people were killed". */
export interface Claim {
  slot: Slot;
  value: FactValue;
  evidence: Evidence;
  /** Who states it: a quoted or attributed speaker ("police", "SITE"), or null for the outlet itself. */
  attribution: string | null;
  /** Hedge kept as written ("reportedly", "at least", "unconfirmed"). */
  hedge: string | null;
  /** A negative statement ("no group has claimed responsibility"): value is the thing denied or absent. */
  negated?: boolean;
  /** Index into the article's background mentions when the claim is about a recalled, earlier event. */
  backgroundRef?: number | null;
  /** Where a claim of responsibility was made ("Telegram", "a statement"). */
  channel?: string | null;
  /** The day a claim of responsibility was made, when its sentence dates it ("said on Telegram late on Wednesday"). */
  claimedOn?: string | null;
  /** An injured count read from people said to be shot, fate untold: any of them reported dead elsewhere are not injured. */
  fromShot?: boolean;
  /** Implied, not counted: "a fatal shooting" says at least one died. Weighs less than a stated count. */
  implied?: boolean;
}

export type FactStatus = 'consensus' | 'conflict' | 'superseded' | 'single-source';

export interface LedgerValue {
  value: FactValue | null;
  /** Claims of responsibility: the earliest day the reports say the claim was made. */
  claimedOn?: string;
  articleIds: string[];
  /** Reports that state the value and are independent of each other (copies and relays collapsed). */
  independentArticleIds?: string[];
  evidence: Evidence[];
  attributions?: string[];
  hedges?: string[];
  asOf: string | null;
  negated?: boolean;
  /** Channels of claims of responsibility behind this value. */
  channels?: string[];
  /** Not stated but implied: a report that gives only injuries implies no one was killed. */
  inferred?: boolean;
}

export interface Fact {
  slot: Slot;
  status: FactStatus;
  /** Leading value first: the best-supported, latest value. */
  values: LedgerValue[];
}
