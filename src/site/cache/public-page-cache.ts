// The public page cache: finished public pages kept in memory for visitors who are not signed
// in, so the pages everyone reads cost almost nothing to serve (decision 014). It runs before
// everything else that a page needs (request logging, security headers, the viewer, CSRF,
// compression): a hit answers from here; a miss goes through all of it and leaves a copy.
//
// A copy is good while the 'site' and 'people' change counters keep their versions (anything
// the public sees is in those tables) and until the next scheduled change (a page or article
// coming out, a notice starting or ending). Copies are identical for everyone, so only answers
// that belong to no one are kept: no session, no flash message, no query string, status 200, no
// cookie other than the CSRF one, no form carrying a CSRF token, nothing marked private.
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { routePath } from 'hono/route';
import { type ChangeVersions, readChangeVersions } from '../../core/db/change-counters.ts';
import type { Db } from '../../core/db/client.ts';
import { negotiateLocale } from '../../core/i18n/i18n.ts';
import { chooseEncoding } from '../../core/web/compression.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { csrfCookieName } from '../../core/web/csrf.ts';
import { isHttps } from '../../core/web/https.ts';
import { languageCookie, localeOfPath } from '../../core/web/request.ts';
import { type CachedPage, cachedPage, matchesEtag, plainBody } from './cached-page.ts';
import { nextScheduledChange } from './next-boundary.ts';
import { PageStore } from './page-store.ts';

/** Addresses outside the languages' folders that are public and the same for everyone. */
const publicOutsideLanguages = new Set(['/', '/sitemap.xml', '/robots.txt']);

export function isPublicContentPath(path: string): boolean {
  return publicOutsideLanguages.has(path) || localeOfPath(path) !== undefined;
}

/** The copies made while the counters stood at one version, good until `until`. */
interface Generation {
  site: number;
  people: number;
  until: number;
  pages: PageStore;
  /** Pages being drawn now, by key: what the first visitor's drawing will leave, if anything. */
  drawing: Map<string, Promise<CachedPage | undefined>>;
}

export function publicPageCache(
  options: { now?: () => number; maxBytes?: number; maxPages?: number } = {},
): MiddlewareHandler<AppEnv> {
  const now = options.now ?? Date.now;
  const limits = {
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
    maxPages: options.maxPages ?? 5000,
  };
  let current: Generation | undefined;
  let starting: { site: number; people: number; generation: Promise<Generation> } | undefined;

  function generationFor(db: Db, versions: ChangeVersions): Generation | Promise<Generation> {
    const { site, people } = versions;
    if (current && current.site === site && current.people === people && now() < current.until) {
      return current;
    }
    if (starting?.site !== site || starting.people !== people) {
      const startedAt = now();
      const generation = nextScheduledChange(db, new Date(startedAt)).then((next) => {
        current = {
          site,
          people,
          until: next?.getTime() ?? Infinity,
          pages: new PageStore(limits),
          drawing: new Map(),
        };
        return current;
      });
      starting = { site, people, generation };
      void generation
        .finally(() => {
          if (starting?.generation === generation) starting = undefined;
        })
        .catch(() => {});
    }
    return starting.generation;
  }

  // Requests that arrive in one turn of the event loop (several are parsed from the sockets at
  // once under load) share one read of the counters, started after all of them arrived, so each
  // still sees every change committed before it came. One query per request would cost more
  // than everything else a hit does, on the embedded engine most of all.
  let nextRead: Promise<ChangeVersions> | undefined;
  function versionsAfterThisTurn(db: Db): Promise<ChangeVersions> {
    nextRead ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      nextRead = undefined;
      return readChangeVersions(db);
    });
    return nextRead;
  }

  return async function servePublicPage(c, next) {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const path = c.req.path;
    if (!isPublicContentPath(path) || c.req.url.includes('?')) return next();
    const cookies = c.req.header('cookie') ?? '';
    // Names as in accounts/identify-viewer.ts (better-auth's session) and core/web/flash.ts.
    if (cookies.includes('session_token') || cookies.includes('tt_flash')) return next();

    const started = performance.now();
    const { db } = c.get('deps');
    const versions = await versionsAfterThisTurn(db);
    c.set('changeVersions', versions);
    const generation = await generationFor(db, versions);
    // `/` shows the home page in the visitor's language; every other address names its own.
    const locale =
      path === '/'
        ? negotiateLocale(
            getCookie(c, languageCookie),
            c.req.header('accept-language'),
            c.get('deps').config.defaultLocale,
          )
        : '';
    const key = `${isHttps(c) ? 'https' : 'http'} ${locale} ${path}`;
    const encoding = chooseEncoding(c.req.header('accept-encoding')) ?? 'identity';

    const kept = generation.pages.get(key);
    if (kept) return served(c, kept, encoding, started);
    // Many visitors asking for one page just after a change wait for one drawing of it.
    const underWay = generation.drawing.get(key);
    if (underWay) {
      const drawn = await underWay;
      if (drawn) return served(c, drawn, encoding, started);
      return next();
    }

    let finished: (copy: CachedPage | undefined) => void = () => {};
    generation.drawing.set(key, new Promise((resolve) => (finished = resolve)));
    let copy: CachedPage | undefined;
    try {
      await next();
      copy = await copyOf(
        c,
        path === '/' ? 'Accept-Encoding, Accept-Language, Cookie' : 'Accept-Encoding',
      );
    } finally {
      generation.drawing.delete(key);
      finished(copy);
    }
    if (!copy) return;
    // Kept only if nothing changed while it was drawn: a newer generation or a scheduled moment
    // passed since means the copy may show what is no longer so.
    if (current === generation && now() < generation.until) generation.pages.set(key, copy);
    // Unset first: Hono would otherwise carry the rendered answer's cookies over.
    c.res = undefined;
    c.res = answer(c, copy, encoding, c.get('requestId'));
  };
}

