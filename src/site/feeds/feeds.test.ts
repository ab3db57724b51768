// The article feeds as a reader gets them, parsed by a real feed parser: the newest published
// articles of one language, their published text, dates and links, and only public authors.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { days, insertArticle, insertPerson } from '../testing.ts';
import { sitePaths } from '../urls.ts';
import { feedLength } from './article-feed.ts';

const site = 'https://tracktwo.example';
let testApp: TestApp;
const now = Date.now();
const firstPublished = new Date(now - days(3));
const secondPublished = new Date(now - days(2));
const secondRevised = new Date(now - days(1));

before(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_URL: site } });
  const { db } = testApp.deps;
  const publicAuthor = await insertPerson(db, 'Vera Public Writer', 'public');
  const staffAuthor = await insertPerson(db, 'Hidden Staff Writer', 'staff');
  await insertArticle(db, {
    locale: 'en',
    slug: 'oceans-meeting',
    title: 'Scientists meet on the Southern Ocean',
    summary: 'Marine biologists from both sides met in Europe.',
    body: 'They met [again](/en/articles/cyber-nuclear) in *spring*.\n\n<script>alert(1)</script>',
    publishAt: firstPublished,
    authors: [publicAuthor, staffAuthor],
    tags: ['oceans', 'science'],
  });
  await insertArticle(db, {
    locale: 'en',
    slug: 'cyber-nuclear',
    title: 'Cyber and nuclear threats',
    summary: 'How misuse of one can trigger the other.',
    body: 'A working group met online.',
    publishAt: secondPublished,
    revisedAt: secondRevised,
    authors: [staffAuthor],
    unpublishedDraftTitle: 'Half-written new title',
  });
  await insertArticle(db, { locale: 'en', slug: 'a-draft', title: 'Draft never published' });
  await insertArticle(db, {
    locale: 'en',
    slug: 'tomorrow',
    title: 'Scheduled for tomorrow',
    publishAt: new Date(now + days(1)),
  });
  await insertArticle(db, {
    locale: 'ru',
    slug: 'vstrecha',
    title: 'Встреча в Санкт-Петербурге',
    publishAt: firstPublished,
  });
  for (let index = 0; index < feedLength; index += 1) {
    await insertArticle(db, {
      locale: 'en',
      slug: `older-${index}`,
      title: `Older article ${index}`,
      publishAt: new Date(now - days(10 + index)),
    });
  }
});

after(() => testApp.close());

async function fetchFeed(path: string, contentType: string): Promise<string> {
  const response = await testApp.app.request(path);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('content-type'), contentType);
  return response.text();
}

/** Keeps the parser's raw entry beside its normalized fields, for authors and categories. */
const keepRaw = { getExtraEntryFields: (entry: unknown) => ({ raw: entry }) };

function entryOf<T extends { link?: string }>(entries: T[] | undefined, slug: string): T {
  const entry = entries?.find((candidate) => candidate.link === `${site}/en/articles/${slug}`);
  assert.ok(entry, `the feed has ${slug}`);
  return entry;
}

function assertOnlyPublished(entries: { link?: string; title?: string }[] | undefined) {
  const links = (entries ?? []).map((entry) => entry.link);
  assert.equal(links.length, feedLength);
  assert.equal(links[0], `${site}/en/articles/cyber-nuclear`, 'newest first');
  assert.equal(links[1], `${site}/en/articles/oceans-meeting`);
  assert.ok(!links.some((link) => link?.includes('a-draft') || link?.includes('tomorrow')));
  assert.ok(!links.includes(`${site}/en/articles/older-${feedLength - 1}`), 'at most 20');
  assert.ok(!(entries ?? []).some((entry) => entry.title === 'Half-written new title'));
  assert.ok(!links.some((link) => link?.includes('/ru/')));
}

