// One finished public page as the cache keeps it: the body compressed once, with brotli and
// gzip, beside the plain bytes, and for each of the three the complete list of headers, so a hit
// only picks one and writes it out.
import { createHash } from 'node:crypto';
import {
  brotliCompressSync,
  brotliDecompressSync,
  gunzipSync,
  gzipSync,
  constants as zlib,
} from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  /** The route pattern that drew it, for the access log line of a hit. */
  route: string;
  etag: string;
  /** Headers of a 304 answer: the validators and policies without the body's own headers. */
  notModifiedHeaders: Record<string, string>;
  variants: Record<Encoding, { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }>;
  /** What it takes in memory, for the cache's budget. */
  bytes: number;
}

/** Headers of the rendered answer that belong to one visitor or one request, never to a copy. */
const perRequestHeaders = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'x-request-id',
  'vary',
  'etag',
]);

export function cachedPage(options: {
  route: string;
  /** The rendered answer's headers: content type and language, security policies. */
  headers: Headers;
  /** The body as rendered, before compression. */
  body: Uint8Array<ArrayBuffer>;
  vary: string;
}): CachedPage {
  const { body } = options;
  const shared: Record<string, string> = {};
  for (const [name, value] of options.headers) {
    if (perRequestHeaders.has(name)) continue;
    shared[name] = name === 'content-security-policy' ? withoutNonce(value) : value;
  }
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  shared.etag = etag;
  shared.vary = options.vary;
  const brotli = brotliCompressSync(body, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: 9 });
  const variant = (bytes: Uint8Array<ArrayBuffer>, encoding: Encoding) => ({
    body: bytes,
    headers: {
      ...shared,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      'content-length': String(bytes.length),
    },
  });
  const { 'content-type': _type, 'content-language': _language, ...notModifiedHeaders } = shared;
  return {
    route: options.route,
    etag,
    notModifiedHeaders,
    variants: {
      identity: variant(body, 'identity'),
      br: variant(brotli, 'br'),
      gzip: variant(gzip, 'gzip'),
    },
    bytes: body.length + brotli.length + gzip.length,
  };
}

/** The plain bytes of a rendered body, whichever encoding the compression middleware chose. */
export function plainBody(
  body: Uint8Array<ArrayBuffer>,
  contentEncoding: string | null,
): Uint8Array<ArrayBuffer> {
  if (contentEncoding === 'br') return brotliDecompressSync(body);
  if (contentEncoding === 'gzip') return gunzipSync(body);
  return body;
}

// The page was drawn under a policy that allowed scripts and styles carrying that request's
// nonce. A copy served to others cannot carry a matching nonce, and public pages have no inline
// script or style (decision 014), so the copy goes out under the same policy minus the nonce.
function withoutNonce(policy: string): string {
  return policy.replace(/ 'nonce-[^']*'/g, '');
}

/** Whether an If-None-Match header names this page (weak comparison, as for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}
