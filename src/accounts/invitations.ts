// Invitations to create an account: staff invite a person the organization knows (from the
// person's page) or a new one by address; the person gets a single-use link for a week, and
// accepting it makes an account linked to the person. The address comes from the person's e-mail
// channel, read through the privacy gate when staff invite and from the record at acceptance.
import { eq, or } from 'drizzle-orm';
import { recordAudit } from '../core/audit/audit.ts';
import type { Db } from '../core/db/client.ts';
import { isStaff, type Viewer } from '../core/privacy/viewer.ts';
import type { Deps } from '../core/web/context.ts';
import { readContacts, replaceContacts } from '../people/contacts.ts';
import { findPerson } from '../people/people.ts';
import { people } from '../people/tables.ts';
import { normalizeEmail } from './accounts.ts';
import { consumeInvitation, invitationDays, issueInvitationToken } from './invitation-token.ts';
import { accounts } from './tables.ts';
import { invitationMessage } from './views/invitation-mail.tsx';

export const acceptInvitationPath = '/invitations/accept';

type InviteDeps = Pick<Deps, 'db' | 'auth' | 'mailer' | 'config'>;

export type InviteOutcome =
  | { ok: true; personId: string }
  | { ok: false; reason: 'not_found' | 'no_email' | 'has_account' };

/** Invites a person staff can see with contacts; refuses one with no address or an account. */
export async function invitePerson(
  deps: InviteDeps,
  { viewer, personId, requestId }: { viewer: Viewer; personId: string; requestId?: string },
): Promise<InviteOutcome> {
  if (viewer.kind !== 'account' || !isStaff(viewer)) return { ok: false, reason: 'not_found' };
  const record = await findPerson(deps.db, viewer, personId, {
    encryptionKey: deps.config.encryptionKey,
    requestId,
  });
  if (!record || record.person.archived) return { ok: false, reason: 'not_found' };
  const email = record.contacts?.find((contact) => contact.kind === 'email')?.value;
  if (!email) return { ok: false, reason: 'no_email' };
  if (await hasAccount(deps.db, personId, email)) return { ok: false, reason: 'has_account' };
  await sendInvitation(deps, { viewer, personId, email, requestId });
  return { ok: true, personId };
}

/** Invites someone new: a person (tier staff, the default) with this address, then the mail. */
export async function inviteByEmail(
  deps: InviteDeps,
  input: { viewer: Viewer; email: string; displayName: string; requestId?: string },
): Promise<InviteOutcome> {
  const { viewer } = input;
  if (viewer.kind !== 'account' || !isStaff(viewer)) return { ok: false, reason: 'not_found' };
  const email = normalizeEmail(input.email);
  const [taken] = await deps.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, email));
  if (taken) return { ok: false, reason: 'has_account' };
  const personId = await deps.db.transaction(async (tx) => {
    const [person] = await tx
      .insert(people)
      .values({ displayName: input.displayName })
      .returning({ id: people.id });
    if (!person) throw new Error('The invited person was not created.');
    await replaceContacts(
      tx,
      deps.config.encryptionKey,
      person.id,
      [{ kind: 'email', value: email }],
      false,
    );
    return person.id;
  });
  await sendInvitation(deps, { viewer, personId, email, requestId: input.requestId });
  return { ok: true, personId };
}

async function sendInvitation(
  deps: InviteDeps,
  input: {
    viewer: Viewer & { kind: 'account' };
    personId: string;
    email: string;
    requestId?: string;
  },
): Promise<void> {
  const token = await issueInvitationToken(deps.auth, {
    personId: input.personId,
    invitedBy: input.viewer.accountId,
  });
  const url = new URL(acceptInvitationPath, deps.config.publicUrl);
  url.searchParams.set('token', token);
  // Sent now, not by a job: a job's payload would hold the token, and staff do not mind a wait.
  await deps.mailer.send(
    invitationMessage({ to: input.email, url: url.toString(), expiresInDays: invitationDays }),
  );
  await recordAudit(deps.db, {
    action: 'account.invited',
    actor: input.viewer,
    subject: { kind: 'person', id: input.personId },
    requestId: input.requestId,
  });
}

async function hasAccount(db: Db, personId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(or(eq(accounts.personId, personId), eq(accounts.email, normalizeEmail(email))));
  return row !== undefined;
}

export type AcceptOutcome =
  | { ok: true; accountId: string; email: string }
  | { ok: false; reason: 'invalid' | 'has_account' };

/** Spends the invitation and makes the account for the person; the caller then signs it in. */
export async function acceptInvitation(
  deps: Pick<Deps, 'db' | 'auth' | 'config'>,
  { token, requestId }: { token: string; requestId?: string },
): Promise<AcceptOutcome> {
  const invitation = await consumeInvitation(deps.auth, token);
  if (!invitation) return { ok: false, reason: 'invalid' };
  const { personId } = invitation;
  // Not through the gate: no viewer exists yet, and only the address is read, for the account.
  const [person] = await deps.db
    .select({ id: people.id, erasedAt: people.erasedAt })
    .from(people)
    .where(eq(people.id, personId));
  if (!person || person.erasedAt) return { ok: false, reason: 'invalid' };
  const contacts = await readContacts(deps.db, deps.config.encryptionKey, personId);
  const address = contacts.find((contact) => contact.kind === 'email')?.value;
  if (!address) return { ok: false, reason: 'invalid' };
  const email = normalizeEmail(address);
  if (await hasAccount(deps.db, personId, email)) return { ok: false, reason: 'has_account' };
  // The address is proven: the link reached it. No name on the account: the person holds it.
  const [account] = await deps.db
    .insert(accounts)
    .values({ name: '', email, emailVerified: true, personId })
    .onConflictDoNothing()
    .returning({ id: accounts.id });
  if (!account) return { ok: false, reason: 'has_account' };
  await recordAudit(deps.db, {
    action: 'account.invitation_accepted',
    subject: { kind: 'account', id: account.id },
    details: { personId, invitedBy: invitation.invitedBy },
    requestId,
  });
  return { ok: true, accountId: account.id, email };
}
