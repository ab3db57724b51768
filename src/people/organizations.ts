// Organizations: reading them needs no privacy gate (they are not people), but archived and
// merged ones leave the choices offered on forms, and merged ones leave the staff list too: they
// live on in the organization they were merged into.
import { and, asc, count, eq, ilike, isNull } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import { organizations } from './tables.ts';
import { recordId } from './validation.ts';

/** The organizations a person may be affiliated with, for a select on the edit page. */
export function organizationChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(isNull(organizations.archivedAt))
    .orderBy(asc(organizations.name))
    .limit(1000);
}

export interface OrganizationView {
  id: string;
  name: string;
  country: string | null;
  kind: string;
  website: string | null;
  archived: boolean;
}

const columns = {
  id: organizations.id,
  name: organizations.name,
  country: organizations.country,
  kind: organizations.kind,
  website: organizations.website,
  archivedAt: organizations.archivedAt,
};

function present({
  archivedAt,
  ...row
}: { archivedAt: Date | null } & Omit<OrganizationView, 'archived'>): OrganizationView {
  return { ...row, archived: archivedAt !== null };
}

/** One organization that was never merged away; a malformed id is simply not found. */
export async function findOrganization(db: Db, id: string): Promise<OrganizationView | undefined> {
  if (!recordId.safeParse(id).success) return undefined;
  const [row] = await db
    .select(columns)
    .from(organizations)
    .where(and(eq(organizations.id, id), isNull(organizations.mergedIntoId)));
  return row && present(row);
}

export interface OrganizationQuery {
  query?: string;
  page: number;
  pageSize: number;
}

/** One page of organizations by name, archived ones included (and marked), merged ones not. */
export async function listOrganizations(
  db: Db,
  { query, page, pageSize }: OrganizationQuery,
): Promise<{ organizations: OrganizationView[]; total: number }> {
  const pattern = query ? `%${query.replace(/[\\%_]/g, (match) => `\\${match}`)}%` : undefined;
  const where = and(
    isNull(organizations.mergedIntoId),
    pattern ? ilike(organizations.name, pattern) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select(columns)
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { organizations: rows.map(present), total: totals[0]?.total ?? 0 };
}
