// The second factor for staff (enrolment, the code at sign-in) and the account's security page.
// better-auth's two-factor plugin keeps the secret and the backup codes (encrypted) and checks
// the codes; these routes call it on the server, behind our CSRF check, and add our own limit on
// tries per account, so that six digits cannot be guessed by brute force.
import { isAPIError } from 'better-auth/api';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.ts';
import { hitRateLimit } from '../core/rate-limit/rate-limit.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../core/web/forms.tsx';
import { pageShell } from '../core/web/shell.ts';
import { knownRoles } from './accounts.ts';
import { hasPasskey } from './passkeys.ts';
import { safeNext } from './routes.tsx';
import {
  BackupCodesPage,
  EnrolPage,
  SecurityPage,
  TooManyTriesPage,
  VerifyPage,
} from './views/security.tsx';

/** Tries at a code per account, per window: enough for typing mistakes, far too few to guess. */
export const codeTriesPerWindow = 5;
const codeWindowMs = 15 * 60 * 1000;

const codeForm = z.object({
  code: z.string().trim().min(1, 'form.required').max(32, 'form.tooLong'),
  next: z.string().optional().transform(safeNext),
});

const wrongCode: FieldErrors = { code: { key: 'security.wrongCode' } };

/** The signed-in session as better-auth has it, without sliding its expiry. */
async function currentSession(c: Context<AppEnv>) {
  return c.get('deps').auth.api.getSession({
    headers: c.req.raw.headers,
    query: { disableRefresh: true },
  });
}

function forwardCookies(c: Context<AppEnv>, headers: Headers): void {
  for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
}

/** Counts one try at a code for this account; false when the account has had too many. */
async function mayTryCode(c: Context<AppEnv>, accountId: string): Promise<boolean> {
  const { allowed } = await hitRateLimit(c.get('deps').db, {
    key: `second-factor:${accountId}`,
    limit: codeTriesPerWindow,
    windowMs: codeWindowMs,
  });
  return allowed;
}

function audit(c: Context<AppEnv>, action: string, accountId: string) {
  return recordAudit(c.get('deps').db, {
    action,
    actor: c.get('viewer'),
    subject: { kind: 'account', id: accountId },
    requestId: c.get('requestId'),
  });
}

type Session = NonNullable<Awaited<ReturnType<typeof currentSession>>>;

/** A staff account with a passkey proves itself with it: a session that has not must not add a
 * TOTP secret of its own (a stolen mailbox would, and pass). */
async function heldForPasskey(c: Context<AppEnv>, session: Session): Promise<boolean> {
  return !session.session.mfaVerifiedAt && (await hasPasskey(c.get('deps').db, session.user.id));
}

function verifyPathFor(c: Context<AppEnv>): string {
  return `/sign-in/verify?next=${encodeURIComponent(safeNext(c.req.query('next')))}`;
}

/** The enrolment page with a fresh secret (an unconfirmed earlier one is replaced). */
async function renderEnrol(c: Context<AppEnv>, next: string, errors: FieldErrors, fresh: boolean) {
  const { auth } = c.get('deps');
  const headers = c.req.raw.headers;
  let totpUri: string | undefined;
  if (fresh) {
    const enabled = await auth.api.enableTwoFactor({ headers, body: { method: 'totp' } });
    totpUri = enabled.method === 'totp' ? enabled.totpURI : undefined;
  } else {
    totpUri = (await auth.api.getTOTPURI({ headers, body: {} })).totpURI;
  }
  if (!totpUri) throw new Error('better-auth returned no TOTP URI');
  const secret = new URL(totpUri).searchParams.get('secret') ?? '';
  return c.html(
    <EnrolPage
      shell={pageShell(c)}
      secret={secret}
      totpUri={totpUri}
      next={next}
      errors={errors}
    />,
    fresh ? 200 : 422,
  );
}

