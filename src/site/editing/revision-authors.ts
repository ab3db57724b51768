// Who saved each revision, as the viewing editor may see them: the account's person through the
// privacy gate (a protected person by pseudonym, or not at all), never the sign-in address.
import { and, eq, inArray } from 'drizzle-orm';
import { accounts } from '../../accounts/tables.ts';
import type { Db } from '../../core/db/client.ts';
import { personColumns, presentPerson, visiblePeople } from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';

/** Account id -> the name this viewer may see; accounts missing here are shown by number. */
export async function revisionAuthorNames(
  db: Db,
  viewer: Viewer,
  accountIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ accountId: accounts.id, person: personColumns })
    .from(accounts)
    .innerJoin(people, and(eq(people.id, accounts.personId), visiblePeople(viewer)))
    .where(inArray(accounts.id, ids));
  const names = new Map<string, string>();
  for (const row of rows) {
    const shown = presentPerson(viewer, row.person);
    if (shown?.name) names.set(row.accountId, shown.name);
  }
  return names;
}
