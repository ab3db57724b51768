// Security headers on every response. The Content-Security-Policy allows only this site's own
// files and, for the rare inline script, a nonce made fresh for each request. Nothing is ever
// loaded from a third party: fonts, scripts and images are served by tracktwo itself. The one
// exception is a video or audio player an editor embeds in an article, from a short list of hosts.
import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { embedHosts } from '../markdown/embeds.ts';
import type { AppEnv } from './context.ts';
import { isHttps } from './https.ts';

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'", NONCE],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      // Players that articles embed (core/markdown/embeds.ts); no other site may be framed.
      frameSrc: embedHosts.map((host) => `https://${host}`),
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    // Set below, and only over https: HSTS on plain http would be ignored or, behind a
    // misconfigured proxy, lock users out.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
    // A response that set a header itself keeps it: the newsletter's e-mail preview brings its
    // own, stricter policy (sandboxed, no scripts at all) that allows the e-mail's inline styles.
    overwrite: false,
  });
  return async function setSecurityHeaders(c, next) {
    await headers(c, next);
    if (isHttps(c)) c.header('strict-transport-security', 'max-age=63072000; includeSubDomains');
  };
}
