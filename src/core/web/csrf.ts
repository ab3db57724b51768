// Protection against cross-site request forgery for every form: a random value in a cookie and,
// in each form, a hidden field holding its HMAC under the server secret (a signed double-submit).
// A forged request from another site can neither read the cookie nor compute the field. As a
// second line, a request the browser marks as coming from another site is refused outright.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './context.ts';
import { isHttps } from './https.ts';

export const csrfFieldName = '_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function csrfCookieName(c: Context): string {
  return isHttps(c) ? '__Host-tt_csrf' : 'tt_csrf';
}

export class CsrfError extends Error {
  constructor() {
    super('CSRF check failed');
    this.name = 'CsrfError';
  }
}

/** `exempt` names paths that carry their own credential (better-auth, one-click unsubscribe). */
export function csrfProtection(options: {
  exempt: (path: string) => boolean;
}): MiddlewareHandler<AppEnv> {
  return async function checkCsrf(c, next) {
    const secret = c.get('deps').config.secret;
    const cookieName = csrfCookieName(c);
    let browserValue = getCookie(c, cookieName);
    if (!browserValue || !/^[A-Za-z0-9_-]{32,}$/.test(browserValue)) {
      browserValue = randomBytes(24).toString('base64url');
      setCookie(c, cookieName, browserValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttps(c),
      });
    }
    const expected = csrfTokenFor(secret, browserValue);
    c.set('csrfToken', expected);

    if (unsafeMethods.has(c.req.method) && !options.exempt(c.req.path)) {
      if (!sameOrigin(c) || !matches(expected, await submittedToken(c))) throw new CsrfError();
    }
    await next();
  };
}

/** The form field value that goes with a browser's CSRF cookie. */
export function csrfTokenFor(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
}

function matches(expected: string, submitted: string | undefined): boolean {
  if (!submitted) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function submittedToken(c: Context): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (
    !type.startsWith('application/x-www-form-urlencoded') &&
    !type.startsWith('multipart/form-data')
  ) {
    return undefined;
  }
  const field = (await c.req.parseBody())[csrfFieldName];
  return typeof field === 'string' ? field : undefined;
}

// Because we send Referrer-Policy: no-referrer, browsers send "Origin: null" even on our own
// forms; Fetch Metadata (Sec-Fetch-Site) is the reliable signal where present, and a real
// foreign Origin is refused where it is not.
function sameOrigin(c: Context<AppEnv>): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return true;
  const allowed = new Set([
    new URL(c.req.url).origin,
    new URL(c.get('deps').config.publicUrl).origin,
  ]);
  return allowed.has(origin);
}
