// Builds the real application over a fresh test database, for in-process HTTP tests with
// `app.request(...)`.
import type { Hono } from 'hono';
import type { DestinationStream } from 'pino';
import { buildApp } from '../../app.ts';
import { createDeps } from '../../deps.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { createLogger } from '../log.ts';
import type { AppEnv, Deps } from './context.ts';

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
