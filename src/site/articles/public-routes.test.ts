// The article archive as the public reads it: what is visible when, pages of the archive and of
// a tag, previous/next and related articles, translations, authors through the privacy gate,
// and hostile Markdown made harmless.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { media } from '../../core/media/tables.ts';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { days, insertArticle, insertPerson, insertProgram } from '../testing.ts';
import { articlePrograms, articles } from './tables.ts';

const site = 'https://tracktwo.example';
const now = Date.now();
const daysAgo = (count: number) => new Date(now - days(count));
let testApp: TestApp;
let publicAuthor: string;
let networkAuthor: string;

async function get(path: string): Promise<{ status: number; html: string; location: string }> {
  const response = await testApp.app.request(path);
  return {
    status: response.status,
    html: await response.text(),
    location: response.headers.get('location') ?? '',
  };
}

function titlesIn(html: string): string[] {
  return [...html.matchAll(/<li><h[23]><a href="[^"]+">([^<]+)<\/a>/g)].map(
    (match) => match[1] ?? '',
  );
}

before(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_URL: site } });
  const { db } = testApp.deps;
  publicAuthor = await insertPerson(db, 'Vera Public Writer', 'public');
  networkAuthor = await insertPerson(db, 'Nadia Network Writer', 'network');
  const translationKey = randomUUID();
  const oceans = await insertProgram(db, {
    slug: 'oceans-22',
    texts: { en: { name: 'Oceans 22' }, ru: { name: 'Океаны 22' } },
  });
  const southern = await insertArticle(db, {
    locale: 'en',
    slug: 'southern-ocean',
    title: 'Scientists meet on the Southern Ocean',
    summary: 'Marine biologists from both sides met in Europe.',
    body: 'They met in *spring*.',
    publishAt: daysAgo(30),
    revisedAt: daysAgo(2),
    translationKey,
    authors: [publicAuthor, networkAuthor],
    tags: ['oceans', 'science'],
    unpublishedDraftTitle: 'Half-written new title',
  });
  await insertArticle(db, {
    locale: 'ru',
    slug: 'yuzhnyi-okean',
    title: 'Учёные о Южном океане',
    publishAt: daysAgo(29),
    translationKey,
  });
  await insertArticle(db, {
    locale: 'uk',
    slug: 'pivdennyi-okean',
    title: 'Чернетка перекладу',
    translationKey,
  });
  await insertArticle(db, {
    locale: 'en',
    slug: 'krill-count',
    title: 'Counting krill',
    publishAt: daysAgo(31),
    tags: ['oceans'],
  });
  const antarctic = await insertArticle(db, {
    locale: 'en',
    slug: 'antarctic-treaty',
    title: 'An Antarctic treaty',
    publishAt: daysAgo(40),
  });
  await insertArticle(db, {
    locale: 'en',
    slug: 'cyber-nuclear',
    title: 'Cyber and nuclear threats',
    publishAt: daysAgo(29),
    tags: ['nuclear risk'],
    authors: [networkAuthor],
  });
  await db.insert(articlePrograms).values([
    { articleId: southern, programId: oceans },
    { articleId: antarctic, programId: oceans },
  ]);
  await insertArticle(db, { locale: 'en', slug: 'a-draft', title: 'Draft never published' });
  await insertArticle(db, {
    locale: 'en',
    slug: 'tomorrow',
    title: 'Scheduled for tomorrow',
    publishAt: new Date(now + days(1)),
  });
  await insertArticle(db, {
    locale: 'en',
    slug: 'hostile',
    title: 'Hostile text',
    publishAt: daysAgo(200),
    body: [
      '<script>window.pwned = 1</script>',
      '<img src=x onerror="window.pwned = 2">',
      '[click](javascript:window.pwned=3)',
      '<iframe src="https://evil.example/" title="x"></iframe>',
      '<iframe src="https://player.vimeo.com/video/1" title="A talk"></iframe>',
      '<svg onload="window.pwned = 4"></svg>',
    ].join('\n\n'),
  });
  // Older articles in Ukrainian fill the pages of the archive in that language.
  for (let index = 1; index <= 23; index += 1) {
    await insertArticle(db, {
      locale: 'uk',
      slug: `stattia-${index}`,
      title: `Стаття ${index}`,
      publishAt: daysAgo(100 + index),
      tags: index % 2 === 0 ? ['парні'] : [],
    });
  }
});

after(() => testApp.close());

