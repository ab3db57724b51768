// The public site. For now its home page; pages, programs, articles and feeds come next.
import { Hono } from 'hono';
import type { AppEnv } from '../core/web/context.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageShell } from '../core/web/shell.ts';

export const siteRoutes = new Hono<AppEnv>().get('/', (c) => {
  const shell = pageShell(c);
  const { t } = shell;
  return c.html(
    <Layout shell={shell} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p>{t('site.tagline')}</p>
      <p>{t('home.lead')}</p>
    </Layout>,
  );
});
