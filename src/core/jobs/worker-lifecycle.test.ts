import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { JobHandlers } from './handlers.ts';
import { claimJob } from './job-rows.ts';
import { createJobQueue } from './queue.ts';
import { jobs } from './tables.ts';
import { jobRow, onlyJobId, waitFor, waitForState } from './testing.ts';
import { startWorkers } from './worker.ts';

const quick = { pollMs: 20, backoff: { baseMs: 20, maxMs: 1000 } };

describe('worker lifecycle', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('stop() lets the running job finish and claims nothing more', async (t) => {
    let started = false;
    let finished = false;
    const handlers = new JobHandlers().register('slow', z.object({}), async () => {
      started = true;
      await sleep(300);
      finished = true;
    });
    const queue = createJobQueue(database.db);
    await queue.enqueue('slow', { n: 1 });
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, ...quick });
    t.after(() => workers.stop());
    await waitFor('the slow job to start', async () => (started ? true : undefined));
    await workers.stop();
    assert.equal(finished, true);
    const [first] = await database.db.select().from(jobs).where(eq(jobs.queue, 'slow'));
    assert.equal(first?.state, 'succeeded');
    await queue.enqueue('slow', { n: 2 });
    await sleep(100);
    const states = await database.db
      .select({ state: jobs.state })
      .from(jobs)
      .where(eq(jobs.queue, 'slow'));
    assert.deepEqual(states.map((row) => row.state).sort(), ['queued', 'succeeded']);
  });

  test('stop() aborts a job that outlasts the timeout, and returns', async (t) => {
    let signal: AbortSignal | undefined;
    const handlers = new JobHandlers().register('stuck', z.object({}), async (_, context) => {
      signal = context.signal;
      await new Promise((_resolve, reject) => {
        context.signal.addEventListener('abort', () => reject(context.signal.reason));
      });
    });
    await createJobQueue(database.db).enqueue('stuck', {});
    const workers = startWorkers({
      db: database.db,
      handlers,
      concurrency: 1,
      stopTimeoutMs: 150,
      ...quick,
    });
    t.after(() => workers.stop());
    await waitFor('the stuck job to start', async () => signal);
    const stopping = Date.now();
    await workers.stop();
    assert.ok(Date.now() - stopping < 2000);
    assert.equal(signal?.aborted, true);
    // The aborted handler rejects; its try is recorded as failed and retried later.
    const row = await waitForState(database.db, await onlyJobId(database.db, 'stuck'), 'queued');
    assert.match(row.lastError ?? '', /The worker is stopping/);
  });

  test('a heartbeat keeps a long job from being claimed by another worker', async (t) => {
    let runs = 0;
    const handlers = new JobHandlers().register('long', z.object({}), async () => {
      runs += 1;
      await sleep(1500);
    });
    const options = { db: database.db, handlers, concurrency: 1, leaseMs: 500, ...quick };
    const first = startWorkers({ ...options, workerId: 'first' });
    t.after(() => first.stop());
    await createJobQueue(database.db).enqueue('long', {});
    const id = await onlyJobId(database.db, 'long');
    await waitForState(database.db, id, 'running');
    const second = startWorkers({ ...options, workerId: 'second' });
    t.after(() => second.stop());
    const row = await waitForState(database.db, id, 'succeeded');
    await Promise.all([first.stop(), second.stop()]);
    assert.equal(runs, 1);
    assert.equal(row.attempts, 1);
    assert.equal(row.lockedBy, 'first');
  });

  test('a worker that lost its lease is aborted and cannot record an outcome', async (t) => {
    let signal: AbortSignal | undefined;
    let handlerDone = false;
    const handlers = new JobHandlers().register('stolen', z.object({}), async (_, context) => {
      signal = context.signal;
      await new Promise((resolve) => {
        context.signal.addEventListener('abort', resolve);
        setTimeout(resolve, 3000);
      });
      handlerDone = true;
      throw new Error('gave up after the abort');
    });
    const workers = startWorkers({
      db: database.db,
      handlers,
      concurrency: 1,
      leaseMs: 300,
      workerId: 'slow-heart',
      ...quick,
    });
    t.after(() => workers.stop());
    await createJobQueue(database.db).enqueue('stolen', {});
    const id = await onlyJobId(database.db, 'stolen');
    await waitFor('the job to start', async () => signal);
    // As if the heartbeat had come too late: the lease lapses and another worker claims the job,
    // in one transaction so that the real heartbeat cannot slip in between.
    await database.db.transaction(async (tx) => {
      await tx
        .update(jobs)
        .set({ lockedUntil: sql`now() - interval '1 second'` })
        .where(eq(jobs.id, id));
      const claimed = await claimJob(tx, {
        queues: ['stolen'],
        workerId: 'thief',
        leaseMs: 60_000,
      });
      assert.equal(claimed?.id, id);
    });
    await waitFor('the handler to give up', async () => (handlerDone ? true : undefined));
    await workers.stop();
    assert.equal(signal?.aborted, true);
    const row = await jobRow(database.db, id);
    assert.deepEqual([row.state, row.attempts, row.lockedBy], ['running', 2, 'thief']);
    assert.equal(row.lastError, null);
  });

  test('a job whose last try ran out of lease fails without running again', async (t) => {
    let runs = 0;
    const handlers = new JobHandlers().register('doomed', z.object({}), async () => {
      runs += 1;
    });
    await createJobQueue(database.db).enqueue('doomed', {}, { maxAttempts: 2 });
    const id = await onlyJobId(database.db, 'doomed');
    // As a worker that died during its second and last try would have left it.
    await database.db
      .update(jobs)
      .set({
        state: 'running',
        attempts: 2,
        lockedBy: 'gone',
        lockedUntil: sql`now() - interval '1 second'`,
      })
      .where(eq(jobs.id, id));
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, ...quick });
    t.after(() => workers.stop());
    const row = await waitForState(database.db, id, 'failed');
    await workers.stop();
    assert.equal(runs, 0);
    assert.equal(row.attempts, 3);
    assert.match(row.lastError ?? '', /Gave up: attempt 2 ended without an outcome/);
  });

  test('logs name the job, its queue and state, never its payload or error text', async (t) => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(...String(chunk).trim().split('\n'));
        callback();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const handlers = new JobHandlers().register(
      'logged',
      z.object({ address: z.string() }),
      async (payload, context) => {
        if (context.attempt === 1) throw new Error(`550 no mailbox ${payload.address}`);
      },
    );
    const workers = startWorkers({ db: database.db, handlers, concurrency: 1, logger, ...quick });
    t.after(() => workers.stop());
    await createJobQueue(database.db).enqueue('logged', { address: 'anna@example.org' });
    const id = await onlyJobId(database.db, 'logged');
    await waitForState(database.db, id, 'succeeded');
    await workers.stop();
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      entries.map((entry) => [entry.jobId, entry.queue, entry.state, entry.attempt]),
      [
        [id, 'logged', 'running', 1],
        [id, 'logged', 'queued', 1],
        [id, 'logged', 'running', 2],
        [id, 'logged', 'succeeded', 2],
      ],
    );
    assert.ok(
      lines.every((line) => !line.includes('anna')),
      lines.join('\n'),
    );
    assert.equal((await jobRow(database.db, id)).lastError?.includes('anna@example.org'), true);
  });
});
