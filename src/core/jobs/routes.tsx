// /admin/jobs: counts, lists by state, and retrying or discarding a failed job. Mounted under
// /admin, which app.ts already guards; the guard is repeated so these routes are safe wherever
// they are mounted.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../web/context.ts';
import { renderNotFound } from '../web/errors.tsx';
import { setFlash } from '../web/flash.ts';
import { requireRole } from '../web/guards.ts';
import { pageShell } from '../web/shell.ts';
import { countJobs, discardJob, jobStates, listJobs, retryJob } from './admin-queries.ts';
import { JobsPage } from './views/jobs-page.tsx';
import { jobListHref } from './views/paths.ts';

const pageSize = 50;

const listQuery = z.object({
  state: z.enum(jobStates).default('failed'),
  queue: z.string().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
});

// Digits only: "12abc" or "1e3" is a malformed id, answered like a missing one.
const jobId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/)
  .transform(Number);

export const jobsRoutes = new Hono<AppEnv>()
  .use(requireRole('administrator'))
  .get('/', async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return renderNotFound(c);
    const { state, queue, page } = query.data;
    const { db } = c.get('deps');
    const [counts, { jobs, total }] = await Promise.all([
      countJobs(db),
      listJobs(db, { state, queue, page, pageSize }),
    ]);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page > pages) return renderNotFound(c);
    return c.html(
      <JobsPage
        shell={pageShell(c)}
        counts={counts}
        list={{ state, queue, page, pages, total }}
        jobs={jobs}
      />,
    );
  })
  .post('/:id/retry', async (c) => {
    const id = jobId.safeParse(c.req.param('id'));
    // A job that is not (or no longer) failed is answered like a missing one.
    if (!id.success || !(await retryJob(c.get('deps').db, id.data))) return renderNotFound(c);
    await setFlash(c, { kind: 'success', key: 'jobs.retried' });
    return c.redirect(jobListHref({ state: 'failed' }), 303);
  })
  .post('/:id/discard', async (c) => {
    const id = jobId.safeParse(c.req.param('id'));
    if (!id.success || !(await discardJob(c.get('deps').db, id.data))) return renderNotFound(c);
    await setFlash(c, { kind: 'success', key: 'jobs.discarded' });
    return c.redirect(jobListHref({ state: 'failed' }), 303);
  });
