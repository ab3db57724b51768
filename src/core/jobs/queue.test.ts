import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { createJobQueue } from './queue.ts';
import { jobs } from './tables.ts';

describe('enqueue', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  const rowsOf = (queue: string) =>
    database.db.select().from(jobs).where(eq(jobs.queue, queue)).orderBy(jobs.id);

  test('inserts a queued job with its payload and options', async () => {
    const runAt = new Date(Date.now() + 60_000);
    await createJobQueue(database.db).enqueue(
      'send-issue',
      { issueId: 7 },
      { runAt, maxAttempts: 2 },
    );
    const [row] = await rowsOf('send-issue');
    assert.ok(row);
    assert.deepEqual(row.payload, { issueId: 7 });
    assert.equal(row.state, 'queued');
    assert.equal(row.attempts, 0);
    assert.equal(row.maxAttempts, 2);
    assert.equal(row.runAt.getTime(), runAt.getTime());
  });

  test('a second enqueue with the same unique key does nothing', async () => {
    const queue = createJobQueue(database.db);
    await queue.enqueue('dedupe', { n: 1 }, { uniqueKey: 'reminder:gathering-12' });
    await queue.enqueue('dedupe', { n: 2 }, { uniqueKey: 'reminder:gathering-12' });
    await queue.enqueue('dedupe', { n: 3 }, { uniqueKey: 'reminder:gathering-13' });
    await queue.enqueue('dedupe', { n: 4 });
    await queue.enqueue('dedupe', { n: 5 });
    const rows = await rowsOf('dedupe');
    assert.deepEqual(
      rows.map((row) => row.payload),
      [{ n: 1 }, { n: 3 }, { n: 4 }, { n: 5 }],
    );
  });

  test('a queue bound to a transaction commits and rolls back with it', async () => {
    await database.db.transaction(async (tx) => {
      await createJobQueue(tx).enqueue('in-tx', { kept: true });
    });
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await createJobQueue(tx).enqueue('in-tx', { kept: false });
        throw new Error('the command failed after recording its intent');
      }),
      /the command failed/,
    );
    const rows = await rowsOf('in-tx');
    assert.deepEqual(
      rows.map((row) => row.payload),
      [{ kept: true }],
    );
  });

  test('refuses a maxAttempts below 1', async () => {
    await assert.rejects(
      createJobQueue(database.db).enqueue('bad', {}, { maxAttempts: 0 }),
      RangeError,
    );
    assert.equal((await rowsOf('bad')).length, 0);
  });
});
