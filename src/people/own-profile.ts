// A person's own record, as they see and correct it at /me. Read through the privacy gate like
// every other read: to the gate the person is simply a viewer looking at themself.
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../core/audit/audit.ts';
import type { Db } from '../core/db/client.ts';
import {
  type PersonRow,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../core/privacy/gate.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { affiliations, organizations, people } from './tables.ts';
import { personForm } from './validation.ts';

/** What a person may change about themself: not the tier, the pseudonym or contacts. */
export const ownProfileForm = personForm.pick({
  displayName: true,
  otherNames: true,
  residence: true,
  languages: true,
  fields: true,
  bio: true,
});
export type OwnProfileInput = ReturnType<typeof ownProfileForm.parse>;

export interface OwnAffiliation {
  organization: string;
  role: string;
  fromYear: number | null;
  toYear: number | null;
}

/** The viewer's own row, or undefined when they have none (or the gate hides it). */
export async function loadOwnRow(db: Db, viewer: Viewer): Promise<PersonRow | undefined> {
  if (viewer.kind !== 'account' || !viewer.personId) return undefined;
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(visiblePeople(viewer), eq(people.id, viewer.personId)));
  return row && presentPerson(viewer, row) ? row : undefined;
}

export function listOwnAffiliations(db: Db, personId: string): Promise<OwnAffiliation[]> {
  return db
    .select({
      organization: organizations.name,
      role: affiliations.role,
      fromYear: affiliations.fromYear,
      toYear: affiliations.toYear,
    })
    .from(affiliations)
    .innerJoin(organizations, eq(organizations.id, affiliations.organizationId))
    .where(eq(affiliations.personId, personId))
    .orderBy(asc(organizations.name));
}

/** Saves the person's own changes and audits which fields changed (never their values). */
export async function updateOwnProfile(
  db: Db,
  viewer: Viewer,
  input: OwnProfileInput,
  requestId?: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await loadOwnRow(tx, viewer);
    if (!before || viewer.kind !== 'account') return false;
    await tx
      .update(people)
      .set({ ...input, updatedAt: new Date() })
      .where(and(visiblePeople(viewer), eq(people.id, before.id)));
    const changed = (Object.keys(input) as (keyof OwnProfileInput)[]).filter(
      (key) => JSON.stringify(input[key]) !== JSON.stringify(before[key]),
    );
    await recordAudit(tx, {
      action: 'person.updated_by_self',
      actor: viewer,
      subject: { kind: 'person', id: before.id },
      details: { changed },
      requestId,
    });
    return true;
  });
}
