// GET /exports/people.csv: for administrators and coordinators. Audited.
import { Hono } from 'hono';
import { hasRole } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { exportPeopleCsv } from './export.ts';

export const peopleExportRoutes = new Hono<AppEnv>().get('/people.csv', async (c) => {
  const viewer = c.get('viewer');
  if (viewer.kind === 'anonymous') return c.redirect('/sign-in?next=%2Fexports%2Fpeople.csv', 303);
  if (!hasRole(viewer, 'administrator') && !hasRole(viewer, 'coordinator')) {
    return renderNotFound(c);
  }
  const csv = await exportPeopleCsv(c.get('deps').db, viewer, c.get('requestId'));
  return c.body(csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="people.csv"',
    'cache-control': 'no-store',
  });
});
