// Route guards. They answer 404 rather than 403 to signed-out visitors and to accounts without
// the role, so the existence of staff pages is not confirmed to strangers... except that a
// signed-out visitor is sent to sign in, which every site does and which reveals nothing.
import type { MiddlewareHandler } from 'hono';
import { hasRole, type StaffRole } from '../privacy/viewer.ts';
import type { AppEnv } from './context.ts';
import { renderNotFound } from './errors.tsx';

/** `protectedClearance`: the page shows what only cleared staff may see of protected people. */
export function requireRole(
  role: StaffRole,
  options: { protectedClearance?: boolean } = {},
): MiddlewareHandler<AppEnv> {
  return async function checkRole(c, next) {
    const viewer = c.get('viewer');
    if (viewer.kind === 'anonymous') {
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    if (!hasRole(viewer, role)) return renderNotFound(c);
    if (options.protectedClearance && !viewer.protectedClearance) return renderNotFound(c);
    await next();
  };
}
