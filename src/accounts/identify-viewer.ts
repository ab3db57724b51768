// Who is looking: the account behind the session cookie, or anonymous. Every later decision
// (guards, the privacy gate, what the layout shows) starts from the viewer set here. Here too
// sessions end (staff idle time, absolute lifetime) and staff who have not yet passed their
// second factor in this session are held at the enrolment or verification page.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { readChangeVersions, VersionedCache } from '../core/db/change-counters.ts';
import type { Db } from '../core/db/client.ts';
import { anonymous, type Viewer } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { knownRoles } from './accounts.ts';
import { authApiPath, sessionTouchSeconds } from './auth.ts';
import { hasPasskey } from './passkeys.ts';
import { dueForTouch, sessionStanding } from './session-limits.ts';

/** Where a staff session without a second factor is sent, and what else it may reach. */
export const enrolPath = '/account/security/enrol';
export const verifyPath = '/sign-in/verify';
const openWhilePending = [enrolPath, verifyPath, '/sign-out', '/sign-in'];

type SessionAnswer = NonNullable<
  Awaited<ReturnType<AppEnv['Variables']['deps']['auth']['api']['getSession']>>
>;

// Asking better-auth costs a few milliseconds a request, most of it on the embedded engine, so
// its answers are kept in memory per session cookie while the 'accounts' change counter stands
// still. Any change to an account (roles, clearance, disabling) or to a session (ended, or
// touched by its once-a-minute use) raises it through database triggers, in every process at
// once, and the next request asks again.
export function identifyViewer(): MiddlewareHandler<AppEnv> {
  const sessionsInMemory = new VersionedCache<SessionAnswer>(10_000);

  return async function setViewer(c, next) {
    // Most requests (the public site) carry no session: answer them without asking better-auth,
    // which would otherwise parse cookies and build a context for every page view.
    const key = sessionCookieValue(c);
    if (!key) {
      c.set('viewer', anonymous);
      return next();
    }
    const { auth, config, db } = c.get('deps');
    const versions = await readChangeVersions(db);
    c.set('changeVersions', versions);
    const version = versions.accounts;
    // Read without sliding the expiry first: the idle check needs the time of the last use.
    let answer = sessionsInMemory.get(key, version) ?? (await askSession(c, true));
    const now = new Date();
    if (answer) {
      const staff = knownRoles(answer.user.roles).length > 0;
      const standing = sessionStanding(answer.session, { staff, limits: config.sessions, now });
      if (standing !== 'live') {
        const { headers } = await auth.api.signOut({
          headers: c.req.raw.headers,
          returnHeaders: true,
        });
        forwardCookies(c, headers);
        answer = null;
      } else if (dueForTouch(answer.session, sessionTouchSeconds, now)) {
        answer = await askSession(c, false);
      }
    }
    if (!answer) {
      sessionsInMemory.delete(key);
      c.set('viewer', anonymous);
      return next();
    }
    sessionsInMemory.set(key, version, answer);
    const pending = await secondFactorPending(db, answer);
    c.set('viewer', viewerOf(answer, pending === undefined));
    if (pending && !mayVisitWhilePending(c.req.path)) {
      return c.redirect(`${pending}?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    await next();
  };
}

function sessionCookieValue(c: Context<AppEnv>): string | undefined {
  if (!(c.req.header('cookie') ?? '').includes('session_token')) return undefined;
  const cookies = getCookie(c);
  return cookies['__Host-tracktwo.session_token'] ?? cookies['tracktwo.session_token'];
}

async function askSession(c: Context<AppEnv>, disableRefresh: boolean) {
  const { headers, response } = await c.get('deps').auth.api.getSession({
    headers: c.req.raw.headers,
    query: { disableRefresh },
    returnHeaders: true,
  });
  // better-auth extends a session in use and clears a dead one: pass its cookies on.
  forwardCookies(c, headers);
  return response;
}

function forwardCookies(c: Context<AppEnv>, headers: Headers): void {
  for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
}

/** For staff whose session has not passed a second factor: the page that will let it pass
 * (a code or a passkey at verifyPath; enrolment for an account that has neither). */
async function secondFactorPending(db: Db, answer: SessionAnswer): Promise<string | undefined> {
  if (knownRoles(answer.user.roles).length === 0 || answer.user.disabledAt) return undefined;
  if (answer.session.mfaVerifiedAt) return undefined;
  if (answer.user.twoFactorEnabled) return verifyPath;
  // Asked every time, not kept with the cached answer: adding or removing a passkey raises no
  // change counter, and sessions waiting for their second factor are few and short-lived.
  return (await hasPasskey(db, answer.user.id)) ? verifyPath : enrolPath;
}

function mayVisitWhilePending(path: string): boolean {
  return openWhilePending.includes(path) || path.startsWith(`${authApiPath}/`);
}

function viewerOf(answer: SessionAnswer, secondFactorPassed: boolean): Viewer {
  const account = answer.user;
  // Disabling takes effect at once, even for a session that is already open.
  if (account.disabledAt) return anonymous;
  return {
    kind: 'account',
    accountId: account.id,
    personId: account.personId ?? null,
    // Staff powers need the second factor in this very session; until then, none.
    roles: secondFactorPassed ? knownRoles(account.roles) : [],
    // Granted by an administrator, and like the roles, only after the second factor.
    protectedClearance: secondFactorPassed && account.protectedClearance === true,
  };
}
