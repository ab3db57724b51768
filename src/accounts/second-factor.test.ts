// Staff sign in with a link and a second factor; sessions end when idle, when too old, and
// everywhere at once on request. All through the real pages, with codes computed by better-auth.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { listAudit } from '../core/audit/audit.ts';
import { buildTestApp, formPage, postForm, type TestApp } from '../core/web/testing.ts';
import { ensureAccount } from './create-account.ts';
import { createSignInLink } from './sign-in-links.ts';
import { accounts, sessions } from './tables.ts';
import { enrolledSecret, sessionCookie, signIn, totpCode } from './testing.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

async function linkSession(email: string): Promise<string> {
  const followed = await t.app.request(await createSignInLink(t.deps.auth, email, '/admin'));
  const cookie = sessionCookie(followed);
  assert.ok(cookie);
  return cookie;
}

async function accountId(email: string): Promise<string> {
  const [row] = await t.deps.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, email));
  assert.ok(row);
  return row.id;
}

const adminStatus = async (cookie: string) =>
  (await t.app.request('/admin', { headers: { cookie } })).status;

test('a participant is never asked for a second factor and cannot enrol one', async () => {
  const cookie = await signIn(t, { email: 'reader@example.org', roles: [] });
  assert.equal((await t.app.request('/', { headers: { cookie } })).status, 200);
  const enrol = await t.app.request('/account/security/enrol', { headers: { cookie } });
  assert.equal(enrol.status, 404);
});

test('staff enrol TOTP before any staff page opens; backup codes are shown once', async () => {
  const email = 'coordinator@example.org';
  await ensureAccount(t.deps, { email, displayName: 'C', roles: ['administrator'] });
  const linkOnly = await linkSession(email);
  const held = await t.app.request('/admin/outbox', { headers: { cookie: linkOnly } });
  assert.equal(held.status, 303);
  assert.equal(held.headers.get('location'), '/account/security/enrol?next=%2Fadmin%2Foutbox');

  const page = await formPage(t, '/account/security/enrol?next=%2Fadmin', linkOnly);
  const key = /data-totp-secret[^>]*>([A-Z2-7]+)</.exec(page.html)?.[1];
  assert.ok(key, 'the key is shown as text');
  assert.match(page.html, /href="otpauth:\/\/totp\/tracktwo:[^"]*secret=/);
  assert.doesNotMatch(page.html, /<img/, 'no picture from anywhere else');

  const wrong = await postForm(t, '/account/security/enrol', page.cookie, {
    _csrf: page.token,
    code: '000000',
    next: '/admin',
  });
  assert.equal(wrong.status, 422);
  assert.match(await wrong.text(), /That code is not right/);

  const confirmed = await postForm(t, '/account/security/enrol', page.cookie, {
    _csrf: page.token,
    code: await totpCode(t, key),
    next: '/admin',
  });
  assert.equal(confirmed.status, 200);
  const codes = [...(await confirmed.text()).matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map(
    (match) => match[1] ?? '',
  );
  assert.equal(codes.length, 10, 'ten backup codes');
  const enrolled = sessionCookie(confirmed);
  assert.ok(enrolled && enrolled !== linkOnly, 'the session was replaced');
  assert.equal(await adminStatus(enrolled), 200);
  assert.equal(await adminStatus(linkOnly), 303, 'the link-only session is gone');
  const again = await t.app.request('/account/security/enrol', { headers: { cookie: enrolled } });
  assert.equal(again.headers.get('location'), '/account/security', 'no second enrolment');

  // Next time: the link, then a code. A backup code works once.
  const next = await linkSession(email);
  const asked = await t.app.request('/admin', { headers: { cookie: next } });
  assert.equal(asked.headers.get('location'), '/sign-in/verify?next=%2Fadmin');
  const verify = await formPage(t, '/sign-in/verify?next=%2Fadmin', next);
  const backup = await postForm(t, '/sign-in/verify', verify.cookie, {
    _csrf: verify.token,
    code: codes[0] ?? '',
    next: '/admin',
  });
  assert.equal(backup.status, 303);
  assert.equal(backup.headers.get('location'), '/admin');
  assert.equal(await adminStatus(sessionCookie(backup) ?? ''), 200);

  const third = await linkSession(email);
  const verifyAgain = await formPage(t, '/sign-in/verify', third);
  const reused = await postForm(t, '/sign-in/verify', verifyAgain.cookie, {
    _csrf: verifyAgain.token,
    code: codes[0] ?? '',
  });
  assert.equal(reused.status, 422, 'a backup code works once');
  assert.equal(await adminStatus(third), 303);

  const { events } = await listAudit(t.deps.db, {
    subjectKind: 'account',
    subjectId: await accountId(email),
    page: 1,
    pageSize: 50,
  });
  const actions = events
    .map((event) => event.action)
    .filter((action) => action.includes('second_factor'))
    .sort();
  assert.deepEqual(actions, [
    'second_factor.enrolled',
    'second_factor.enrolment_failed',
    'sign_in.second_factor_failed',
    'sign_in.second_factor_succeeded',
  ]);
  assert.ok(events.some((event) => event.action === 'sign_in.session_verified'));
  assert.ok(events.every((event) => !JSON.stringify(event.details).includes('@')));
});

