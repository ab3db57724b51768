// /admin/jobs over HTTP, in-process. Until signed-in sessions are easy to make in tests, a small
// middleware sets the viewer in front of the real routes; the signed-out case also goes through
// the real app.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq, inArray, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Viewer } from '../privacy/viewer.ts';
import type { AppEnv } from '../web/context.ts';
import { chooseLocale, provideDeps } from '../web/request.ts';
import { buildTestApp, type TestApp } from '../web/testing.ts';
import { createJobQueue } from './queue.ts';
import { jobsRoutes } from './routes.tsx';
import { jobs } from './tables.ts';
import { jobRow } from './testing.ts';

function staff(roles: ('administrator' | 'coordinator')[]): Viewer {
  return {
    kind: 'account',
    accountId: randomUUID(),
    personId: null,
    roles,
    protectedClearance: false,
  };
}

describe('/admin/jobs', () => {
  let t: TestApp;
  let failedIds: number[] = [];
  const as = (viewer: Viewer) =>
    new Hono<AppEnv>()
      .use(provideDeps(t.deps), chooseLocale())
      .use(async function setViewer(c, next) {
        c.set('viewer', viewer);
        await next();
      })
      .route('/admin/jobs', jobsRoutes);
  const admin = () => as(staff(['administrator']));

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
  });
  after(() => t.close());

  test('sends a signed-out visitor to sign in', async () => {
    for (const app of [t.app, as({ kind: 'anonymous' })]) {
      const response = await app.request('/admin/jobs');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/sign-in?next=%2Fadmin%2Fjobs');
    }
  });

  test('answers 404 to staff who are not administrators, and changes nothing', async () => {
    const coordinator = as(staff(['coordinator']));
    const [id] = failedIds;
    assert.equal((await coordinator.request('/admin/jobs')).status, 404);
    const retry = await coordinator.request(`/admin/jobs/${id}/retry`, { method: 'POST' });
    assert.equal(retry.status, 404);
    assert.equal((await jobRow(t.database.db, id as number)).state, 'failed');
  });

  test('shows the counts and the failed jobs, fifty to a page, without payloads', async () => {
    const app = admin();
    const first = await (await app.request('/admin/jobs')).text();
    assert.match(first, /Failed: 52/);
    assert.match(first, /Waiting: 2/);
    assert.match(first, /<th scope="row">send-issue<\/th>/);
    assert.equal(first.match(/action="\/admin\/jobs\/\d+\/retry"/g)?.length, 50);
    assert.match(first, /<summary>Error: the relay refused the message<\/summary>/);
    assert.match(first, /href="\/admin\/jobs\?state=failed&amp;page=2" rel="next"/);
    assert.ok(!first.includes('example.org'), 'no payload content');
    const second = await (await app.request('/admin/jobs?state=failed&page=2')).text();
    assert.equal(second.match(/action="\/admin\/jobs\/\d+\/retry"/g)?.length, 2);
    for (const query of ['page=3', 'page=0', 'page=two', 'state=lost']) {
      assert.equal((await app.request(`/admin/jobs?${query}`)).status, 404, query);
    }
  });

  test('lists another state, for one queue, in the viewer language', async () => {
    const response = await admin().request('/admin/jobs?state=queued&queue=process-reply', {
      headers: { 'accept-language': 'ru' },
    });
    const page = await response.text();
    assert.match(page, /Ожидают: 1/);
    assert.match(page, /Только очередь process-reply\./);
    assert.equal(page.match(/<td>process-reply<\/td>/g)?.length, 1);
    assert.ok(!page.includes('/retry"'), 'only failed jobs can be retried');
  });

  test('retries a failed job, and only a failed job', async () => {
    const app = admin();
    const id = failedIds[1] as number;
    const response = await app.request(`/admin/jobs/${id}/retry`, { method: 'POST' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin/jobs?state=failed&done=retried');
    const row = await jobRow(t.database.db, id);
    assert.deepEqual([row.state, row.attempts], ['queued', 0]);
    const again = await app.request(`/admin/jobs/${id}/retry`, { method: 'POST' });
    assert.equal(again.status, 404);
    for (const bad of ['abc', '0', '12abc', '99999999']) {
      assert.equal((await app.request(`/admin/jobs/${bad}/retry`, { method: 'POST' })).status, 404);
    }
    const notice = await (await app.request('/admin/jobs?state=failed&done=retried')).text();
    assert.match(notice, /role="status">The job is back in the queue/);
  });

  test('discards a failed job', async () => {
    const id = failedIds[2] as number;
    const response = await admin().request(`/admin/jobs/${id}/discard`, { method: 'POST' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin/jobs?state=failed&done=discarded');
    const left = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    assert.equal(left.length, 0);
  });
});
