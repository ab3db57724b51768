// The pages for what went wrong. The 404 page is the same, byte for byte, whether a thing does
// not exist or the viewer may not see it: nothing on it depends on what was asked for.
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import { Layout } from './layout.tsx';
import { pageShell } from './shell.ts';

export function renderNotFound(c: Context<AppEnv>) {
  // The language switcher leads home from here: echoing the path would make two 404s differ.
  const shell = { ...pageShell(c), path: '/' };
  return c.html(
    <Layout shell={shell} title={shell.t('error.notFound.title')}>
      <h1>{shell.t('error.notFound.title')}</h1>
      <p>{shell.t('error.notFound.body')}</p>
    </Layout>,
    404,
  );
}

export function renderForbidden(
  c: Context<AppEnv>,
  message = pageShell(c).t('error.forbidden.body'),
) {
  const shell = pageShell(c);
  return c.html(
    <Layout shell={shell} title={shell.t('error.forbidden.title')}>
      <h1>{shell.t('error.forbidden.title')}</h1>
      <p>{message}</p>
    </Layout>,
    403,
  );
}

export function renderServerError(c: Context<AppEnv>) {
  const shell = pageShell(c);
  return c.html(
    <Layout shell={shell} title={shell.t('error.server.title')}>
      <h1>{shell.t('error.server.title')}</h1>
      <p>{shell.t('error.server.body', { reference: c.get('requestId') })}</p>
    </Layout>,
    500,
  );
}