test('guessing codes is throttled per account: after five tries even the right code waits', async () => {
  const email = 'editor@example.org';
  await signIn(t, { email, roles: ['editor'] });
  const key = enrolledSecret(t, email) ?? '';
  const cookie = await linkSession(email);
  const page = await formPage(t, '/sign-in/verify', cookie);
  // signIn spent one try enrolling; four wrong guesses use up the rest of the window.
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const guess = await postForm(t, '/sign-in/verify', page.cookie, {
      _csrf: page.token,
      code: String(100000 + attempt),
    });
    assert.equal(guess.status, 422);
  }
  const right = await postForm(t, '/sign-in/verify', page.cookie, {
    _csrf: page.token,
    code: await totpCode(t, key),
  });
  assert.equal(right.status, 429);
  assert.match(await right.text(), /too many tries/);
  assert.equal(sessionCookie(right), undefined);
});

test('sign out everywhere ends every session of the account', async () => {
  const email = 'archivist@example.org';
  const first = await signIn(t, { email, roles: ['archivist'] });
  const second = await signIn(t, { email, roles: ['archivist'] });
  const page = await formPage(t, '/account/security', first);
  const response = await postForm(t, '/account/security/sign-out-everywhere', page.cookie, {
    _csrf: page.token,
  });
  assert.equal(response.status, 303);
  const left = await t.deps.db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, await accountId(email)));
  assert.equal(left.length, 0);
  for (const cookie of [first, second]) {
    const home = await (await t.app.request('/', { headers: { cookie } })).text();
    assert.doesNotMatch(home, /action="\/sign-out"/, 'signed out');
  }
});

test('a staff session ends when idle; every session ends when too old', async () => {
  const staff = await signIn(t, { email: 'idle-staff@example.org', roles: ['editor'] });
  const reader = await signIn(t, { email: 'idle-reader@example.org', roles: [] });
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  await t.deps.db.update(sessions).set({ updatedAt: minutesAgo(31) });
  const signedIn = async (cookie: string) =>
    /action="\/sign-out"/.test(await (await t.app.request('/', { headers: { cookie } })).text());
  assert.equal(await signedIn(staff), false, 'staff idle for 31 minutes');
  assert.equal(await signedIn(reader), true, 'participants have no idle limit of their own');
  const staffSessions = await t.deps.db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, await accountId('idle-staff@example.org')));
  assert.equal(staffSessions.length, 0, 'the idle session is deleted, not just ignored');

  await t.deps.db.update(sessions).set({ createdAt: minutesAgo(168 * 60 + 1) });
  assert.equal(await signedIn(reader), false, 'older than SESSION_MAX_HOURS');
});
