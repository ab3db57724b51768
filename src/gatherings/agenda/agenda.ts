// Reading an agenda: a gathering's sessions in time order, each with its facilitators as the
// viewer may see them. Facilitators are people, so they pass through the privacy gate like any
// other list of people; one the viewer may not see is kept as a nameless place (null), so the
// agenda still says that someone facilitates without saying who.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { agendaSessions, gatherings, sessionFacilitators } from '../tables.ts';

export interface AgendaSession {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  languages: string[];
  interpretation: string;
  /** Visible facilitators first (by name), then one null for each the viewer may not see. */
  facilitators: (PresentedPerson | null)[];
}

/** What the agenda needs to know of its gathering. */
export interface AgendaGathering {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

export async function findAgendaGathering(
  db: Db,
  gatheringId: string,
): Promise<AgendaGathering | undefined> {
  const [row] = await db
    .select({
      id: gatherings.id,
      title: gatherings.title,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      timeZone: gatherings.timeZone,
    })
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  return row;
}

/** The sessions of one gathering by start, then end, then title; facilitators through the gate. */
export async function listAgenda(
  db: Db,
  gatheringId: string,
  viewer: Viewer,
): Promise<AgendaSession[]> {
  const sessions = await db
    .select()
    .from(agendaSessions)
    .where(eq(agendaSessions.gatheringId, gatheringId))
    .orderBy(
      asc(agendaSessions.startsAt),
      asc(agendaSessions.endsAt),
      asc(agendaSessions.title),
      asc(agendaSessions.id),
    );
  const facilitators = await listFacilitators(
    db,
    viewer,
    sessions.map((session) => session.id),
  );
  return sessions.map((session) => ({
    id: session.id,
    title: session.title,
    description: session.description,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room,
    languages: session.languages,
    interpretation: session.interpretation,
    facilitators: facilitators.get(session.id) ?? [],
  }));
}

/** The agendas of several gatherings at once, by gathering id (for a person's calendar). */
export async function listAgendas(
  db: Db,
  gatheringIds: string[],
  viewer: Viewer,
): Promise<Map<string, AgendaSession[]>> {
  const agendas = await Promise.all(gatheringIds.map((id) => listAgenda(db, id, viewer)));
  return new Map(gatheringIds.map((id, index) => [id, agendas[index] ?? []]));
}

async function listFacilitators(
  db: Db,
  viewer: Viewer,
  sessionIds: string[],
): Promise<Map<string, (PresentedPerson | null)[]>> {
  const bySession = new Map<string, (PresentedPerson | null)[]>();
  if (sessionIds.length === 0) return bySession;
  const inSessions = inArray(sessionFacilitators.sessionId, sessionIds);
  const [all, visible] = await Promise.all([
    // Only ids, to count the places of those the viewer may not see; never presented.
    db
      .select({ sessionId: sessionFacilitators.sessionId, personId: sessionFacilitators.personId })
      .from(sessionFacilitators)
      .innerJoin(people, eq(people.id, sessionFacilitators.personId))
      .where(and(inSessions, isNull(people.erasedAt))),
    db
      .select({ sessionId: sessionFacilitators.sessionId, person: personColumns })
      .from(sessionFacilitators)
      .innerJoin(people, eq(people.id, sessionFacilitators.personId))
      .where(and(inSessions, visiblePeople(viewer))),
  ]);
  const shown = new Set<string>();
  for (const row of visible) {
    const person = presentPerson(viewer, row.person);
    if (!person) continue;
    shown.add(`${row.sessionId} ${row.person.id}`);
    bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), person]);
  }
  for (const list of bySession.values()) list.sort(byName);
  for (const row of all) {
    if (shown.has(`${row.sessionId} ${row.personId}`)) continue;
    bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), null]);
  }
  return bySession;
}

/** Visible facilitators by the name the viewer sees (never by a name they may not see). */
function byName(a: PresentedPerson | null, b: PresentedPerson | null): number {
  return (a?.name ?? '').localeCompare(b?.name ?? '') || (a?.id ?? '').localeCompare(b?.id ?? '');
}
