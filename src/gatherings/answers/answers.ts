// Answering an invitation: accept, maybe or decline, through the personal link. One transaction
// holds the gathering's row lock, so two people accepting the last seat at the same moment are
// served one after the other (the second finds the gathering full and is waitlisted), and a seat
// given up goes to the first on the waitlist before anyone else can take it.
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { createJobQueue } from '../../core/jobs/queue.ts';
import { findInvitationByToken } from '../invitations/answer-token.ts';
import { gatherings, invitationLogistics, type invitationState, invitations } from '../tables.ts';
import { answerMailQueue } from './answer-mail-job.ts';
import { type Logistics, saveLogistics } from './logistics.ts';

export type InvitationState = (typeof invitationState.enumValues)[number];
export type AnswerChoice = 'accept' | 'maybe' | 'decline';

export interface Answer {
  choice: AnswerChoice;
  /** May the name appear on a public attendee list; asked on accepting only. */
  listConsent: boolean;
  /** Given on accepting only. */
  logistics?: Logistics;
}

/**
 * Records an answer given with `token`, and spends the token: the link changes an answer once,
 * and a fresh one arrives by e-mail with the confirmation. Undefined when the token no longer
 * opens anything (used meanwhile, replaced, expired), with nothing changed.
 */
export async function submitAnswer(
  deps: { db: Db; encryptionKey: Buffer },
  token: string,
  answer: Answer,
  now: Date = new Date(),
): Promise<{ state: InvitationState } | undefined> {
  const opened = await findInvitationByToken(deps.db, token, now);
  if (!opened) return undefined;
  return deps.db.transaction(async (tx) => {
    const [gathering] = await tx
      .select({ id: gatherings.id, capacity: gatherings.capacity })
      .from(gatherings)
      .where(eq(gatherings.id, opened.gatheringId))
      .for('update');
    // Looked up again under the lock: a second submission with the same token waits here, then
    // finds it spent.
    const invitation = await findInvitationByToken(tx, token, now);
    if (!gathering || !invitation) return undefined;

    const state = await nextState(tx, gathering, invitation.id, invitation.state, answer.choice);
    await tx
      .update(invitations)
      .set({
        state,
        waitlistedAt:
          state !== 'waitlisted'
            ? null
            : invitation.state === 'waitlisted'
              ? invitation.waitlistedAt
              : sql`now()`,
        listConsent: answer.choice === 'accept' && answer.listConsent,
        answeredAt: now,
        answerTokenHash: null,
        answerTokenExpiresAt: null,
      })
      .where(eq(invitations.id, invitation.id));

    if (answer.choice === 'accept' && answer.logistics) {
      await saveLogistics(tx, deps.encryptionKey, invitation.id, answer.logistics);
    } else if (answer.choice !== 'accept') {
      // Not coming (or not sure): their health and family details are no longer needed.
      await tx
        .delete(invitationLogistics)
        .where(eq(invitationLogistics.invitationId, invitation.id));
    }

    const jobs = createJobQueue(tx);
    await jobs.enqueue(answerMailQueue, { invitationId: invitation.id, reason: 'answered' });
    if (invitation.state === 'accepted' && state !== 'accepted') {
      const promoted = await promoteFromWaitlist(tx, gathering);
      if (promoted)
        await jobs.enqueue(answerMailQueue, { invitationId: promoted, reason: 'promoted' });
    }
    return { state };
  });
}

async function nextState(
  tx: Db,
  gathering: { id: string; capacity: number | null },
  invitationId: string,
  current: InvitationState,
  choice: AnswerChoice,
): Promise<InvitationState> {
  if (choice === 'maybe') return 'maybe';
  if (choice === 'decline') return current === 'accepted' ? 'cancelled' : 'declined';
  // Accepting again keeps one's seat, or one's place in the queue.
  if (current === 'accepted' || current === 'waitlisted') return current;
  if (gathering.capacity === null) return 'accepted';
  return (await seatsTaken(tx, gathering.id, invitationId)) >= gathering.capacity
    ? 'waitlisted'
    : 'accepted';
}

/** Accepted invitations of a gathering, apart from `except`. */
async function seatsTaken(tx: Db, gatheringId: string, except?: string): Promise<number> {
  const [taken] = await tx
    .select({ seats: count() })
    .from(invitations)
    .where(
      and(
        eq(invitations.gatheringId, gatheringId),
        eq(invitations.state, 'accepted'),
        except ? ne(invitations.id, except) : undefined,
      ),
    );
  return taken?.seats ?? 0;
}

/** Gives a freed seat to whoever has waited longest; their id, or undefined when nobody waits.
 * Call with the gathering's row locked. */
async function promoteFromWaitlist(
  tx: Db,
  gathering: { id: string; capacity: number | null },
): Promise<string | undefined> {
  // Staff may have lowered the capacity below the seats taken: then a freed seat is not free.
  if (gathering.capacity !== null && (await seatsTaken(tx, gathering.id)) >= gathering.capacity) {
    return undefined;
  }
  const [first] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.state, 'waitlisted')))
    .orderBy(asc(invitations.waitlistedAt), asc(invitations.createdAt), asc(invitations.id))
    .limit(1);
  if (!first) return undefined;
  await tx
    .update(invitations)
    .set({ state: 'accepted', waitlistedAt: null })
    .where(eq(invitations.id, first.id));
  return first.id;
}