/** A copy served without drawing, with the access log line requestLogging would write (but no
 * child logger built for it). */
function served(
  c: Context<AppEnv>,
  page: CachedPage,
  encoding: keyof CachedPage['variants'],
  started: number,
): Response {
  const requestId = randomUUID();
  const response = answer(c, page, encoding, requestId);
  const { logger } = c.get('deps');
  if (logger.isLevelEnabled('info')) {
    logger.info(
      {
        reqId: requestId,
        method: c.req.method,
        route: page.route,
        status: response.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        cache: 'hit',
      },
      'request',
    );
  }
  return response;
}

function answer(
  c: Context<AppEnv>,
  page: CachedPage,
  encoding: keyof CachedPage['variants'],
  requestId: string,
): Response {
  if (matchesEtag(c.req.header('if-none-match'), page.etag)) {
    return new Response(null, {
      status: 304,
      headers: { ...page.notModifiedHeaders, 'x-request-id': requestId },
    });
  }
  const variant = page.variants[encoding];
  return new Response(variant.body, {
    status: 200,
    headers: { ...variant.headers, 'x-request-id': requestId },
  });
}

/** The rendered answer as a copy for everyone, or undefined when it belongs to this visitor. */
async function copyOf(c: Context<AppEnv>, vary: string): Promise<CachedPage | undefined> {
  const response = c.res;
  const headers = response.headers;
  const cacheControl = headers.get('cache-control') ?? '';
  const csrfCookie = `${csrfCookieName(c)}=`;
  if (
    response.status !== 200 ||
    !response.body ||
    !headers.get('content-type') ||
    /\b(private|no-store)\b/.test(cacheControl) ||
    headers.getSetCookie().some((cookie) => !cookie.startsWith(csrfCookie))
  ) {
    return undefined;
  }
  const rendered = new Uint8Array(await response.arrayBuffer());
  const body = plainBody(rendered, headers.get('content-encoding'));
  const token = c.get('csrfToken');
  if (token && Buffer.from(body).includes(token)) {
    c.res = undefined;
    c.res = new Response(rendered, { status: response.status, headers });
    return undefined;
  }
  return cachedPage({ route: routePath(c, -1), headers, body, vary });
}
