// The one query that names a gathering's attendees. Pages, calendars, exports and e-mails all
// call it, so the attendee-list rule (policy.ts) and the privacy gate are applied in one place
// and cannot be forgotten by a new caller.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../core/privacy/gate.ts';
import { anonymous, type Viewer } from '../core/privacy/viewer.ts';
import { people } from '../people/tables.ts';
import { attendeeListAccess, type InvitationState } from './policy.ts';
import { gatherings, invitations } from './tables.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The accepted attendees of a gathering this viewer may see, presented for them, by name.
 * Empty when the gathering is missing or the viewer may not see its list. */
export async function listVisibleAttendees(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<PresentedPerson[]> {
  if (!uuidPattern.test(gatheringId)) return [];
  const [gathering] = await db
    .select({ attendeeList: gatherings.attendeeList, public: gatherings.public })
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  if (!gathering) return [];
  const access = attendeeListAccess(
    viewer,
    gathering,
    await ownInvitationState(db, viewer, gatheringId),
  );
  if (access === 'none') return [];
  // A consented public list is shown as the anonymous public would see it, whoever asks: a
  // person who is not public (protected ones above all) is never on it, consent or not.
  const presentedTo = access === 'public-consented' ? anonymous : viewer;
  const conditions: SQL[] = [
    eq(invitations.gatheringId, gatheringId),
    eq(invitations.state, 'accepted'),
    visiblePeople(presentedTo),
  ];
  if (access === 'public-consented') conditions.push(eq(invitations.listConsent, true));
  const rows = await db
    .select(personColumns)
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(...conditions))
    .orderBy(asc(people.id));
  // Sorted once presented: staff without clearance see protected people by pseudonym.
  return rows
    .map((row) => presentPerson(presentedTo, row))
    .filter((person): person is PresentedPerson => person !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The state of the viewer's own invitation to this gathering, if they have one. */
export async function ownInvitationState(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<InvitationState | undefined> {
  if (viewer.kind !== 'account' || !viewer.personId) return undefined;
  const [own] = await db
    .select({ state: invitations.state })
    .from(invitations)
    .where(
      and(eq(invitations.gatheringId, gatheringId), eq(invitations.personId, viewer.personId)),
    );
  return own?.state;
}
