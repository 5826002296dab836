// A fictional dossier for the renderer tests: one event with a conflict, a background event, a copy and a relay.

import type { Article, Dossier, Event, LedgerValue } from '../model/index.ts';

export const hostileTitle = '<img src=x onerror=alert(1)><script>alert(1)</script> | *bold* [link](javascript:alert(1))';

const article = (id: string, outlet: string | null, published: string, title: string, more: Partial<Article> = {}): Article => ({
  id, source: `inputs/${id}.txt`, url: null, outlet, title, published, language: 'en',
  text: 'Police said a car bomb exploded outside the central market. Four people were killed and at least 12 injured.',
  duplicateOf: null, dependsOn: [], ...more,
});

const v = (value: LedgerValue['value'], articleIds: string[], quote: string, more: Partial<LedgerValue> = {}): LedgerValue => ({
  value, articleIds, independentArticleIds: articleIds.filter((id) => id !== 'a-copy'), asOf: '2031-05-12',
  evidence: articleIds.map((articleId) => ({ articleId, text: quote, start: 0, end: quote.length })), ...more,
});

const main: Event = {
  id: 'ev-aldren', title: 'Car bomb explodes at Port Aldren market', type: 'bombing', articleIds: ['a', 'b', 'c', 'a-copy'],
  mentionedIn: [], background: false, when: { date: '2031-05-11', time: '09:40', precision: 'day' },
  where: { name: 'Gdańsk', admin: 'Pomerania', country: 'PL', lat: 54.35, lon: 18.65 },
  facts: [
    {
      slot: 'killed', status: 'conflict',
      values: [v(4, ['a', 'b', 'a-copy'], 'four people were killed'), v(5, ['c'], 'the blast killed <b>five</b> people')],
    },
    { slot: 'injured', status: 'consensus', values: [v(12, ['a', 'b'], 'at least 12 injured', { hedges: ['at least'] })] },
    {
      slot: 'claimedBy', status: 'superseded',
      values: [v('Coastal Front', ['b', 'c'], 'the Coastal Front said it carried out'), v('responsibility', ['a'], 'no group has claimed responsibility', { negated: true, asOf: '2031-05-11' })],
    },
    { slot: 'weapons', status: 'single-source', values: [v('car bomb', ['c'], 'a car packed with explosives')] },
  ],
  entities: [
    { id: 'en-1', name: 'Coastal Front', type: 'organization', aliases: ['the Front'], roles: [], articleIds: ['b', 'c'] },
    { id: 'en-2', name: 'Mira Holt', type: 'person', aliases: [], roles: ['mayor of Port Aldren'], articleIds: ['a', 'b'] },
  ],
  timeline: [
    { date: '2031-03', precision: 'month', text: 'A blast damaged the harbour office', articleIds: ['a'], kind: 'context', reportedOn: '2031-05-11' },
    { date: '2031-05-11', precision: 'day', time: '09:40', text: 'Car bomb explodes at Port Aldren market', articleIds: ['a', 'b', 'c'], kind: 'event', reportedOn: '2031-05-11' },
    { date: '2031-05-12', precision: 'day', text: 'The Coastal Front claimed responsibility in a statement', articleIds: ['b', 'c'], kind: 'claim', reportedOn: '2031-05-12' },
  ],
  summary: [
    { text: 'A bombing took place in Port Aldren on 11 May 2031.', articleIds: ['a', 'b', 'c'] },
    { text: 'Reports disagree on the death toll: three reports say four people were killed; one says five.', articleIds: ['a', 'b', 'c'] },
  ],
  reasons: [
    { articleId: 'a', similarity: 1, sharedEntities: [], sharedTerms: [], sameDate: false, samePlace: false, first: true },
    { articleId: 'b', similarity: 0.71, sharedEntities: ['Port Aldren', 'Coastal Front'], sharedTerms: ['car', 'bomb', 'market'], sameDate: true, samePlace: true },
    { articleId: 'a-copy', similarity: 1, sharedEntities: [], sharedTerms: [], sameDate: false, samePlace: false, copyOf: 'a' },
  ],
};

const harbour: Event = {
  ...main, id: 'ev-harbour', title: 'Blast at the harbour office', type: 'bombing', articleIds: [], mentionedIn: ['a'], background: true,
  when: { date: '2031-03', time: null, precision: 'month' }, where: { name: 'Sopot', admin: null, country: 'PL', lat: 54.44, lon: 18.56 },
  facts: [], entities: [], timeline: [], summary: [{ text: 'A blast damaged the harbour office in March 2031.', articleIds: ['a'] }], reasons: [],
};

export const sampleDossier = (): Dossier => ({
  version: 1,
  generatedAt: '2031-05-14T08:00:00Z',
  articles: [
    article('a', 'Harbour Post', '2031-05-11', 'Car bomb hits Port Aldren market'),
    article('b', 'Aldren Daily', '2031-05-12', 'Coastal Front claims market bombing', { dependsOn: ['Wire Agency'] }),
    article('c', null, '2031-05-12', hostileTitle),
    article('a-copy', 'Mirror Site', '2031-05-11', 'Car bomb hits Port Aldren market', { duplicateOf: 'a' }),
  ],
  events: [harbour, main],
  errors: [{ source: 'inputs/broken.json', articleId: null, stage: 'read', message: 'not valid JSON <at line 1>' }],
});
