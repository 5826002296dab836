// Headlines as pages give them, without the site name they carry ("Pier closed :: Coast News").

/** Lower-cased letters and digits of an outlet ("www.coast-news.com" → "coastnews"). */
const squash = (s: string) => s.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.(com|org|net|co\.uk|co|tv|news)(\/.*)?$/, '').replace(/[^a-z0-9]/g, '');

const siteLike = /\b[\w-]+\.(com|org|net|co\.uk|tv|news)\b/i;

/** True when a trailing title segment names the outlet or a web site. */
const namesSite = (segment: string, outlet: string | null): boolean => {
  if (siteLike.test(segment)) return true;
  if (!outlet) return false;
  const [seg, out] = [squash(segment), squash(outlet)];
  return seg.length >= 3 && out.length >= 3 && (seg.includes(out) || out.includes(seg));
};

const separator = /\s+(::|\||[-–—])\s+/;

/** Cuts the title at the first " :: " or " | ", or at the first " - " segment that names the outlet. */
export const cleanTitle = (title: string | null | undefined, outlet: string | null): string | null => {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  // split with a capture group alternates text and separators: [text, sep, text, sep, text…]
  const parts = t.split(separator);
  for (let i = 2; i < parts.length; i += 2) {
    const head = parts.slice(0, i - 1).join(' ');
    const cut = parts[i - 1] === '::' || parts[i - 1] === '|' || namesSite(parts[i], outlet);
    if (cut && head.split(' ').length >= 2) return head.trim();
  }
  return t;
};
