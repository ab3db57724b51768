// Rate limits in fixed windows. On PostgreSQL they hold across processes: hits are counted in
// rate_limit_hits, and one statement both counts the hit and reads the count (an upsert), so two
// servers on one database cannot both see "one left" and both pass. On the embedded engine one
// process owns the database (the data-folder lock), so counting in its memory is just as exact
// and spares a write on every request; the counts start afresh when the process restarts.
import { createHmac } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import { type Db, isEmbedded } from '../db/client.ts';
import { rateLimitHits } from './tables.ts';

export interface RateLimitRule {
  /** What is limited and for whom: `directory:<account id>`, or rateLimitKey(...) for an address. */
  key: string;
  /** Hits allowed in one window. */
  limit: number;
  /** The window's length; at most a day (older windows are pruned). */
  windowMs: number;
  /** The current moment (tests move it; callers leave it out). */
  now?: Date;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in this window after this one. */
  remaining: number;
  /** Seconds until the window ends when refused (for Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

const day = 24 * 60 * 60 * 1000;
const pruneEveryMs = 60 * 1000;
// Per process and database: with several processes each prunes now and then, one cheap delete.
const lastPrunedAt = new WeakMap<Db, number>();

/** Counts one hit against `key` and says whether it is within the limit. */
export async function hitRateLimit(db: Db, rule: RateLimitRule): Promise<RateLimitResult> {
  const { key, limit, windowMs } = rule;
  if (!(Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError(`limit must be a whole number of at least 0, not ${limit}`);
  }
  if (!(Number.isInteger(windowMs) && windowMs >= 1000 && windowMs <= day)) {
    throw new RangeError(
      `windowMs must be whole milliseconds from 1 s to one day, not ${windowMs}`,
    );
  }
  const now = (rule.now ?? new Date()).getTime();
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const hits = isEmbedded(db)
    ? countInMemory(db, key, windowStart, now)
    : await countInTable(db, key, windowStart, now);
  const allowed = hits <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - hits),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}

const countsInMemory = new WeakMap<Db, Map<string, { windowStart: number; count: number }>>();

function countInMemory(db: Db, key: string, windowStart: number, now: number): number {
  let counts = countsInMemory.get(db);
  if (!counts) {
    counts = new Map();
    countsInMemory.set(db, counts);
  }
  if (Math.abs(now - (lastPrunedAt.get(db) ?? 0)) >= pruneEveryMs) {
    lastPrunedAt.set(db, now);
    for (const [counted, entry] of counts)
      if (entry.windowStart < now - day) counts.delete(counted);
  }
  const entry = counts.get(`${key}@${windowStart}`) ?? { windowStart, count: 0 };
  entry.count += 1;
  counts.set(`${key}@${windowStart}`, entry);
  return entry.count;
}

async function countInTable(
  db: Db,
  key: string,
  windowStart: number,
  now: number,
): Promise<number> {
  await pruneNowAndThen(db, now);
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key, windowStart: new Date(windowStart), count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  return row?.count ?? 1;
}

// Windows last at most a day, so a window that started more than a day ago is over and its row
// is only clutter.
async function pruneNowAndThen(db: Db, now: number): Promise<void> {
  if (Math.abs(now - (lastPrunedAt.get(db) ?? 0)) < pruneEveryMs) return;
  lastPrunedAt.set(db, now);
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now - day)));
}

/**
 * A key for a value that must not be stored in clear, such as an e-mail address: the scope and
 * an HMAC-SHA-256 of the value under the installation's secret (config.secret), so the table
 * cannot be reversed by hashing a list of known addresses. The value is trimmed and lower-cased
 * first: `Someone@Example.org` and `someone@example.org` share one limit.
 */
export function rateLimitKey(scope: string, value: string, secret: string): string {
  const digest = createHmac('sha256', secret)
    .update(`${scope}\n${value.trim().toLowerCase()}`)
    .digest('hex');
  return `${scope}:${digest}`;
}
