import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase, testEngine } from '../db/testing.ts';
import { hitRateLimit, rateLimitKey } from './rate-limit.ts';
import { rateLimitHits } from './tables.ts';

const minute = 60_000;

describe('rate limits', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('the limit holds within a window, and a new window starts afresh', async () => {
    const { db } = database;
    const start = new Date(Date.UTC(2030, 0, 1, 12, 0, 0));
    const rule = { key: 'test:holds', limit: 3, windowMs: minute };
    const results = [];
    for (let n = 0; n < 5; n += 1) {
      results.push(await hitRateLimit(db, { ...rule, now: new Date(start.getTime() + n * 1000) }));
    }
    assert.deepEqual(
      results.map((result) => [result.allowed, result.remaining]),
      [
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
        [false, 0],
      ],
    );
    assert.equal(results[0]?.retryAfterSeconds, 0);
    // The fifth hit came 4 s into a one-minute window.
    assert.equal(results[4]?.retryAfterSeconds, 56);
    const next = await hitRateLimit(db, { ...rule, now: new Date(start.getTime() + minute) });
    assert.deepEqual(next, { allowed: true, remaining: 2, retryAfterSeconds: 0 });
    // Another key has its own count.
    const other = await hitRateLimit(db, { ...rule, key: 'test:other', now: start });
    assert.equal(other.remaining, 2);
  });

  test('on PostgreSQL, windows older than a day are pruned from the table', {
    skip: testEngine === 'pglite' && 'the embedded engine counts in memory, not in the table',
  }, async () => {
    const { db } = database;
    const old = new Date(Date.UTC(2031, 0, 1));
    await hitRateLimit(db, { key: 'test:old', limit: 1, windowMs: minute, now: old });
    await hitRateLimit(db, {
      key: 'test:later',
      limit: 1,
      windowMs: minute,
      now: new Date(old.getTime() + 2 * 24 * 60 * minute),
    });
    const rows = await db.select().from(rateLimitHits).where(eq(rateLimitHits.key, 'test:old'));
    assert.equal(rows.length, 0);
  });

  test('parallel hits from several connections let exactly the limit through', async () => {
    const now = new Date();
    const hits = await Promise.all(
      Array.from({ length: 50 }, () =>
        hitRateLimit(database.db, { key: 'test:parallel', limit: 20, windowMs: 10 * minute, now }),
      ),
    );
    assert.equal(hits.filter((hit) => hit.allowed).length, 20);
    assert.deepEqual(
      hits.map((hit) => hit.remaining).sort((a, b) => a - b),
      [...Array<number>(31).fill(0), ...Array.from({ length: 19 }, (_, n) => n + 1)],
    );
  });

  test('the embedded engine counts in memory and writes nothing', {
    skip: testEngine === 'postgres' && 'PostgreSQL counts in the table',
  }, async () => {
    await hitRateLimit(database.db, { key: 'test:memory', limit: 5, windowMs: minute });
    const rows = await database.db
      .select()
      .from(rateLimitHits)
      .where(eq(rateLimitHits.key, 'test:memory'));
    assert.equal(rows.length, 0);
  });

  test('nonsense rules are refused before anything is counted', async () => {
    await assert.rejects(
      hitRateLimit(database.db, { key: 'test:bad', limit: -1, windowMs: minute }),
      RangeError,
    );
    await assert.rejects(
      hitRateLimit(database.db, { key: 'test:bad', limit: 1, windowMs: 2 * 24 * 60 * minute }),
      RangeError,
    );
  });

  test('rateLimitKey keeps the scope and hides the value behind the secret', () => {
    const secret = 'a'.repeat(32);
    const key = rateLimitKey('sign-in', 'Someone@Example.org ', secret);
    assert.match(key, /^sign-in:[0-9a-f]{64}$/);
    assert.ok(!key.toLowerCase().includes('someone'));
    assert.equal(key, rateLimitKey('sign-in', 'someone@example.org', secret));
    assert.notEqual(key, rateLimitKey('sign-in', 'someone@example.org', 'b'.repeat(32)));
    assert.notEqual(key, rateLimitKey('invite', 'someone@example.org', secret));
  });
});
