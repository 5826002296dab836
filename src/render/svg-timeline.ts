// An event's timeline as an inline SVG chart: dated entries down a time axis, coloured by kind.

import type { TimelineEntry } from '../model/index.ts';
import { escapeHtml } from './escape.ts';

const width = 960;
const axisX = 150;
const textX = 172;
const lineHeight = 18;
const rowGap = 14;
/** Characters per wrapped line at 14px in the space right of the axis. */
const lineChars = 100;
const monthDays = 30;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Dec 2022", "Dec 2022" or "2022". */
export const shortDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return !m ? String(y) : !d ? `${months[m - 1]} ${y}` : `${d} ${months[m - 1]} ${y}`;
};

const wrapWords = (text: string, max: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
};

const dayOf = (date: string): number => Date.parse(`${date}${'-01'.repeat((10 - date.length) / 3)}T00:00:00Z`) / 86_400_000;

/** A gap worth showing: more than a month between two entries. */
const gapLabel = (from: string, to: string): string | null => {
  const days = dayOf(to) - dayOf(from);
  if (days <= monthDays * 1.5) return null;
  const months = Math.round(days / monthDays);
  return months >= 24 ? `${Math.round(months / 12)} years later` : `${months} months later`;
};

/** The chart; `cite` renders an entry's report numbers ("[1][3]"). */
export const renderTimelineSvg = (entries: TimelineEntry[], cite: (ids: string[]) => string): string => {
  let y = 16;
  const rows: string[] = [];
  entries.forEach((t, i) => {
    const gap = i > 0 ? gapLabel(entries[i - 1].date, t.date) : null;
    if (gap) {
      rows.push(`<text class="gap" x="${axisX + 12}" y="${y + 4}">${escapeHtml(gap)}</text>`);
      rows.push(`<line class="gap-axis" x1="${axisX}" x2="${axisX}" y1="${y - 14}" y2="${y + 14}"/>`);
      y += 24;
    }
    const lines = wrapWords(t.text, lineChars).slice(0, 3);
    const meta = `${cite(t.articleIds)} · ${t.kind ?? 'development'}${t.reportedOn && !t.reportedOn.startsWith(t.date) ? ` · reported ${shortDate(t.reportedOn)}` : ''}`;
    const tspans = lines.map((l, j) => `<tspan x="${textX}" dy="${j === 0 ? 0 : lineHeight}">${escapeHtml(l)}</tspan>`).join('');
    const kind = (t.kind ?? 'other').replace(/[^a-z-]/g, '');
    rows.push(
      `<g class="entry k-${kind}"><title>${escapeHtml(`${t.date}${t.time ? ` ${t.time}` : ''}: ${t.text} ${cite(t.articleIds)}`)}</title>` +
        `<text class="date" x="${axisX - 16}" y="${y + 5}" text-anchor="end">${escapeHtml(shortDate(t.date))}${t.time ? `<tspan class="time" x="${axisX - 16}" dy="${lineHeight}">${escapeHtml(t.time)}</tspan>` : ''}</text>` +
        `<circle cx="${axisX}" cy="${y}" r="${t.kind === 'event' ? 8 : 6}"/>` +
        `<text class="label" x="${textX}" y="${y + 5}">${tspans}<tspan class="meta" x="${textX}" dy="${lineHeight}">${escapeHtml(meta)}</tspan></text></g>`,
    );
    y += (lines.length + 1) * lineHeight + rowGap;
  });
  const height = Math.max(y, 40);
  return (
    `<svg class="timeline" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Timeline chart">` +
    `<line class="axis" x1="${axisX}" x2="${axisX}" y1="8" y2="${height - 12}"/>${rows.join('')}</svg>`
  );
};
