// Builds the real application over a fresh test database, for in-process HTTP tests with
// `app.request(...)`.
import { Hono } from 'hono';
import type { DestinationStream } from 'pino';
import { buildApp } from '../../app.ts';
import { createDeps } from '../../deps.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { createLogger } from '../log.ts';
import type { Viewer } from '../privacy/viewer.ts';
import type { AppEnv, Deps } from './context.ts';
import { chooseLocale, provideDeps } from './request.ts';

export interface TestApp {
  app: Hono<AppEnv>;
  deps: Deps;
  database: Database;
  close(): Promise<void>;
}

export const testSecret = 'a-test-secret-that-is-long-enough-0123456789';

export async function buildTestApp(
  options: { env?: Record<string, string>; logTo?: DestinationStream } = {},
): Promise<TestApp> {
  const config = loadConfig({
    TRACKTWO_DATA: '/nonexistent-test-data-folder',
    SECRET: testSecret,
    LOG_LEVEL: options.logTo ? 'info' : 'silent',
    ...options.env,
  });
  const database = await openTestDatabase();
  const deps = await createDeps(config, database, createLogger(config, options.logTo));
  const app = buildApp(deps);
  return {
    app,
    deps,
    database,
    close: async () => {
      await deps.mailer.close();
      await database.close();
    },
  };
}

/**
 * A capability's routes mounted bare, behind only what they need to render, with the viewer set
 * directly: for checking that routes guard themselves wherever they are mounted, and for viewers
 * a test cannot sign in as.
 */
export function mountAs(
  deps: Deps,
  viewer: Viewer,
  path: string,
  routes: Hono<AppEnv>,
): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .use(provideDeps(deps), chooseLocale())
    .use(async function setViewer(c, next) {
      c.set('viewer', viewer);
      c.set('requestId', 'test');
      await next();
    })
    .route(path, routes);
}
