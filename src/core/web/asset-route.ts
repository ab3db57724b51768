import type { Context } from 'hono';
import { chooseEncoding } from './compression.ts';
import type { AppEnv } from './context.ts';
import { renderNotFound } from './errors.tsx';

const oneYear = 'public, max-age=31536000, immutable';

/** Serves a fingerprinted asset, precompressed, cached by browsers for a year. */
export function serveAsset(c: Context<AppEnv>) {
  const asset = c.get('deps').assets.get(c.req.param('name') ?? '');
  if (!asset) return renderNotFound(c);
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  const body = encoding === 'br' ? asset.brotli : encoding === 'gzip' ? asset.gzip : asset.body;
  const headers: Record<string, string> = {
    'content-type': asset.contentType,
    'cache-control': oneYear,
    vary: 'Accept-Encoding',
  };
  if (encoding) headers['content-encoding'] = encoding;
  return c.body(new Uint8Array(body), 200, headers);
}
