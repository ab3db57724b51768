// Every change of a delivery row's state, one statement each. A row is claimed ('sending', with a
// lease) before its message goes out and marked 'sent' as soon as SMTP accepts it, so a crash
// leaves at most the messages in flight in 'sending'; their lease runs out and they are sent again.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { deliveries, newsletterIssues } from '../tables.ts';

export interface ClaimedDelivery {
  id: number;
  subscriberId: string;
  attempts: number;
}

const afterMs = (ms: number) => sql`now() + make_interval(secs => ${ms / 1000})`;

/**
 * Takes up to `limit` rows that are due: queued, deferred whose time has come, or 'sending' whose
 * lease ran out (their sender died). Rows whose subscriber is no longer active become 'skipped' in
 * the same statement and are not returned. SKIP LOCKED lets several senders share one issue.
 */
export async function claimDeliveries(
  db: Db,
  { issueId, limit, leaseMs }: { issueId: string; limit: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  const result = (await db.execute(sql`
    with due as (
      select d.id, s.status = 'active' as active
      from newsletter_deliveries d
      join newsletter_subscribers s on s.id = d.subscriber_id
      where d.issue_id = ${issueId}
        and (d.state = 'queued'
          or (d.state = 'deferred' and d.next_attempt_at <= now())
          or (d.state = 'sending' and d.lease_until < now()))
      order by d.id
      limit ${limit}
      for update of d skip locked
    )
    update newsletter_deliveries d
    set state = case when due.active then 'sending' else 'skipped' end::delivery_state,
        lease_until = case when due.active then ${afterMs(leaseMs)} end,
        attempts = d.attempts + case when due.active then 1 else 0 end,
        last_error = case when due.active then d.last_error else 'unsubscribed' end
    from due
    where d.id = due.id
    returning d.id, d.subscriber_id, d.attempts, d.state`)) as unknown as {
    rows: { id: string | number; subscriber_id: string; attempts: number; state: string }[];
  };
  return result.rows
    .filter((row) => row.state === 'sending')
    .map((row) => ({ id: Number(row.id), subscriberId: row.subscriber_id, attempts: row.attempts }))
    .sort((a, b) => a.id - b.id);
}

const held = (id: number) => and(eq(deliveries.id, id), eq(deliveries.state, 'sending'));

export async function markSent(db: Db, id: number, messageId: string): Promise<void> {
  await db
    .update(deliveries)
    .set({ state: 'sent', messageId, sentAt: sql`now()`, leaseUntil: null, lastError: null })
    .where(held(id));
}

export async function markDeferred(db: Db, id: number, error: string, delayMs: number) {
  await db
    .update(deliveries)
    .set({ state: 'deferred', lastError: error, leaseUntil: null, nextAttemptAt: afterMs(delayMs) })
    .where(held(id));
}

export async function markFailed(db: Db, id: number, error: string): Promise<void> {
  await db
    .update(deliveries)
    .set({ state: 'failed', lastError: error, leaseUntil: null })
    .where(held(id));
}

/** No address any more (the person removed it, or the gate no longer shows it). */
export async function markSkipped(db: Db, id: number, reason: string): Promise<void> {
  await db
    .update(deliveries)
    .set({ state: 'skipped', lastError: reason, leaseUntil: null })
    .where(held(id));
}

/** Gives claimed rows back unsent (the send was paused). */
export async function releaseDeliveries(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(deliveries)
    .set({ state: 'queued', leaseUntil: null, attempts: sql`${deliveries.attempts} - 1` })
    .where(and(inArray(deliveries.id, ids), eq(deliveries.state, 'sending')));
}

export type DeliveryCounts = Record<(typeof deliveries.state.enumValues)[number], number>;

export async function deliveryCounts(db: Db, issueId: string): Promise<DeliveryCounts> {
  const rows = await db
    .select({ state: deliveries.state, count: sql<number>`count(*)::int` })
    .from(deliveries)
    .where(eq(deliveries.issueId, issueId))
    .groupBy(deliveries.state);
  const counts = Object.fromEntries(deliveries.state.enumValues.map((state) => [state, 0]));
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts as DeliveryCounts;
}

/**
 * What is left of a send: 'done' when no row is queued, sending or deferred (the issue is then
 * marked 'sent'), or the moment the next row becomes due.
 */
export async function finishOrNextDue(db: Db, issueId: string): Promise<'done' | Date> {
  const result = (await db.execute(sql`
    select count(*)::int as open,
      min(case when state = 'queued' then now()
               when state = 'deferred' then next_attempt_at
               else lease_until end) as next_due
    from newsletter_deliveries
    where issue_id = ${issueId} and state in ('queued', 'sending', 'deferred')`)) as unknown as {
    rows: { open: number; next_due: string | Date | null }[];
  };
  const [row] = result.rows;
  if (row && Number(row.open) > 0) return new Date(row.next_due ?? Date.now());
  await db
    .update(newsletterIssues)
    .set({ status: 'sent', sentAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.status, 'sending')));
  return 'done';
}
