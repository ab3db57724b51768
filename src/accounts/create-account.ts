// Making accounts: how a new deployment gets its first administrator (`tracktwo admin create`),
// how the demo gets its own, and how tests get accounts with given roles. Each account comes
// with a person and the address as that person's e-mail contact channel. Run again for the same
// address, it creates nothing and only adds the roles that are missing.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import type { StaffRole } from '../core/privacy/viewer.ts';
import { contactChannels, people } from '../people/tables.ts';
import { normalizeEmail } from './accounts.ts';
import { accounts } from './tables.ts';

export interface EnsuredAccount {
  accountId: string;
  personId: string | null;
  /** False when an account with this address existed already. */
  created: boolean;
}

export async function ensureAccount(
  { db }: { db: Db },
  { email, displayName, roles }: { email: string; displayName: string; roles: StaffRole[] },
): Promise<EnsuredAccount> {
  const address = normalizeEmail(email);
  return db.transaction(async (tx) => {
    // The union of old and new roles in one statement, so two runs at once lose nothing.
    const [existing] = await tx
      .update(accounts)
      .set({
        roles: sql`(select coalesce(jsonb_agg(distinct role order by role), '[]'::jsonb)
          from jsonb_array_elements_text(${accounts.roles} || ${JSON.stringify(roles)}::jsonb) as role)`,
        updatedAt: new Date(),
      })
      .where(eq(accounts.email, address))
      .returning({ id: accounts.id, personId: accounts.personId });
    if (existing) return { accountId: existing.id, personId: existing.personId, created: false };

    const [person] = await tx
      .insert(people)
      .values({ displayName, tier: 'staff' })
      .returning({ id: people.id });
    if (!person) throw new Error('The person for the account was not created.');
    await tx
      .insert(contactChannels)
      .values({ personId: person.id, kind: 'email', value: address, preferred: 1 });
    const [account] = await tx
      .insert(accounts)
      .values({ name: displayName, email: address, personId: person.id, roles })
      .returning({ id: accounts.id });
    if (!account) throw new Error('The account was not created.');
    return { accountId: account.id, personId: person.id, created: true };
  });
}

/** An administrator for this address: a new person and account, or the role added to one. */
export function createAdministrator(
  deps: { db: Db },
  { email, displayName = 'Administrator' }: { email: string; displayName?: string },
): Promise<EnsuredAccount> {
  return ensureAccount(deps, { email, displayName, roles: ['administrator'] });
}
