// The public site's pages and articles. siteRoutes holds the addresses that cannot clash with
// anyone else's; pageRoutes answers /{locale}/{slug} for every other page and so must be mounted
// last, after every capability with addresses of that shape (programs, partners, timeline...).
import { Hono } from 'hono';
import type { AppEnv } from '../core/web/context.ts';
import { articlePublicRoutes } from './articles/public-routes.tsx';
import { homeRoutes, pageRoutes } from './pages/public-routes.tsx';

export const siteRoutes = new Hono<AppEnv>().route('/', homeRoutes).route('/', articlePublicRoutes);

export { pageRoutes };
