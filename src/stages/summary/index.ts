// Stage `summary`: a short cited summary per event, from the ledger; an optional LLM only rephrases it.

import type { Article, Event, SummarySentence } from '../../model/index.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import type { LlmPort } from '../../ports/llm.ts';
import { rephraseSummary } from './rephrase.ts';
import { buildSummary } from './template.ts';

export { buildSummary } from './template.ts';

/** Words the rephrased summary must keep: the place and the event's key nouns, when the template has them. */
export const keyTerms = (event: Event, template: SummarySentence[]): string[] => {
  const text = template.map((s) => s.text).join(' ').toLowerCase();
  const target = event.facts.find((f) => f.slot === 'target')?.values[0]?.value;
  const candidates = [event.where?.name, event.type.split(/\s+/).at(-1), typeof target === 'string' ? target.split(/\s+/).at(-1) : null];
  return [...new Set(candidates.filter((w): w is string => !!w && w.length > 2 && text.includes(w.toLowerCase())))];
};

/** The template, rephrased by the model when one is configured and its answer passes every check. */
const summarize = async (event: Event, articles: Map<string, Article>, llm: LlmPort | null): Promise<SummarySentence[]> => {
  const template = buildSummary(event, articles);
  if (!llm || event.background || template.length < 2) return template;
  try {
    return await rephraseSummary(llm, template, keyTerms(event, template));
  } catch {
    return template;
  }
};

export const summaryStage: CorpusStage = {
  name: 'summary',
  run: async (corpus, ctx) => {
    const articles = new Map(corpus.docs.map((d) => [d.article.id, d.article]));
    const events: Event[] = [];
    for (const e of corpus.events) events.push({ ...e, summary: await summarize(e, articles, ctx.llm) });
    return { ...corpus, events };
  },
};
