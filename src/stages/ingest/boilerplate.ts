// Site chrome, sharing prompts, sign-up forms, credits and other page debris, removed line by line.

import { anyMatchOf } from '../annotate/matches.ts';

/** Why a line was dropped; credits are kept apart because they may name a wire service. */
export type DebrisKind = 'chrome' | 'credit';

interface Rule {
  kind: DebrisKind;
  pattern: RegExp;
  /** Spare lines that read as full sentences ("Follow-up tests showed …"). */
  unlessProse?: boolean;
}

/** Single words or short labels that are whole lines only in page chrome. */
const chromeLabels = [
  'advertisement', 'advertisement continue reading', 'ad', 'close', 'share', 'share this', 'share this article',
  'share this story', 'share on facebook', 'share on twitter', 'tweet', 'print', 'email', 'e-mail', 'twitter', 'facebook',
  'pinterest', 'linkedin', 'reddit', 'whatsapp', 'google', 'google plus', 'instagram', 'more', 'comments', 'comment',
  'save', 'photos', 'photo', 'video', 'videos', 'gallery', 'a a', 'aa', 'copy link', 'copy link copy', 'back to top',
  'back to top button', 'skip to content', 'skip to main content', 'read more', 'continue reading', 'show more',
  'hide transcript show transcript', 'show transcript', 'watch this story', 'watch video', 'play', 'play facebook',
  'loading', 'loading...', 'like this: like loading...', 'this slideshow requires javascript.', 'menu', 'search',
  'home', 'log in', 'login', 'sign in', 'sign up', 'register', 'subscribe', 'subscribe now', 'just one more thing...',
  'total access', 'get digital access', 'already a subscriber?', 'already have an account?', 'why are we asking this?',
  'thank you for registering!', 'welcome back. please sign in', 'you are the owner of this article.',
  'image via shutterstock', 'getty images', 'ap photo', 'file photo', 'embed', 'listen', 'next', 'previous',
];
const chromeLabelSet = new Set(chromeLabels);

