// /admin/outbox: the mail kept instead of sent when no SMTP server is configured. Mounted under
// /admin, which app.ts already guards; the guard is stricter here because these pages show the
// address of every person written to, protected ones included: the privacy gate lets only staff
// with the protected clearance see those.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../web/context.ts';
import { renderNotFound } from '../web/errors.tsx';
import { requireRole } from '../web/guards.ts';
import { pageShell } from '../web/shell.ts';
import { listOutbox, readOutboxMessage } from './outbox-queries.ts';
import { OutboxListPage } from './views/outbox-list.tsx';
import { OutboxMessagePage } from './views/outbox-message.tsx';

const pageSize = 50;
const pageNumber = z.coerce.number().int().min(1).max(1_000_000);

export const outboxRoutes = new Hono<AppEnv>()
  .use(requireRole('administrator', { protectedClearance: true }))
  .get('/', async (c) => {
    const page = pageNumber.safeParse(c.req.query('page') ?? 1);
    if (!page.success) return renderNotFound(c);
    const { messages, total } = await listOutbox(c.get('deps').db, { page: page.data, pageSize });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page.data > pages) return renderNotFound(c);
    return c.html(
      <OutboxListPage
        shell={pageShell(c)}
        messages={messages}
        total={total}
        page={page.data}
        pages={pages}
      />,
    );
  })
  .get('/:id', async (c) => {
    // A malformed id is answered like a missing one: readOutboxMessage gives undefined for both.
    const message = await readOutboxMessage(c.get('deps').db, c.req.param('id'));
    if (!message) return renderNotFound(c);
    return c.html(<OutboxMessagePage shell={pageShell(c)} message={message} />);
  });
