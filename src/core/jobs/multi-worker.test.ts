import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { openTestDatabase, testEngine } from '../db/testing.ts';
import { JobHandlers } from './handlers.ts';
import { createJobQueue } from './queue.ts';
import { jobs } from './tables.ts';
import { createSharedTestDatabase, waitFor } from './testing.ts';
import { startWorkers, type Workers } from './worker.ts';

/**
 * On PostgreSQL the two workers get separate pools, as two processes would. PGlite has one
 * connection in one process, so there they share it: still two claim loops racing for rows.
 */
async function twoConnections(): Promise<[Database, Database, () => Promise<void>]> {
  if (testEngine === 'pglite') {
    const database = await openTestDatabase();
    return [database, database, () => database.close()];
  }
  const shared = await createSharedTestDatabase();
  const first = await shared.open();
  const second = await shared.open();
  return [
    first,
    second,
    async () => {
      await first.close();
      await second.close();
      await shared.dispose();
    },
  ];
}

test('two workers on separate connections run each of 200 jobs exactly once', async (t) => {
  const [first, second, close] = await twoConnections();
  const workers: Workers[] = [];
  // One hook, so that workers stop before their connections close (hooks run in order).
  t.after(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await close();
  });
  const total = 200;
  const runsByJob = new Map<number, number>();
  const runsByWorker = { first: 0, second: 0 };
  const handlersFor = (worker: keyof typeof runsByWorker) =>
    new JobHandlers().register('bulk', z.object({ n: z.number() }), async (_, { jobId }) => {
      runsByJob.set(jobId, (runsByJob.get(jobId) ?? 0) + 1);
      runsByWorker[worker] += 1;
      await sleep(Math.random() * 3);
    });
  const queue = createJobQueue(first.db);
  for (let n = 0; n < total; n += 1) await queue.enqueue('bulk', { n });

  const options = { concurrency: 4, pollMs: 20 };
  workers.push(
    startWorkers({ ...options, db: first.db, handlers: handlersFor('first'), workerId: 'first' }),
    startWorkers({
      ...options,
      db: second.db,
      handlers: handlersFor('second'),
      workerId: 'second',
    }),
  );
  await waitFor(
    'all jobs to succeed',
    async () => {
      const done = await first.db.$count(jobs, eq(jobs.state, 'succeeded'));
      return done === total ? true : undefined;
    },
    60_000,
  );
  await Promise.all(workers.map((worker) => worker.stop()));

  assert.equal(runsByJob.size, total);
  assert.deepEqual(
    [...runsByJob.values()].filter((runs) => runs !== 1),
    [],
  );
  const rows = await first.db.select({ attempts: jobs.attempts }).from(jobs);
  assert.ok(rows.every((row) => row.attempts === 1));
  assert.ok(runsByWorker.first > 0 && runsByWorker.second > 0, JSON.stringify(runsByWorker));
});
