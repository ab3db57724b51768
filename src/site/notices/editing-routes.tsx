// /edit/notices: editors list, add, change and remove notices: site-wide ones and travel
// advisories tied to a venue or a country. Guarded by the editor role here and in app.ts; every
// command is audited by id.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { editingContext } from '../editing/context.ts';
import { formatUtcMoment } from '../editing/schedule.ts';
import { recordId } from '../programs/validation.ts';
import { deleteNotice, saveNotice } from './commands.ts';
import { findNotice, listNoticesForEditing, listVenueChoices, type NoticeRow } from './notices.ts';
import { noticeForm } from './validation.ts';
import { NoticeFormPage, NoticeListPage } from './views/notice-pages.tsx';

async function renderForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  existing?: NoticeRow,
) {
  const venues = await listVenueChoices(c.get('deps').db);
  return c.html(
    <NoticeFormPage
      shell={pageShell(c)}
      existing={existing}
      venues={venues}
      values={values}
      errors={errors}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

function formValues(notice: NoticeRow): Record<string, string> {
  const values: Record<string, string> = {
    severity: notice.severity,
    startsAt: formatUtcMoment(notice.startsAt),
    endsAt: formatUtcMoment(notice.endsAt),
    linkUrl: notice.linkUrl ?? '',
    venueId: notice.venueId ?? '',
    country: notice.country ?? '',
  };
  if (notice.siteBanner) values.siteBanner = 'on';
  for (const text of notice.texts) {
    values[`message_${text.locale}`] = text.message;
    values[`linkLabel_${text.locale}`] = text.linkLabel;
  }
  return values;
}

async function noticeOf(c: Context<AppEnv>): Promise<NoticeRow | undefined> {
  const id = recordId.safeParse(c.req.param('id'));
  return id.success ? findNotice(c.get('deps').db, id.data) : undefined;
}

async function save(c: Context<AppEnv>, existing?: NoticeRow) {
  const { db, config } = c.get('deps');
  const venueIds = new Set((await listVenueChoices(db)).map((venue) => venue.id));
  const form = await parseForm(c, noticeForm(config.defaultLocale, venueIds));
  if (!form.ok) return renderForm(c, form.values, form.errors, existing);
  await saveNotice(editingContext(c), existing?.id, form.data);
  await setFlash(c, { kind: 'success', key: 'programs.edit.saved' });
  return c.redirect('/edit/notices', 303);
}

export const noticeEditingRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', async (c) => {
    const { db } = c.get('deps');
    const [notices, venues] = await Promise.all([listNoticesForEditing(db), listVenueChoices(db)]);
    return c.html(
      <NoticeListPage shell={pageShell(c)} notices={notices} venues={venues} now={new Date()} />,
    );
  })
  // A new notice starts as a site banner; an advisory may then be kept to its gatherings.
  .get('/new', (c) => renderForm(c, { siteBanner: 'on' }, {}))
  .post('/new', (c) => save(c))
  .get('/:id', async (c) => {
    const notice = await noticeOf(c);
    if (!notice) return renderNotFound(c);
    return renderForm(c, formValues(notice), {}, notice);
  })
  .post('/:id', async (c) => {
    const notice = await noticeOf(c);
    if (!notice) return renderNotFound(c);
    return save(c, notice);
  })
  .post('/:id/delete', async (c) => {
    const notice = await noticeOf(c);
    if (!notice) return renderNotFound(c);
    await deleteNotice(editingContext(c), notice.id);
    await setFlash(c, { kind: 'success', key: 'programs.edit.saved' });
    return c.redirect('/edit/notices', 303);
  });
