// What a bounce does: a hard bounce suspends the subscriber and marks the delivery bounced; a soft
// one defers the delivery for another try and counts towards suspension; a complaint
// unsubscribes. Every report is recorded, matched or not, with the inbound message it came in.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { bounces, deliveries, subscribers } from '../tables.ts';
import type { BounceReport } from './read-report.ts';

/** After this many soft bounces in a row the address is treated as dead. */
export const softBounceLimit = 5;
/** How long a soft-bounced delivery waits before it is tried again. */
const softBounceRetryMs = 60 * 60 * 1000;

export type BounceOutcome = 'suspended' | 'deferred' | 'unsubscribed' | 'unmatched';

export async function applyBounce(
  db: Db,
  report: BounceReport,
  inboundId: string,
): Promise<BounceOutcome> {
  return db.transaction(async (tx) => {
    const [delivery] =
      report.deliveryId === undefined
        ? []
        : await tx
            .select({ id: deliveries.id, subscriberId: deliveries.subscriberId })
            .from(deliveries)
            .where(eq(deliveries.id, report.deliveryId));
    await tx.insert(bounces).values({
      deliveryId: delivery?.id ?? null,
      kind: report.kind,
      detail: report.detail,
      inboundId,
    });
    if (!delivery) return 'unmatched';
    const now = new Date();
    if (report.kind === 'complaint') {
      await tx
        .update(subscribers)
        .set({ status: 'unsubscribed', statusChangedAt: now })
        .where(eq(subscribers.id, delivery.subscriberId));
      return 'unsubscribed';
    }
    if (report.kind === 'hard') {
      await tx
        .update(deliveries)
        .set({ state: 'bounced', lastError: `hard bounce ${report.detail}` })
        .where(eq(deliveries.id, delivery.id));
      await suspend(tx, delivery.subscriberId, now);
      return 'suspended';
    }
    await tx
      .update(deliveries)
      .set({
        state: 'deferred',
        lastError: `soft bounce ${report.detail}`,
        nextAttemptAt: new Date(now.getTime() + softBounceRetryMs),
      })
      .where(eq(deliveries.id, delivery.id));
    const [counted] = await tx
      .update(subscribers)
      .set({ softBounces: sql`${subscribers.softBounces} + 1` })
      .where(eq(subscribers.id, delivery.subscriberId))
      .returning({ softBounces: subscribers.softBounces });
    if (counted && counted.softBounces >= softBounceLimit) {
      await suspend(tx, delivery.subscriberId, now);
      return 'suspended';
    }
    return 'deferred';
  });
}

async function suspend(db: Db, subscriberId: string, now: Date): Promise<void> {
  // An unsubscribed reader stays unsubscribed: their own choice outranks a bounce.
  await db
    .update(subscribers)
    .set({ status: 'suspended', statusChangedAt: now })
    .where(sql`${subscribers.id} = ${subscriberId} and ${subscribers.status} <> 'unsubscribed'`);
}
