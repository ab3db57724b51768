// The public pages: the home page at / and /{locale}/, every other page at /{locale}/{slug},
// what is visible when, translations, and hostile Markdown made harmless.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { days, insertArticle, insertPage, insertProgram } from '../testing.ts';
import { pages } from './tables.ts';

const site = 'https://tracktwo.example';
const now = Date.now();
const daysAgo = (count: number) => new Date(now - days(count));
let testApp: TestApp;

async function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; html: string; location: string }> {
  const response = await testApp.app.request(path, { headers });
  return {
    status: response.status,
    html: await response.text(),
    location: response.headers.get('location') ?? '',
  };
}

before(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_URL: site } });
  const { db } = testApp.deps;
  const homeKey = randomUUID();
  const missionKey = randomUUID();
  await insertPage(db, {
    locale: 'en',
    slug: 'home',
    title: 'People across borders',
    body: 'We bring people together.',
    publishAt: daysAgo(10),
    translationKey: homeKey,
  });
  await insertPage(db, {
    locale: 'ru',
    slug: 'home',
    title: 'Люди поверх границ',
    body: 'Мы сводим людей вместе.',
    publishAt: daysAgo(10),
    translationKey: homeKey,
  });
  await insertPage(db, {
    locale: 'en',
    slug: 'mission',
    title: 'Our mission',
    body: '## Why\n\nTo keep talking when governments cannot.',
    publishAt: daysAgo(5),
    translationKey: missionKey,
  });
  await insertPage(db, {
    locale: 'uk',
    slug: 'misiia',
    title: 'Наша місія',
    publishAt: daysAgo(5),
    translationKey: missionKey,
  });
  await insertPage(db, {
    locale: 'ru',
    slug: 'missiia',
    title: 'Черновик миссии',
    translationKey: missionKey,
  });
  await insertPage(db, { locale: 'en', slug: 'contact', title: 'Contact (draft)' });
  await insertPage(db, {
    locale: 'en',
    slug: 'origins',
    title: 'Origins',
    publishAt: new Date(now + days(2)),
  });
  await insertPage(db, {
    locale: 'en',
    slug: 'donate',
    title: 'Support the work',
    body: 'Every gift keeps a conversation going.',
    publishAt: daysAgo(1),
  });
  await insertPage(db, {
    locale: 'en',
    slug: 'hostile',
    title: 'Hostile page',
    publishAt: daysAgo(1),
    body: '<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="alert(2)">x</a>\n\n<img src="https://evil.example/p.gif" onerror="alert(3)">',
  });
  await insertProgram(db, {
    slug: 'one-network',
    texts: { en: { name: 'One Network', summary: 'Across regions.' } },
  });
  await insertArticle(db, {
    locale: 'en',
    slug: 'latest-news',
    title: 'Latest news from the network',
    publishAt: daysAgo(1),
  });
});

after(() => testApp.close());

describe('the home page', () => {
  test('/ shows the home page in the negotiated language, with /{locale}/ as its address', async () => {
    const russian = await get('/', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    assert.equal(russian.status, 200);
    assert.match(russian.html, /<h1>Люди поверх границ<\/h1>/);
    assert.match(russian.html, /<link rel="canonical" href="https:\/\/tracktwo.example\/ru\/"/);
    const english = await get('/', { 'accept-language': 'en' });
    assert.match(english.html, /<h1>People across borders<\/h1>/);
  });

  test('/{locale}/ shows the editors’ text, current programs and the latest articles', async () => {
    const { status, html } = await get('/en/');
    assert.equal(status, 200);
    assert.match(html, /We bring people together/);
    assert.match(html, /<a href="\/en\/programs\/one-network">One Network<\/a>/);
    assert.match(html, /<a href="\/en\/articles\/latest-news">Latest news from the network<\/a>/);
    assert.match(
      html,
      /<link rel="alternate" hreflang="ru" href="https:\/\/tracktwo.example\/ru\/"/,
    );
  });

  test('a language without a home page still has one, and /{locale} leads to it', async () => {
    const { status, html } = await get('/uk/');
    assert.equal(status, 200);
    assert.match(html, /<h1>/);
    const bare = await get('/uk');
    assert.equal(bare.status, 301);
    assert.equal(bare.location, '/uk/');
    assert.equal((await get('/en/home')).status, 404);
  });
});

describe('a page', () => {
  test('a published page is there with its canonical address and description', async () => {
    const { status, html } = await get('/en/mission');
    assert.equal(status, 200);
    assert.match(html, /<h1>Our mission<\/h1>/);
    assert.match(html, /<h2>Why<\/h2>/);
    assert.match(html, /<link rel="canonical" href="https:\/\/tracktwo.example\/en\/mission"/);
    assert.match(html, /<meta property="og:type" content="website"/);
  });

  test('the donate page is an ordinary page', async () => {
    const { status, html } = await get('/en/donate');
    assert.equal(status, 200);
    assert.match(html, /Every gift keeps a conversation going/);
  });

  test('a draft, a scheduled page and an unknown one are the same 404', async () => {
    const draft = await get('/en/contact');
    const scheduled = await get('/en/origins');
    const unknown = await get('/en/no-such-page');
    for (const answer of [draft, scheduled, unknown]) assert.equal(answer.status, 404);
    assert.equal(draft.html, unknown.html);
    assert.equal(scheduled.html, unknown.html);
  });

  test('a scheduled page appears once its time has come', async () => {
    const { db } = testApp.deps;
    await db
      .update(pages)
      .set({ publishAt: daysAgo(1) })
      .where(eq(pages.slug, 'origins'));
    assert.equal((await get('/en/origins')).status, 200);
  });

  test('translations link both ways, only where published; the switcher lands on them', async () => {
    const english = await get('/en/mission');
    assert.match(
      english.html,
      /<link rel="alternate" hreflang="uk" href="https:\/\/tracktwo.example\/uk\/misiia"/,
    );
    assert.doesNotMatch(english.html, /hreflang="ru" href="https/);
    assert.match(english.html, /<a href="\/uk\/misiia" lang="uk" hreflang="uk"/);
    assert.match(english.html, /<a href="\/ru\/" lang="ru" hreflang="ru"/);
    const ukrainian = await get('/uk/misiia');
    assert.match(
      ukrainian.html,
      /<link rel="alternate" hreflang="en" href="https:\/\/tracktwo.example\/en\/mission"/,
    );
    assert.match(ukrainian.html, /<a href="\/en\/mission" lang="en" hreflang="en"/);
    assert.equal((await get('/ru/missiia')).status, 404);
  });

  test('hostile Markdown in a page is rendered harmless', async () => {
    const { status, html } = await get('/en/hostile');
    assert.equal(status, 200);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    assert.doesNotMatch(main, /<script|onclick|onerror|javascript:|evil\.example/);
  });

  test('addresses of other shapes are left to other routes', async () => {
    assert.equal((await get('/en/Mission')).status, 404);
    assert.equal((await get('/english')).status, 404);
    assert.equal((await get('/xx/mission')).status, 404);
  });
});
