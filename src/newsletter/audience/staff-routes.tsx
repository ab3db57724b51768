// /newsletter/subscribers, for editors: the list (through the privacy gate), adding people who
// asked for the newsletter, and a subscriber's status and preferences. Names to search arrive by
// POST only, so they stay out of addresses and logs.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import {
  addSubscriber,
  findPeopleToAdd,
  findVisibleSubscriber,
  listSubscribers,
  statuses,
} from './staff-queries.ts';
import { preferencesFrom, setPreferences, setSubscriberStatus } from './subscriptions.ts';
import { SubscriberPage, SubscribersPage } from './views/staff.tsx';

const listQuery = z.object({
  status: z.enum(statuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

async function listPage(c: Context<AppEnv>, part?: string) {
  const { db } = c.get('deps');
  const viewer = c.get('viewer');
  const query = listQuery.parse({ status: c.req.query('status'), page: c.req.query('page') });
  const { rows, counts } = await listSubscribers(db, viewer, query);
  const search =
    part === undefined ? undefined : { part, found: await findPeopleToAdd(db, viewer, part) };
  return c.html(
    <SubscribersPage
      shell={pageShell(c)}
      rows={rows}
      counts={counts}
      status={query.status}
      page={query.page}
      search={search}
    />,
  );
}

export const subscriberRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', (c) => listPage(c))
  .post('/search', async (c) => {
    const body = await c.req.parseBody();
    const part = typeof body.name === 'string' ? body.name.trim().slice(0, 200) : '';
    return listPage(c, part);
  })
  .post('/add', async (c) => {
    const body = await c.req.parseBody();
    const personId = z.uuid().safeParse(body.personId);
    if (!personId.success) return renderNotFound(c);
    const added = await addSubscriber(c.get('deps').db, c.get('viewer'), personId.data);
    if (!added) return renderNotFound(c);
    await setFlash(c, { kind: 'success', key: 'audience.staff.added' });
    return c.redirect('/newsletter/subscribers', 303);
  })
  .get('/:id', async (c) => {
    const id = z.uuid().safeParse(c.req.param('id'));
    const listed = id.success
      ? await findVisibleSubscriber(c.get('deps').db, c.get('viewer'), id.data)
      : undefined;
    if (!listed) return renderNotFound(c);
    return c.html(<SubscriberPage shell={pageShell(c)} listed={listed} />);
  })
  .post('/:id/status', async (c) => {
    const id = z.uuid().safeParse(c.req.param('id'));
    const status = z.enum(statuses).safeParse((await c.req.parseBody()).status);
    const listed = id.success
      ? await findVisibleSubscriber(c.get('deps').db, c.get('viewer'), id.data)
      : undefined;
    if (!listed || !status.success) return renderNotFound(c);
    await setSubscriberStatus(c.get('deps').db, listed.subscriber.id, status.data);
    await setFlash(c, { kind: 'success', key: 'audience.staff.saved' });
    return c.redirect(`/newsletter/subscribers/${listed.subscriber.id}`, 303);
  })
  .post('/:id/preferences', async (c) => {
    const id = z.uuid().safeParse(c.req.param('id'));
    const listed = id.success
      ? await findVisibleSubscriber(c.get('deps').db, c.get('viewer'), id.data)
      : undefined;
    if (!listed) return renderNotFound(c);
    await setPreferences(
      c.get('deps').db,
      listed.subscriber.id,
      preferencesFrom(await c.req.parseBody({ all: true })),
    );
    await setFlash(c, { kind: 'success', key: 'audience.staff.saved' });
    return c.redirect(`/newsletter/subscribers/${listed.subscriber.id}`, 303);
  });
