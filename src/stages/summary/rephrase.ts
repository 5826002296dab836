// Optional LLM pass: rephrases the template summary, keeping its citations; any doubt keeps the template.

import type { SummarySentence } from '../../model/index.ts';
import type { ChatMessage, LlmPort } from '../../ports/llm.ts';

const maxSentences = 8;
const maxSentenceLength = 400;

const instructions = [
  'You edit short news summaries. Rewrite the numbered sentences into fluent, neutral English prose.',
  'Rules: keep every fact, number, name, place and disagreement exactly as given; add nothing;',
  'keep attributions such as "X reported" (never state an attributed claim as fact);',
  'end every sentence with the citation tags of the input sentences it rests on, like [R1][R3], using only tags from the input;',
  'write at most 8 sentences; answer with the sentences only, one per line, no numbering, no markup.',
].join(' ');

/** Short tags ("R1") for article ids, in order of first citation. */
const tagArticles = (sentences: SummarySentence[]): Map<string, string> => {
  const tags = new Map<string, string>();
  for (const id of sentences.flatMap((s) => s.articleIds)) if (!tags.has(id)) tags.set(id, `R${tags.size + 1}`);
  return tags;
};

export const buildPrompt = (sentences: SummarySentence[], tags: Map<string, string>): ChatMessage[] => [
  { role: 'system', content: instructions },
  {
    role: 'user',
    content: sentences.map((s, i) => `${i + 1}. ${s.text} ${s.articleIds.map((id) => `[${tags.get(id)}]`).join('')}`).join('\n'),
  },
];

/** Words that keep a disagreement visible after rephrasing. */
const disputed = /\b(?:disagree\w*|differ\w*|conflict\w*|contradict\w*|while others|the others)\b/gi;

const numbersIn = (text: string): string[] => text.match(/\d+(?:[.:]\d+)?/g) ?? [];

/** Parses and checks the model's answer; throws with the reason when it cannot be trusted. */
export const parseAnswer = (
  answer: string,
  template: SummarySentence[],
  tags: Map<string, string>,
  mustMention: string[],
): SummarySentence[] => {
  const idOf = new Map([...tags].map(([id, tag]) => [tag, id]));
  const lines = answer.split('\n').map((l) => l.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '').trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > maxSentences) throw new Error(`answer has ${lines.length} sentences`);
  if (lines.length < Math.min(3, template.length)) throw new Error('answer dropped too many sentences');
  const out = lines.map((line) => {
    const cited = [...line.matchAll(/\[(R\d+)\]/g)].map((m) => m[1]);
    const text = line.replace(/\s*\[R\d+\]/g, '').trim();
    if (cited.length === 0) throw new Error(`sentence without citation: ${text.slice(0, 60)}`);
    const unknown = cited.find((t) => !idOf.has(t));
    if (unknown) throw new Error(`unknown citation ${unknown}`);
    if (!text || text.length > maxSentenceLength || /[<>\[\]]/.test(text)) throw new Error('malformed sentence');
    return { text: /[.!?]$/.test(text) ? text : `${text}.`, articleIds: [...new Set(cited.map((t) => idOf.get(t)!))].sort() };
  });
  const joined = out.map((s) => s.text).join(' ');
  const missing = mustMention.find((w) => !joined.toLowerCase().includes(w.toLowerCase()));
  if (missing) throw new Error(`answer drops "${missing}"`);
  const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
  const before = template.map((s) => s.text).join(' ');
  if (count(joined, /\breported\b/gi) < count(before, /\breported\b/gi)) throw new Error('answer drops an attribution');
  if (count(before, disputed) > 0 && count(joined, disputed) === 0) throw new Error('answer drops a disagreement');
  const known = new Set(numbersIn(before));
  const invented = numbersIn(joined).find((n) => !known.has(n));
  if (invented) throw new Error(`answer adds the number ${invented}`);
  return out;
};

/** Asks the model to rephrase; throws on any failure so the caller keeps the template. */
export const rephraseSummary = async (
  llm: LlmPort,
  template: SummarySentence[],
  mustMention: string[],
): Promise<SummarySentence[]> => {
  const tags = tagArticles(template);
  const answer = await llm.complete(buildPrompt(template, tags), { maxTokens: 800, temperature: 0.2 });
  return parseAnswer(answer, template, tags, mustMention);
};
