// The newsletter on the public site: only public issues that were sent appear, in the archive,
// as web versions and in the feeds (parsed by a real feed parser); anything else is the 404.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extractFromXml } from '@extractus/feed-extractor';
import { eq, inArray } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { newsletterIssues } from '../tables.ts';
import { issuesPerArchivePage } from './public-issues.ts';
import { insertSampleIssue } from './testing.ts';

const site = 'https://tracktwo.example';
let testApp: TestApp;

before(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_URL: site } });
  const { db } = testApp.deps;
  const publicSent = await insertSampleIssue(db, {
    number: 10,
    count: 4,
    title: 'Public and sent',
    editorNote: 'See [our notes](/en/articles/notes).<script>alert(1)</script>',
    public: true,
  });
  const privateSent = await insertSampleIssue(db, {
    number: 11,
    count: 1,
    title: 'Private and sent',
  });
  await insertSampleIssue(db, { number: 12, count: 1, title: 'Public draft', public: true });
  // Enough older public issues to need a second archive page.
  const older: string[] = [];
  for (let number = 1; number <= issuesPerArchivePage; number += 1) {
    older.push(
      await insertSampleIssue(db, {
        number: number + 100,
        count: 0,
        title: `Older ${number}`,
        public: true,
      }),
    );
  }
  await db
    .update(newsletterIssues)
    .set({ status: 'sent', sentAt: new Date('2026-11-20T09:00:00Z') })
    .where(inArray(newsletterIssues.id, [publicSent, privateSent, ...older]));
  await db
    .update(newsletterIssues)
    .set({ sentAt: new Date('2026-01-01T09:00:00Z') })
    .where(inArray(newsletterIssues.id, older));
  await db
    .update(newsletterIssues)
    .set({ sentAt: new Date('2026-11-27T09:00:00Z') })
    .where(eq(newsletterIssues.id, publicSent));
});

after(() => testApp.close());

const get = (path: string) => testApp.app.request(path);

test('the archive lists public sent issues only, newest number first, over pages', async () => {
  const first = await get('/en/newsletter');
  assert.equal(first.status, 200);
  const html = await first.text();
  assert.ok(
    html.includes('Older 20') && !html.includes('Public and sent'),
    'numbers 101-120 come first',
  );
  assert.ok(!html.includes('Private and sent') && !html.includes('Public draft'));
  assert.match(html, /<link rel="canonical" href="https:\/\/tracktwo\.example\/en\/newsletter"/);
  assert.match(html, /application\/rss\+xml/);
  const second = await (await get('/en/newsletter/page/2')).text();
  assert.ok(second.includes('Public and sent') && second.includes('/en/newsletter/10'));
  assert.equal((await get('/en/newsletter/page/3')).status, 404);
  assert.equal((await get('/en/newsletter/page/1')).status, 301);
});

test('the web version shows a public sent issue, and nothing else', async () => {
  const page = await get('/ru/newsletter/10');
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.ok(html.includes('Public and sent') && html.includes('Война России и Украины'));
  assert.ok(html.includes(`href="${site}/en/articles/notes"`));
  assert.ok(!html.includes('alert(1)'));
  assert.ok(
    !/unsubscribe|preferences/i.test(html.replace(/<header[\s\S]*?<\/header>/, '')),
    'no personal links',
  );
  for (const number of [11, 12, 13, 999]) {
    assert.equal((await get(`/en/newsletter/${number}`)).status, 404, `issue ${number}`);
  }
});

test('the RSS and Atom feeds carry the 20 newest public sent issues', async () => {
  for (const [format, type] of [
    ['rss', 'application/rss+xml; charset=utf-8'],
    ['atom', 'application/atom+xml; charset=utf-8'],
  ] as const) {
    const response = await get(`/en/newsletter/feed.${format}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), type);
    const xml = await response.text();
    const feed = extractFromXml(xml);
    const links = (feed.entries ?? []).map((entry) => entry.link);
    assert.equal(links.length, 20);
    assert.equal(links[0], `${site}/en/newsletter/120`, format);
    assert.ok(
      !links.includes(`${site}/en/newsletter/10`),
      'the 21st newest is left to the archive',
    );
    assert.ok(
      !links.includes(`${site}/en/newsletter/11`) && !links.includes(`${site}/en/newsletter/12`),
    );
    assert.ok(!xml.includes('Private and sent') && !xml.includes('<script>'));
  }
});
