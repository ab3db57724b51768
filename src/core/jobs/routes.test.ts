// /admin/jobs over HTTP, in-process, through the real application: real accounts and sessions,
// real CSRF tokens and the real flash cookie. One check mounts the routes bare, to prove they
// guard themselves wherever they are mounted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray, sql } from 'drizzle-orm';
import { signIn, signInAsAdministrator } from '../../accounts/testing.ts';
import { buildTestApp, mountAs, submitForm, type TestApp } from '../web/testing.ts';
import { createJobQueue } from './queue.ts';
import { jobsRoutes } from './routes.tsx';
import { jobs } from './tables.ts';
import { jobRow } from './testing.ts';

/** The `name=value` of a cookie a response sets, ready for a Cookie header. */
function setCookie(response: Response, name: string): string | undefined {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';', 1)[0] ?? '')
    .find((pair) => pair.startsWith(`${name}=`));
}

describe('/admin/jobs', () => {
  let t: TestApp;
  let failedIds: number[] = [];
  let administrator = '';
  let coordinator = '';

  const get = (path: string, cookie: string, headers: Record<string, string> = {}) =>
    t.app.request(path, { headers: { cookie, ...headers } });

  /** Posts a form the way a browser would: with the CSRF cookie and the token a page gave it. */
  function post(path: string, session: string): Promise<Response> {
    return submitForm(t, { cookie: session, from: '/', to: path });
  }

  before(async () => {
    t = await buildTestApp();
    const queue = createJobQueue(t.database.db);
    for (let n = 0; n < 53; n += 1) {
      await queue.enqueue('send-issue', { to: `reader${n}@example.org` });
    }
    await queue.enqueue('process-reply', { from: 'anna@example.org' });
    const rows = await t.database.db.select({ id: jobs.id }).from(jobs).orderBy(jobs.id);
    failedIds = rows.slice(0, 52).map((row) => row.id);
    await t.database.db
      .update(jobs)
      .set({
        state: 'failed',
        attempts: 5,
        lastError: 'Error: the relay refused the message\n    at send (mail.ts:1:1)',
        finishedAt: sql`now()`,
      })
      .where(inArray(jobs.id, failedIds));
    administrator = await signInAsAdministrator(t);
    coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
  });
  after(() => t.close());

  test('sends a signed-out visitor to sign in, also where the routes are mounted bare', async () => {
    const bare = mountAs(t.deps, { kind: 'anonymous' }, '/admin/jobs', jobsRoutes);
    for (const app of [t.app, bare]) {
      const response = await app.request('/admin/jobs');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/sign-in?next=%2Fadmin%2Fjobs');
    }
  });

  test('answers 404 to staff who are not administrators, and changes nothing', async () => {
    const [id] = failedIds;
    assert.equal((await get('/admin/jobs', coordinator)).status, 404);
    const retry = await post(`/admin/jobs/${id}/retry`, coordinator);
    assert.equal(retry.status, 404);
    assert.equal((await jobRow(t.database.db, id as number)).state, 'failed');
  });

  test('shows the counts and the failed jobs, fifty to a page, without payloads', async () => {
    const first = await (await get('/admin/jobs', administrator)).text();
    assert.match(first, /Failed: 52/);
    assert.match(first, /Waiting: 2/);
    assert.match(first, /<th scope="row">send-issue<\/th>/);
    assert.equal(first.match(/action="\/admin\/jobs\/\d+\/retry"/g)?.length, 50);
    assert.match(first, /<summary>Error: the relay refused the message<\/summary>/);
    assert.match(first, /href="\/admin\/jobs\?state=failed&amp;page=2" rel="next"/);
    assert.ok(!first.includes('example.org'), 'no payload content');
    const second = await (await get('/admin/jobs?state=failed&page=2', administrator)).text();
    assert.equal(second.match(/action="\/admin\/jobs\/\d+\/retry"/g)?.length, 2);
    for (const query of ['page=3', 'page=0', 'page=two', 'state=lost']) {
      assert.equal((await get(`/admin/jobs?${query}`, administrator)).status, 404, query);
    }
  });

  test('lists another state, for one queue, in the viewer language', async () => {
    const response = await get('/admin/jobs?state=queued&queue=process-reply', administrator, {
      'accept-language': 'ru',
    });
    const page = await response.text();
    assert.match(page, /Ожидают: 1/);
    assert.match(page, /Только очередь process-reply\./);
    assert.equal(page.match(/<td>process-reply<\/td>/g)?.length, 1);
    assert.ok(!page.includes('/retry"'), 'only failed jobs can be retried');
  });

  test('retries a failed job, and only a failed job, and says so once', async () => {
    const id = failedIds[1] as number;
    const response = await post(`/admin/jobs/${id}/retry`, administrator);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin/jobs?state=failed');
    const row = await jobRow(t.database.db, id);
    assert.deepEqual([row.state, row.attempts], ['queued', 0]);

    const flash = setCookie(response, 'tt_flash');
    assert.ok(flash, 'the redirect carries a flash message');
    const shown = await get('/admin/jobs?state=failed', `${administrator}; ${flash}`);
    assert.match(await shown.text(), /role="status">The job is back in the queue/);
    assert.equal(setCookie(shown, 'tt_flash'), 'tt_flash=', 'shown once, then cleared');
    const plain = await (await get('/admin/jobs?state=failed', administrator)).text();
    assert.ok(!plain.includes('role="status"'), 'no message without the flash cookie');

    const again = await post(`/admin/jobs/${id}/retry`, administrator);
    assert.equal(again.status, 404);
    assert.equal(setCookie(again, 'tt_flash'), undefined);
    for (const bad of ['abc', '0', '12abc', '99999999']) {
      assert.equal((await post(`/admin/jobs/${bad}/retry`, administrator)).status, 404, bad);
    }
  });

  test('discards a failed job, and says so', async () => {
    const id = failedIds[2] as number;
    const response = await post(`/admin/jobs/${id}/discard`, administrator);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin/jobs?state=failed');
    const left = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    assert.equal(left.length, 0);
    const flash = setCookie(response, 'tt_flash');
    assert.ok(flash, 'the redirect carries a flash message');
    const shown = await get('/admin/jobs?state=failed', `${administrator}; ${flash}`, {
      'accept-language': 'uk',
    });
    assert.match(await shown.text(), /role="status">Завдання видалено\./);
  });
});