const rules: Rule[] = [
  // Debris of HTML comments and tags that leaked into scraped text ("!-- Google tag (gtag.js) -->").
  { kind: 'chrome', pattern: /^<?!?--.*-->$|^<!--|^<\/?[a-z][^>]*>$/i },
  // Lines of punctuation only: separators, dotted leaders, ###.
  { kind: 'chrome', pattern: /^[^\p{L}\p{N}]+$/u },
  { kind: 'chrome', pattern: /^###[A-Z ]+###$/ },
  // Templating placeholders left unfilled.
  { kind: 'chrome', pattern: /\{\*.*\*\}|\{\{.*\}\}|\[website\]/i },
  // Scripts, players and browsers.
  { kind: 'chrome', pattern: /\b(enable|enabled|requires?|turn on) javascript\b|\bjavascript (is )?(disabled|required|off)\b/i },
  { kind: 'chrome', pattern: /\bflash (player|update)\b|\byour browser (doesn't|does not|cannot) (support|play)|trouble (viewing|playing) (the|this) video|ad[- ]?blocker|ad blocking/i },
  // Captcha and e-mail-a-friend forms.
  { kind: 'chrome', pattern: /^you must enter the characters|^message: \*|a friend wanted you to see this|^(your|friend's|recipient's) (name|e-?mail)\b/i },
  // Sign-up, log-in and notification forms.
  {
    kind: 'chrome',
    pattern:
      /^(already (have an account|a subscriber)|sign in (using|with|to)|log in (using|with|to)|welcome back|thank you for (registering|signing up|subscribing)|we have sent (you )?a (verification|confirmation)|if you do not receive the verification|by (submitting|clicking|signing up|registering)\b.*\b(terms|privacy)|email notifications are only sent|your notification has been saved|there was a problem saving|we look forward to seeing you|sorry, this zip ?code|re-enter zip code|click on the button below|create (a free|an) account|forgot (your )?password|\d+ of \d+ (premium clicks|free articles)|you('ve| have) reached your (limit|maximum)|get email notifications on|\d+ pending comments?$|\d+ comments?$|comments? \(\d+\)$)/i,
  },
  // Calls to action that never open a sentence of news.
  {
    kind: 'chrome',
    pattern:
      /^(>+\s*)?(subscribe|sign up|download|install|like us|click (here|on|to)|tap (here|to)|report an error|submit a (news )?tip|stay (up to date|connected|informed)|get (the latest|alerted|breaking news|our|email alerts|the app)|don't miss)\b/i,
  },
  // Headers of link lists and follow prompts: chrome unless the line is a full sentence.
  {
    kind: 'chrome',
    pattern:
      /^(>+\s*)?(follow|join (the|our)|read (more|the full)|watch (more|live|the full)|listen (to|live)|see (more|also)|also on|more from|trending( stories| now)?|related( stories| articles| content| links| coverage)?:|recommended( for you)?|you (may|might) also like|top stories|most (read|popular))\b/i,
    unlessProse: true,
  },
  { kind: 'chrome', pattern: /\b(listen|watch|read|click|sign up|download|subscribe)\b.{0,80}\bhere[.:!]?$/i },
  { kind: 'chrome', pattern: /\bapp\b.{0,60}\b(iphone|ipad|android|ios)\b/i },
  // Newsletter, delivery and alert offers.
  {
    kind: 'chrome',
    pattern:
      /\b(newsletters?|home delivery|digital access|email alerts?|news alerts?|breaking news alerts?)\b.{0,120}\b(sign up|subscribe|selected|inbox|today|free)\b|\bsign up for (one of )?our\b|^close get email|posts new content, you'll get|^oops, you haven't selected/i,
  },
  { kind: 'chrome', pattern: /\b(download|get) (our|the) [\w .]{0,40}\b(mobile )?app\b|\bon demand:|^add a location to your tweets/i },
  // Author contact lines ("To reach Ann Lee, call …, email … or follow her on Twitter"; "alee@… 555-… @alee").
  // The address is tried from the start of its run of characters only (?<!…): the same lines match, without the
  // engine retrying the run from each of its characters.
  { kind: 'chrome', pattern: /(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}\b.{0,120}(\d{3}[ .-]\d{4}|\s@\w{2,}|\btwitter\b)|\b(find|follow) (him|her|them|\w+) on (twitter|facebook)\b/i },
  { kind: 'chrome', pattern: /\bsign in or subscribe\b|\bsign up to (follow|get|receive)\b/i },
  { kind: 'chrome', pattern: /^(to reach|contact|reach|email) [A-Z][\w.'’ -]{1,40}(,|:| at| by).{0,120}(\b(call|email|e-mail|twitter)\b|@|\d{3}-\d{4})/i },
  // Paywalls and archive notices.
  {
    kind: 'chrome',
    pattern:
      /\b(subscription|subscribers?)\b.{0,120}\b(log ?in|login|sign up|purchase|continue reading|click here|only)\b|\b(log ?in|login|sign up)\b.{0,120}\bsubscription\b|^this (story|article) is only available/i,
  },
  // "Click here" never belongs to the story it sits in; neither do SMS sign-ups or "follow us".
  { kind: 'chrome', pattern: /\bclick here\b|^text "?\w+"? to \d{4,6}\b|^(please )?(follow|like) us\b/i },
  // "Read or Share this story: http://…" and other labelled links.
  { kind: 'chrome', pattern: /^[^.:]{0,40}:\s*https?:\/\/\S+$/ },
  { kind: 'chrome', pattern: /^advertisement\b.{0,40}$|\bshow caption\b|\bshare this (video|story|article|photo)\b/i },
  // Cookie and privacy notices.
  { kind: 'chrome', pattern: /\bcookies?\b.{0,120}\b(use|uses|accept|consent|policy|settings|experience)\b/i },
  { kind: 'chrome', pattern: /^(privacy policy|terms of (use|service)|cookie policy)\b.{0,60}$/i },
  // Sharing menus ("Share this: Facebook", "Email | Facebook | Twitter").
  { kind: 'chrome', pattern: /^share (this|on|via)\b.{0,60}$/i },
  { kind: 'chrome', pattern: /^([^|.!?]{1,25}\|){2,}[^|.!?]{0,25}$/ },
  // Lone social handles, profile links, e-mail addresses and phone numbers (author contact lines).
  { kind: 'chrome', pattern: /^(follow (me|us|him|her) (on|at) \w+:?\s*)?@\w{2,}$/i },
  { kind: 'chrome', pattern: /^([\w.+-]+@[\w-]+\.[\w.]+\s*\|\s*)?(twitter|instagram|facebook|x)\s*:?\s*@\w{2,}$/i },
  { kind: 'chrome', pattern: /^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|tiktok|youtube)\.com\/\S+$/i },
  { kind: 'chrome', pattern: /^(contact [^:]{1,40}:\s*)?[\w.+-]+@[\w-]+\.[\w.]+(\s+or\s+[\d() -]{10,})?\.?$/i },
  { kind: 'chrome', pattern: /^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/ },
  // Video playlists: "5:35 Headline of another clip".
  { kind: 'chrome', pattern: /^\d{1,2}:\d{2} (?![ap]\.?m\b)[A-Z][^.]{5,120}$/ },
  // Photo credits: the picture came from an agency, not the text, so they are no relay.
  { kind: 'chrome', pattern: /^\(?(image|photo|picture|video|graphic|illustration)s?\s*(source|credit|courtesy|by|via)?\s*:/i },
  { kind: 'chrome', pattern: /^\(?(photo|image|video)s? (by|courtesy of|via|from) [^.]{2,60}\)?$/i },
  // Credits of the text: copyright lines and bylines.
  { kind: 'credit', pattern: /^\(?\s*(copyright\b|©|\(c\)\s*\d{4}|all rights reserved)/i },
  { kind: 'credit', pattern: /all rights reserved|may not be (re)?published, broadcast|\bmay not be reproduced\b/i },
  { kind: 'credit', pattern: /^[Bb]y (the )?[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,4}( and [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3})?(,? (staff|reporters?|writers?|correspondents?))?$/ },
  { kind: 'credit', pattern: /^(breaking news|web|digital) staff$/i },
];

// Most lines are article text: one scan for anything a rule could match spares them the forty rules.
const mayBeDebris = anyMatchOf(rules.map((r) => r.pattern));

/** Long lines are article prose, not chrome; rules only judge lines up to this length. */
const maxDebrisLength = 320;

const normalizeLabel = (line: string) => line.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:|•·]+$/, '').trim();

/** A line that reads as a sentence of the article (ends like one and is long enough). */
const isProse = (line: string) => /[.!?]["”’)]?$/.test(line.trim()) && line.trim().split(/\s+/).length >= 8;

/**
 * A line of more words than the longest label, leaving out the separators a label may trail, is no label whatever its
 * case and spacing: most lines are told so without being lower-cased and respaced.
 */
const maxLabelWords = Math.max(...chromeLabels.map((label) => label.split(' ').length));
const fewWords = new RegExp(String.raw`^\S+(?:\s+\S+){0,${maxLabelWords - 1}}[\s:|•·]*$`);

const isChromeLabel = (s: string): boolean => fewWords.test(s) && chromeLabelSet.has(normalizeLabel(s));

/** What kind of debris a line is, or null when it is article text. */
export const classifyLine = (line: string): DebrisKind | null => {
  const s = line.trim();
  if (!s || s.length > maxDebrisLength) return null;
  if (isChromeLabel(s)) return 'chrome';
  if (!mayBeDebris(s)) return null;
  for (const r of rules) if (r.pattern.test(s) && !(r.unlessProse && isProse(s))) return r.kind;
  return null;
};

/** Headers that open a list of links to other stories; the list runs to the next real paragraph. */
const listHeader = /^(related|read more|more (stories|news|coverage|from [\w. ]+)|also on [\w. ]+|in other (news|shootings|stories)|trending( stories| now)?|recommended|top stories|you (may|might) also like|latest (news|stories)|more on this (story|topic))\b[^.]{0,40}:?$/i;


export interface Cleaned {
  lines: string[];
  credits: string[];
}

/** Between sentences: end punctuation (and a closing quote), space, then a capital, digit or opening quote; not after an initial ("Ann S. Lee"). */
const sentenceBreak = /(?<=[.!?]["”’)]?)(?<!(?:^|[\s(])\p{Lu}\.)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;

/**
 * A line without its debris. Debris appended to an article paragraph ("… a fund was set up for the family.
 * Click here to donate.") loses only its debris sentences; a line that opens with debris is debris throughout
 * ("We have sent you an email. Please check it …").
 */
const cleanLine = (line: string, credits: string[]): string | null => {
  const s = line.trim();
  const kind = classifyLine(s);
  const sentences = kind || s.length > maxDebrisLength ? s.split(sentenceBreak) : [s];
  if (sentences.length === 1 || (kind && classifyLine(sentences[0]))) {
    if (kind === 'credit') credits.push(s);
    return kind ? null : line;
  }
  const kept = sentences.filter((x) => {
    const k = classifyLine(x);
    if (k === 'credit') credits.push(x);
    return !k;
  });
  if (kept.length === sentences.length) return line;
  return kept.length ? kept.join(' ') : null;
};

/** Removes debris lines; blank lines are kept so paragraphs stay apart. */
export const removeBoilerplate = (lines: readonly string[]): Cleaned => {
  const kept: string[] = [];
  const credits: string[] = [];
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
    const clean = cleanLine(line, credits);
    if (clean !== null) kept.push(clean);
  }
  return { lines: kept, credits };
};
