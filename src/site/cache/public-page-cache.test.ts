// The public page cache over the real application: what it keeps, for whom, and when a copy
// goes stale (publishing, a change to people, a scheduled moment). The access log tells a hit
// (cache: 'hit') from a page drawn afresh.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { people } from '../../people/tables.ts';
import { pageRevisions, pages } from '../pages/tables.ts';
import { days, insertArticle, insertPage, insertPerson } from '../testing.ts';

const logLines: string[] = [];
let testApp: TestApp;

before(async () => {
  testApp = await buildTestApp({ logTo: { write: (line: string) => void logLines.push(line) } });
});
after(() => testApp.close());

/** A request, with what the access log said about it. */
async function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ response: Response; body: string; hit: boolean; status: number }> {
  logLines.length = 0;
  const response = await testApp.app.request(path, { method, headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  const body = (
    bytes.length === 0
      ? bytes
      : encoding === 'br'
        ? brotliDecompressSync(bytes)
        : encoding === 'gzip'
          ? gunzipSync(bytes)
          : bytes
  ).toString('utf8');
  const entries = logLines.map((line) => JSON.parse(line)).filter((e) => e.msg === 'request');
  assert.equal(entries.length, 1, `one access log line for ${path}`);
  return { response, body, hit: entries[0].cache === 'hit', status: response.status };
}

test('a second visit is answered from memory, with the same page and every security header', async () => {
  await insertPage(testApp.deps.db, {
    locale: 'en',
    slug: 'mission',
    title: 'Our mission today',
    publishAt: new Date(Date.now() - days(1)),
  });
  const first = await get('/en/mission', { 'accept-encoding': 'br' });
  assert.equal(first.status, 200);
  assert.equal(first.hit, false);
  const second = await get('/en/mission', { 'accept-encoding': 'br' });
  assert.equal(second.hit, true);
  assert.equal(second.body, first.body);
  assert.match(second.body, /Our mission today/);
  for (const { response } of [first, second]) {
    const headers = response.headers;
    assert.equal(headers.get('content-language'), 'en');
    assert.equal(headers.get('x-frame-options'), 'DENY');
    assert.equal(headers.get('referrer-policy'), 'no-referrer');
    assert.ok(headers.get('x-request-id'));
    const policy = headers.get('content-security-policy') ?? '';
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self'/);
    assert.doesNotMatch(policy, /nonce-/, 'a shared copy carries no nonce');
    assert.deepEqual(headers.getSetCookie(), [], 'a public page sets no cookie');
  }
  // Each encoding is its own copy of the same page.
  const plain = await get('/en/mission');
  assert.equal(plain.response.headers.get('content-encoding'), null);
  assert.equal(plain.body, first.body);
  const gzip = await get('/en/mission', { 'accept-encoding': 'gzip' });
  assert.equal(gzip.response.headers.get('content-encoding'), 'gzip');
  assert.equal(gzip.hit, true);
});

test('publishing a new revision is shown at once', async () => {
  const { db } = testApp.deps;
  const pageId = await insertPage(db, {
    locale: 'en',
    slug: 'origins',
    title: 'Origins, first version',
    publishAt: new Date(Date.now() - days(1)),
  });
  await get('/en/origins');
  assert.equal((await get('/en/origins')).hit, true);
  const [revision] = await db
    .insert(pageRevisions)
    .values({ pageId, title: 'Origins, second version', body: '' })
    .returning({ id: pageRevisions.id });
  await db.update(pages).set({ publishedRevisionId: revision?.id }).where(eq(pages.id, pageId));
  const after = await get('/en/origins');
  assert.equal(after.hit, false);
  assert.match(after.body, /Origins, second version/);
});

test('a change to people (an author no longer public) is shown at once', async () => {
  const { db } = testApp.deps;
  const author = await insertPerson(db, 'Irina Public Author', 'public');
  await insertArticle(db, {
    locale: 'en',
    slug: 'on-the-river',
    title: 'Talks on the river',
    publishAt: new Date(Date.now() - days(3)),
    authors: [author],
  });
  const before = await get('/en/articles/on-the-river');
  assert.match(before.body, /Irina Public Author/);
  assert.equal((await get('/en/articles/on-the-river')).hit, true);
  await db.update(people).set({ tier: 'network' }).where(eq(people.id, author));
  const after = await get('/en/articles/on-the-river');
  assert.equal(after.hit, false);
  assert.equal(after.status, 200);
  assert.doesNotMatch(after.body, /Irina Public Author/);
});

test('a scheduled article appears exactly when it is due, with no one writing anything', async () => {
  const due = Date.now() + 1500;
  await insertArticle(testApp.deps.db, {
    locale: 'en',
    slug: 'scheduled-for-later',
    title: 'An article scheduled for later',
    publishAt: new Date(due),
  });
  const early = await get('/en/articles');
  assert.doesNotMatch(early.body, /An article scheduled for later/);
  assert.equal((await get('/en/articles')).hit, true, 'kept until the moment it is due');
  assert.equal((await get('/en/articles/scheduled-for-later')).status, 404);
  await new Promise((resolve) => setTimeout(resolve, due - Date.now() + 5));
  const onTime = await get('/en/articles');
  assert.equal(onTime.hit, false);
  assert.match(onTime.body, /An article scheduled for later/);
  assert.equal((await get('/en/articles/scheduled-for-later')).status, 200);
});

test('a hidden or missing page is never kept, and never answered as found', async () => {
  await insertPage(testApp.deps.db, { locale: 'en', slug: 'unpublished', title: 'A draft' });
  for (const path of ['/en/unpublished', '/en/unpublished', '/en/no-such-page']) {
    const answer = await get(path);
    assert.equal(answer.status, 404);
    assert.equal(answer.hit, false);
  }
});

test('signed-in visitors, query strings and other addresses always get a page drawn for them', async () => {
  await get('/en/');
  assert.equal((await get('/en/')).hit, true);
  const cookie = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
  const signedIn = await get('/en/', { cookie });
  assert.equal(signedIn.hit, false);
  assert.match(signedIn.body, /action="\/sign-out"/);
  assert.equal((await get('/en/', { cookie })).hit, false);
  assert.equal((await get('/en/?utm=1')).hit, false);
  assert.equal((await get('/en/?utm=1')).hit, false);
  await get('/sign-in');
  assert.equal((await get('/sign-in')).hit, false);
});

test('the home page at / is kept once per language', async () => {
  const english = await get('/', { 'accept-language': 'en' });
  const russian = await get('/', { 'accept-language': 'ru-RU,ru;q=0.9' });
  assert.match(english.body, /<html lang="en"/);
  assert.match(russian.body, /<html lang="ru"/);
  const russianAgain = await get('/', { 'accept-language': 'ru' });
  assert.equal(russianAgain.hit, true);
  assert.match(russianAgain.body, /<html lang="ru"/);
  const chosen = await get('/', { 'accept-language': 'ru', cookie: 'tt_lang=he' });
  assert.match(chosen.body, /<html lang="he"/);
  assert.match(russianAgain.response.headers.get('vary') ?? '', /Accept-Language, Cookie/);
});

test('HEAD answers with the headers of GET and no body; a known ETag gets 304', async () => {
  const full = await get('/en/', { 'accept-encoding': 'br' });
  const head = await get('/en/', { 'accept-encoding': 'br' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  assert.equal(head.hit, true);
  assert.equal(
    head.response.headers.get('content-length'),
    full.response.headers.get('content-length'),
  );
  const etag = full.response.headers.get('etag') ?? '';
  assert.match(etag, /^W\/"/);
  const again = await get('/en/', { 'accept-encoding': 'br', 'if-none-match': etag });
  assert.equal(again.status, 304);
  assert.equal(again.body, '');
  assert.equal(again.response.headers.get('etag'), etag);
  const other = await get('/en/', { 'accept-encoding': 'br', 'if-none-match': 'W/"other"' });
  assert.equal(other.status, 200);
});

test('visitors who ask for a page while it is being drawn wait for that one drawing', async () => {
  await insertPage(testApp.deps.db, {
    locale: 'en',
    slug: 'track-two',
    title: 'What track-two diplomacy is',
    publishAt: new Date(Date.now() - days(1)),
  });
  logLines.length = 0;
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => testApp.app.request('/en/track-two')),
  );
  const bodies = new Set(await Promise.all(answers.map((answer) => answer.text())));
  assert.deepEqual(
    answers.map((answer) => answer.status),
    Array(10).fill(200),
  );
  assert.equal(bodies.size, 1);
  const entries = logLines.map((line) => JSON.parse(line)).filter((e) => e.msg === 'request');
  assert.equal(entries.length, 10);
  assert.equal(entries.filter((entry) => entry.cache !== 'hit').length, 1, 'drawn once');
});
