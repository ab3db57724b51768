// Rate limits that hold across processes: fixed windows counted in rate_limit_hits. One
// statement both counts the hit and reads the count (an upsert), so two servers on one database
// cannot both see "one left" and both pass.
import { createHmac } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
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
// Per process: with several processes each prunes now and then, which costs one cheap delete.
let lastPrunedAt = 0;

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
  await pruneNowAndThen(db, now);
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key, windowStart: new Date(windowStart), count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  const hits = row?.count ?? 1;
  const allowed = hits <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - hits),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}

// Windows last at most a day, so a window that started more than a day ago is over and its row
// is only clutter.
async function pruneNowAndThen(db: Db, now: number): Promise<void> {
  if (Math.abs(now - lastPrunedAt) < pruneEveryMs) return;
  lastPrunedAt = now;
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
