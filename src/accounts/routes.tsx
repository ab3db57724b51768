// Signing in and out, and the part of better-auth's HTTP API that browsers reach.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.ts';
import { hitRateLimit, rateLimitKey } from '../core/rate-limit/rate-limit.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { parseForm } from '../core/web/forms.tsx';
import { localPath } from '../core/web/request.ts';
import { pageShell } from '../core/web/shell.ts';
import { authApiPath } from './auth.ts';
import { enqueueSignInMail } from './sign-in-mail-job.ts';
import { SignInPage, SignInSentPage } from './views/sign-in.tsx';

/**
 * Where to go after signing in: a path on this site, and one that better-auth will also accept
 * as a redirect (it refuses control characters and encoded slashes in the path); else home.
 */
export function safeNext(candidate: string | undefined): string {
  const path = localPath(candidate);
  const pathPart = path.split(/[?#]/, 1)[0] ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
  if (/[\u0000-\u001f\u007f]/.test(path) || /%2f|%5c/i.test(pathPart)) return '/';
  return path;
}

// better-auth's own schema for this endpoint uses zod's default e-mail check; ours must be no
// looser, or an address it refuses would fail after our form accepted it.
const signInForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'form.required')
    .max(254, 'form.tooLong')
    .pipe(z.email('form.invalidEmail')),
  next: z.string().optional().transform(safeNext),
});

/** Links per address, and links for all addresses together, per window: a person who lost a
 * link asks again a few times; someone flooding mailboxes or probing addresses is stopped. */
export const linkLimits = { perAddress: 5, overall: 300, windowMs: 15 * 60 * 1000 };

async function mayRequestLink(c: Context<AppEnv>, email: string): Promise<boolean> {
  const { db, config } = c.get('deps');
  const { windowMs } = linkLimits;
  const address = await hitRateLimit(db, {
    key: rateLimitKey('sign-in-link', email, config.secret),
    limit: linkLimits.perAddress,
    windowMs,
  });
  // Not per IP: behind a proxy or Tor every visitor may share one; a global ceiling instead.
  const overall = await hitRateLimit(db, {
    key: 'sign-in-link:all',
    limit: linkLimits.overall,
    windowMs,
  });
  return address.allowed && overall.allowed;
}

export const signInRoutes = new Hono<AppEnv>()
  .get('/sign-in', (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.get('viewer').kind === 'account') return c.redirect(next, 303);
    return c.html(
      <SignInPage
        shell={pageShell(c)}
        email=""
        next={next}
        errors={{}}
        linkFailed={c.req.query('error') !== undefined}
      />,
    );
  })
  .post('/sign-in', async (c) => {
    const form = await parseForm(c, signInForm);
    if (!form.ok) {
      return c.html(
        <SignInPage
          shell={pageShell(c)}
          email={form.values.email ?? ''}
          next={safeNext(form.values.next)}
          errors={form.errors}
          linkFailed={false}
        />,
        422,
      );
    }
    if (!(await mayRequestLink(c, form.data.email))) {
      await recordAudit(c.get('deps').db, {
        action: 'sign_in.link_throttled',
        requestId: c.get('requestId'),
      });
      // The same page as a success, so that the limit tells nothing about the address.
      return c.html(<SignInSentPage shell={pageShell(c)} />, 429);
    }
    // Through a job, so that this answer takes as long for a known address as for a stranger's.
    await enqueueSignInMail(c.get('deps'), form.data);
    return c.html(<SignInSentPage shell={pageShell(c)} />);
  })
  .post('/sign-out', async (c) => {
    const { headers } = await c
      .get('deps')
      .auth.api.signOut({ headers: c.req.raw.headers, returnHeaders: true });
    for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
    await setFlash(c, { kind: 'success', key: 'signOut.done' });
    return c.redirect('/', 303);
  });

/** The endpoints of better-auth that a browser or client needs; the rest of its API stays shut
 * until a feature needs it (each one is more surface to defend). Links are asked for on /sign-in
 * only: better-auth's own endpoint mails inline, so its timing would tell known addresses apart. */
const openEndpoints = new Set([
  'GET /magic-link/verify',
  'GET /get-session',
  'POST /sign-out',
  // Passkeys need the browser's WebAuthn API, so the browser script calls these itself; listing
  // and removing passkeys happen on our pages (passkeys.ts adds the rules).
  'GET /passkey/generate-register-options',
  'POST /passkey/verify-registration',
  'GET /passkey/generate-authenticate-options',
  'POST /passkey/verify-authentication',
]);

/** Mounted at authApiPath. better-auth checks the origin of these requests itself. */
export const authApiRoutes = new Hono<AppEnv>().on(['GET', 'POST'], '/*', async (c) => {
  const endpoint = `${c.req.method} ${c.req.path.slice(authApiPath.length)}`;
  if (!openEndpoints.has(endpoint)) return renderNotFound(c);
  const response = await c.get('deps').auth.handler(c.req.raw);
  if (endpoint === 'GET /magic-link/verify') await auditFailedLink(c, response);
  return response;
});

/**
 * A link that did not sign in (expired, used already, or made up) is sent to the error page with
 * better-auth's reason. Recorded without the token and without an account: the token is all
 * there is, and it is either gone or was never ours. A run of these is what a guesser leaves.
 */
async function auditFailedLink(c: Context<AppEnv>, response: Response): Promise<void> {
  const location = response.headers.get('location');
  if (!location) return;
  const reason = new URL(location, 'http://error.page').searchParams.get('error');
  if (reason === null) return;
  await recordAudit(c.get('deps').db, {
    action: 'sign_in.link_failed',
    // better-auth's codes are short words (INVALID_TOKEN); anything else is kept out.
    details: { reason: /^[A-Za-z_]{1,40}$/.test(reason) ? reason.toLowerCase() : 'other' },
    requestId: c.get('requestId'),
  });
}
