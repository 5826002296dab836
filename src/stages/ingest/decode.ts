// Bytes to text: rejects binary and empty inputs, honours BOMs, falls back to Windows-1252 for non-UTF-8.

import { InputRejected } from '../../pipeline/errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Windows-1252 is a superset of the printable Latin-1 range, so it also reads ISO-8859-1 files right.
// Node's own 'windows-1252' decoder treats 0x80-0x9F as Latin-1 controls, hence this table.
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const decodeCp1252 = (bytes: Uint8Array): string => {
  let out = '';
  for (const x of bytes) out += x >= 0x80 && x < 0xa0 ? cp1252High[x - 0x80] : String.fromCharCode(x);
  return out;
};

/** Share of C0 control bytes (tab, LF, CR, FF aside) above which a file is not text. */
const maxControlShare = 0.1;
/** Binary detection looks at the head only: enough to see a file signature or packed data. */
const sniffLength = 8192;

const hasBom = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

const isControl = (x: number) => (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c) || x === 0x7f;

/** True when the head of the bytes holds NUL bytes or many control characters. */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, sniffLength);
  let controls = 0;
  for (const x of head) {
    if (x === 0) return true;
    if (isControl(x)) controls++;
  }
  return head.length > 0 && controls / head.length > maxControlShare;
};

const decodeUtf16 = (bytes: Uint8Array, label: 'utf-16le' | 'utf-16be') => new TextDecoder(label).decode(bytes.subarray(2));

/** Decodes one input; throws InputRejected("binary file, not text" | "empty file"). */
export const decodeBytes = (bytes: Uint8Array): string => {
  // UTF-16 holds NULs for ASCII text, so its BOM must be checked before binary sniffing.
  if (hasBom(bytes, 0xff, 0xfe)) return finish(decodeUtf16(bytes, 'utf-16le'));
  if (hasBom(bytes, 0xfe, 0xff)) return finish(decodeUtf16(bytes, 'utf-16be'));
  if (looksBinary(bytes)) throw new InputRejected('binary file, not text');
  const body = hasBom(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    text = decodeCp1252(body);
  }
  return finish(text);
};

const finish = (text: string): string => {
  if (!text.trim()) throw new InputRejected('empty file');
  return text.replace(/\r\n?/g, '\n');
};
