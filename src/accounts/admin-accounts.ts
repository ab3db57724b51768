// Administering accounts: the list for administrators and one command per intent (roles, the
// protected clearance, disabling). Every change is audited by id. An administrator cannot take
// away their own administrator role or disable their own account, so the last administrator can
// never lock everyone out. The person behind an account is only linked to, never read here: a
// person's name goes through the privacy gate on the person's own page. An account's address is
// one of its person's contact channels, so it is shown, and searched, only where the gate lets
// the administrator see that person's contacts (a protected person's needs the clearance).
import { and, asc, count, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../core/audit/audit.ts';
import type { Db } from '../core/db/client.ts';
import { contactsVisible } from '../core/privacy/gate.ts';
import { hasRole, type StaffRole, staffRoles, type Viewer } from '../core/privacy/viewer.ts';
import { people } from '../people/tables.ts';
import { knownRoles } from './accounts.ts';
import { disableAccount } from './disable-account.ts';
import { accounts } from './tables.ts';

export interface AdministeredAccount {
  id: string;
  /** Null when the address is withheld from this administrator by the privacy gate. */
  email: string | null;
  personId: string | null;
  roles: StaffRole[];
  protectedClearance: boolean;
  disabled: boolean;
  createdAt: Date;
}

export interface AccountAdminContext {
  db: Db;
  actor: Viewer;
  requestId?: string;
}

export type AccountChangeRefusal =
  | 'ownAdministratorRole'
  | 'ownAccount'
  | 'clearanceNeedsStaffRole';

/** Thrown when a change is not allowed; nothing was changed. */
export class AccountChangeRefused extends Error {
  constructor(readonly reason: AccountChangeRefusal) {
    super(`The account change was refused: ${reason}`);
    this.name = 'AccountChangeRefused';
  }
}

/** Whether the viewer may see this account's address: always without a person, else the gate's
 * rule for the person's contacts. */
function addressVisible(viewer: Viewer): SQL {
  return or(isNull(accounts.personId), contactsVisible(viewer)) as SQL;
}

function columns(viewer: Viewer) {
  return {
    id: accounts.id,
    email: accounts.email,
    emailShown: sql<boolean>`coalesce(${addressVisible(viewer)}, false)`,
    personId: accounts.personId,
    roles: accounts.roles,
    protectedClearance: accounts.protectedClearance,
    disabledAt: accounts.disabledAt,
    createdAt: accounts.createdAt,
  };
}

function present(row: {
  id: string;
  email: string;
  emailShown: boolean;
  personId: string | null;
  roles: unknown;
  protectedClearance: boolean;
  disabledAt: Date | null;
  createdAt: Date;
}): AdministeredAccount {
  const { disabledAt, roles, email, emailShown, ...rest } = row;
  return {
    ...rest,
    email: emailShown ? email : null,
    roles: knownRoles(roles),
    disabled: disabledAt !== null,
  };
}

/** One page of accounts by address; `email` matches any part of it. */
export async function listAccounts(
  db: Db,
  viewer: Viewer,
  { email, page, pageSize }: { email?: string; page: number; pageSize: number },
): Promise<{ accounts: AdministeredAccount[]; total: number }> {
  const pattern = email ? `%${email.replace(/[\\%_]/g, (match) => `\\${match}`)}%` : undefined;
  // A search by address only finds the addresses the viewer may see.
  const where = pattern ? and(ilike(accounts.email, pattern), addressVisible(viewer)) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select(columns(viewer))
      .from(accounts)
      .leftJoin(people, eq(people.id, accounts.personId))
      .where(where)
      .orderBy(asc(accounts.email))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(accounts)
      .leftJoin(people, eq(people.id, accounts.personId))
      .where(where),
  ]);
  return { accounts: rows.map(present), total: totals[0]?.total ?? 0 };
}

export async function findAdministeredAccount(
  db: Db,
  viewer: Viewer,
  id: string,
): Promise<AdministeredAccount | undefined> {
  const [row] = await db
    .select(columns(viewer))
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.id, id));
  return row && present(row);
}

