// Middleware that every request passes through first: a request id, a logger bound to it, the
// language, and one access log line. The log names the route pattern (/people/:id), never the
// concrete URL, so no identifier, name or token from a path or query string reaches the log.

import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { routePath } from 'hono/route';
import { isLocale, type Locale, negotiateLocale, translator } from '../i18n/i18n.ts';
import type { AppEnv, Deps } from './context.ts';

export const languageCookie = 'tt_lang';

export function provideDeps(deps: Deps): MiddlewareHandler<AppEnv> {
  return async function attachDeps(c, next) {
    c.set('deps', deps);
    await next();
  };
}

export function requestLogging(): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    const log = c.get('deps').logger.child({ reqId: requestId });
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    log.info(
      {
        method: c.req.method,
        route: routePath(c, -1),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}

export function chooseLocale(): MiddlewareHandler<AppEnv> {
  return async function setLocale(c, next) {
    const locale =
      localeOfPath(c.req.path) ??
      negotiateLocale(
        getCookie(c, languageCookie),
        c.req.header('accept-language'),
        c.get('deps').config.defaultLocale,
      );
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.header('content-language', locale);
    await next();
  };
}

/** Public content lives under its language (/ru/articles/...): there the address decides the
 * language, so a link, a cache entry and a mirrored file each mean one language. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** Remembers a language chosen with the switcher; a plain link, so it works without scripts. */
export function rememberLanguage(
  value: string,
  c: Parameters<MiddlewareHandler<AppEnv>>[0],
): boolean {
  if (!isLocale(value)) return false;
  setCookie(c, languageCookie, value, {
    path: '/',
    sameSite: 'Lax',
    maxAge: 60 * 60 * 24 * 365,
    secure: new URL(c.req.url).protocol === 'https:',
  });
  return true;
}

/** Only a path on this site may be a redirect target: never another host. */
export function localPath(candidate: string | undefined): string {
  if (!candidate?.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return '/';
  }
  return candidate;
}