export const securityRoutes = new Hono<AppEnv>()
  .get('/account/security/enrol', async (c) => {
    const session = await currentSession(c);
    if (!session || knownRoles(session.user.roles).length === 0) return renderNotFound(c);
    // Replacing a confirmed second factor would let a stolen mailbox take over the account.
    if (session.user.twoFactorEnabled) return c.redirect('/account/security', 303);
    if (await heldForPasskey(c, session)) return c.redirect(verifyPathFor(c), 303);
    return renderEnrol(c, safeNext(c.req.query('next')), {}, true);
  })
  .post('/account/security/enrol', async (c) => {
    const session = await currentSession(c);
    if (!session || knownRoles(session.user.roles).length === 0) return renderNotFound(c);
    if (session.user.twoFactorEnabled) return c.redirect('/account/security', 303);
    if (await heldForPasskey(c, session)) return c.redirect(verifyPathFor(c), 303);
    const form = await parseForm(c, codeForm);
    const next = safeNext(form.ok ? form.data.next : form.values.next);
    if (!form.ok) return renderEnrol(c, next, form.errors, false);
    if (!(await mayTryCode(c, session.user.id))) {
      return c.html(<TooManyTriesPage shell={pageShell(c)} />, 429);
    }
    const { auth } = c.get('deps');
    try {
      const { headers } = await auth.api.verifyTOTP({
        headers: c.req.raw.headers,
        body: { code: form.data.code },
        returnHeaders: true,
      });
      forwardCookies(c, headers);
    } catch (error) {
      if (!isAPIError(error)) throw error;
      await audit(c, 'second_factor.enrolment_failed', session.user.id);
      return renderEnrol(c, next, wrongCode, false);
    }
    await audit(c, 'second_factor.enrolled', session.user.id);
    const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId: session.user.id } });
    return c.html(<BackupCodesPage shell={pageShell(c)} codes={backupCodes} next={next} />);
  })
  .get('/sign-in/verify', async (c) => {
    const session = await currentSession(c);
    if (!session) return renderNotFound(c);
    const totp = Boolean(session.user.twoFactorEnabled);
    const passkey = await hasPasskey(c.get('deps').db, session.user.id);
    if (!totp && !passkey) return renderNotFound(c);
    const next = safeNext(c.req.query('next'));
    if (session.session.mfaVerifiedAt) return c.redirect(next, 303);
    return c.html(
      <VerifyPage shell={pageShell(c)} next={next} errors={{}} totp={totp} passkey={passkey} />,
    );
  })
  .post('/sign-in/verify', async (c) => {
    const session = await currentSession(c);
    if (!session?.user.twoFactorEnabled) return renderNotFound(c);
    const form = await parseForm(c, codeForm);
    if (!form.ok) {
      const next = safeNext(form.values.next);
      const passkey = await hasPasskey(c.get('deps').db, session.user.id);
      return c.html(
        <VerifyPage shell={pageShell(c)} next={next} errors={form.errors} totp passkey={passkey} />,
        422,
      );
    }
    if (!(await mayTryCode(c, session.user.id))) {
      await audit(c, 'sign_in.second_factor_throttled', session.user.id);
      return c.html(<TooManyTriesPage shell={pageShell(c)} />, 429);
    }
    const { auth } = c.get('deps');
    const request = { headers: c.req.raw.headers, returnHeaders: true as const };
    const code = form.data.code.replace(/\s+/g, '');
    try {
      // Six digits come from the app; anything else can only be a backup code.
      const { headers } = /^\d{6}$/.test(code)
        ? await auth.api.verifyTOTP({ ...request, body: { code } })
        : await auth.api.verifyBackupCode({ ...request, body: { code } });
      forwardCookies(c, headers);
    } catch (error) {
      if (!isAPIError(error)) throw error;
      await audit(c, 'sign_in.second_factor_failed', session.user.id);
      const passkey = await hasPasskey(c.get('deps').db, session.user.id);
      return c.html(
        <VerifyPage
          shell={pageShell(c)}
          next={form.data.next}
          errors={wrongCode}
          totp
          passkey={passkey}
        />,
        422,
      );
    }
    await audit(c, 'sign_in.second_factor_succeeded', session.user.id);
    return c.redirect(form.data.next, 303);
  })
  .get('/account/security', async (c) => {
    const session = await currentSession(c);
    if (!session) return c.redirect('/sign-in?next=%2Faccount%2Fsecurity', 303);
    const passkeys = await c.get('deps').auth.api.listPasskeys({ headers: c.req.raw.headers });
    return c.html(
      <SecurityPage
        shell={pageShell(c)}
        secondFactor={Boolean(session.user.twoFactorEnabled) || passkeys.length > 0}
        passkeys={passkeys}
      />,
    );
  })
  .post('/account/security/passkeys/remove', async (c) => {
    const session = await currentSession(c);
    if (!session) return c.redirect('/sign-in', 303);
    const form = await parseForm(c, z.object({ id: z.uuid() }));
    if (!form.ok) return renderNotFound(c);
    try {
      // better-auth removes it only if it belongs to this account.
      await c.get('deps').auth.api.deletePasskey({
        headers: c.req.raw.headers,
        body: { id: form.data.id },
      });
    } catch (error) {
      if (!isAPIError(error)) throw error;
      return renderNotFound(c);
    }
    await audit(c, 'passkey.removed', session.user.id);
    await setFlash(c, { kind: 'success', key: 'passkeys.removed' });
    return c.redirect('/account/security', 303);
  })
  .post('/account/security/sign-out-everywhere', async (c) => {
    const session = await currentSession(c);
    if (!session) return c.redirect('/sign-in', 303);
    // Every session of the account is deleted from the table, this one included.
    await c.get('deps').auth.api.revokeSessions({ headers: c.req.raw.headers });
    await audit(c, 'account.signed_out_everywhere', session.user.id);
    await setFlash(c, { kind: 'success', key: 'security.everywhereDone' });
    return c.redirect('/', 303);
  });