/** The routes are guarded already; the commands check again, whoever calls them. */
function authorize(actor: Viewer): void {
  if (!hasRole(actor, 'administrator')) throw new HTTPException(404);
}

function isSelf(actor: Viewer, accountId: string): boolean {
  return actor.kind === 'account' && actor.accountId === accountId;
}

/** Sets the roles; an account left without any staff role loses the clearance with them. */
export async function changeAccountRoles(
  context: AccountAdminContext,
  accountId: string,
  wanted: readonly StaffRole[],
): Promise<void> {
  authorize(context.actor);
  // In the order of staffRoles, each once, so the stored list never depends on the form.
  const roles = staffRoles.filter((role) => wanted.includes(role));
  if (isSelf(context.actor, accountId) && !roles.includes('administrator')) {
    throw new AccountChangeRefused('ownAdministratorRole');
  }
  await context.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ roles: accounts.roles, protectedClearance: accounts.protectedClearance })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('update');
    if (!current) throw new HTTPException(404);
    const oldRoles = knownRoles(current.roles);
    if (oldRoles.join() === roles.join()) return;
    const dropClearance = roles.length === 0 && current.protectedClearance;
    await tx
      .update(accounts)
      .set({ roles, updatedAt: new Date(), ...(dropClearance && { protectedClearance: false }) })
      .where(eq(accounts.id, accountId));
    const subject = { kind: 'account', id: accountId };
    await recordAudit(tx, {
      action: 'account.roles_changed',
      actor: context.actor,
      subject,
      details: { oldRoles, newRoles: roles },
      requestId: context.requestId,
    });
    if (dropClearance) {
      await recordAudit(tx, {
        action: 'account.clearance_changed',
        actor: context.actor,
        subject,
        details: { granted: false, because: 'noStaffRole' },
        requestId: context.requestId,
      });
    }
  });
}

/** Grants or revokes the protected clearance; only staff may hold it. */
export async function setProtectedClearance(
  context: AccountAdminContext,
  accountId: string,
  granted: boolean,
): Promise<void> {
  authorize(context.actor);
  await context.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ roles: accounts.roles, protectedClearance: accounts.protectedClearance })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('update');
    if (!current) throw new HTTPException(404);
    if (granted && knownRoles(current.roles).length === 0) {
      throw new AccountChangeRefused('clearanceNeedsStaffRole');
    }
    if (current.protectedClearance === granted) return;
    await tx
      .update(accounts)
      .set({ protectedClearance: granted, updatedAt: new Date() })
      .where(eq(accounts.id, accountId));
    await recordAudit(tx, {
      action: 'account.clearance_changed',
      actor: context.actor,
      subject: { kind: 'account', id: accountId },
      details: { granted },
      requestId: context.requestId,
    });
  });
}

/** Disabling ends every session of the account at once (disableAccount deletes them in the same
 * transaction, and records `account.disabled`); enabling lets it sign in again. */
export async function setAccountDisabled(
  context: AccountAdminContext,
  accountId: string,
  disabled: boolean,
): Promise<void> {
  authorize(context.actor);
  if (disabled && isSelf(context.actor, accountId)) throw new AccountChangeRefused('ownAccount');
  if (disabled) {
    const [current] = await context.db
      .select({ disabledAt: accounts.disabledAt })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    if (!current) throw new HTTPException(404);
    if (current.disabledAt === null) {
      await disableAccount(context.db, { accountId, actor: context.actor });
    }
    return;
  }
  await context.db.transaction(async (tx) => {
    const enabled = await tx
      .update(accounts)
      .set({ disabledAt: null, updatedAt: new Date() })
      .where(and(eq(accounts.id, accountId), isNotNull(accounts.disabledAt)))
      .returning({ id: accounts.id });
    if (enabled.length === 0) return;
    await recordAudit(tx, {
      action: 'account.enabled',
      actor: context.actor,
      subject: { kind: 'account', id: accountId },
      requestId: context.requestId,
    });
  });
}
