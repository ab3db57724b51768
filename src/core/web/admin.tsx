// The administrators' area: an index page linking to each tool. Tools mount their own routes
// under /admin (see src/core/web/README.md).
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';
import { Layout } from './layout.tsx';
import { pageShell } from './shell.ts';

export const adminIndexRoutes = new Hono<AppEnv>().get('/', (c) => {
  const shell = pageShell(c);
  const { t } = shell;
  return c.html(
    <Layout shell={shell} title={t('admin.title')}>
      <h1>{t('admin.title')}</h1>
      <ul>
        <li>
          <a href="/admin/outbox">{t('admin.outbox')}</a>
        </li>
        <li>
          <a href="/admin/jobs">{t('admin.jobs')}</a>
        </li>
        <li>
          <a href="/admin/audit">{t('admin.audit')}</a>
        </li>
        <li>
          <a href="/admin/accounts">{t('accounts.admin.link')}</a>
        </li>
      </ul>
    </Layout>,
  );
});
