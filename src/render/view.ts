// What every human-readable report shows, computed once: article numbers, fact rows, the outlet matrix.

import type { Article, ClusterReason, Dossier, Event, Fact, LedgerValue, Place, TimelineEntry } from '../model/index.ts';

const slotOrder = ['killed', 'injured', 'arrested', 'attackers', 'perpetrator', 'claimedBy', 'target', 'weapons', 'date', 'time', 'place'];
const maxQuote = 160;

/** Article numbers as shown to readers ("[3]"), in input order. */
export type Refs = Map<string, number>;

export const articleRefs = (dossier: Dossier): Refs => new Map(dossier.articles.map((a, i) => [a.id, i + 1]));

export const cite = (ids: string[], refs: Refs): string =>
  [...new Set(ids.map((id) => refs.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b).map((n) => `[${n}]`).join('');

/** Main events first (most reports first), background events after them. */
export const orderEvents = (events: Event[]): Event[] =>
  [...events].sort(
    (a, b) =>
      Number(a.background) - Number(b.background) ||
      b.articleIds.length - a.articleIds.length ||
      b.mentionedIn.length - a.mentionedIn.length ||
      (a.when.date ?? '9999').localeCompare(b.when.date ?? '9999') ||
      a.id.localeCompare(b.id),
  );

/** "claimedBy" → "claimed by". */
export const slotLabel = (slot: string): string => slot.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** A negated value names no one ("no group has claimed") or the one who denies ("X denied involvement"). */
const nobody = /^(?:any group|responsibility|no group|none|)$/i;

export const valueText = (v: LedgerValue): string => {
  const shown = v.value === null ? 'unknown' : String(v.value);
  if (!v.negated) return shown;
  return v.value === null || nobody.test(String(v.value)) ? 'none reported' : `${shown} (denied)`;
};

/** Reports independent of each other (copies and relays collapsed) that state a value. */
export const sourceCount = (v: LedgerValue): number => (v.independentArticleIds?.length ? v.independentArticleIds : v.articleIds).length;

export const whenText = (e: Event): string =>
  e.when.date ? `${e.when.date}${e.when.time ? ` ${e.when.time}` : ''}${e.when.precision ? ` (${e.when.precision})` : ''}` : 'unknown';

export const placeText = (p: Place | null | undefined): string => {
  if (!p) return 'unknown';
  const parts = [p.name, p.admin && p.admin !== p.name ? p.admin : null, p.country].filter(Boolean);
  return parts.join(', ');
};

export const outletOf = (a: Article): string => a.outlet ?? a.source.split('/').at(-1) ?? a.id;

const shorten = (text: string, max = maxQuote): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};

/** Exact words, with every report that uses them (copies repeat the same words). */
export interface Quote {
  articleIds: string[];
  text: string;
}

export interface ValueRow {
  value: string;
  articleIds: string[];
  sources: number;
  quotes: Quote[];
  asOf: string | null;
  notes: string[];
}

export interface FactRow {
  slot: string;
  label: string;
  status: Fact['status'];
  lead: string;
  sources: number;
  reports: number;
  values: ValueRow[];
}

const groupQuotes = (quotes: { articleId: string; text: string }[]): Quote[] => {
  const byText = new Map<string, string[]>();
  for (const q of quotes) byText.set(q.text, [...new Set([...(byText.get(q.text) ?? []), q.articleId])]);
  return [...byText].map(([text, articleIds]) => ({ articleIds, text }));
};

const valueRow = (v: LedgerValue): ValueRow => ({
  value: valueText(v),
  articleIds: v.articleIds,
  sources: sourceCount(v),
  quotes: groupQuotes(v.evidence.map((e) => ({ articleId: e.articleId, text: shorten(e.text) }))),
  asOf: v.asOf,
  // Implied values (a report giving injuries but no deaths implies none died) are marked as such; claims say how they came.
  notes: [...(v.inferred ? ['implied'] : []), ...(v.hedges ?? []), ...(v.attributions ?? []).map((a) => `per ${a}`), ...(v.channels ?? []).map((c) => `via ${c}`), ...(v.claimedOn ? [`claimed ${v.claimedOn}`] : [])],
});

/** One row per fact, in a stable slot order (the contract's slots first). */
export const factRows = (e: Event): FactRow[] =>
  [...e.facts]
    .filter((f) => f.values.length > 0)
    .sort((a, b) => (slotOrder.indexOf(a.slot) + 1 || 99) - (slotOrder.indexOf(b.slot) + 1 || 99) || a.slot.localeCompare(b.slot))
    .map((f) => ({
      slot: f.slot,
      label: slotLabel(f.slot),
      status: f.status,
      lead: valueText(f.values[0]),
      sources: sourceCount(f.values[0]),
      reports: new Set(f.values.flatMap((v) => v.articleIds)).size,
      values: f.values.map(valueRow),
    }));

export const duplicateMark = (a: Article, refs: Refs): string | null =>
  a.duplicateOf ? `duplicate of ${refs.has(a.duplicateOf) ? `[${refs.get(a.duplicateOf)}]` : a.duplicateOf}` : null;

/** How an article came to be in its event: its similarity, the report it copies (no independent report), or that it came first. */
export const reasonScore = (r: ClusterReason, refs: Refs): string =>
  r.copyOf ? `copy of ${refs.has(r.copyOf) ? `[${refs.get(r.copyOf)}]` : r.copyOf}` : r.first ? 'first report' : `similarity ${r.similarity.toFixed(2)}`;

/** Marks of one article: copy of another, relays of wire services. */
export const articleMarks = (a: Article, refs: Refs): string[] => [
  ...(a.duplicateOf ? [duplicateMark(a, refs)!] : []),
  ...(a.dependsOn.length ? [`relays ${a.dependsOn.join(', ')}`] : []),
];

export interface MatrixCell {
  values: string[];
  /** The fact is disputed and this report gives a value other than the leading one. */
  dissent: boolean;
  conflict: boolean;
}

export interface Matrix {
  slots: string[];
  rows: { articleId: string; cells: MatrixCell[] }[];
}

/** Which report (outlet) gave which value for each field of an event. */
export const outletMatrix = (e: Event): Matrix => {
  const rows = factRows(e);
  const ids = [...new Set([...e.articleIds, ...rows.flatMap((r) => r.values.flatMap((v) => v.articleIds))])];
  return {
    slots: rows.map((r) => r.label),
    rows: ids.map((id) => ({
      articleId: id,
      cells: rows.map((r) => {
        const given = r.values.filter((v) => v.articleIds.includes(id));
        return {
          values: given.map((v) => (v.notes.includes('implied') ? `${v.value} (implied)` : v.value)),
          dissent: r.status === 'conflict' && given.some((v) => v !== r.values[0]),
          conflict: r.status === 'conflict' && given.length > 0,
        };
      }),
    })),
  };
};

/** The events each article belongs to (as a main report or a mention), by event number. */
export const eventsOfArticle = (events: Event[]): Map<string, { n: number; mention: boolean }[]> => {
  const out = new Map<string, { n: number; mention: boolean }[]>();
  events.forEach((e, i) => {
    for (const id of e.articleIds) out.set(id, [...(out.get(id) ?? []), { n: i + 1, mention: false }]);
    for (const id of e.mentionedIn) out.set(id, [...(out.get(id) ?? []), { n: i + 1, mention: true }]);
  });
  return out;
};

export const entryDate = (t: TimelineEntry): string => `${t.date}${t.time ? ` ${t.time}` : ''}`;

/** The status as a short word readers scan for; conflicts stand out. */
export const statusText = (s: Fact['status']): string => (s === 'conflict' ? 'CONFLICT' : s);

export const countLine = (dossier: Dossier): string => {
  const main = dossier.events.filter((e) => !e.background).length;
  const bg = dossier.events.length - main;
  return `${dossier.articles.length} articles, ${main} events${bg ? ` (+${bg} background)` : ''}`;
};
