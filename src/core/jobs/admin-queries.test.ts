import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { countJobs, discardJob, listJobs, retryJob } from './admin-queries.ts';
import { JobHandlers } from './handlers.ts';
import { createJobQueue } from './queue.ts';
import { type JobState, jobs } from './tables.ts';
import { jobRow, waitForState } from './testing.ts';
import { startWorkers } from './worker.ts';

describe('admin queries', () => {
  let database: Database;
  /** Ids by the state the test puts them in. */
  const ids: Record<JobState, number[]> = { queued: [], running: [], succeeded: [], failed: [] };

  before(async () => {
    database = await openTestDatabase();
    const queue = createJobQueue(database.db);
    for (let n = 0; n < 7; n += 1) await queue.enqueue('send-issue', { n });
    for (let n = 0; n < 3; n += 1) await queue.enqueue('process-reply', { n });
    const all = await database.db.select({ id: jobs.id }).from(jobs).orderBy(jobs.id);
    // Jobs 0-6 are in send-issue, 7-9 in process-reply.
    const at = (index: number) => {
      const row = all[index];
      assert.ok(row);
      return row.id;
    };
    const put = async (state: JobState, which: number[], finishedSecondsAgo: number) => {
      ids[state].push(...which);
      if (state === 'queued') return;
      await database.db
        .update(jobs)
        .set({
          state,
          attempts: state === 'failed' ? 5 : 1,
          lastError: state === 'failed' ? 'Error: the server refused' : null,
          lockedUntil: state === 'running' ? sql`now() + interval '1 minute'` : null,
          finishedAt:
            state === 'running' ? null : sql`now() - make_interval(secs => ${finishedSecondsAgo})`,
        })
        .where(inArray(jobs.id, which));
    };
    await put('queued', [at(0), at(1), at(7)], 0);
    await put('running', [at(2), at(8)], 0);
    await put('succeeded', [at(3)], 30);
    await put('failed', [at(4), at(5)], 20);
    await put('failed', [at(6), at(9)], 10);
  });
  after(() => database.close());

  test('count jobs by state, and by queue and state', async () => {
    const counts = await countJobs(database.db);
    assert.deepEqual(counts.byState, { queued: 3, running: 2, succeeded: 1, failed: 4 });
    assert.deepEqual(counts.byQueue, [
      { queue: 'process-reply', counts: { queued: 1, running: 1, succeeded: 0, failed: 1 } },
      { queue: 'send-issue', counts: { queued: 2, running: 1, succeeded: 1, failed: 3 } },
    ]);
  });

  test('list one state a page at a time, latest failure first, without payloads', async () => {
    const first = await listJobs(database.db, { state: 'failed', page: 1, pageSize: 3 });
    const second = await listJobs(database.db, { state: 'failed', page: 2, pageSize: 3 });
    assert.equal(first.total, 4);
    assert.equal(second.total, 4);
    const [e, f, g, j] = ids.failed as [number, number, number, number];
    assert.deepEqual(
      [...first.jobs, ...second.jobs].map((job) => job.id),
      [j, g, f, e],
    );
    assert.equal(first.jobs[0]?.lastError, 'Error: the server refused');
    assert.ok(first.jobs.every((job) => !('payload' in job)));
  });

  test('list queued jobs in the order they will run, filtered by queue', async () => {
    const queued = await listJobs(database.db, { state: 'queued', page: 1, pageSize: 50 });
    assert.deepEqual(
      queued.jobs.map((job) => job.id),
      ids.queued,
    );
    const replies = await listJobs(database.db, {
      state: 'queued',
      queue: 'process-reply',
      page: 1,
      pageSize: 50,
    });
    assert.deepEqual(
      replies.jobs.map((job) => job.queue),
      ['process-reply'],
    );
    assert.equal(replies.total, 1);
  });

  test('retry only a failed job: back to queued with its attempts reset, and it runs', async (t) => {
    const [failedId] = ids.failed as [number];
    const [queuedId] = ids.queued as [number];
    const [succeededId] = ids.succeeded as [number];
    assert.equal(await retryJob(database.db, queuedId), false);
    assert.equal(await retryJob(database.db, succeededId), false);
    assert.equal(await retryJob(database.db, 999_999), false);
    assert.equal(await retryJob(database.db, failedId), true);
    const retried = await jobRow(database.db, failedId);
    assert.deepEqual([retried.state, retried.attempts, retried.finishedAt], ['queued', 0, null]);

    // Keep the worker to this job: the other queued rows belong to the next test.
    await database.db.update(jobs).set({ queue: 'retried' }).where(eq(jobs.id, failedId));
    const handlers = new JobHandlers().register('retried', z.object({}), async () => {});
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, pollMs: 20 });
    t.after(() => workers.stop());
    const done = await waitForState(database.db, failedId, 'succeeded');
    assert.equal(done.attempts, 1);
  });

  test('discard only a failed job, which frees its unique key', async () => {
    const queue = createJobQueue(database.db);
    await queue.enqueue('welcome', {}, { uniqueKey: 'welcome:person-8' });
    const [row] = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.uniqueKey, 'welcome:person-8'));
    assert.ok(row);
    assert.equal(await discardJob(database.db, row.id), false, 'a queued job stays');
    await database.db.update(jobs).set({ state: 'failed' }).where(eq(jobs.id, row.id));
    assert.equal(await discardJob(database.db, row.id), true);
    assert.equal(await discardJob(database.db, row.id), false);
    await queue.enqueue('welcome', { again: true }, { uniqueKey: 'welcome:person-8' });
    const again = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.uniqueKey, 'welcome:person-8'));
    assert.deepEqual(
      again.map((job) => job.payload),
      [{ again: true }],
    );
  });
});