describe('visibility', () => {
  test('a published article shows its published revision, not the newer draft', async () => {
    const { status, html } = await get('/en/articles/southern-ocean');
    assert.equal(status, 200);
    assert.match(html, /<h1>Scientists meet on the Southern Ocean<\/h1>/);
    assert.doesNotMatch(html, /Half-written new title/);
  });

  test('a draft, a scheduled article and an unknown one are the same 404', async () => {
    const draft = await get('/en/articles/a-draft');
    const scheduled = await get('/en/articles/tomorrow');
    const unknown = await get('/en/articles/no-such-article');
    const wrongLanguage = await get('/ru/articles/southern-ocean');
    for (const answer of [draft, scheduled, unknown, wrongLanguage])
      assert.equal(answer.status, 404);
    assert.equal(draft.html, unknown.html);
    assert.equal(scheduled.html, unknown.html);
    const archive = await get('/en/articles');
    assert.doesNotMatch(archive.html, /Draft never published|Scheduled for tomorrow/);
  });

  test('a scheduled article appears once its time has come, and goes when unpublished', async () => {
    const { db } = testApp.deps;
    await db
      .update(articles)
      .set({ publishAt: daysAgo(1) })
      .where(eq(articles.slug, 'tomorrow'));
    assert.equal((await get('/en/articles/tomorrow')).status, 200);
    assert.match((await get('/en/articles')).html, /Scheduled for tomorrow/);
    await db
      .update(articles)
      .set({ publishedRevisionId: null })
      .where(eq(articles.slug, 'tomorrow'));
    assert.equal((await get('/en/articles/tomorrow')).status, 404);
    assert.doesNotMatch((await get('/en/articles')).html, /Scheduled for tomorrow/);
  });
});

describe('pages of lists', () => {
  test('the archive runs newest first, ten to a page, and past the last page is a 404', async () => {
    const first = await get('/uk/articles');
    assert.equal(first.status, 200);
    assert.deepEqual(titlesIn(first.html).slice(0, 2), ['Стаття 1', 'Стаття 2']);
    assert.equal(titlesIn(first.html).length, 10);
    assert.match(first.html, /<a href="\/uk\/articles\/page\/2" rel="next">/);
    assert.doesNotMatch(first.html, /rel="prev"/);
    const last = await get('/uk/articles/page/3');
    assert.deepEqual(titlesIn(last.html), ['Стаття 21', 'Стаття 22', 'Стаття 23']);
    assert.match(last.html, /<a href="\/uk\/articles\/page\/2" rel="prev">/);
    assert.match(
      last.html,
      /<link rel="canonical" href="https:\/\/tracktwo.example\/uk\/articles\/page\/3"/,
    );
    assert.equal((await get('/uk/articles/page/4')).status, 404);
    assert.equal((await get('/uk/articles/page/0')).status, 404);
    const pageOne = await get('/uk/articles/page/1');
    assert.equal(pageOne.status, 301);
    assert.equal(pageOne.location, '/uk/articles');
  });

  test('an empty archive is a page of its own, not a 404', async () => {
    const { status, html } = await get('/he/articles');
    assert.equal(status, 200);
    assert.equal(titlesIn(html).length, 0);
    assert.equal((await get('/he/articles/page/2')).status, 404);
  });

  test("a tag's articles, in pages; an unknown tag is a 404", async () => {
    const oceans = await get('/en/articles/tags/oceans');
    assert.equal(oceans.status, 200);
    assert.deepEqual(titlesIn(oceans.html), [
      'Scientists meet on the Southern Ocean',
      'Counting krill',
    ]);
    const spaced = await get(`/en/articles/tags/${encodeURIComponent('nuclear risk')}`);
    assert.deepEqual(titlesIn(spaced.html), ['Cyber and nuclear threats']);
    const even = await get(`/uk/articles/tags/${encodeURIComponent('парні')}/page/2`);
    assert.equal(even.status, 200);
    assert.equal(titlesIn(even.html).length, 1);
    assert.equal(
      (await get(`/uk/articles/tags/${encodeURIComponent('парні')}/page/3`)).status,
      404,
    );
    assert.equal((await get('/en/articles/tags/no-such-tag')).status, 404);
    assert.equal((await get('/ru/articles/tags/oceans')).status, 404);
  });
});

