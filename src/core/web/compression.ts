// Text responses go out compressed: brotli when the browser takes it (smaller, which matters on
// throttled connections), gzip otherwise. A fast brotli level keeps the cost per request low.
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const compressible =
  /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|javascript))|image\/svg\+xml/;
const smallestWorthCompressing = 1024;

export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

export function compression(): MiddlewareHandler {
  return async function compressResponse(c, next) {
    await next();
    const response = c.res;
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || response.headers.has('content-encoding') || !compressible.test(type)) {
      return;
    }
    response.headers.append('vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length < smallestWorthCompressing) {
      c.res = new Response(body, response);
      return;
    }
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } })
        : gzipSync(body, { level: 6 });
    // Hono copies the old response's headers onto the new one, so set ours afterwards.
    c.res = new Response(compressed, response);
    c.res.headers.set('content-encoding', encoding);
    c.res.headers.set('content-length', String(compressed.length));
  };
}
