// `npm start` is for trying tracktwo out, so it must be possible to sign in at once: a demo
// administrator exists on every demo start, with a fresh one-time link printed on the terminal.
import { eq } from 'drizzle-orm';
import { staffRoles } from '../core/privacy/viewer.ts';
import type { Deps } from '../core/web/context.ts';
import { signInLinkMinutes } from './auth.ts';
import { createAdministrator } from './create-account.ts';
import { createSignInLink } from './sign-in-links.ts';
import { accounts } from './tables.ts';

/** A reserved address (RFC 2606): with SMTP configured, the mail goes nowhere real. */
export const demoAdministratorEmail = 'admin@example.org';

/** Makes sure the demo administrator exists and returns the line to print for it. */
export async function demoAdministratorSignIn(
  deps: Pick<Deps, 'db' | 'auth' | 'mailer'>,
): Promise<string> {
  const { accountId } = await createAdministrator(deps, {
    email: demoAdministratorEmail,
    displayName: 'Demo Administrator',
  });
  // The demo administrator is there to try everything: it holds every staff role (editor,
  // coordinator, archivist too) and the protected clearance, since it reads the outbox, where mail
  // to protected people is kept. A real administrator grants these at /admin/accounts.
  await deps.db
    .update(accounts)
    .set({ roles: [...staffRoles], protectedClearance: true })
    .where(eq(accounts.id, accountId));
  const link = await createSignInLink(deps.auth, demoAdministratorEmail, '/admin');
  const alsoIn =
    deps.mailer.transport === 'outbox'
      ? 'also in the outbox at /admin/outbox'
      : 'also sent by mail';
  return `Sign in as the demo administrator: ${link} (one-time, valid ${signInLinkMinutes} minutes; ${alsoIn})`;
}
