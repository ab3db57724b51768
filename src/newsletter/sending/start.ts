// Starting, scheduling, pausing and resuming a send. Starting writes one delivery row per
// recipient in the same transaction that marks the issue 'sending' and enqueues the job, so a
// send either fully begins or does not; starting again adds no row twice.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Config } from '../../core/config.ts';
import type { Db } from '../../core/db/client.ts';
import { createJobQueue } from '../../core/jobs/queue.ts';
import { resolveRecipients } from '../audience/recipients.ts';
import { deliveries, newsletterIssues } from '../tables.ts';

export const sendQueue = 'newsletter-send';
export const scheduledStartQueue = 'newsletter-start-scheduled';

interface StartDeps {
  db: Db;
  config: Pick<Config, 'encryptionKey' | 'defaultLocale'>;
}

/** Enqueues a pass over the issue's rows at `runAt`; one pending pass per moment. */
export async function enqueueSendPass(db: Db, issueId: string, runAt = new Date()) {
  await createJobQueue(db).enqueue(
    sendQueue,
    { issueId },
    { runAt, uniqueKey: `${sendQueue}:${issueId}:${runAt.getTime()}` },
  );
}

/** Begins sending now. Returns how many delivery rows the issue has; false if already sent. */
export async function startSend(deps: StartDeps, issueId: string): Promise<number | false> {
  return deps.db.transaction(async (tx) => {
    const [issue] = await tx
      .select()
      .from(newsletterIssues)
      .where(eq(newsletterIssues.id, issueId))
      .for('update');
    if (!issue || issue.status === 'sent') return false;
    const recipients = await resolveRecipients(tx, issue, deps.config);
    for (let start = 0; start < recipients.length; start += 5000) {
      await tx
        .insert(deliveries)
        .values(
          recipients
            .slice(start, start + 5000)
            .map((recipient) => ({ issueId, subscriberId: recipient.subscriberId })),
        )
        .onConflictDoNothing({ target: [deliveries.issueId, deliveries.subscriberId] });
    }
    await tx
      .update(newsletterIssues)
      .set({ status: 'sending', updatedAt: sql`now()` })
      .where(eq(newsletterIssues.id, issueId));
    await enqueueSendPass(tx, issueId);
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(deliveries)
      .where(eq(deliveries.issueId, issueId));
    return Number(count);
  });
}

/** Marks a draft 'scheduled' and leaves a job that starts the send at `at`. */
export async function scheduleSend(db: Db, issueId: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(newsletterIssues)
      .set({ status: 'scheduled', scheduledAt: at, updatedAt: sql`now()` })
      .where(
        and(
          eq(newsletterIssues.id, issueId),
          inArray(newsletterIssues.status, ['draft', 'scheduled']),
        ),
      )
      .returning({ id: newsletterIssues.id });
    if (updated.length === 0) return false;
    await createJobQueue(tx).enqueue(
      scheduledStartQueue,
      { issueId, at: at.toISOString() },
      { runAt: at, uniqueKey: `${scheduledStartQueue}:${issueId}:${at.getTime()}` },
    );
    return true;
  });
}

/** Senders stop claiming; rows already handed to SMTP finish. */
export async function pauseSend(db: Db, issueId: string): Promise<boolean> {
  const rows = await db
    .update(newsletterIssues)
    .set({ status: 'paused', updatedAt: sql`now()` })
    .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.status, 'sending')))
    .returning({ id: newsletterIssues.id });
  return rows.length > 0;
}

export async function resumeSend(db: Db, issueId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(newsletterIssues)
      .set({ status: 'sending', updatedAt: sql`now()` })
      .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.status, 'paused')))
      .returning({ id: newsletterIssues.id });
    if (rows.length === 0) return false;
    await enqueueSendPass(tx, issueId);
    return true;
  });
}
