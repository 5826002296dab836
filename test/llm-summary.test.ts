// The optional LLM summarizer against a local stand-in of an OpenAI-compatible server (node:http on 127.0.0.1).

import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createLlm } from '../src/adapters/llm-openai.ts';
import type { Event, LedgerValue } from '../src/model/index.ts';
import type { Context } from '../src/pipeline/stage.ts';
import { buildSummary, summaryStage } from '../src/stages/summary/index.ts';

/** What the stand-in answers next: a chat reply, or an HTTP status. */
let reply: { content?: string; status?: number } = {};
const requests: { url: string; auth: string | undefined; body: { model: string; messages: { role: string; content: string }[] } }[] = [];

const handle = (req: IncomingMessage, res: ServerResponse) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
  req.on('end', () => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw) });
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
    if (reply.status) return void res.writeHead(reply.status).end('{}');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: reply.content } }] }));
  });
};

const server = createServer(handle);
let ctx: Context;

before(async () => {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const llm = createLlm({ endpoint: `http://127.0.0.1:${port}/v1/`, model: 'stand-in', apiKey: 'k-test' }, 5_000);
  ctx = { config: {} as never, llm };
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

const v = (value: LedgerValue['value'], articleIds: string[]): LedgerValue => ({
  value, articleIds, independentArticleIds: articleIds, evidence: [], asOf: null,
});
const event: Event = {
  id: 'ev-1', title: 'Fire destroys the Lindqvist mill', type: 'fire', articleIds: ['p', 'q', 'r'], mentionedIn: [], background: false,
  when: { date: '2030-02-14', time: null, precision: 'day' }, where: { name: 'Brennholm', admin: null, country: null, lat: 0, lon: 0 },
  facts: [
    { slot: 'target', status: 'consensus', values: [v('Lindqvist mill', ['p', 'q', 'r'])] },
    { slot: 'injured', status: 'consensus', values: [v(3, ['p', 'q'])] },
    { slot: 'killed', status: 'conflict', values: [v(0, ['p', 'q']), v(1, ['r'])] },
  ],
  entities: [], timeline: [], summary: [], reasons: [],
};
const corpus = () => ({ docs: [], events: [event], errors: [] });
const template = buildSummary(event, new Map());

test('a valid rephrasing replaces the template and keeps its citations', async () => {
  reply = {
    content: [
      'A fire hit the Lindqvist mill in Brennholm on 14 February 2030. [R1][R2][R3]',
      'Three people were injured. [R1][R2]',
      'Reports disagree on deaths: two say no one died, the third says one person was killed. [R1][R2][R3]',
    ].join('\n'),
  };
  const out = await summaryStage.run(corpus(), ctx);
  assert.deepEqual(out.events[0].summary, [
    { text: 'A fire hit the Lindqvist mill in Brennholm on 14 February 2030.', articleIds: ['p', 'q', 'r'] },
    { text: 'Three people were injured.', articleIds: ['p', 'q'] },
    { text: 'Reports disagree on deaths: two say no one died, the third says one person was killed.', articleIds: ['p', 'q', 'r'] },
  ]);
  const last = requests.at(-1)!;
  assert.equal(last.url, '/v1/chat/completions');
  assert.equal(last.auth, 'Bearer k-test');
  assert.equal(last.body.model, 'stand-in');
  assert.match(last.body.messages[1].content, /\[R1\]\[R2\]\[R3\]/);
});

test('an answer with an uncited sentence falls back to the template', async () => {
  reply = { content: 'A fire hit the Lindqvist mill in Brennholm. [R1]\nThree people were injured.\nSome disagree on deaths. [R3]' };
  const out = await summaryStage.run(corpus(), ctx);
  assert.deepEqual(out.events[0].summary, template);
});

test('a server error or a garbled answer falls back to the template', async () => {
  reply = { status: 500 };
  assert.deepEqual((await summaryStage.run(corpus(), ctx)).events[0].summary, template);
  reply = { content: '{"sentences": "not what was asked"}' };
  assert.deepEqual((await summaryStage.run(corpus(), ctx)).events[0].summary, template);
});
