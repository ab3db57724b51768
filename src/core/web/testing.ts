// Builds the real application over a fresh test database, for in-process HTTP tests with
// `app.request(...)`.
import assert from 'node:assert/strict';
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

/** A page's HTML, its CSRF token and the cookies to send back with its form. */
export async function formPage(
  testApp: TestApp,
  path: string,
  cookie = '',
): Promise<{ html: string; cookie: string; token: string }> {
  const response = await testApp.app.request(path, { headers: { cookie } });
  const html = await response.text();
  const csrfCookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('tt_csrf='))
    ?.split(';')[0];
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const cookies = [cookie, csrfCookie].filter(Boolean).join('; ');
  assert.ok(
    token && cookies.includes('tt_csrf='),
    `${path} has a form with a CSRF token (${response.status})`,
  );
  return { html, cookie: cookies, token };
}

export async function postForm(
  testApp: TestApp,
  path: string,
  cookie: string,
  fields: Record<string, string> | [string, string][],
): Promise<Response> {
  return await testApp.app.request(path, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/**
 * Submits a form as a browser does: opens the page `from` for its CSRF cookie and token, then
 * posts `fields` to `to` (by default the same page).
 */
export async function submitForm(
  testApp: TestApp,
  options: {
    cookie?: string;
    from: string;
    to?: string;
    fields?: Record<string, string> | [string, string][];
  },
): Promise<Response> {
  const page = await formPage(testApp, options.from, options.cookie);
  const fields = Array.isArray(options.fields)
    ? options.fields
    : Object.entries(options.fields ?? {});
  return postForm(testApp, options.to ?? options.from, page.cookie, [
    ['_csrf', page.token],
    ...fields,
  ]);
}
