// Tests for debris removal: page chrome goes, article sentences stay.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLine, removeBoilerplate } from './boilerplate.ts';

const debris = [
  'Back to top button',
  'Share this article',
  'Advertisement',
  'Click here to sign up for alerts',
  'We use cookies to give you the best experience on our site.',
  'Subscribe to the Morning Brief',
  '!-- Google tag (gtag.js) -->',
  'You must enter the characters shown in the picture',
  'Message: * A friend wanted you to see this item from Example.com',
  'Please enable Javascript to watch this video',
  '@harbourdesk',
  'twitter.com/harbourdesk',
  'Follow NEWS9: Facebook | Twitter',
  'Download the Coast News app for iPhone and Android',
  'Email | Facebook | Twitter | Print',
  '__________',
  'Sign in using your account with: {* loginWidget *}',
  '4:12 Mayor opens new library wing',
  'IMAGE SOURCE: Coast Photo Agency',
  'Email Newsletters Sign up for one of our email newsletters.',
  'Close Get email notifications on Ann Lee daily!',
  'Follow us online at COAST9.com. Text APP to 12345 or click here to download our Coast 9 mobile app for the latest stories.',
  'To reach Ann Lee, call 555-010-0000, email alee@example.com or follow her on Twitter @alee',
  'Watch Coast 9 On Demand: On your Desktop | On your Mobile device',
  'Read or Share this story: http://on.coast9.example/1abc',
  'alee@example.com | Twitter: @alee',
  'Advertisement - Continue Reading Below',
  'Please log in, or sign up for a new account and purchase a subscription to continue reading.',
  'On a mobile device? Click here for a photo gallery of the pier.',
  'Text "PIER" to 55555 to sign up for alerts',
  'Ann Lee: 555-010-1234, alee@example.com or @AnnLee',
  'Ann Lee is a Coast News staff writer. E-mail: alee@example.com Twitter: @annlee',
  'For access to this article please sign in or subscribe.',
  'Follow us on Twitter @coast9 and like us on Facebook for updates about the storm!',
  '(Photo by Ann Lee)',
];
const credits = ['Copyright 2021 Coast News. All rights reserved.', '© 2021 Example Media Group.', 'By The Associated Press', 'By Ann Lee'];
const prose = [
  'The mayor said the library would open on Monday.',
  'Follow-up inspections found cracks in two of the beams, the engineer told reporters.',
  'Police asked anyone with information to call 555-0100.',
  'Related charges were filed against the owner of the boat on Friday afternoon.',
  'New details',
  'Source: Coast News',
  'UPDATE:',
  'The names of the victims have not been released pending notification of their families.',
  'By the end of the day, neighbours had put out cookies and water for the crews who responded.',
];

test('chrome and credits are recognised', () => {
  for (const line of debris) assert.equal(classifyLine(line), 'chrome', line);
  for (const line of credits) assert.equal(classifyLine(line), 'credit', line);
});

test('article lines, short subheads and source lines are kept', () => {
  for (const line of prose) assert.equal(classifyLine(line), null, line);
});

test('a trailing list of related links goes up to the next real paragraph', () => {
  const r = removeBoilerplate([
    'The bridge reopened on Monday after three weeks of repairs.',
    '',
    'Related:',
    'Ferry timetable changes for spring',
    'Council approves harbour budget',
    'The engineers said the work had cost less than the council expected.',
    'Copyright 2021 Coast News',
  ]);
  assert.deepEqual(r.lines, [
    'The bridge reopened on Monday after three weeks of repairs.',
    '',
    'The engineers said the work had cost less than the council expected.',
  ]);
  assert.deepEqual(r.credits, ['Copyright 2021 Coast News']);
});

test('in a paragraph only the debris sentences go', () => {
  const r = removeBoilerplate([
    'We have sent you a verification email. Please check your inbox and follow the link in it.',
    "Whenever Ann S. Lee posts new content, you'll get an email delivered to your inbox.",
    'Friends set up a fund to help the family with the costs of the repairs. Click here to donate.',
    `${'The storm damaged the roofs of several houses along the front. '.repeat(6)}Please like us on Facebook for updates.`,
  ]);
  assert.deepEqual(r.lines, [
    'Friends set up a fund to help the family with the costs of the repairs.',
    'The storm damaged the roofs of several houses along the front. '.repeat(6).trim(),
  ]);
});

test('a label is known whatever its case, spacing and trailing separators; more words make no label', () => {
  assert.equal(classifyLine('SHARE   this\tARTICLE : | •'), 'chrome');
  assert.equal(classifyLine('You are the owner of this article. |'), 'chrome');
  assert.equal(classifyLine('Loading... the ferry timetable for Harrowby'), null);
});
