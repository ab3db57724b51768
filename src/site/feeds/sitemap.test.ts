// sitemap.xml and robots.txt as a crawler reads them: the sitemap parsed back into entries must
// list every published address with its date and language versions, and nothing unpublished.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { parseSitemap } from 'sitemap';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import {
  days,
  insertArticle,
  insertPage,
  insertPerson,
  insertProgram,
  insertTimelineEntry,
} from '../testing.ts';

const site = 'https://tracktwo.example';
let testApp: TestApp;
const now = Date.now();
const homePublished = new Date(now - days(5));
const articlePublished = new Date(now - days(4));
const articleRevised = new Date(now - days(1));

before(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_URL: site } });
  const { db } = testApp.deps;
  const home = crypto.randomUUID();
  await insertPage(db, {
    locale: 'en',
    slug: 'home',
    title: 'Welcome',
    publishAt: homePublished,
    translationKey: home,
  });
  await insertPage(db, {
    locale: 'ru',
    slug: 'home',
    title: 'Добро пожаловать',
    publishAt: homePublished,
    translationKey: home,
  });
  await insertPage(db, {
    locale: 'en',
    slug: 'mission',
    title: 'Mission',
    publishAt: homePublished,
  });
  await insertPage(db, { locale: 'en', slug: 'contact', title: 'Contact (draft)' });
  await insertPage(db, {
    locale: 'en',
    slug: 'origins',
    title: 'Later',
    publishAt: new Date(now + days(2)),
  });
  const author = await insertPerson(db, 'Public Author', 'public');
  const oceans = crypto.randomUUID();
  await insertArticle(db, {
    locale: 'en',
    slug: 'oceans',
    title: 'Oceans',
    publishAt: articlePublished,
    revisedAt: articleRevised,
    translationKey: oceans,
    authors: [author],
    tags: ['oceans'],
  });
  await insertArticle(db, {
    locale: 'uk',
    slug: 'okeany',
    title: 'Океани',
    publishAt: articlePublished,
    translationKey: oceans,
  });
  await insertArticle(db, { locale: 'en', slug: 'unfinished', title: 'Unfinished' });
  const program = await insertProgram(db, {
    slug: 'oceans-22',
    texts: { en: { name: 'Oceans 22' }, ru: { name: 'Океаны 22' } },
    partnerName: 'Marine Institute',
  });
  await insertProgram(db, {
    slug: 'hidden-program',
    texts: { en: { name: 'Hidden' } },
    published: false,
  });
  await insertTimelineEntry(db, {
    year: 1982,
    texts: { en: { title: 'Spacebridges' }, ru: { title: 'Телемосты' } },
  });
  await insertTimelineEntry(db, {
    year: 2022,
    texts: { en: { title: 'Oceans 2022' } },
    programId: program,
  });
});

after(() => testApp.close());

test('sitemap.xml lists every published address with its date and language versions', async () => {
  const response = await testApp.app.request('/sitemap.xml');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
  const entries = await parseSitemap(Readable.from([await response.text()]));
  const byUrl = new Map(entries.map((entry) => [entry.url.replace(site, ''), entry]));
  assert.deepEqual(
    [...byUrl.keys()].sort(),
    [
      '/en/',
      '/en/articles',
      '/en/articles/oceans',
      '/en/mission',
      '/en/partners',
      '/en/programs',
      '/en/programs/oceans-22',
      '/en/timeline',
      '/en/timeline/1980s',
      '/en/timeline/2020s',
      '/he/',
      '/ru/',
      '/ru/partners',
      '/ru/programs',
      '/ru/programs/oceans-22',
      '/ru/timeline',
      '/ru/timeline/1980s',
      '/uk/',
      '/uk/articles',
      '/uk/articles/okeany',
    ].sort(),
  );
  const article = byUrl.get('/en/articles/oceans');
  assert.equal(article?.lastmod, articleRevised.toISOString());
  assert.deepEqual(article?.links.map((link) => [link.lang, link.url]).sort(), [
    ['en', `${site}/en/articles/oceans`],
    ['uk', `${site}/uk/articles/okeany`],
  ]);
  assert.equal(byUrl.get('/uk/articles')?.lastmod, articlePublished.toISOString());
  assert.equal(byUrl.get('/en/')?.lastmod, homePublished.toISOString());
  assert.deepEqual(
    byUrl
      .get('/ru/')
      ?.links.map((link) => link.url)
      .sort(),
    [`${site}/en/`, `${site}/he/`, `${site}/ru/`, `${site}/uk/`],
  );
  assert.equal(byUrl.get('/uk/')?.lastmod, undefined, 'the greeting has no date of its own');
  assert.deepEqual(
    byUrl
      .get('/en/timeline/1980s')
      ?.links.map((link) => link.lang)
      .sort(),
    ['en', 'ru'],
  );
  assert.deepEqual(
    byUrl.get('/en/timeline/2020s')?.links.map((link) => link.lang),
    ['en'],
  );
});

test('robots.txt welcomes crawlers on the public site, keeps them out of the rest, names the sitemap', async () => {
  const response = await testApp.app.request('/robots.txt');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
  const lines = (await response.text()).split('\n');
  assert.equal(lines[0], 'User-agent: *');
  assert.ok(lines.includes('Allow: /'));
  for (const prefix of [
    '/edit',
    '/admin',
    '/me',
    '/directory',
    '/people',
    '/exports',
    '/sign-in',
  ]) {
    assert.ok(lines.includes(`Disallow: ${prefix}`), prefix);
  }
  assert.ok(lines.includes(`Sitemap: ${site}/sitemap.xml`));
  assert.ok(!lines.some((line) => line === 'Disallow: /' || line.startsWith('Disallow: /en')));
});
