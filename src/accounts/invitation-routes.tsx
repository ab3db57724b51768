// Invitations to create an account. Staff (any role, so after their second factor) invite from a
// person's page or by address on /account/invitations; the invitee accepts on /invitations/accept
// and is signed in through a one-time link that better-auth makes for the new account.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { isStaff } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { parseForm } from '../core/web/forms.tsx';
import { pageShell } from '../core/web/shell.ts';
import { peekInvitation } from './invitation-token.ts';
import {
  acceptInvitation,
  acceptInvitationPath,
  inviteByEmail,
  invitePerson,
} from './invitations.ts';
import { signInLinkWithoutMail } from './sign-in-links.ts';
import {
  AcceptInvitationPage,
  InvitationUnusablePage,
  InviteByEmailPage,
} from './views/invitations.tsx';

const invitationsPath = '/account/invitations';

const byEmailForm = z.object({
  displayName: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  // As strict as the sign-in form: the address must be one better-auth accepts later.
  email: z
    .string()
    .trim()
    .min(1, 'form.required')
    .max(254, 'form.tooLong')
    .pipe(z.email('form.invalidEmail')),
});

const personForm = z.object({ personId: z.uuid() });
const tokenForm = z.object({ token: z.string().max(100) });

/** Signed out: to sign-in and back. Signed in without a staff role: the same 404 as anywhere. */
function refuseNonStaff(c: Context<AppEnv>, path: string): Response | undefined {
  const viewer = c.get('viewer');
  if (viewer.kind === 'anonymous') {
    return c.redirect(`/sign-in?next=${encodeURIComponent(path)}`, 303);
  }
  if (!isStaff(viewer)) return renderNotFound(c) as Response;
  return undefined;
}

function unusable(c: Context<AppEnv>, hasAccount = false) {
  return c.html(<InvitationUnusablePage shell={pageShell(c)} hasAccount={hasAccount} />, 410);
}

export const invitationRoutes = new Hono<AppEnv>()
  .get(invitationsPath, (c) => {
    const refused = refuseNonStaff(c, invitationsPath);
    if (refused) return refused;
    return c.html(<InviteByEmailPage shell={pageShell(c)} values={{}} errors={{}} />);
  })
  .post(invitationsPath, async (c) => {
    const refused = refuseNonStaff(c, invitationsPath);
    if (refused) return refused;
    const form = await parseForm(c, byEmailForm);
    if (!form.ok) {
      return c.html(
        <InviteByEmailPage shell={pageShell(c)} values={form.values} errors={form.errors} />,
        422,
      );
    }
    const outcome = await inviteByEmail(c.get('deps'), {
      viewer: c.get('viewer'),
      ...form.data,
      requestId: c.get('requestId'),
    });
    if (!outcome.ok) {
      return c.html(
        <InviteByEmailPage
          shell={pageShell(c)}
          values={form.data}
          errors={{ email: { key: 'invitations.addressHasAccount' } }}
        />,
        422,
      );
    }
    await setFlash(c, { kind: 'success', key: 'invitations.sent' });
    return c.redirect(invitationsPath, 303);
  })
  .post(`${invitationsPath}/person`, async (c) => {
    const refused = refuseNonStaff(c, invitationsPath);
    if (refused) return refused;
    const form = await parseForm(c, personForm);
    if (!form.ok) return renderNotFound(c);
    const { personId } = form.data;
    const outcome = await invitePerson(c.get('deps'), {
      viewer: c.get('viewer'),
      personId,
      requestId: c.get('requestId'),
    });
    if (!outcome.ok && outcome.reason === 'not_found') return renderNotFound(c);
    await setFlash(
      c,
      outcome.ok
        ? { kind: 'success', key: 'invitations.sent' }
        : {
            kind: 'error',
            key: outcome.reason === 'no_email' ? 'invitations.noEmail' : 'invitations.hasAccount',
          },
    );
    return c.redirect(`/people/${personId}`, 303);
  })
  .get(acceptInvitationPath, async (c) => {
    const token = c.req.query('token') ?? '';
    if (!(await peekInvitation(c.get('deps').auth, token))) return unusable(c);
    return c.html(<AcceptInvitationPage shell={pageShell(c)} token={token} />);
  })
  .post(acceptInvitationPath, async (c) => {
    const form = await parseForm(c, tokenForm);
    if (!form.ok) return unusable(c);
    const deps = c.get('deps');
    const outcome = await acceptInvitation(deps, {
      token: form.data.token,
      requestId: c.get('requestId'),
    });
    if (!outcome.ok) return unusable(c, outcome.reason === 'has_account');
    // better-auth opens the session: the browser follows a fresh one-time link of the new account.
    return c.redirect(await signInLinkWithoutMail(deps.auth, outcome.email, '/me'), 303);
  });
