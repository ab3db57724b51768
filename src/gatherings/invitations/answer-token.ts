// The personal answer link of an invitation: /answer/<token>. The token lives only in the e-mail;
// the database keeps its SHA-256, so a leaked table opens no answers. Each invitation has at most
// one live token: issuing a new one (every send, every change of answer) replaces the previous,
// which is what makes a link change an answer once.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { gatherings, invitations } from '../tables.ts';

export type InvitationRow = typeof invitations.$inferSelect;

/** 32 random bytes in base64url: 43 characters of [A-Za-z0-9_-]. */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of a token (for code that must check a token is still the current one). */
export function hashAnswerToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Makes a new answer token for the invitation and stores its hash, replacing any earlier token.
 * It expires at `expiresAt`, by default when the gathering starts (after that there is nothing
 * left to answer). Pass a transaction as `db` to tie the new token to other changes.
 */
export async function issueAnswerToken(
  db: Db,
  invitationId: string,
  expiresAt?: Date,
): Promise<string> {
  const expiry = expiresAt ?? (await gatheringStart(db, invitationId));
  const token = randomBytes(32).toString('base64url');
  const updated = await db
    .update(invitations)
    .set({ answerTokenHash: hashAnswerToken(token), answerTokenExpiresAt: expiry })
    .where(eq(invitations.id, invitationId))
    .returning({ id: invitations.id });
  if (updated.length === 0) throw new Error(`No invitation ${invitationId}`);
  return token;
}

/** The invitation a token opens, or undefined when it is unknown, replaced, expired or mangled
 * (all alike, so a guesser learns nothing). Looking up by hash needs no constant-time compare. */
export async function findInvitationByToken(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<InvitationRow | undefined> {
  if (!tokenShape.test(token)) return undefined;
  const [row] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.answerTokenHash, hashAnswerToken(token)),
        gt(invitations.answerTokenExpiresAt, now),
      ),
    );
  return row;
}

async function gatheringStart(db: Db, invitationId: string): Promise<Date> {
  const [row] = await db
    .select({ startsAt: gatherings.startsAt })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(eq(invitations.id, invitationId));
  if (!row) throw new Error(`No invitation ${invitationId}`);
  return row.startsAt;
}
