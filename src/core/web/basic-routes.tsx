// Routes that belong to no capability: the health check and the language switcher.
import { Hono } from 'hono';
import { isHealthy } from '../db/client.ts';
import type { AppEnv } from './context.ts';
import { renderNotFound } from './errors.tsx';
import { localPath, rememberLanguage } from './request.ts';

export const basicRoutes = new Hono<AppEnv>()
  .get('/healthz', async (c) => {
    const healthy = await isHealthy(c.get('deps').db);
    return c.text(healthy ? 'ok' : 'database unavailable', healthy ? 200 : 503);
  })
  // A GET that sets a preference cookie, so the switcher is a plain link and works without
  // scripts; it changes nothing but the interface language.
  .get('/lang/:code', (c) => {
    if (!rememberLanguage(c.req.param('code'), c)) return renderNotFound(c);
    return c.redirect(localPath(c.req.query('next')), 303);
  });
