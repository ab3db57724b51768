// Passkeys on the server: which of better-auth's passkey endpoints answer whom, and how a staff
// account that has a passkey is held for it (not for TOTP). The ceremony itself needs an
// authenticator and runs in Chromium (passkeys.browser.test.ts).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { buildTestApp, formPage, postForm, type TestApp } from '../core/web/testing.ts';
import { ensureAccount } from './create-account.ts';
import { createSignInLink } from './sign-in-links.ts';
import { accounts, passkeys } from './tables.ts';
import { sessionCookie, signIn } from './testing.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const get = (path: string, cookie = '') => t.app.request(path, { headers: { cookie } });
const registerOptions = (cookie = '') => get('/api/auth/passkey/generate-register-options', cookie);

async function linkSession(email: string): Promise<string> {
  const followed = await t.app.request(await createSignInLink(t.deps.auth, email, '/admin'));
  const cookie = sessionCookie(followed);
  assert.ok(cookie);
  return cookie;
}

/** A passkey row as better-auth would store it (the key itself is never checked here). */
async function givePasskey(email: string, name: string): Promise<string> {
  const [account] = await t.deps.db.select().from(accounts).where(eq(accounts.email, email));
  assert.ok(account);
  const [row] = await t.deps.db
    .insert(passkeys)
    .values({
      name,
      userId: account.id,
      publicKey: 'cHVibGlj',
      credentialID: `credential-${name}-${email}`,
      counter: 0,
      deviceType: 'multiDevice',
      backedUp: true,
    })
    .returning({ id: passkeys.id });
  assert.ok(row);
  return row.id;
}

test('only the passkey endpoints a browser needs are open, and adding one needs a session', async () => {
  assert.equal((await registerOptions()).status, 401);
  const options = await get('/api/auth/passkey/generate-authenticate-options');
  assert.equal(options.status, 200);
  const body = (await options.json()) as { challenge: string; rpId: string };
  assert.ok(body.challenge);
  assert.equal(body.rpId, new URL(t.deps.config.publicUrl).hostname);
  for (const shut of ['/list-user-passkeys', '/delete-passkey', '/update-passkey']) {
    assert.equal((await get(`/api/auth/passkey${shut}`)).status, 404, shut);
    const post = await t.app.request(`/api/auth/passkey${shut}`, { method: 'POST' });
    assert.equal(post.status, 404, shut);
  }
});

test('a participant gets registration options that require a discoverable, checked key', async () => {
  const cookie = await signIn(t, { email: 'reader@example.org', roles: [] });
  const options = await registerOptions(cookie);
  assert.equal(options.status, 200);
  const body = (await options.json()) as {
    rp: { id: string };
    authenticatorSelection: { residentKey: string; userVerification: string };
  };
  assert.equal(body.rp.id, new URL(t.deps.config.publicUrl).hostname);
  assert.equal(body.authenticatorSelection.residentKey, 'required');
  assert.equal(body.authenticatorSelection.userVerification, 'required');
});

test('staff with TOTP add a passkey only after passing it in this session', async () => {
  const email = 'totp-staff@example.org';
  const verified = await signIn(t, { email, roles: ['coordinator'] });
  assert.equal((await registerOptions(verified)).status, 200);
  assert.equal((await registerOptions(await linkSession(email))).status, 403);
});

test('staff with a passkey and no TOTP are held for the passkey, not sent to enrol TOTP', async () => {
  const email = 'passkey-staff@example.org';
  await ensureAccount(t.deps, { email, displayName: 'P', roles: ['administrator'] });
  const withoutPasskey = await linkSession(email);
  const toEnrol = await get('/admin', withoutPasskey);
  assert.equal(toEnrol.headers.get('location'), '/account/security/enrol?next=%2Fadmin');
  assert.equal((await registerOptions(withoutPasskey)).status, 200, 'a first passkey enrols');

  await givePasskey(email, 'laptop');
  const linkOnly = await linkSession(email);
  const held = await get('/admin', linkOnly);
  assert.equal(held.status, 303);
  assert.equal(held.headers.get('location'), '/sign-in/verify?next=%2Fadmin');
  // The session from before the passkey existed is held for it too (nothing cached it).
  assert.equal(
    (await get('/admin', withoutPasskey)).headers.get('location'),
    held.headers.get('location'),
  );
  const verify = await get('/sign-in/verify?next=%2Fadmin', linkOnly);
  assert.equal(verify.status, 200);
  const html = await verify.text();
  assert.match(html, /data-passkey="sign-in"/);
  assert.doesNotMatch(html, /name="code"/, 'no TOTP code is asked for');
  const enrol = await get('/account/security/enrol?next=%2Fadmin', linkOnly);
  assert.equal(enrol.status, 303, 'nor can a link-only session enrol TOTP instead');
  assert.equal(enrol.headers.get('location'), '/sign-in/verify?next=%2Fadmin');
  assert.equal((await registerOptions(linkOnly)).status, 403, 'nor add a passkey of its own');
});

test('the security page lists the passkeys of the account and removes only its own', async () => {
  const email = 'keys@example.org';
  const cookie = await signIn(t, { email, roles: [] });
  await givePasskey(email, 'phone');
  const other = await signIn(t, { email: 'other@example.org', roles: [] });
  const othersPasskey = await givePasskey('other@example.org', 'theirs');

  const page = await formPage(t, '/account/security', cookie);
  assert.match(page.html, /phone/);
  assert.doesNotMatch(page.html, /theirs/);
  const id = /name="id" value="([^"]+)"/.exec(page.html)?.[1];
  assert.ok(id);
  const refused = await postForm(t, '/account/security/passkeys/remove', page.cookie, {
    _csrf: page.token,
    id: othersPasskey,
  });
  assert.equal(refused.status, 404);
  const removed = await postForm(t, '/account/security/passkeys/remove', page.cookie, {
    _csrf: page.token,
    id,
  });
  assert.equal(removed.status, 303);
  const after = await get('/account/security', cookie);
  assert.doesNotMatch(await after.text(), /phone/);
  assert.match(await (await get('/account/security', other)).text(), /theirs/);
});
