// The dossier as Markdown: the text report's content as headings, lists and tables.

import type { Dossier, Event } from '../model/index.ts';
import { clean } from './text.ts';
import {
  articleMarks, articleRefs, cite, countLine, entryDate, eventsOfArticle, factRows, orderEvents, outletMatrix, outletOf,
  placeText, reasonScore, type Refs, statusText, whenText,
} from './view.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Input text as inert Markdown: HTML is shown as text, markup characters are escaped. */
export const escapeMd = (s: string | number | null | undefined): string =>
  clean(s).replace(/[&<>]/g, (c) => entities[c]).replace(/[\\`*_[\]|~#]/g, '\\$&');

const row = (cells: string[]): string => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
const mdTable = (head: string[], rows: string[][]): string[] =>
  rows.length ? [row(head), row(head.map(() => '---')), ...rows.map(row)] : [];
/** Our own "[3]" markers stay literal in Markdown: no link definitions exist for them to pick up. */
const cites = (ids: string[], refs: Refs): string => cite(ids, refs);

const factsPart = (e: Event, refs: Refs): string[] => {
  const rows = factRows(e);
  const disputed = rows.filter((r) => r.status === 'conflict' || r.status === 'superseded');
  return [
    ...mdTable(
      ['field', 'leading value', 'independent sources', 'status', 'reports'],
      rows.map((r) => [
        escapeMd(r.label), escapeMd(r.lead), String(r.sources),
        r.status === 'conflict' ? `**${statusText(r.status)}**` : r.status, cites(r.values.flatMap((v) => v.articleIds), refs),
      ]),
    ),
    ...disputed.flatMap((r) => [
      '',
      `**${escapeMd(r.label)}** — ${r.status === 'conflict' ? 'values in conflict' : 'the latest value leads; earlier ones were overtaken by later news'}:`,
      '',
      ...r.values.flatMap((v) => [
        `- **${escapeMd(v.value)}** — ${v.sources} independent source(s) ${cites(v.articleIds, refs)}${v.asOf ? `, as of ${v.asOf}` : ''}${v.notes.length ? ` (${escapeMd(v.notes.join('; '))})` : ''}`,
        ...v.quotes.map((q) => `  - ${cites(q.articleIds, refs)} “${escapeMd(q.text)}”`),
      ]),
    ]),
  ];
};

const matrixPart = (e: Event, refs: Refs, dossier: Dossier): string[] => {
  const m = outletMatrix(e);
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  return mdTable(
    ['report', ...m.slots.map(escapeMd)],
    m.rows.map((r) => {
      const a = byId.get(r.articleId);
      return [
        `${cites([r.articleId], refs)} ${escapeMd(a ? outletOf(a) : r.articleId)}`,
        ...r.cells.map((c) => (c.values.length ? (c.dissent ? `**${escapeMd(c.values.join(', '))}** ⚠` : escapeMd(c.values.join(', '))) : '·')),
      ];
    }),
  );
};

const titled = (title: string, body: string[]): string[] => (body.length ? ['', `### ${title}`, '', ...body] : []);

const eventPart = (e: Event, n: number, refs: Refs, dossier: Dossier): string[] => [
  '',
  `## ${n}. ${escapeMd(e.title)}${e.background ? ' (background)' : ''}`,
  '',
  `- **id** \`${e.id.replace(/`/g, '')}\``,
  `- **type** ${escapeMd(e.type) || 'unknown'}`,
  `- **when** ${escapeMd(whenText(e))}`,
  `- **where** ${escapeMd(placeText(e.where))}${e.where ? ` (${e.where.lat.toFixed(2)}, ${e.where.lon.toFixed(2)})` : ''}`,
  ...(e.articleIds.length ? [`- **reports** ${cites(e.articleIds, refs)}`] : []),
  ...(e.mentionedIn.length ? [`- **recalled in** ${cites(e.mentionedIn, refs)}`] : []),
  ...titled('Summary', e.summary.map((s) => `- ${escapeMd(s.text)} ${cites(s.articleIds, refs)}`)),
  ...titled('Facts', factsPart(e, refs)),
  ...titled(
    'Timeline',
    mdTable(
      ['date', 'development', 'kind', 'reports', 'first reported'],
      e.timeline.map((t) => [escapeMd(entryDate(t)), escapeMd(t.text), escapeMd(t.kind ?? ''), cites(t.articleIds, refs), escapeMd(t.reportedOn ?? '')]),
    ),
  ),
  ...titled('Who reported what', e.facts.length ? matrixPart(e, refs, dossier) : []),
  ...titled(
    'Entities',
    mdTable(
      ['type', 'name', 'also written', 'roles', 'reports'],
      e.entities.map((x) => [x.type, escapeMd(x.name), escapeMd(x.aliases.join(', ')), escapeMd(x.roles.join(', ')), cites(x.articleIds, refs)]),
    ),
  ),
  ...titled(
    'Why together',
    mdTable(
      ['report', 'similarity', 'same date', 'same place', 'shared names', 'shared terms'],
      e.reasons.map((r) => [
        cites([r.articleId], refs), reasonScore(r, refs).replace(/^similarity /, ''), r.sameDate ? 'yes' : 'no', r.samePlace ? 'yes' : 'no',
        escapeMd(r.sharedEntities.join(', ')), escapeMd(r.sharedTerms.join(', ')),
      ]),
    ),
  ),
];

export const renderMarkdown = (dossier: Dossier): string => {
  const refs = articleRefs(dossier);
  const events = orderEvents(dossier.events);
  const memberOf = eventsOfArticle(events);
  const lines = [
    '# Corroborate report',
    '',
    `_${countLine(dossier)} · generated ${escapeMd(dossier.generatedAt)}_`,
    '',
    '## Events',
    '',
    ...mdTable(
      ['#', 'event', 'type', 'when', 'where', 'reports'],
      events.map((e, i) => [
        String(i + 1), `${escapeMd(e.title)}${e.background ? ' _(background)_' : ''}`, escapeMd(e.type), escapeMd(e.when.date ?? ''),
        escapeMd(e.where?.name ?? ''), e.background ? `recalled in ${e.mentionedIn.length}` : String(e.articleIds.length),
      ]),
    ),
    ...events.flatMap((e, i) => eventPart(e, i + 1, refs, dossier)),
    '',
    '## Articles',
    '',
    ...mdTable(
      ['#', 'id', 'outlet', 'published', 'title', 'marks', 'events'],
      dossier.articles.map((a) => [
        String(refs.get(a.id)), escapeMd(a.id), escapeMd(outletOf(a)), escapeMd(a.published ?? ''), escapeMd(a.title ?? ''),
        escapeMd(articleMarks(a, refs).join('; ')),
        (memberOf.get(a.id) ?? []).map((m) => `${m.mention ? 'recalls ' : ''}${m.n}`).join(', '),
      ]),
    ),
    ...(dossier.errors.length
      ? ['', '## Errors', '', ...dossier.errors.map((x) => `- ${escapeMd(x.source)}${x.articleId ? ` \\[${escapeMd(x.articleId)}\\]` : ''}: ${escapeMd(x.message)} (${escapeMd(x.stage)})`)]
      : []),
  ];
  return `${lines.join('\n')}\n`;
};
