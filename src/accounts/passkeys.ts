// Passkeys (WebAuthn), through better-auth's passkey plugin: it makes the challenges, checks the
// authenticator's answers and stores the public keys; we add the rules. A passkey whose
// authenticator checked its holder (PIN or biometrics) is something one has and something one
// knows or is, so a session opened with it counts as having passed the second factor (auth.ts
// sets mfaVerifiedAt on that session), and adding one is a staff member's enrolment.
import { passkey } from '@better-auth/passkey';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { count, eq } from 'drizzle-orm';
import { recordAudit } from '../core/audit/audit.ts';
import type { Config } from '../core/config.ts';
import type { Db } from '../core/db/client.ts';
import { knownRoles } from './accounts.ts';
import { replaceWithVerifiedSession } from './second-factor.ts';
import { passkeys } from './tables.ts';

/** better-auth's endpoints for adding a passkey, and for signing in with one. */
export const passkeyRegistrationPaths = [
  '/passkey/generate-register-options',
  '/passkey/verify-registration',
];
export const passkeySignInPath = '/passkey/verify-authentication';

export function passkeyPlugin(config: Config) {
  const site = new URL(config.publicUrl);
  const holderChecked = () =>
    new APIError('BAD_REQUEST', { message: 'The authenticator did not check its holder' });
  return passkey({
    rpID: site.hostname,
    rpName: 'tracktwo',
    origin: site.origin,
    // Discoverable credentials (sign-in needs no address) that check their holder.
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    registration: {
      afterVerification: ({ verification }) => {
        if (!verification.registrationInfo?.userVerified) throw holderChecked();
      },
    },
    authentication: {
      afterVerification: ({ verification }) => {
        if (!verification.authenticationInfo.userVerified) throw holderChecked();
      },
    },
    schema: { passkey: { modelName: 'passkeys' } },
    advanced: { webAuthnChallengeCookie: 'passkey_challenge' },
  });
}

export async function hasPasskey(db: Db, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ total: count() })
    .from(passkeys)
    .where(eq(passkeys.userId, accountId));
  return (row?.total ?? 0) > 0;
}

/**
 * Our rules around better-auth's passkey endpoints:
 * - a staff session that has not passed its second factor may add a passkey only while the
 *   account has none (that is enrolment); otherwise a stolen mailbox could add its own;
 * - adding the first one, like confirming TOTP, replaces the session with a verified one;
 * - signing in with a passkey ends the session the browser came with (a link-only one, say).
 */
export function passkeyRules(db: Db) {
  return {
    id: 'tracktwo-passkey-rules',
    hooks: {
      before: [
        {
          matcher: (context) => passkeyRegistrationPaths.includes(context.path ?? ''),
          handler: createAuthMiddleware(async (ctx) => {
            const current = await getSessionFromCtx(ctx);
            if (!current || current.session.mfaVerifiedAt) return;
            if (knownRoles(current.user.roles).length === 0) return;
            if (current.user.twoFactorEnabled || (await hasPasskey(db, current.user.id))) {
              throw new APIError('FORBIDDEN', { message: 'Pass the second factor first' });
            }
          }),
        },
      ],
      after: [
        {
          matcher: (context) => context.path === '/passkey/verify-registration',
          handler: createAuthMiddleware(async (ctx) => {
            if (isAPIError(ctx.context.returned)) return;
            const current = await getSessionFromCtx(ctx);
            if (!current) return;
            await recordAudit(db, {
              action: 'passkey.added',
              subject: { kind: 'account', id: current.user.id },
            });
            if (knownRoles(current.user.roles).length > 0 && !current.session.mfaVerifiedAt) {
              await replaceWithVerifiedSession(ctx, current);
            }
          }),
        },
        {
          matcher: (context) => context.path === passkeySignInPath,
          handler: createAuthMiddleware(async (ctx) => {
            if (isAPIError(ctx.context.returned)) return;
            const cookie = ctx.context.authCookies.sessionToken.name;
            const earlier = await ctx.getSignedCookie(cookie, ctx.context.secret);
            if (earlier && earlier !== ctx.context.newSession?.session.token) {
              await ctx.context.internalAdapter.deleteSession(earlier);
            }
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