describe('an article page', () => {
  test('dates, tags and programs, with Open Graph and a canonical address', async () => {
    const { html } = await get('/en/articles/southern-ocean');
    assert.match(html, new RegExp(`<time datetime="${daysAgo(30).toISOString()}">`));
    assert.match(html, new RegExp(`Updated <time datetime="${daysAgo(2).toISOString()}">`));
    assert.match(html, /<a href="\/en\/articles\/tags\/oceans">oceans<\/a>/);
    assert.match(html, /<a href="\/en\/programs\/oceans-22">Oceans 22<\/a>/);
    assert.match(
      html,
      /<link rel="canonical" href="https:\/\/tracktwo.example\/en\/articles\/southern-ocean"/,
    );
    assert.match(html, /<meta property="og:type" content="article"/);
    assert.match(
      html,
      /<meta name="description" content="Marine biologists from both sides met in Europe."/,
    );
    assert.match(html, /<meta property="article:published_time"/);
  });

  test('previous and next are the neighbours in time in the same language', async () => {
    const { html } = await get('/en/articles/southern-ocean');
    assert.match(html, /<a href="\/en\/articles\/krill-count" rel="prev">/);
    assert.match(html, /<a href="\/en\/articles\/cyber-nuclear" rel="next">/);
    const oldest = await get('/en/articles/hostile');
    assert.doesNotMatch(oldest.html, /rel="prev"/);
    assert.match(oldest.html, /<a href="\/en\/articles\/antarctic-treaty" rel="next">/);
  });

  test('related articles share tags or programs', async () => {
    const { html } = await get('/en/articles/southern-ocean');
    const related = html.slice(html.indexOf('id="related-heading"'));
    assert.deepEqual(titlesIn(related).sort(), ['An Antarctic treaty', 'Counting krill']);
    const unrelated = await get('/en/articles/cyber-nuclear');
    assert.doesNotMatch(unrelated.html, /related-heading/);
  });

  test('translations link both ways; the switcher lands on them, or on the home page', async () => {
    const english = await get('/en/articles/southern-ocean');
    assert.match(
      english.html,
      /<link rel="alternate" hreflang="ru" href="https:\/\/tracktwo.example\/ru\/articles\/yuzhnyi-okean"/,
    );
    assert.match(
      english.html,
      /<link rel="alternate" hreflang="en" href="https:\/\/tracktwo.example\/en\/articles\/southern-ocean"/,
    );
    assert.doesNotMatch(english.html, /hreflang="uk" href="https/);
    assert.match(english.html, /<a href="\/ru\/articles\/yuzhnyi-okean" lang="ru" hreflang="ru"/);
    assert.match(english.html, /<a href="\/uk\/" lang="uk" hreflang="uk"/);
    const russian = await get('/ru/articles/yuzhnyi-okean');
    assert.match(
      russian.html,
      /<link rel="alternate" hreflang="en" href="https:\/\/tracktwo.example\/en\/articles\/southern-ocean"/,
    );
    assert.match(russian.html, /<a href="\/en\/articles\/southern-ocean" lang="en" hreflang="en"/);
    assert.equal((await get('/uk/articles/pivdennyi-okean')).status, 404);
  });

  test('a cover is a picture with modern formats and the link preview image', async () => {
    const { db } = testApp.deps;
    const [cover] = await db
      .insert(media)
      .values({ width: 1600, height: 900, altText: 'Ice at dawn' })
      .returning({ id: media.id });
    assert.ok(cover);
    await db
      .update(articles)
      .set({ coverMediaId: cover.id })
      .where(eq(articles.slug, 'krill-count'));
    const { html } = await get('/en/articles/krill-count');
    assert.match(html, /<picture class="article-cover"><source type="image\/avif"/);
    assert.match(html, /alt="Ice at dawn"/);
    assert.match(
      html,
      new RegExp(`<meta property="og:image" content="${site}/media/${cover.id}/1280.jpg"`),
    );
  });
});

describe('authors through the privacy gate', () => {
  test('a public author is named and linked; a network author is not named at all', async () => {
    const { html } = await get('/en/articles/southern-ocean');
    assert.match(
      html,
      new RegExp(`<a href="/en/articles/authors/${publicAuthor}">Vera Public Writer</a>`),
    );
    assert.doesNotMatch(html, /Nadia Network Writer/);
    assert.doesNotMatch(html, new RegExp(networkAuthor));
    const onlyHidden = await get('/en/articles/cyber-nuclear');
    assert.doesNotMatch(onlyHidden.html, /Nadia Network Writer|articles\/authors/);
  });

  test("a public author's page lists their articles; anyone else's is the same 404", async () => {
    const author = await get(`/en/articles/authors/${publicAuthor}`);
    assert.equal(author.status, 200);
    assert.deepEqual(titlesIn(author.html), ['Scientists meet on the Southern Ocean']);
    const hidden = await get(`/en/articles/authors/${networkAuthor}`);
    const unknown = await get(`/en/articles/authors/${randomUUID()}`);
    const malformed = await get('/en/articles/authors/not-an-id');
    for (const answer of [hidden, unknown, malformed]) assert.equal(answer.status, 404);
    assert.equal(hidden.html, unknown.html);
  });
});

test('hostile Markdown in an article is rendered harmless', async () => {
  const { status, html } = await get('/en/articles/hostile');
  assert.equal(status, 200);
  const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</article>'));
  assert.doesNotMatch(body, /<script|onerror|onload|<svg|="[^"]*javascript:/);
  assert.doesNotMatch(body, /<iframe src="https:\/\/evil/);
  assert.match(
    body,
    /<iframe src="https:\/\/player.vimeo.com\/video\/1" title="A talk"[^>]*sandbox=/,
  );
});
