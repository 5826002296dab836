// The pipeline's order, written in one place: per-article stages, then corpus stages.

import type { ArticleStage, CorpusStage, Pipeline } from './stage.ts';
import { annotateStage } from '../stages/annotate/index.ts';
import { backgroundStage } from '../stages/background/index.ts';
import { claimsStage } from '../stages/claims/index.ts';
import { clusterStage } from '../stages/cluster/index.ts';
import { dedupeStage } from '../stages/dedupe/index.ts';
import { entitiesStage } from '../stages/entities/index.ts';
import { ledgerStage } from '../stages/ledger/index.ts';
import { mentionsStage } from '../stages/mentions/index.ts';
import { summaryStage } from '../stages/summary/index.ts';
import { temporalStage } from '../stages/temporal/index.ts';
import { timelineStage } from '../stages/timeline/index.ts';

import { cleanArticle, parseInput } from '../stages/ingest/index.ts';

/** Per-article stages, in order: each sees what the ones before it added to the Doc. */
export const articleStages: readonly ArticleStage[] = [
  annotateStage, // sentences, tokens, numbers (also written as words)
  temporalStage, // dates and times, the article's event date
  mentionsStage, // people, organizations, places (geocoded)
  backgroundStage, // earlier events recalled in passing
  claimsStage, // per-field statements with evidence and attribution
];

/** Corpus stages, in order: grouping first, then what is known of each event. */
export const corpusStages: readonly CorpusStage[] = [
  dedupeStage, // duplicates and relays
  clusterStage, // events and background events
  entitiesStage, // one entity per real person, group, place
  ledgerStage, // facts with status; type, when, where, title
  timelineStage, // dated developments
  summaryStage, // cited summary sentences
];

/** The standard pipeline every command runs. */
export const standardPipeline: Pipeline = { parseInput, cleanArticle, articleStages, corpusStages };
