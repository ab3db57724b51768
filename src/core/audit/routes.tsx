// /admin/audit: the audit log, filtered by action, actor and subject, a page at a time. Mounted
// under /admin, which app.ts already guards; the guard is repeated so the log stays closed
// wherever it is mounted.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../web/context.ts';
import { renderNotFound } from '../web/errors.tsx';
import { requireRole } from '../web/guards.ts';
import { pageShell } from '../web/shell.ts';
import { listAudit } from './audit.ts';
import { AuditPage } from './views/audit-page.tsx';
import type { AuditFilters } from './views/paths.ts';

const pageSize = 50;

// An empty field in the filter form means "any".
const filterText = z
  .string()
  .trim()
  .max(200)
  .transform((value) => value || undefined)
  .optional();

const filterQuery = z.object({
  action: filterText,
  actor: filterText.pipe(z.uuid().optional()),
  subjectKind: filterText,
  subjectId: filterText,
});

const pageQuery = z.coerce.number().int().min(1).max(1_000_000).default(1);

export const auditRoutes = new Hono<AppEnv>()
  .use(requireRole('administrator'))
  .get('/', async (c) => {
    const raw = c.req.query();
    const page = pageQuery.safeParse(raw.page);
    if (!page.success) return renderNotFound(c);
    const parsed = filterQuery.safeParse(raw);
    if (!parsed.success) {
      // Show the form again with what was typed, so it can be corrected.
      const typed: AuditFilters = {
        action: raw.action,
        actor: raw.actor,
        subjectKind: raw.subjectKind,
        subjectId: raw.subjectId,
      };
      return c.html(
        <AuditPage
          shell={pageShell(c)}
          filters={typed}
          invalid={true}
          list={{ page: 1, pages: 1, total: 0 }}
          events={[]}
        />,
        400,
      );
    }
    const filters = parsed.data;
    const { events, total } = await listAudit(c.get('deps').db, {
      action: filters.action,
      actorAccountId: filters.actor,
      subjectKind: filters.subjectKind,
      subjectId: filters.subjectId,
      page: page.data,
      pageSize,
    });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page.data > pages) return renderNotFound(c);
    return c.html(
      <AuditPage
        shell={pageShell(c)}
        filters={filters}
        invalid={false}
        list={{ page: page.data, pages, total }}
        events={events}
      />,
    );
  });
