// Who is looking: the account behind the session cookie, or anonymous. Every later decision
// (guards, the privacy gate, what the layout shows) starts from the viewer set here.
import type { MiddlewareHandler } from 'hono';
import { anonymous, type Viewer } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { knownRoles } from './accounts.ts';

export function identifyViewer(): MiddlewareHandler<AppEnv> {
  return async function setViewer(c, next) {
    // Most requests (the public site) carry no session: answer them without asking better-auth,
    // which would otherwise parse cookies and build a context for every page view.
    if (!(c.req.header('cookie') ?? '').includes('session_token')) {
      c.set('viewer', anonymous);
      return next();
    }
    const { headers, response } = await c
      .get('deps')
      .auth.api.getSession({ headers: c.req.raw.headers, returnHeaders: true });
    // better-auth extends a session in use and clears a dead one: pass its cookies on.
    for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
    c.set('viewer', response ? viewerOf(response.user) : anonymous);
    await next();
  };
}

function viewerOf(account: {
  id: string;
  personId?: string | null;
  roles?: unknown;
  disabledAt?: Date | null;
}): Viewer {
  // Disabling takes effect at once, even for a session that is already open.
  if (account.disabledAt) return anonymous;
  return {
    kind: 'account',
    accountId: account.id,
    personId: account.personId ?? null,
    roles: knownRoles(account.roles),
    // The protected clearance comes with the full accounts work (MFA for staff first).
    protectedClearance: false,
  };
}
