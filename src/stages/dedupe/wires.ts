// Known wire services and news agencies: the name reports are credited to, and how texts write it.

export interface Wire {
  name: string;
  /** Regex source of the ways texts write it (case-sensitive: "AP" is not "ap"). */
  written: string;
}

export const wires: readonly Wire[] = [
  { name: 'AFP', written: String.raw`AFP|Agence France[- ]Presse` },
  { name: 'APP', written: String.raw`APP|Associated Press of Pakistan` },
  { name: 'AP', written: String.raw`AP|(?:The |the )?Associated Press(?! of)` },
  { name: 'Reuters', written: String.raw`Reuters|REUTERS` },
  { name: 'Xinhua', written: String.raw`Xinhua(?: News Agency)?` },
  { name: 'ANI', written: String.raw`ANI|Asian News International` },
  { name: 'PTI', written: String.raw`PTI|Press Trust of India` },
  { name: 'IANS', written: String.raw`IANS|Indo-Asian News Service` },
  { name: 'UNI', written: String.raw`UNI|United News of India` },
  { name: 'dpa', written: String.raw`dpa|DPA|Deutsche Presse-Agentur` },
  { name: 'EFE', written: String.raw`EFE|Agencia EFE` },
  { name: 'Anadolu', written: String.raw`Anadolu(?: Agency| Ajansı)?` },
  { name: 'UPI', written: String.raw`UPI|United Press International` },
  { name: 'Bernama', written: String.raw`Bernama|BERNAMA` },
  { name: 'Kyodo', written: String.raw`Kyodo(?: News)?` },
  { name: 'Yonhap', written: String.raw`Yonhap(?: News Agency)?` },
  { name: 'TASS', written: String.raw`TASS|Tass` },
  { name: 'Interfax', written: String.raw`Interfax` },
  { name: 'RIA Novosti', written: String.raw`RIA Novosti|RIA` },
  { name: 'ANSA', written: String.raw`ANSA` },
  { name: 'IRNA', written: String.raw`IRNA` },
  { name: 'KUNA', written: String.raw`KUNA` },
  { name: 'WAM', written: String.raw`WAM|Emirates News Agency` },
  { name: 'AAP', written: String.raw`AAP|Australian Associated Press` },
  { name: 'Canadian Press', written: String.raw`(?:The |the )?Canadian Press` },
  { name: 'PA Media', written: String.raw`PA Media|(?:the )?Press Association` },
  { name: 'Europa Press', written: String.raw`Europa Press` },
  { name: 'Pajhwok', written: String.raw`Pajhwok(?: Afghan News)?` },
  { name: 'Bloomberg', written: String.raw`Bloomberg(?: News)?` },
];

/** One alternation of every way of writing every wire, longest first so "AP" does not shadow "APP". */
export const anyWire = wires.map((w) => `(?:${w.written})`).join('|');

const exact = wires.map((w) => ({ name: w.name, re: new RegExp(`^(?:${w.written})$`) }));

/** The canonical name of a written wire ("Agence France-Presse" → "AFP"), or null. */
export const wireName = (written: string): string | null => exact.find((w) => w.re.test(written.trim()))?.name ?? null;

/** Wires named anywhere in a credit line ("Copyright 2021 The Associated Press"). */
const wireWord = new RegExp(`(?<![\\w-])(${anyWire})(?![\\w-])`, 'g');

export const wiresIn = (text: string): string[] => {
  const found: string[] = [];
  for (const m of text.matchAll(wireWord)) {
    const name = wireName(m[1]);
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
};
