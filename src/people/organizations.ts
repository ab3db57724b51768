// Organizations: reading them needs no privacy gate (they are not people), but archived and
// merged ones leave the choices offered on forms.
import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import { organizations } from './tables.ts';

/** The organizations a person may be affiliated with, for a select on the edit page. */
export function organizationChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(isNull(organizations.archivedAt))
    .orderBy(asc(organizations.name))
    .limit(1000);
}
