// Reads of accounts that sign-in needs. Accounts hold no personal data beyond the address they
// sign in with; the person behind one is read through the privacy gate, never from here.
import { eq } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import { type StaffRole, staffRoles } from '../core/privacy/viewer.ts';
import { accounts } from './tables.ts';

export interface AccountSummary {
  id: string;
  email: string;
  personId: string | null;
  roles: StaffRole[];
  disabled: boolean;
}

/** better-auth compares addresses in lower case, so we store and look them up that way. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findAccountByEmail(
  db: Db,
  email: string,
): Promise<AccountSummary | undefined> {
  const [row] = await selectSummary(db).where(eq(accounts.email, normalizeEmail(email)));
  return row && summarize(row);
}

export async function findAccountById(db: Db, id: string): Promise<AccountSummary | undefined> {
  const [row] = await selectSummary(db).where(eq(accounts.id, id));
  return row && summarize(row);
}

function selectSummary(db: Db) {
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      personId: accounts.personId,
      roles: accounts.roles,
      disabledAt: accounts.disabledAt,
    })
    .from(accounts);
}

function summarize(row: {
  id: string;
  email: string;
  personId: string | null;
  roles: unknown;
  disabledAt: Date | null;
}): AccountSummary {
  return {
    id: row.id,
    email: row.email,
    personId: row.personId,
    roles: knownRoles(row.roles),
    disabled: row.disabledAt !== null,
  };
}

/** Roles as stored, minus anything this version does not know (never more power than named). */
export function knownRoles(value: unknown): StaffRole[] {
  if (!Array.isArray(value)) return [];
  return staffRoles.filter((role) => value.includes(role));
}
