// The pages for what went wrong. The 404 page is the same, byte for byte, whether a thing does
// not exist or the viewer may not see it: nothing on it depends on what was asked for.
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import { MessagePage } from './layout.tsx';
import { pageShell } from './shell.ts';

export function renderNotFound(c: Context<AppEnv>) {
  // The language switcher leads home from here: echoing the path would make two 404s differ.
  const shell = { ...pageShell(c), path: '/' };
  const { t } = shell;
  return c.html(
    <MessagePage
      shell={shell}
      title={t('error.notFound.title')}
      message={t('error.notFound.body')}
    />,
    404,
  );
}

export function renderForbidden(
  c: Context<AppEnv>,
  message = pageShell(c).t('error.forbidden.body'),
) {
  const shell = pageShell(c);
  return c.html(
    <MessagePage shell={shell} title={shell.t('error.forbidden.title')} message={message} />,
    403,
  );
}

export function renderServerError(c: Context<AppEnv>) {
  const { t } = pageShell(c);
  return c.html(
    <MessagePage
      shell={pageShell(c)}
      title={t('error.server.title')}
      message={t('error.server.body', { reference: c.get('requestId') })}
    />,
    500,
  );
}
