// The token of an invitation is a better-auth verification value: better-auth makes the random
// token, stores only its hash (auth.ts: `storeIdentifier`) and consumes it atomically, so a
// link works once even if two browsers open it at the same moment. We write no token code.
import { generateRandomString } from 'better-auth/crypto';
import { z } from 'zod';
import type { Auth } from './auth.ts';

export const invitationIdentifierPrefix = 'invitation:';

/** How long an invitation works: a week, for people who read their mail rarely. */
export const invitationDays = 7;

/** What an invitation remembers: ids only (the address is read from the person at acceptance). */
const invitationValue = z.object({
  type: z.literal('invitation'),
  personId: z.uuid(),
  invitedBy: z.uuid(),
});
export type Invitation = z.infer<typeof invitationValue>;

/** Stores a new invitation and returns its token (for the link; never stored in clear). */
export async function issueInvitationToken(
  auth: Auth,
  { personId, invitedBy }: { personId: string; invitedBy: string },
): Promise<string> {
  const token = generateRandomString(32, 'a-z', 'A-Z', '0-9');
  const { internalAdapter } = await auth.$context;
  await internalAdapter.createVerificationValue({
    identifier: `${invitationIdentifierPrefix}${token}`,
    value: JSON.stringify({ type: 'invitation', personId, invitedBy }),
    expiresAt: new Date(Date.now() + invitationDays * 24 * 3600 * 1000),
  });
  return token;
}

/** The invitation behind a token, if it is still good; it stays unspent. */
export async function peekInvitation(auth: Auth, token: string): Promise<Invitation | undefined> {
  if (!wellFormed(token)) return undefined;
  const { internalAdapter } = await auth.$context;
  const row = await internalAdapter.findVerificationValue(`${invitationIdentifierPrefix}${token}`);
  if (!row || row.expiresAt.getTime() <= Date.now()) return undefined;
  return parse(row.value);
}

/** Spends the invitation: the first caller gets it, every later one (or an expired one) none. */
export async function consumeInvitation(
  auth: Auth,
  token: string,
): Promise<Invitation | undefined> {
  if (!wellFormed(token)) return undefined;
  const { internalAdapter } = await auth.$context;
  const row = await internalAdapter.consumeVerificationValue(
    `${invitationIdentifierPrefix}${token}`,
  );
  return row ? parse(row.value) : undefined;
}

function wellFormed(token: string): boolean {
  return /^[A-Za-z0-9]{32}$/.test(token);
}

function parse(value: string): Invitation | undefined {
  try {
    const parsed = invitationValue.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
