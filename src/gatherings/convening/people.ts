// The people a convening page works with: accepted invitees and recorded attendees, read through
// the privacy gate for the staff viewer (protected people by pseudonym unless cleared), and the
// names the note editor looks for.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  type PersonRow,
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { attendance, invitations } from '../tables.ts';

function presentAll(viewer: Viewer, rows: PersonRow[]): PresentedPerson[] {
  return (
    rows
      .map((row) => presentPerson(viewer, row))
      .filter((person): person is PresentedPerson => person !== undefined)
      // Sorted by the name shown, in memory: an SQL order by the real name would betray where a
      // pseudonymous person's real name falls.
      .sort((a, b) => a.name.localeCompare(b.name))
  );
}

/** Invitees who accepted, as this viewer may see them. */
export async function acceptedInvitees(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<PresentedPerson[]> {
  const rows = await db
    .select(personColumns)
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(
      and(
        eq(invitations.gatheringId, gatheringId),
        eq(invitations.state, 'accepted'),
        visiblePeople(viewer),
      ),
    );
  return presentAll(viewer, rows);
}

/** People whose check-in was recorded, as this viewer may see them. */
export async function recordedAttendees(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<PresentedPerson[]> {
  const rows = await db
    .select(personColumns)
    .from(attendance)
    .innerJoin(people, eq(people.id, attendance.personId))
    .where(and(eq(attendance.gatheringId, gatheringId), visiblePeople(viewer)));
  return presentAll(viewer, rows);
}

/** Who the gathering's outcomes and follow-up are about: the recorded attendees, or, when
 * check-in keeps no record of who came, the accepted invitees. */
export function participantsOf(
  db: Db,
  viewer: Viewer,
  gathering: { id: string; noRecordCheckIn: boolean },
): Promise<PresentedPerson[]> {
  return gathering.noRecordCheckIn
    ? acceptedInvitees(db, viewer, gathering.id)
    : recordedAttendees(db, viewer, gathering.id);
}

/** Ids of the people checked in at a gathering. */
export async function checkedInIds(db: Db, gatheringId: string): Promise<Set<string>> {
  const rows = await db
    .select({ personId: attendance.personId })
    .from(attendance)
    .where(eq(attendance.gatheringId, gatheringId));
  return new Set(rows.map((row) => row.personId));
}

/**
 * Every name of the gathering's invitees (whatever their answer) that this viewer knows: the
 * display name, names in other scripts and the pseudonym. A protected person seen by staff
 * without clearance contributes the pseudonym only: looking for real names the viewer may not
 * see would make the warning an oracle for them.
 */
export async function inviteeNames(db: Db, viewer: Viewer, gatheringId: string): Promise<string[]> {
  const rows = await db
    .select({ ...personColumns, knownPseudonym: people.pseudonym })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.gatheringId, gatheringId), visiblePeople(viewer)));
  return rows.flatMap((row) => {
    const person = presentPerson(viewer, row);
    if (!person) return [];
    if (person.pseudonymous) return [person.name];
    return [person.name, ...(person.otherNames ?? []), row.knownPseudonym ?? ''];
  });
}
