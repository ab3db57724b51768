import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

/** Whether the visitor reached us over https: directly, or through a proxy we were told to trust. */
export function isHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const deps = (c as Context<AppEnv>).get('deps');
  return Boolean(deps?.config.trustProxy && c.req.header('x-forwarded-proto') === 'https');
}
