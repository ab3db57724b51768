// Making accounts, disabling them, the demo administrator and cookies over https.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { listOutbox } from '../core/mail/outbox-queries.ts';
import { staffRoles } from '../core/privacy/viewer.ts';
import { buildTestApp, type TestApp } from '../core/web/testing.ts';
import { contactChannels, people } from '../people/tables.ts';
import { createAdministrator, ensureAccount } from './create-account.ts';
import { demoAdministratorSignIn } from './demo-administrator.ts';
import { disableAccount } from './disable-account.ts';
import { createSignInLink, NoActiveAccountError } from './sign-in-links.ts';
import { accounts, sessions } from './tables.ts';
import { sessionCookie, signIn } from './testing.ts';

describe('over http', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  test('an administrator is a person with an e-mail channel; making one again adds only the role', async () => {
    const participant = await ensureAccount(t.deps, {
      email: 'Dulce@Example.org',
      displayName: 'Dulce',
      roles: ['editor'],
    });
    assert.equal(participant.created, true);
    const again = await createAdministrator(t.deps, { email: 'dulce@example.org ' });
    assert.deepEqual(again, { ...participant, created: false });
    await createAdministrator(t.deps, { email: 'dulce@example.org' });

    const [account] = await t.deps.db
      .select()
      .from(accounts)
      .where(eq(accounts.id, participant.accountId));
    assert.equal(account?.email, 'dulce@example.org');
    assert.deepEqual(account?.roles, ['administrator', 'editor']);
    assert.equal(account?.personId, participant.personId);
    const [person] = await t.deps.db
      .select({ tier: people.tier })
      .from(people)
      .where(eq(people.id, participant.personId ?? ''));
    assert.equal(person?.tier, 'staff');
    const channels = await t.deps.db
      .select({ kind: contactChannels.kind, value: contactChannels.value })
      .from(contactChannels)
      .where(eq(contactChannels.personId, participant.personId ?? ''));
    assert.deepEqual(channels, [{ kind: 'email', value: 'dulce@example.org' }]);
  });

  test('a disabled account is anonymous at once, gets no link, and an old link opens nothing', async () => {
    const cookie = await signIn(t, { email: 'leaving@example.org', roles: ['administrator'] });
    assert.equal((await t.app.request('/admin', { headers: { cookie } })).status, 200);
    const oldLink = await createSignInLink(t.deps.auth, 'leaving@example.org');
    await t.deps.db
      .update(accounts)
      .set({ disabledAt: new Date() })
      .where(eq(accounts.email, 'leaving@example.org'));

    assert.equal((await t.app.request('/admin', { headers: { cookie } })).status, 303);
    const followed = await t.app.request(oldLink);
    assert.equal(sessionCookie(followed), undefined);
    await assert.rejects(
      createSignInLink(t.deps.auth, 'leaving@example.org'),
      NoActiveAccountError,
    );
    await assert.rejects(createSignInLink(t.deps.auth, 'nobody@example.org'), NoActiveAccountError);
  });

  test('disabling an account deletes every session it has', async () => {
    const first = await signIn(t, { email: 'departing@example.org', roles: [] });
    await signIn(t, { email: 'departing@example.org', roles: [] });
    const [account] = await t.deps.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.email, 'departing@example.org'));
    assert.ok(account);
    await disableAccount(t.deps.db, { accountId: account.id, actor: null });
    const left = await t.deps.db.select().from(sessions).where(eq(sessions.userId, account.id));
    assert.equal(left.length, 0);
    const home = await (await t.app.request('/', { headers: { cookie: first } })).text();
    assert.doesNotMatch(home, /action="\/sign-out"/);
  });

  test('the demo administrator exists after every demo start, with a fresh link each time', async () => {
    const first = await demoAdministratorSignIn(t.deps);
    const second = await demoAdministratorSignIn(t.deps);
    const linkIn = (line: string) => /(http:\/\/\S+)/.exec(line)?.[1] ?? '';
    assert.notEqual(linkIn(first), linkIn(second));
    assert.match(first, /one-time, valid 15 minutes; also in the outbox at \/admin\/outbox\)$/);
    const demo = await t.deps.db
      .select({ name: accounts.name, roles: accounts.roles })
      .from(accounts)
      .where(eq(accounts.email, 'admin@example.org'));
    assert.deepEqual(demo, [{ name: 'Demo Administrator', roles: [...staffRoles] }]);

    const followed = await t.app.request(linkIn(second));
    assert.equal(followed.headers.get('location'), 'http://localhost:3000/admin');
    const cookie = sessionCookie(followed);
    // The link alone is not enough for staff: the administrator enrols a second factor first.
    const admin = await t.app.request('/admin', { headers: { cookie: cookie ?? '' } });
    assert.equal(admin.status, 303);
    assert.equal(admin.headers.get('location'), '/account/security/enrol?next=%2Fadmin');
    const { messages } = await listOutbox(t.deps.db, { page: 1, pageSize: 100 });
    assert.equal(messages.filter((m) => m.recipients.includes('admin@example.org')).length, 2);
  });
});

describe('over https', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ env: { PUBLIC_URL: 'https://tracktwo.example.org' } });
  });
  after(() => t.close());

  test('the session cookie is __Host- prefixed, Secure, host-only and HttpOnly', async () => {
    await ensureAccount(t.deps, { email: 'secure@example.org', displayName: 'S', roles: [] });
    const link = await createSignInLink(t.deps.auth, 'secure@example.org');
    assert.ok(link.startsWith('https://tracktwo.example.org/api/auth/magic-link/verify?'));
    const followed = await t.app.request(link);
    const setCookie = followed.headers
      .getSetCookie()
      .find((value) => value.startsWith('__Host-tracktwo.session_token='));
    assert.ok(setCookie, 'a __Host- session cookie');
    assert.match(setCookie, /; Secure/);
    assert.match(setCookie, /; HttpOnly/);
    assert.match(setCookie, /; Path=\//);
    assert.doesNotMatch(setCookie, /Domain=/i);
    const cookie = sessionCookie(followed) ?? '';
    const home = await (
      await t.app.request('https://tracktwo.example.org/', { headers: { cookie } })
    ).text();
    assert.match(home, /action="\/sign-out"/, 'the layout shows a signed-in visitor');
  });
});