test('the RSS feed lists the newest published English articles with public authors only', async () => {
  const xml = await fetchFeed(sitePaths.feed('en', 'rss'), 'application/rss+xml; charset=utf-8');
  const feed = extractFromXml(xml, keepRaw);
  assert.equal(feed.link, `${site}/en/articles`);
  assert.equal(feed.language, 'en');
  assertOnlyPublished(feed.entries);
  const oceans = entryOf(feed.entries, 'oceans-meeting');
  assert.equal(oceans.title, 'Scientists meet on the Southern Ocean');
  assert.equal(new Date(String(oceans.published)).getTime(), withoutMs(firstPublished));
  const raw = rawOf(oceans);
  assert.deepEqual(raw.author, 'Vera Public Writer');
  assert.deepEqual(raw.category, ['oceans', 'science']);
  const content = String(raw['content:encoded']);
  assert.match(content, /href="https:\/\/tracktwo\.example\/en\/articles\/cyber-nuclear"/);
  assert.match(content, /<em>spring<\/em>/);
  assert.doesNotMatch(content, /script/);
  assert.doesNotMatch(xml, /Hidden Staff Writer/);
});

test('the Atom feed has updated dates from the later publication and public authors only', async () => {
  const xml = await fetchFeed(sitePaths.feed('en', 'atom'), 'application/atom+xml; charset=utf-8');
  const feed = extractFromXml(xml, keepRaw);
  assertOnlyPublished(feed.entries);
  const cyber = entryOf(feed.entries, 'cyber-nuclear');
  const raw = rawOf(cyber);
  assert.equal(new Date(String(raw.updated)).getTime(), secondRevised.getTime());
  assert.equal(new Date(String(raw.published)).getTime(), secondPublished.getTime());
  assert.equal(raw.author, undefined, 'the only author is not public');
  const oceans = entryOf(feed.entries, 'oceans-meeting');
  const oceansRaw = rawOf(oceans);
  assert.deepEqual(oceansRaw.author, { name: 'Vera Public Writer', uri: authorUri(oceansRaw) });
  assert.match(
    authorUri(oceansRaw),
    /^https:\/\/tracktwo\.example\/en\/articles\/authors\/[0-9a-f-]{36}$/,
  );
  assert.doesNotMatch(xml, /Hidden Staff Writer/);
});

test('the JSON Feed carries the same articles, dates and tags', async () => {
  const json = await fetchFeed(
    sitePaths.feed('en', 'json'),
    'application/feed+json; charset=utf-8',
  );
  const feed = extractFromJson(json, keepRaw);
  assertOnlyPublished(feed.entries);
  const oceans = entryOf(feed.entries, 'oceans-meeting');
  const raw = rawOf(oceans);
  assert.deepEqual(raw.tags, ['oceans', 'science']);
  assert.equal(new Date(String(raw.date_published)).getTime(), firstPublished.getTime());
  assert.deepEqual((raw.author as { name: string }).name, 'Vera Public Writer');
  const cyber = rawOf(entryOf(feed.entries, 'cyber-nuclear'));
  assert.equal(new Date(String(cyber.date_modified)).getTime(), secondRevised.getTime());
  assert.equal(cyber.author, undefined);
  assert.doesNotMatch(json, /Hidden Staff Writer|Half-written/);
});

test('each language has its own feed, and an unknown language has none', async () => {
  const xml = await fetchFeed(sitePaths.feed('ru', 'rss'), 'application/rss+xml; charset=utf-8');
  const feed = extractFromXml(xml);
  assert.deepEqual(
    feed.entries?.map((entry) => entry.link),
    [`${site}/ru/articles/vstrecha`],
  );
  assert.equal(feed.title, 'tracktwo: Статьи');
  // (This parser takes an Atom feed without entries for no feed at all, so RSS shows it.)
  const empty = extractFromXml(
    await fetchFeed(sitePaths.feed('uk', 'rss'), 'application/rss+xml; charset=utf-8'),
  );
  assert.deepEqual(empty.entries, []);
  for (const path of [
    '/xx/articles/feed.rss',
    '/english/articles/feed.rss',
    '/ren/articles/feed.rss',
  ]) {
    assert.equal((await testApp.app.request(path)).status, 404, path);
  }
});

function rawOf(entry: object): Record<string, unknown> {
  return (entry as { raw: Record<string, unknown> }).raw;
}

function authorUri(raw: Record<string, unknown>): string {
  return String((raw.author as { uri?: string }).uri);
}

/** RSS dates have whole seconds. */
function withoutMs(date: Date): number {
  return Math.floor(date.getTime() / 1000) * 1000;
}
