// Staff sign in with a one-time link and then a second factor (TOTP, or a backup code). A link
// alone opens a session that better-auth's two-factor plugin does not challenge (its challenge
// hooks only password sign-ins), so the challenge happens on our pages: the session exists, but
// identifyViewer withholds staff roles until the session has passed a second factor. Passing one
// replaces the session with a new one (a new token) that records when: a token seen before the
// second factor never carries staff powers.
import type { BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { setSessionCookie } from 'better-auth/cookies';

const secondFactorPaths = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code']);

export function sessionAfterSecondFactor() {
  return {
    id: 'tracktwo-session-after-second-factor',
    hooks: {
      after: [
        {
          matcher: (context) => secondFactorPaths.has(context.path ?? ''),
          handler: createAuthMiddleware(async (ctx) => {
            if (isAPIError(ctx.context.returned)) return;
            // At enrolment better-auth has already replaced the session (newSession); later, the
            // session is the one the request came with.
            const current = ctx.context.newSession ?? (await getSessionFromCtx(ctx));
            if (current) await replaceWithVerifiedSession(ctx, current);
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

type AfterHookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
type CurrentSession = NonNullable<Awaited<ReturnType<typeof getSessionFromCtx>>>;

/** A new session (new token) that records the second factor, in place of the current one. */
export async function replaceWithVerifiedSession(
  ctx: AfterHookContext,
  current: CurrentSession,
): Promise<void> {
  const fresh = await ctx.context.internalAdapter.createSession(current.user.id, false, {
    mfaVerifiedAt: new Date(),
  });
  await setSessionCookie(ctx, { session: fresh, user: current.user });
  await ctx.context.internalAdapter.deleteSession(current.session.token);
}
