// LLM adapter for any OpenAI-compatible chat endpoint the user configures (optional).

import type { LlmConfig } from '../config/config.ts';
import type { ChatMessage, LlmPort } from '../ports/llm.ts';

/** A stalled endpoint must not hold the report back: callers fall back to their template. */
const defaultTimeoutMs = 60_000;

export const createLlm = (config: LlmConfig, timeoutMs = defaultTimeoutMs): LlmPort => ({
  async complete(messages: ChatMessage[], options = {}) {
    const res = await fetch(`${config.endpoint.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: config.model,
        messages,
        max_tokens: options.maxTokens ?? 512,
        temperature: options.temperature ?? 0,
      }),
    });
    if (!res.ok) throw new Error(`LLM endpoint answered ${res.status} ${res.statusText}`);
    const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new Error('LLM endpoint gave no message content');
    return content;
  },
});
