// A one-time message carried across a redirect ("Saved.", "Link sent."), in a signed cookie so
// it cannot be forged, and removed as soon as it has been shown.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import type { MessageKey } from '../i18n/i18n.ts';
import type { AppEnv } from './context.ts';
import { isHttps } from './https.ts';

const flashSchema = z.object({
  kind: z.enum(['success', 'info', 'error']),
  key: z.string(),
});

export interface Flash {
  kind: 'success' | 'info' | 'error';
  key: MessageKey;
}

const cookieName = 'tt_flash';

export async function setFlash(c: Context<AppEnv>, flash: Flash): Promise<void> {
  await setSignedCookie(c, cookieName, JSON.stringify(flash), c.get('deps').config.secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: 60,
  });
}

export function readFlash(): MiddlewareHandler<AppEnv> {
  return async function takeFlash(c, next) {
    const value = await getSignedCookie(c, c.get('deps').config.secret, cookieName);
    if (value !== undefined) {
      deleteCookie(c, cookieName, { path: '/' });
      try {
        const parsed = flashSchema.safeParse(JSON.parse(value || 'null'));
        if (parsed.success) c.set('flash', parsed.data as Flash);
      } catch {
        // A damaged flash cookie is simply dropped.
      }
    }
    await next();
  };
}
