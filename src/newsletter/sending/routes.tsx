// /newsletter/issues/:id/sending (mounted at /newsletter/issues): live counts of an issue's
// deliveries for newsletter editors, and pausing and resuming its send.

import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { newsletterIssues } from '../tables.ts';
import { deliveryCounts } from './delivery-rows.ts';
import { pauseSend, resumeSend } from './start.ts';
import { SendingPage } from './views/sending-page.tsx';

const issuePath = '/:issueId{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}/sending';
const refreshSeconds = '5';

async function findIssue(c: Context<AppEnv>) {
  const [issue] = await c
    .get('deps')
    .db.select({
      id: newsletterIssues.id,
      number: newsletterIssues.number,
      status: newsletterIssues.status,
    })
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, c.req.param('issueId') as string));
  return issue;
}

async function changeSend(
  c: Context<AppEnv>,
  change: typeof pauseSend,
  doneKey: 'sending.paused' | 'sending.resumed',
) {
  const issue = await findIssue(c);
  if (!issue) return renderNotFound(c);
  const changed = await change(c.get('deps').db, issue.id);
  await setFlash(
    c,
    changed ? { kind: 'success', key: doneKey } : { kind: 'error', key: 'sending.cannotChange' },
  );
  return c.redirect(`/newsletter/issues/${issue.id}/sending`, 303);
}

export const sendingRoutes = new Hono<AppEnv>()
  .use(`${issuePath}/*`, requireRole('editor'))
  .use(issuePath, requireRole('editor'))
  .get(issuePath, async (c) => {
    const issue = await findIssue(c);
    if (!issue) return renderNotFound(c);
    const counts = await deliveryCounts(c.get('deps').db, issue.id);
    if (issue.status === 'sending') c.header('Refresh', refreshSeconds);
    return c.html(<SendingPage shell={pageShell(c)} issue={issue} counts={counts} />);
  })
  .post(`${issuePath}/pause`, (c) => changeSend(c, pauseSend, 'sending.paused'))
  .post(`${issuePath}/resume`, (c) => changeSend(c, resumeSend, 'sending.resumed'));
