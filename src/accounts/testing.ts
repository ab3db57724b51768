// For tests: signing in the way a person does, in-process. An account is made, a link is asked
// of better-auth, read back from the outbox and followed; what comes back is a real session
// cookie. Nothing is faked, so a test that passes here passes for a browser too: staff also
// enrol a second factor (or enter a code) on the real pages, with codes from better-auth itself.
import assert from 'node:assert/strict';
import { base32 } from '@better-auth/utils/base32';
import { inArray } from 'drizzle-orm';
import { jobs } from '../core/jobs/tables.ts';
import { waitFor } from '../core/jobs/testing.ts';
import { startWorkers } from '../core/jobs/worker.ts';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import type { StaffRole } from '../core/privacy/viewer.ts';
import { formPage, postForm, type TestApp } from '../core/web/testing.ts';
import { ensureAccount } from './create-account.ts';
import { createSignInLink } from './sign-in-links.ts';

/** Signs in (creating the account if needed) and returns the Cookie header to send. */
export async function signIn(
  testApp: TestApp,
  { email, roles }: { email: string; roles: StaffRole[] },
): Promise<string> {
  await ensureAccount(testApp.deps, { email, displayName: `Test ${roles.join(' ')}`, roles });
  // As the sign-in job does, but at once (the /sign-in page itself is tested in sign-in.test.ts).
  await createSignInLink(testApp.deps.auth, email);
  const link = await latestSignInLink(testApp, email);
  assert.ok(link, 'a sign-in link reached the outbox');
  const followed = await testApp.app.request(link);
  const cookie = sessionCookie(followed);
  assert.ok(cookie, 'following the link set a session cookie');
  if (roles.length === 0) return cookie;
  return passSecondFactor(testApp, email, cookie);
}

// The TOTP secret of each account a test enrolled, so that it can sign in again later.
const enrolledSecrets = new WeakMap<TestApp, Map<string, string>>();

/** The current code for the key shown at enrolment (base32), computed by better-auth's own TOTP
 * code, as an authenticator app would compute it. */
export async function totpCode(
  testApp: { deps: Pick<TestApp['deps'], 'auth'> },
  shownKey: string,
): Promise<string> {
  const secret = new TextDecoder().decode(base32.decode(shownKey));
  return (await testApp.deps.auth.api.generateTOTP({ body: { secret } })).code;
}

/** The secret a test enrolled for this address (signIn enrols staff on first sign-in). */
export function enrolledSecret(testApp: TestApp, email: string): string | undefined {
  return enrolledSecrets.get(testApp)?.get(email.toLowerCase());
}

/** Enrols (first time) or enters a code (later) on the real pages; returns the new cookie. */
async function passSecondFactor(testApp: TestApp, email: string, cookie: string): Promise<string> {
  const secrets = enrolledSecrets.get(testApp) ?? new Map<string, string>();
  enrolledSecrets.set(testApp, secrets);
  const known = secrets.get(email.toLowerCase());
  const path = known ? '/sign-in/verify' : '/account/security/enrol';
  const page = await formPage(testApp, path, cookie);
  const secret = known ?? /data-totp-secret[^>]*>([A-Z2-7]+)</.exec(page.html)?.[1];
  assert.ok(secret, 'the enrolment page shows the secret');
  const response = await postForm(testApp, path, page.cookie, {
    _csrf: page.token,
    code: await totpCode(testApp, secret),
  });
  assert.ok(response.status < 400, `${path} accepted the code (${response.status})`);
  secrets.set(email.toLowerCase(), secret);
  const fresh = sessionCookie(response);
  assert.ok(fresh, 'passing the second factor gave a new session cookie');
  return fresh;
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

/** The `name=value` of the session cookie a response sets, ready for a Cookie header. When a
 * session is replaced twice in one response (enrolment), the last cookie is the one that counts. */
export function sessionCookie(response: Response): string | undefined {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';', 1)[0] ?? '')
    .findLast((pair) => /^(__Host-)?tracktwo\.session_token=./.test(pair));
}

/** Runs the real job workers until no job is queued or running (sign-in mail is a job). */
export async function runJobs(testApp: TestApp): Promise<void> {
  const { db, handlers } = testApp.deps;
  const workers = startWorkers({ db, handlers: handlers.jobs, concurrency: 2, pollMs: 10 });
  try {
    await waitFor('the job queue to be idle', async () => {
      const open = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(inArray(jobs.state, ['queued', 'running']));
      return open.length === 0 ? true : undefined;
    });
  } finally {
    await workers.stop();
  }
}
