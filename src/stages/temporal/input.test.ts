// The page's own posting stamp as the day to read weekdays against, when the scraped publication date is later.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postedDayOf, urlDayOf } from './input.ts';
import { resolveTimes } from './resolve.ts';

const posted = (text: string, published: string | null) => postedDayOf(text, resolveTimes(text, published), published);

test('a "Created:" stamp long before the scraped date is the posting day', () => {
  assert.equal(posted('Created: 03/14/2019 9:02 AM By: Staff. A heron was found tangled in fishing line Thursday.', '2021-06-02'), '2019-03-14');
});

test('a "Posted:" stamp wins over a later "Updated:" one and over the crawl date', () => {
  const text = 'Lighthouse reopens Posted: Saturday, May 4, 2019 8:10 AM EDT Updated: Monday, May 20, 2019 1:00 PM EDT The keeper unlocked the door Saturday.';
  assert.equal(posted(text, '2019-05-20'), '2019-05-04');
});

test('a dateline date in parentheses opens the text', () => {
  assert.equal(posted('PORT ELLIS, Md. (June 3, 2015): A barge ran aground early this morning.', '2016-01-09'), '2015-06-03');
});

test('a stamp a day before the scraped date is the posting day; on it, nothing changes', () => {
  assert.equal(posted('Posted: Saturday, May 4, 2019 8:10 AM EDT The keeper unlocked the door Saturday.', '2019-05-05'), '2019-05-04');
  assert.equal(posted('Posted: Saturday, May 4, 2019 8:10 AM EDT The keeper unlocked the door Saturday.', '2019-05-04'), null);
});

test('a date that is no stamp, or a caption far down the page, is not the posting day', () => {
  assert.equal(posted('The bridge opened on May 4, 2019, and closed a year later.', '2021-06-02'), null);
  const far = `${'The ferry docked late. '.repeat(30)}(Published Friday, March 1, 2019)`;
  assert.equal(posted(far, '2021-06-02'), null);
});

test('with no scraped date, a stamp is the posting day', () => {
  assert.equal(posted('Posted: Saturday, May 4, 2019 8:10 AM EDT The keeper unlocked the door Saturday.', null), '2019-05-04');
});

test('a day in the link path', () => {
  assert.equal(urlDayOf('https://news.example/2015/08/05/heron-rescued/'), '2015-08-05');
  assert.equal(urlDayOf('http://paper.example:80/article/20150805/heron-rescued'), '2015-08-05');
  assert.equal(urlDayOf('https://news.example/local/heron-rescued-2015-08-05.html'), '2015-08-05');
  assert.equal(urlDayOf('https://news.example/a/19170726-heron-rescued/'), null);
  assert.equal(urlDayOf('https://news.example/story/201508051234'), null);
  assert.equal(urlDayOf('https://20150805.example/heron'), null);
  assert.equal(urlDayOf(null), null);
});

test('a link day long before the scraped date is the posting day', () => {
  const text = 'A heron was rescued from a storm drain Wednesday.';
  assert.equal(postedDayOf(text, resolveTimes(text, '2016-09-28'), '2016-09-28', 'https://news.example/2015/08/05/heron'), '2015-08-05');
  assert.equal(postedDayOf(text, resolveTimes(text, '2015-08-05'), '2015-08-05', 'https://news.example/2015/08/05/heron'), null);
});
