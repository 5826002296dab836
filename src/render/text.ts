// The dossier as a readable terminal report: per event summary, facts table, timeline, entities, why together.

import type { Dossier, Event } from '../model/index.ts';
import {
  articleMarks, articleRefs, cite, countLine, entryDate, eventsOfArticle, factRows, orderEvents, outletOf, placeText,
  reasonScore, type Refs, statusText, whenText,
} from './view.ts';

const width = 100;
const rule = (ch: string) => ch.repeat(width);

/** Input text never reaches the terminal raw: control characters (escape sequences) are dropped, lines joined. */
export const clean = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** A plain table: columns padded to their widest cell, each capped. */
export const table = (head: string[], rows: string[][], caps: number[]): string[] => {
  const cells = [head, ...rows].map((r) => r.map((c, i) => cut(clean(c), caps[i] ?? 40)));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
};

/** Wraps text to the report width with a hanging indent. */
const wrap = (text: string, indent: string, first = indent): string[] => {
  const lines: string[] = [];
  let line = first;
  for (const word of clean(text).split(' ')) {
    if (line.trim() && line.length + word.length + 1 > width) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word} `;
  }
  return [...lines, line.trimEnd()];
};

const section = (title: string, body: string[]): string[] => (body.length ? ['', `  ${title}`, ...body.map((l) => `    ${l}`)] : []);

const factsBlock = (e: Event, refs: Refs): string[] => {
  const rows = factRows(e);
  const lines = table(
    ['field', 'leading value', 'sources', 'status', 'reports'],
    rows.map((r) => [r.label, r.lead, String(r.sources), statusText(r.status), cite(r.values.flatMap((v) => v.articleIds), refs)]),
    [14, 34, 7, 14, 30],
  );
  for (const r of rows.filter((x) => x.status === 'conflict' || x.status === 'superseded')) {
    lines.push(`${r.label} — ${r.status === 'conflict' ? 'values in conflict' : 'the latest value leads; earlier ones were overtaken'}:`);
    for (const v of r.values) {
      lines.push(...wrap(`${v.value} — ${v.sources} independent source${v.sources === 1 ? '' : 's'} ${cite(v.articleIds, refs)}${v.asOf ? `, as of ${v.asOf}` : ''}${v.notes.length ? ` (${v.notes.join('; ')})` : ''}`, '     ', '  • '));
      for (const q of v.quotes) lines.push(...wrap(`${cite(q.articleIds, refs)} “${q.text}”`, '       ', '     '));
    }
  }
  return lines;
};

const eventBlock = (e: Event, n: number, refs: Refs): string[] => [
  '',
  rule('═'),
  ...wrap(`EVENT ${n}${e.background ? ' (background)' : ''}  ${e.title}`, '  ', ''),
  rule('─'),
  `  id        ${e.id}`,
  `  type      ${clean(e.type) || 'unknown'}`,
  `  when      ${whenText(e)}`,
  `  where     ${clean(placeText(e.where))}${e.where ? `  (${e.where.lat.toFixed(2)}, ${e.where.lon.toFixed(2)})` : ''}`,
  ...(e.articleIds.length ? [`  reports   ${cite(e.articleIds, refs)}`] : []),
  ...(e.mentionedIn.length ? [`  recalled  ${cite(e.mentionedIn, refs)}`] : []),
  ...section('SUMMARY', e.summary.flatMap((s) => wrap(`${s.text} ${cite(s.articleIds, refs)}`, '  ', ''))),
  ...section('FACTS', e.facts.length ? factsBlock(e, refs) : []),
  ...section(
    'TIMELINE',
    e.timeline.flatMap((t) =>
      wrap(
        `${t.text} ${cite(t.articleIds, refs)}${t.kind ? ` (${t.kind}${t.reportedOn && !t.reportedOn.startsWith(t.date) ? `; reported ${t.reportedOn}` : ''})` : ''}`,
        ' '.repeat(18),
        entryDate(t).padEnd(18),
      ),
    ),
  ),
  ...section(
    'ENTITIES',
    e.entities.length
      ? table(
          ['type', 'name', 'also written', 'roles', 'reports'],
          e.entities.map((x) => [x.type, x.name, x.aliases.join(', '), x.roles.join(', '), cite(x.articleIds, refs)]),
          [12, 30, 30, 30, 24],
        )
      : [],
  ),
  ...section(
    'WHY TOGETHER',
    e.reasons.flatMap((r) =>
      wrap(
        [
          `${cite([r.articleId], refs)} ${reasonScore(r, refs)}`,
          r.sameDate ? 'same date' : '',
          r.samePlace ? 'same place' : '',
          r.sharedEntities.length ? `shared names: ${r.sharedEntities.join(', ')}` : '',
          r.sharedTerms.length ? `shared terms: ${r.sharedTerms.join(', ')}` : '',
        ].filter(Boolean).join('; '),
        '    ',
        '',
      ),
    ),
  ),
];

const articlesBlock = (dossier: Dossier, events: Event[], refs: Refs): string[] => {
  const memberOf = eventsOfArticle(events);
  return dossier.articles.flatMap((a) => {
    const marks = articleMarks(a, refs);
    const evs = (memberOf.get(a.id) ?? []).map((m) => `${m.mention ? 'recalls' : 'event'} ${m.n}`);
    return [
      ...wrap(`${clean(a.id)} — ${outletOf(a)} — ${a.published ?? 'date unknown'} — ${a.title ?? '(no title)'}`, '      ', `[${refs.get(a.id)}]`.padEnd(6)),
      ...(marks.length || evs.length ? [`      ${clean([...marks.map((m) => m.toUpperCase()), ...evs].join(' · '))}`] : []),
    ];
  });
};

export const renderText = (dossier: Dossier): string => {
  const refs = articleRefs(dossier);
  const events = orderEvents(dossier.events);
  const lines = [
    `CORROBORATE REPORT — ${countLine(dossier)}`,
    `generated ${dossier.generatedAt}`,
    '',
    'EVENTS',
    ...events.flatMap((e, i) =>
      wrap(
        `${e.background ? '(background) ' : ''}${e.title} — ${e.type || 'unknown type'} — ${e.when.date ?? 'date unknown'} — ${e.where?.name ?? 'place unknown'} — ${e.background ? `recalled in ${e.mentionedIn.length}` : `${e.articleIds.length} report(s)`}`,
        '     ',
        `${String(i + 1).padStart(3)}. `,
      ),
    ),
    ...events.flatMap((e, i) => eventBlock(e, i + 1, refs)),
    '',
    rule('═'),
    'ARTICLES',
    ...articlesBlock(dossier, events, refs),
    ...(dossier.errors.length ? ['', 'ERRORS', ...dossier.errors.map((x) => `  ${clean(x.source)}${x.articleId ? ` [${clean(x.articleId)}]` : ''}: ${clean(x.message)} (${x.stage})`)] : []),
  ];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
};
