// For tests: signing in the way a person does, in-process. An account is made, a link is asked
// for over HTTP, read back from the outbox and followed; what comes back is a real session
// cookie. Nothing is faked, so a test that passes here passes for a browser too.
import assert from 'node:assert/strict';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import type { StaffRole } from '../core/privacy/viewer.ts';
import type { TestApp } from '../core/web/testing.ts';
import { authApiPath } from './auth.ts';
import { ensureAccount } from './create-account.ts';

/** Signs in (creating the account if needed) and returns the Cookie header to send. */
export async function signIn(
  testApp: TestApp,
  { email, roles }: { email: string; roles: StaffRole[] },
): Promise<string> {
  await ensureAccount(testApp.deps, { email, displayName: `Test ${roles.join(' ')}`, roles });
  const asked = await testApp.app.request(`${authApiPath}/sign-in/magic-link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  assert.equal(asked.status, 200, 'better-auth accepted the request for a link');
  const link = await latestSignInLink(testApp, email);
  assert.ok(link, 'a sign-in link reached the outbox');
  const followed = await testApp.app.request(link);
  const cookie = sessionCookie(followed);
  assert.ok(cookie, 'following the link set a session cookie');
  return cookie;
}

export function signInAsAdministrator(testApp: TestApp): Promise<string> {
  return signIn(testApp, { email: 'administrator@tracktwo.test', roles: ['administrator'] });
}

/** The link in the newest message to `email` in the outbox, if there is one. */
export async function latestSignInLink(
  testApp: TestApp,
  email: string,
): Promise<string | undefined> {
  assert.equal(testApp.deps.mailer.transport, 'outbox', 'sign-in in tests reads the outbox');
  const { messages } = await listOutbox(testApp.deps.db, { page: 1, pageSize: 100 });
  const newest = messages.find((message) => message.recipients.includes(email.toLowerCase()));
  if (!newest) return undefined;
  const message = await readOutboxMessage(testApp.deps.db, newest.id);
  return message?.text?.match(/https?:\/\/\S+\/magic-link\/verify\?\S+/)?.[0];
}

/** The `name=value` of the session cookie a response sets, ready for a Cookie header. */
export function sessionCookie(response: Response): string | undefined {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';', 1)[0] ?? '')
    .find((pair) => /^(__Host-)?tracktwo\.session_token=./.test(pair));
}
