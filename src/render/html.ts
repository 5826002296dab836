// The dossier as ONE self-contained HTML file: events, ledgers, timeline and map charts, outlet matrix, articles.

import type { Dossier, Event } from '../model/index.ts';
import { escapeHtml as esc } from './escape.ts';
import { reportCss } from './html-style.ts';
import { type MapPoint, renderMapSvg } from './svg-map.ts';
import { renderTimelineSvg, shortDate } from './svg-timeline.ts';
import {
  articleRefs, cite, countLine, duplicateMark, eventsOfArticle, factRows, type FactRow, orderEvents, outletMatrix, outletOf,
  placeText, type Quote, reasonScore, type Refs, whenText,
} from './view.ts';

/** No script, no remote anything: even a missed escape could not run or fetch. */
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const citeLinks = (ids: string[], refs: Refs): string => {
  const ns = [...new Set(ids.map((id) => refs.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
  return ns.length ? `<sup class="cite">${ns.map((n) => `<a href="#art-${n}">[${n}]</a>`).join('')}</sup>` : '';
};

const badge = (cls: string, text: string) => `<span class="badge b-${esc(cls)}">${esc(text)}</span>`;
const section = (title: string, body: string) => (body ? `<h3>${esc(title)}</h3>${body}` : '');
const table = (cls: string, head: string[], rows: string[]) =>
  rows.length ? `<div class="scroll"><table class="${cls}"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>` : '';
const th = (text: string, cls = '') => `<th${cls ? ` class="${cls}"` : ''}>${esc(text)}</th>`;

const eventAnchor = (n: number) => `ev-${n}`;

const eventsTable = (events: Event[]): string =>
  table(
    'events-list',
    [th('#'), th('event'), th('type'), th('when'), th('where'), th('reports', 'num'), th('disputed')],
    events.map((e, i) => {
      const conflicts = e.facts.filter((f) => f.status === 'conflict').length;
      return (
        `<tr class="${e.background ? 'bg' : ''}"><td>${i + 1}</td>` +
        `<td><a href="#${eventAnchor(i + 1)}">${esc(e.title)}</a>${e.background ? ` ${badge('bg', 'background')}` : ''}</td>` +
        `<td>${esc(e.type || '—')}</td><td>${esc(e.when.date ? shortDate(e.when.date) : '—')}</td><td>${esc(e.where?.name ?? '—')}</td>` +
        `<td class="num">${e.background ? `recalled ${e.mentionedIn.length}` : e.articleIds.length}</td>` +
        `<td>${conflicts ? badge('conflict', `${conflicts} conflict${conflicts > 1 ? 's' : ''}`) : ''}</td></tr>`
      );
    }),
  );

const mapPoints = (events: Event[]): MapPoint[] =>
  events.flatMap((e, i) =>
    e.where
      ? [{
          lat: e.where.lat, lon: e.where.lon, label: e.where.name, background: e.background, href: `#${eventAnchor(i + 1)}`,
          title: `${i + 1}. ${e.title}${e.when.date ? ` (${e.when.date})` : ''}`,
        }]
      : [],
  );


const quote = (q: Quote, refs: Refs): string => `<blockquote><span class="src">${cite(q.articleIds, refs)}</span>“${esc(q.text)}”</blockquote>`;

const valuesDetail = (r: FactRow, refs: Refs): string =>
  `<ul class="values">${r.values
    .map(
      (v, i) =>
        `<li><span class="v${i === 0 ? ' lead-v' : ''}">${esc(v.value)}</span> ${esc(`${v.sources} independent source${v.sources === 1 ? '' : 's'}`)}${citeLinks(v.articleIds, refs)}` +
        `${v.asOf ? ` <span class="sub">as of ${esc(v.asOf)}</span>` : ''}${v.notes.length ? ` <span class="sub">(${esc(v.notes.join('; '))})</span>` : ''}` +
        v.quotes.map((q) => quote(q, refs)).join('') +
        '</li>',
    )
    .join('')}</ul>`;

const factsTable = (e: Event, refs: Refs): string =>
  table(
    'facts',
    [th('field'), th('leading value'), th('independent sources', 'num'), th('status'), th('reports')],
    factRows(e).flatMap((r) => {
      const disputed = r.status === 'conflict' || r.status === 'superseded';
      const main =
        `<tr class="s-${esc(r.status)}"><td>${esc(r.label)}</td><td class="value">${esc(r.lead)}</td><td class="num">${r.sources}</td>` +
        `<td>${badge(r.status, r.status)}</td><td>${citeLinks(r.values.flatMap((v) => v.articleIds), refs)}</td></tr>`;
      const quotes = r.values[0].quotes.slice(0, 1);
      const detail = disputed
        ? `<tr class="detail s-${esc(r.status)}"><td></td><td colspan="4">${valuesDetail(r, refs)}</td></tr>`
        : quotes.length
          ? `<tr class="detail"><td></td><td colspan="4">${quotes.map((q) => quote(q, refs)).join('')}</td></tr>`
          : '';
      return [main + detail];
    }),
  );

const matrixTable = (e: Event, refs: Refs, outlets: Map<string, string>): string => {
  const m = outletMatrix(e);
  if (m.slots.length === 0) return '';
  return table(
    'matrix',
    [th('report'), ...m.slots.map((s) => th(s))],
    m.rows.map(
      (r) =>
        `<tr><td><a href="#art-${refs.get(r.articleId) ?? ''}">[${refs.get(r.articleId) ?? '?'}]</a> ${esc(outlets.get(r.articleId) ?? r.articleId)}</td>` +
        r.cells
          .map((c) => {
            const cls = c.values.length === 0 ? 'none' : c.dissent ? 'dissent' : c.conflict ? 'agree' : '';
            return `<td class="${cls}">${c.values.length ? esc(c.values.join(', ')) : '·'}</td>`;
          })
          .join('') +
        '</tr>',
    ),
  );
};

/** Entities most reports name first; a long tail folds away (no script needed: <details>). */
const shownEntities = 12;

const entitiesTable = (e: Event, refs: Refs): string => {
  const head = [th('name'), th('type'), th('also written'), th('roles'), th('reports')];
  const rows = [...e.entities]
    .sort((a, b) => b.articleIds.length - a.articleIds.length)
    .map(
      (x) =>
        `<tr><td><b>${esc(x.name)}</b></td><td>${esc(x.type)}</td><td>${esc(x.aliases.join(', '))}</td><td>${esc(x.roles.join(', '))}</td><td>${citeLinks(x.articleIds, refs)}</td></tr>`,
    );
  const rest = rows.slice(shownEntities);
  return (
    table('entities', head, rows.slice(0, shownEntities)) +
    (rest.length ? `<details><summary>${rest.length} more</summary>${table('entities', head, rest)}</details>` : '')
  );
};

const reasonsTable = (e: Event, refs: Refs): string =>
  table(
    'why',
    [th('report'), th('similarity', 'num'), th('same date'), th('same place'), th('shared names'), th('shared terms')],
    e.reasons.map(
      (r) =>
        `<tr><td>${citeLinks([r.articleId], refs)}</td><td class="num">${esc(reasonScore(r, refs).replace(/^similarity /, ''))}</td><td>${r.sameDate ? 'yes' : 'no'}</td>` +
        `<td>${r.samePlace ? 'yes' : 'no'}</td><td>${esc(r.sharedEntities.join(', '))}</td><td>${esc(r.sharedTerms.join(', '))}</td></tr>`,
    ),
  );

const eventSection = (e: Event, n: number, refs: Refs, outlets: Map<string, string>): string => {
  const meta = [
    ['type', e.type || 'unknown'],
    ['when', whenText(e)],
    ['where', placeText(e.where)],
    ...(e.articleIds.length ? [['reports', String(e.articleIds.length)]] : []),
    ...(e.mentionedIn.length ? [['recalled in', String(e.mentionedIn.length)]] : []),
    ['id', e.id],
  ];
  return (
    `<section class="event${e.background ? ' background' : ''}" id="${eventAnchor(n)}">` +
    `<h2>${n}. ${esc(e.title)} ${e.background ? badge('bg', 'background') : ''}</h2>` +
    `<p class="meta">${meta.map(([k, v]) => `<span>${esc(k)} <b>${esc(v)}</b></span>`).join('')}</p>` +
    section('Summary', e.summary.length ? `<ol class="summary">${e.summary.map((s) => `<li>${esc(s.text)}${citeLinks(s.articleIds, refs)}</li>`).join('')}</ol>` : '') +
    section('Fact ledger', factsTable(e, refs)) +
    section('Timeline', e.timeline.length ? renderTimelineSvg(e.timeline, (ids) => cite(ids, refs)) : '') +
    section('Who reported what', matrixTable(e, refs, outlets)) +
    section('Entities', entitiesTable(e, refs)) +
    section('Why these reports are together', reasonsTable(e, refs)) +
    '</section>'
  );
};

const articlesTable = (dossier: Dossier, events: Event[], refs: Refs): string => {
  const memberOf = eventsOfArticle(events);
  return table(
    'articles',
    [th('#'), th('outlet'), th('title'), th('published'), th('marks'), th('events')],
    dossier.articles.map((a) => {
      const n = refs.get(a.id)!;
      const marks = [
        ...(a.duplicateOf ? [badge('dup', duplicateMark(a, refs)!)] : []),
        ...a.dependsOn.map((d) => badge('relay', `relays ${d}`)),
      ];
      const evs = (memberOf.get(a.id) ?? []).map((m) => `<a href="#${eventAnchor(m.n)}">${m.mention ? 'recalls ' : ''}${m.n}</a>`);
      return (
        `<tr id="art-${n}" class="${a.duplicateOf ? 'dup' : ''}"><td>${n}</td><td>${esc(outletOf(a))}</td>` +
        `<td class="t">${esc(a.title ?? '(no title)')}<div class="sub">${esc(a.id)}</div></td><td>${esc(a.published ?? '—')}</td>` +
        `<td>${marks.join(' ')}</td><td>${evs.join(', ')}</td></tr>`
      );
    }),
  );
};

export const renderHtml = (dossier: Dossier): string => {
  const refs = articleRefs(dossier);
  const events = orderEvents(dossier.events);
  const outlets = new Map(dossier.articles.map((a) => [a.id, outletOf(a)]));
  const errors = dossier.errors.length
    ? section('Inputs that could not be read', `<ul class="errors">${dossier.errors.map((x) => `<li>${esc(x.source)}${x.articleId ? ` [${esc(x.articleId)}]` : ''}: ${esc(x.message)} <span class="sub">(${esc(x.stage)})</span></li>`).join('')}</ul>`)
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corroborate report — ${esc(countLine(dossier))}</title>
<style>${reportCss}</style></head>
<body><main>
<header class="top"><h1>Corroborate report</h1><p class="sub">${esc(countLine(dossier))} · generated ${esc(dossier.generatedAt)}</p></header>
<div class="panel" id="events"><h3>Events</h3>${eventsTable(events) || '<p class="empty">No events found.</p>'}</div>
<div class="panel" id="map"><h3>Places</h3>${renderMapSvg(mapPoints(events))}</div>
${events.map((e, i) => eventSection(e, i + 1, refs, outlets)).join('\n')}
<section id="articles"><h3>Articles</h3>${articlesTable(dossier, events, refs) || '<p class="empty">No articles.</p>'}</section>
${errors}
</main></body></html>
`;
};
