// Every answer to a gathering, for staff: each invitee through the privacy gate (protected people
// by pseudonym unless the viewer is cleared), with their logistics opened only as far as the gate
// lets the viewer see that person (logisticsFor).
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { gatherings, invitationLogistics, invitations } from '../tables.ts';
import type { InvitationState } from './answers.ts';
import { type Logistics, logisticsFor, type MinimalLogistics, openLogistics } from './logistics.ts';

export interface StaffAnswer {
  invitationId: string;
  person: PresentedPerson;
  state: InvitationState;
  answeredAt: Date | null;
  /** 1 for the first in line; null when not waitlisted. */
  waitlistPosition: number | null;
  logistics: Logistics | MinimalLogistics | undefined;
}

export interface GatheringAnswers {
  gathering: { id: string; title: string; timeZone: string };
  answers: StaffAnswer[];
  /** Invitees the viewer may not see at all: counted, never named. */
  hidden: number;
}

export async function listGatheringAnswers(
  db: Db,
  key: Buffer,
  viewer: Viewer,
  gatheringId: string,
): Promise<GatheringAnswers | undefined> {
  const [gathering] = await db
    .select({ id: gatherings.id, title: gatherings.title, timeZone: gatherings.timeZone })
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  if (!gathering) return undefined;
  const rows = await db
    .select({
      invitationId: invitations.id,
      state: invitations.state,
      answeredAt: invitations.answeredAt,
      sealed: invitationLogistics.sealed,
      person: personColumns,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .leftJoin(invitationLogistics, eq(invitationLogistics.invitationId, invitations.id))
    .where(and(eq(invitations.gatheringId, gatheringId), visiblePeople(viewer)));
  const [all] = await db
    .select({ invitees: count() })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.gatheringId, gatheringId), isNull(people.erasedAt)));
  // Positions count everyone waiting, seen or not, so a position means the same to every viewer.
  const waiting = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), eq(invitations.state, 'waitlisted')))
    .orderBy(asc(invitations.waitlistedAt), asc(invitations.createdAt), asc(invitations.id));
  const positions = new Map(waiting.map((row, index) => [row.id, index + 1]));

  const answers = rows.flatMap((row): StaffAnswer[] => {
    const person = presentPerson(viewer, row.person);
    if (!person) return [];
    return [
      {
        invitationId: row.invitationId,
        person,
        state: row.state,
        answeredAt: row.answeredAt,
        waitlistPosition: positions.get(row.invitationId) ?? null,
        logistics: row.sealed
          ? logisticsFor(openLogistics(key, row.sealed), person.mayShowContacts)
          : undefined,
      },
    ];
  });
  // Sorted by what is shown: ordering by the real name would hint at it behind a pseudonym.
  answers.sort(
    (a, b) =>
      a.person.name.localeCompare(b.person.name) || a.invitationId.localeCompare(b.invitationId),
  );
  return { gathering, answers, hidden: (all?.invitees ?? 0) - answers.length };
}

/** The emergency contact, when this viewer may see it. */
export function emergencyContactOf(logistics: StaffAnswer['logistics']): string | undefined {
  if (!logistics || !('emergencyContactName' in logistics)) return undefined;
  return [logistics.emergencyContactName, logistics.emergencyContactPhone]
    .filter(Boolean)
    .join(', ');
}
