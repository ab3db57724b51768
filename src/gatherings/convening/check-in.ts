// Check-in at the door. Recorded: one attendance row per person, with the account that checked
// them in; ties between attendees are derived from these rows. No-record mode keeps only a count,
// for gatherings where even a staff list of who came would be too dangerous to hold.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import { attendance, gatherings } from '../tables.ts';
import type { ConveningContext } from './context.ts';
import { acceptedInvitees } from './people.ts';

/** Why a check-in was refused: the person is not an accepted invitee this viewer may see, or
 * the gathering keeps no record of who came. Routes answer it with a 404. */
export class CheckInRefused extends Error {
  constructor() {
    super('This check-in is not possible.');
    this.name = 'CheckInRefused';
  }
}

async function refuseUnlessRecordable(
  context: ConveningContext,
  gathering: { id: string; noRecordCheckIn: boolean },
  personId: string,
): Promise<void> {
  if (gathering.noRecordCheckIn) throw new CheckInRefused();
  const invitees = await acceptedInvitees(context.db, context.actor, gathering.id);
  if (!invitees.some((person) => person.id === personId)) throw new CheckInRefused();
}

export async function checkIn(
  context: ConveningContext,
  gathering: { id: string; noRecordCheckIn: boolean },
  personId: string,
): Promise<void> {
  await refuseUnlessRecordable(context, gathering, personId);
  await context.db
    .insert(attendance)
    .values({
      gatheringId: gathering.id,
      personId,
      checkedInBy: context.actor.kind === 'account' ? context.actor.accountId : null,
    })
    .onConflictDoNothing();
}

export async function undoCheckIn(
  context: ConveningContext,
  gathering: { id: string; noRecordCheckIn: boolean },
  personId: string,
): Promise<void> {
  await refuseUnlessRecordable(context, gathering, personId);
  await context.db
    .delete(attendance)
    .where(and(eq(attendance.gatheringId, gathering.id), eq(attendance.personId, personId)));
}

/** +1 or -1 on the anonymous count; never below zero, and only in no-record mode. */
export async function countAnonymousArrival(
  context: ConveningContext,
  gatheringId: string,
  change: 1 | -1,
): Promise<void> {
  await context.db
    .update(gatherings)
    .set({ anonymousCheckIns: sql`greatest(0, ${gatherings.anonymousCheckIns} + ${change})` })
    .where(and(eq(gatherings.id, gatheringId), eq(gatherings.noRecordCheckIn, true)));
}

/**
 * Turns no-record mode on or off. Turning it on folds any check-ins already recorded into the
 * count and deletes them, so that the mode means what it says; turning it off later has nothing
 * to reveal. Audited with counts only.
 */
export async function setNoRecordCheckIn(
  context: ConveningContext,
  gatheringId: string,
  on: boolean,
): Promise<void> {
  await context.db.transaction(async (tx) => {
    let folded = 0;
    if (on) {
      const removed = await tx
        .delete(attendance)
        .where(eq(attendance.gatheringId, gatheringId))
        .returning({ personId: attendance.personId });
      folded = removed.length;
    }
    await tx
      .update(gatherings)
      .set({
        noRecordCheckIn: on,
        anonymousCheckIns: sql`${gatherings.anonymousCheckIns} + ${folded}`,
        updatedAt: new Date(),
      })
      .where(eq(gatherings.id, gatheringId));
    await recordAudit(tx, {
      action: on ? 'gathering.no_record_check_in_on' : 'gathering.no_record_check_in_off',
      actor: context.actor,
      subject: { kind: 'gathering', id: gatheringId },
      details: { foldedCheckIns: folded },
      requestId: context.requestId,
    });
  });
}
