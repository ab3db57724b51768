// /media/:id/:file, such as /media/…/640.avif: the bytes of one variant. A variant never changes
// once stored (a new upload gets a new id), so browsers and proxies may keep it for a year
// without asking again. Anything that does not name a stored variant is the ordinary 404.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { z } from 'zod';
import type { AppEnv } from '../web/context.ts';
import { renderNotFound } from '../web/errors.tsx';
import { readVariant } from './library.ts';
import { type VariantFormat, variantMimeTypes } from './variants.ts';

const mediaId = z.uuid();
const variantFile = /^(\d{1,5})\.(avif|webp|jpg)$/;
const formatOfExtension: Record<string, VariantFormat> = {
  avif: 'avif',
  webp: 'webp',
  jpg: 'jpeg',
};

export const mediaRoutes = new Hono<AppEnv>().get('/:id/:file', etag(), async (c) => {
  const id = mediaId.safeParse(c.req.param('id'));
  const file = variantFile.exec(c.req.param('file'));
  const format = file && formatOfExtension[file[2] ?? ''];
  if (!id.success || !file || !format) return renderNotFound(c);
  const bytes = await readVariant(c.get('deps').db, id.data, Number(file[1]), format);
  if (!bytes) return renderNotFound(c);
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': variantMimeTypes[format],
    'cache-control': 'public, max-age=31536000, immutable',
  });
});
