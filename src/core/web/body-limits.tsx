// Caps on request bodies, checked before anything reads them (the CSRF check parses forms, even
// for visitors who are not signed in). Forms are small; only image uploads are large, and the
// media code has its own, lower limit on the file itself (src/core/media).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context.ts';
import { MessagePage } from './layout.tsx';
import { pageShell } from './shell.ts';

const megabyte = 1024 * 1024;
export const formBodyLimit = 1 * megabyte;
export const uploadBodyLimit = 16 * megabyte;

function renderTooLarge(c: Context<AppEnv>) {
  const shell = pageShell(c);
  return c.html(
    <MessagePage
      shell={shell}
      title={shell.t('error.tooLarge.title')}
      message={shell.t('error.tooLarge.body')}
      role="alert"
    />,
    413,
  );
}

export function bodyLimits(): MiddlewareHandler<AppEnv> {
  const forUploads = bodyLimit({ maxSize: uploadBodyLimit, onError: renderTooLarge });
  const forForms = bodyLimit({ maxSize: formBodyLimit, onError: renderTooLarge });
  return async function limitBody(c, next) {
    const limit = c.req.path.startsWith('/edit/media') ? forUploads : forForms;
    return limit(c, next);
  };
}
