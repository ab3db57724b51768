// Sending invitations and reminders. "Send invitations" marks every listed invitee who has an
// e-mail address as invited and queues one job per invitee; the payload is the invitation id
// only. The job issues the answer token itself, so the token is never in the jobs table.
//
// Retries and links. The job issues a token (replacing any earlier one), sends, and only then
// records the send (invited_at), and only if its token is still the current one. So:
// - a send that fails is retried with a new token: the old one never reached anyone;
// - once invited_at is recorded, a retry sends nothing: nobody gets a second, different link;
// - the one gap left is a crash after the mail server took the message and before invited_at
//   was written. The retry then mails a new link, and the first stops working. We chose that
//   over recording the send first, whose gap would lose the invitation without a trace.
// Reminders work the same way but always carry a fresh link (one link changes an answer once).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { createJobQueue } from '../../core/jobs/queue.ts';
import { contactChannels } from '../../people/tables.ts';
import { gatherings, invitations } from '../tables.ts';

export const invitationMailQueue = 'gatherings.invitation-mail';
export const remindersQueue = 'gatherings.reminders';
export const reminderMailQueue = 'gatherings.reminder-mail';

/** Reminders go this many days before the start (those already past when sending are skipped). */
export const reminderDaysBefore = [7, 1] as const;
const dayMs = 24 * 3600 * 1000;

export interface SendOutcome {
  queued: number;
  /** Listed people with no e-mail address: still listed, shown on the page. */
  withoutEmail: number;
}

/** Queues the invitations of every listed invitee with an e-mail address, and the reminders. */
export async function sendInvitations(
  db: Db,
  gathering: { id: string; startsAt: Date },
  now: Date = new Date(),
): Promise<SendOutcome> {
  return db.transaction(async (tx) => {
    const listed = await tx
      .select({ id: invitations.id, personId: invitations.personId })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.state, 'listed')))
      .for('update');
    const withEmail = new Set(
      listed.length === 0
        ? []
        : (
            await tx
              .selectDistinct({ personId: contactChannels.personId })
              .from(contactChannels)
              .where(
                and(
                  eq(contactChannels.kind, 'email'),
                  inArray(
                    contactChannels.personId,
                    listed.map((row) => row.personId),
                  ),
                ),
              )
          ).map((row) => row.personId),
    );
    const ready = listed.filter((row) => withEmail.has(row.personId)).map((row) => row.id);
    if (ready.length > 0) {
      await tx.update(invitations).set({ state: 'invited' }).where(inArray(invitations.id, ready));
      const queue = createJobQueue(tx);
      for (const invitationId of ready) {
        await queue.enqueue(
          invitationMailQueue,
          { invitationId },
          { uniqueKey: `${invitationMailQueue}:${invitationId}` },
        );
      }
      // Invitations going out is what "inviting" means.
      await tx
        .update(gatherings)
        .set({ status: 'inviting', updatedAt: now })
        .where(and(eq(gatherings.id, gathering.id), eq(gatherings.status, 'draft')));
      await scheduleReminders(tx, gathering, now);
    }
    return { queued: ready.length, withoutEmail: listed.length - ready.length };
  });
}

/** One reminder round per gathering and day, keyed by the start it was meant for: if the
 * gathering moves, the old round finds the start changed and does nothing, and scheduling again
 * for the new start makes a new round. */
export async function scheduleReminders(
  db: Db,
  gathering: { id: string; startsAt: Date },
  now: Date = new Date(),
): Promise<void> {
  const queue = createJobQueue(db);
  const startsAt = gathering.startsAt.toISOString();
  for (const daysBefore of reminderDaysBefore) {
    const runAt = new Date(gathering.startsAt.getTime() - daysBefore * dayMs);
    if (runAt.getTime() <= now.getTime()) continue;
    await queue.enqueue(
      remindersQueue,
      { gatheringId: gathering.id, startsAt, daysBefore },
      { runAt, uniqueKey: `${remindersQueue}:${gathering.id}:${startsAt}:${daysBefore}` },
    );
  }
}

/** A round of reminders is due: one mail job per invitee accepted at this moment. */
export async function fanOutReminders(
  db: Db,
  round: { gatheringId: string; startsAt: string; daysBefore: number },
): Promise<number> {
  if (!(await gatheringStillAsPlanned(db, round.gatheringId, round.startsAt))) return 0;
  const accepted = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, round.gatheringId), eq(invitations.state, 'accepted')));
  const queue = createJobQueue(db);
  for (const { id } of accepted) {
    await queue.enqueue(
      reminderMailQueue,
      { invitationId: id, startsAt: round.startsAt, daysBefore: round.daysBefore },
      { uniqueKey: `${reminderMailQueue}:${id}:${round.startsAt}:${round.daysBefore}` },
    );
  }
  return accepted.length;
}

/** Not moved, not archived or cancelled back to draft, not already held. */
export async function gatheringStillAsPlanned(
  db: Db,
  gatheringId: string,
  startsAt: string,
): Promise<boolean> {
  const [gathering] = await db
    .select({ startsAt: gatherings.startsAt, status: gatherings.status })
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  return (
    gathering !== undefined &&
    gathering.startsAt.toISOString() === startsAt &&
    (gathering.status === 'inviting' || gathering.status === 'confirmed')
  );
}
