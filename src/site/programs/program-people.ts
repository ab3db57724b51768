// The people linked to a program, read through the privacy gate: the same query serves the
// public page (the anonymous viewer: tier public only) and the editors' page (their own view).
// A link to someone the viewer may not see is left out, never shown in part.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { programPeople } from '../tables.ts';

export interface ProgramPerson {
  person: PresentedPerson;
  role: string;
  projectId: string | null;
}

export async function programPeopleSeenBy(
  db: Db,
  viewer: Viewer,
  programId: string,
): Promise<ProgramPerson[]> {
  const rows = await db
    .select({ ...personColumns, role: programPeople.role, projectId: programPeople.projectId })
    .from(programPeople)
    .innerJoin(people, eq(people.id, programPeople.personId))
    .where(and(eq(programPeople.programId, programId), visiblePeople(viewer)))
    .orderBy(asc(people.displayName), asc(people.id));
  return rows.flatMap(({ role, projectId, ...row }) => {
    const person = presentPerson(viewer, row);
    return person ? [{ person, role, projectId }] : [];
  });
}

/** Whether this viewer may see the person at all: only such a person may be linked by them. */
export async function personSeenBy(db: Db, viewer: Viewer, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(viewer)));
  return row !== undefined;
}
