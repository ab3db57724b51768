import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { retryDelayMs } from './backoff.ts';
import { JobHandlers } from './handlers.ts';
import { createJobQueue } from './queue.ts';
import { onlyJobId, waitFor, waitForState } from './testing.ts';
import { startWorkers } from './worker.ts';

const quick = { pollMs: 20, backoff: { baseMs: 20, maxMs: 1000 } };

describe('workers', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('run the handler of an enqueued job and mark it succeeded', async (t) => {
    const seen: { payload: unknown; jobId: number; attempt: number }[] = [];
    const handlers = new JobHandlers().register(
      'welcome',
      z.object({ personId: z.number() }),
      async (payload, { jobId, attempt }) => {
        seen.push({ payload, jobId, attempt });
      },
    );
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, ...quick });
    t.after(() => workers.stop());
    await createJobQueue(database.db).enqueue('welcome', { personId: 41 });
    const id = await onlyJobId(database.db, 'welcome');
    const row = await waitForState(database.db, id, 'succeeded');
    await workers.stop();
    assert.deepEqual(seen, [{ payload: { personId: 41 }, jobId: id, attempt: 1 }]);
    assert.equal(row.attempts, 1);
    assert.ok(row.finishedAt);
    assert.equal(row.lockedUntil, null);
    assert.equal(row.lastError, null);
  });

  test('fail a job whose payload does not match the schema, without retrying', async (t) => {
    let calls = 0;
    const handlers = new JobHandlers().register(
      'strict',
      z.object({ issueId: z.number().int() }),
      async () => {
        calls += 1;
      },
    );
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, ...quick });
    t.after(() => workers.stop());
    await createJobQueue(database.db).enqueue('strict', { issueId: 'private text' });
    const id = await onlyJobId(database.db, 'strict');
    const row = await waitForState(database.db, id, 'failed');
    await workers.stop();
    assert.equal(calls, 0);
    assert.equal(row.attempts, 1);
    assert.equal(row.maxAttempts, 5);
    assert.match(row.lastError ?? '', /does not match the schema of queue "strict": issueId:/);
    assert.doesNotMatch(row.lastError ?? '', /private text/);
  });

  test('retry a throwing handler with growing delays, then mark it failed', async (t) => {
    const callTimes: number[] = [];
    const handlers = new JobHandlers().register('flaky', z.object({}), async () => {
      callTimes.push(Date.now());
      throw new Error('the mail server said no');
    });
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, ...quick });
    t.after(() => workers.stop());
    await createJobQueue(database.db).enqueue('flaky', {}, { maxAttempts: 3 });
    const id = await onlyJobId(database.db, 'flaky');
    const row = await waitForState(database.db, id, 'failed');
    await workers.stop();
    assert.equal(callTimes.length, 3);
    assert.equal(row.attempts, 3);
    assert.match(row.lastError ?? '', /Error: the mail server said no/);
    // Equal jitter: the wait after attempt n is at least half of 20 ms * 2^n.
    const [first, second, third] = callTimes as [number, number, number];
    assert.ok(second - first >= 20, `first retry after ${second - first} ms`);
    assert.ok(third - second >= 40, `second retry after ${third - second} ms`);
  });

  test('keep the error of a failed try when the retry succeeds', async (t) => {
    const handlers = new JobHandlers().register('second-time', z.object({}), async (_, ctx) => {
      if (ctx.attempt === 1) throw new Error('temporary');
    });
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, ...quick });
    t.after(() => workers.stop());
    await createJobQueue(database.db).enqueue('second-time', {});
    const id = await onlyJobId(database.db, 'second-time');
    const row = await waitForState(database.db, id, 'succeeded');
    await workers.stop();
    assert.equal(row.attempts, 2);
    assert.match(row.lastError ?? '', /temporary/);
  });

  test('run as many jobs at once as the concurrency, and no more', async (t) => {
    const concurrency = 3;
    let active = 0;
    let mostAtOnce = 0;
    let finished = 0;
    const handlers = new JobHandlers().register('parallel', z.object({}), async () => {
      active += 1;
      mostAtOnce = Math.max(mostAtOnce, active);
      // Hold each slot until all are taken (or long enough to show they never will be).
      await waitFor(
        'all slots busy',
        async () => (mostAtOnce >= concurrency ? true : undefined),
        3000,
      );
      await sleep(50);
      active -= 1;
      finished += 1;
    });
    const queue = createJobQueue(database.db);
    for (let n = 0; n < 2 * concurrency; n += 1) await queue.enqueue('parallel', {});
    const workers = startWorkers({ db: database.db, handlers, concurrency, ...quick });
    t.after(() => workers.stop());
    await waitFor('all parallel jobs done', async () =>
      finished === 2 * concurrency ? true : undefined,
    );
    await workers.stop();
    assert.equal(mostAtOnce, concurrency);
  });

  test('look for the next job as soon as one finishes, not after pollMs', async (t) => {
    let runs = 0;
    const handlers = new JobHandlers().register('backlog', z.object({}), async () => {
      runs += 1;
    });
    const queue = createJobQueue(database.db);
    for (let n = 0; n < 5; n += 1) await queue.enqueue('backlog', {});
    const started = Date.now();
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, pollMs: 60_000 });
    t.after(() => workers.stop());
    await waitFor('the backlog to be done', async () => (runs === 5 ? true : undefined), 5000);
    assert.ok(Date.now() - started < 5000);
  });

  test('claim only jobs of queues that have a handler', async (t) => {
    const handlers = new JobHandlers().register('mine', z.object({}), async () => {});
    await createJobQueue(database.db).enqueue('someone-elses', {});
    await createJobQueue(database.db).enqueue('mine', {});
    const workers = startWorkers({ db: database.db, handlers, concurrency: 2, ...quick });
    t.after(() => workers.stop());
    await waitForState(database.db, await onlyJobId(database.db, 'mine'), 'succeeded');
    await sleep(100);
    await workers.stop();
    const other = await waitForState(
      database.db,
      await onlyJobId(database.db, 'someone-elses'),
      'queued',
    );
    assert.equal(other.attempts, 0);
  });
});

test('retryDelayMs doubles per attempt, is capped, and keeps at least half of the delay', () => {
  const options = { baseMs: 100, maxMs: 1000 };
  assert.equal(
    retryDelayMs(1, options, () => 0),
    100,
  );
  assert.equal(
    retryDelayMs(1, options, () => 1),
    200,
  );
  assert.equal(
    retryDelayMs(2, options, () => 1),
    400,
  );
  assert.equal(
    retryDelayMs(3, options, () => 0.5),
    600,
  );
  assert.equal(
    retryDelayMs(10, options, () => 1),
    1000,
  );
});
