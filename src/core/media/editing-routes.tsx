// /edit/media: editors upload images and keep their alternative text. A refused file (not an
// image, too large) comes back as an error on the form, and nothing is stored.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../web/context.ts';
import { renderNotFound } from '../web/errors.tsx';
import { setFlash } from '../web/flash.ts';
import { type FieldError, type FieldErrors, parseForm } from '../web/forms.tsx';
import { requireRole } from '../web/guards.ts';
import { pageShell } from '../web/shell.ts';
import { findMedia, listMedia, type MediaSummary, setAltText } from './library.ts';
import {
  ImageTooLargeError,
  importImage,
  maxPixels,
  maxUploadBytes,
  NotAnImageError,
} from './media.ts';
import { MediaEditPage } from './views/media-edit.tsx';
import { MediaListPage } from './views/media-list.tsx';

const pageSize = 30;
const listQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });
const mediaId = z.uuid();
const altTextForm = z.object({
  altText: z.string().trim().min(1, 'media.error.altTextRequired').max(1000, 'form.tooLong'),
});

const tooLargeError: FieldError = {
  key: 'media.error.tooLarge',
  values: { max: maxUploadBytes / 1024 / 1024 },
};

/** The form error for an image importImage refused; undefined for any other failure. */
function refusalError(error: unknown): FieldError | undefined {
  if (error instanceof NotAnImageError) return { key: `media.error.${error.reason}` };
  if (error instanceof ImageTooLargeError) {
    return error.limit === 'bytes'
      ? tooLargeError
      : { key: 'media.error.tooManyPixels', values: { max: maxPixels / 1_000_000 } };
  }
  return undefined;
}

async function renderList(
  c: Context<AppEnv>,
  page: number,
  values: Record<string, string> = {},
  errors: FieldErrors = {},
) {
  const { items, total } = await listMedia(c.get('deps').db, { page, pageSize });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (page > pages) return renderNotFound(c);
  return c.html(
    <MediaListPage
      shell={pageShell(c)}
      items={items}
      total={total}
      page={page}
      pages={pages}
      values={values}
      errors={errors}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

function renderEdit(
  c: Context<AppEnv>,
  item: MediaSummary,
  values: Record<string, string>,
  errors: FieldErrors = {},
) {
  return c.html(
    <MediaEditPage shell={pageShell(c)} item={item} values={values} errors={errors} />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

/** The image named in the path; a malformed id is as missing as an unknown one. */
async function loadMedia(c: Context<AppEnv>): Promise<MediaSummary | undefined> {
  const id = mediaId.safeParse(c.req.param('id'));
  return id.success ? findMedia(c.get('deps').db, id.data) : undefined;
}

export const mediaEditingRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return renderNotFound(c);
    return renderList(c, query.data.page);
  })
  .post('/', async (c) => {
    const form = await parseForm(c, altTextForm);
    const file = (await c.req.parseBody()).file;
    const values = form.ok ? form.data : form.values;
    const errors: FieldErrors = {};
    if (!(file instanceof File) || file.size === 0) {
      errors.file = { key: 'media.error.fileRequired' };
    } else if (file.size > maxUploadBytes) {
      errors.file = tooLargeError;
    }
    if (!form.ok) Object.assign(errors, form.errors);
    if (!form.ok || errors.file || !(file instanceof File)) return renderList(c, 1, values, errors);
    try {
      const image = await importImage(c.get('deps').db, Buffer.from(await file.arrayBuffer()), {
        altText: form.data.altText,
        createdBy: c.get('viewer'),
        requestId: c.get('requestId'),
      });
      await setFlash(c, { kind: 'success', key: 'media.uploaded' });
      return c.redirect(`/edit/media/${image.id}`, 303);
    } catch (error) {
      const refusal = refusalError(error);
      if (!refusal) throw error;
      return renderList(c, 1, values, { file: refusal });
    }
  })
  .get('/:id', async (c) => {
    const item = await loadMedia(c);
    if (!item) return renderNotFound(c);
    return renderEdit(c, item, { altText: item.altText });
  })
  .post('/:id', async (c) => {
    const item = await loadMedia(c);
    if (!item) return renderNotFound(c);
    const form = await parseForm(c, altTextForm);
    if (!form.ok) return renderEdit(c, item, form.values, form.errors);
    await setAltText(c.get('deps').db, item.id, form.data.altText, {
      actor: c.get('viewer'),
      requestId: c.get('requestId'),
    });
    await setFlash(c, { kind: 'success', key: 'media.altTextSaved' });
    return c.redirect(`/edit/media/${item.id}`, 303);
  });
