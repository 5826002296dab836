// Publication dates as written in inputs ("December 5, 2022", RFC 822, ISO) turned into ISO strings.

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthName = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const weekday = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
const clock = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?`;

/** A date written in words, month first or day first: the whole string must be the date (a line of its own). */
export const wordDatePattern = new RegExp(
  String.raw`^${weekday}(?:${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+${monthName},?\s+(\d{4}))${clock}$`,
  'i',
);

const pad = (n: number) => String(n).padStart(2, '0');

const isoOf = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
};

const monthIndex = (name: string) => months.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A date written alone ("December 5, 2022", "Mon, 5 Dec 2022 10:00") to YYYY-MM-DD, or null. */
export const parseWordDate = (text: string): string | null => {
  const m = wordDatePattern.exec(text.trim());
  if (!m) return null;
  return m[1] ? isoOf(Number(m[3]), monthIndex(m[1]), Number(m[2])) : isoOf(Number(m[6]), monthIndex(m[5]), Number(m[4]));
};

/** Any date a container gives (ISO, "2022/12/05", words, RFC 822) to ISO; null when not a date. */
export const normalizeDate = (value: string | null | undefined): string | null => {
  const s = value?.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    const day = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day && iso[4] ? `${day}T${iso[4]}${iso[5] ?? ''}` : day;
  }
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (slashed) return isoOf(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const words = parseWordDate(s);
  if (words) return words;
  // RFC 822 feed dates carry a zone, so the instant is known.
  if (/\d{1,2}:\d{2}/.test(s) && /(GMT|UTC|[+-]\d{4}|\b[A-Z]{3}\b)$/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return null;
};
