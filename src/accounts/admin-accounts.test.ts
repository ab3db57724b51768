// /admin/accounts over HTTP with real sessions: closed to all but administrators, every change
// audited by id, refused input changes nothing, and a disabled account's session stops at once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../core/audit/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { people } from '../people/tables.ts';
import { accounts, sessions } from './tables.ts';
import { signIn, signInAsAdministrator } from './testing.ts';

let t: TestApp;
let admin: string;

function post(
  cookie: string,
  formPath: string,
  path: string,
  fields: [string, string][],
): Promise<Response> {
  return submitForm(t, { cookie, from: formPath, to: path, fields });
}

async function account(email: string) {
  const [row] = await t.deps.db.select().from(accounts).where(eq(accounts.email, email));
  assert.ok(row, email);
  return row;
}

async function audited(action: string, subjectId: string) {
  return t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)));
}

before(async () => {
  t = await buildTestApp();
  admin = await signInAsAdministrator(t);
});
after(() => t.close());

test('signed out: sent to sign in; other staff and participants get the 404', async () => {
  const signedOut = await t.app.request('/admin/accounts');
  assert.equal(signedOut.status, 303);
  assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in\?next=/);
  const coordinator = await signIn(t, { email: 'coord@tracktwo.test', roles: ['coordinator'] });
  const participant = await signIn(t, { email: 'part@tracktwo.test', roles: [] });
  const target = await account('part@tracktwo.test');
  for (const cookie of [coordinator, participant]) {
    for (const path of ['/admin/accounts', `/admin/accounts/${target.id}`]) {
      assert.equal((await t.app.request(path, { headers: { cookie } })).status, 404, path);
    }
  }
});

test('the list shows accounts, pages, and searches by address by POST only', async () => {
  const page = await t.app.request('/admin/accounts', { headers: { cookie: admin } });
  const html = await page.text();
  assert.equal(page.status, 200);
  assert.match(html, /administrator@tracktwo\.test/);
  const found = await post(admin, '/admin/accounts', '/admin/accounts', [['email', 'COORD@']]);
  const foundHtml = await found.text();
  assert.match(foundHtml, /coord@tracktwo\.test/);
  assert.doesNotMatch(foundHtml, /administrator@tracktwo\.test/);
  const tooLong = [['email', `${'a'.repeat(260)}@x.org`]] as [string, string][];
  assert.equal((await post(admin, '/admin/accounts', '/admin/accounts', tooLong)).status, 400);
  const index = await (await t.app.request('/admin', { headers: { cookie: admin } })).text();
  assert.match(index, /href="\/admin\/accounts"/);
  assert.equal(
    (await t.app.request('/admin/accounts?page=99', { headers: { cookie: admin } })).status,
    404,
  );
});

test('the address of a protected person is withheld without the clearance, and not searchable', async () => {
  await signIn(t, { email: 'at-risk@tracktwo.test', roles: [] });
  const atRisk = await account('at-risk@tracktwo.test');
  assert.ok(atRisk.personId);
  await t.deps.db
    .update(people)
    .set({ tier: 'protected', pseudonym: 'Kestrel' })
    .where(eq(people.id, atRisk.personId));

  const list = await (
    await t.app.request('/admin/accounts', { headers: { cookie: admin } })
  ).text();
  assert.doesNotMatch(list, /at-risk@tracktwo\.test/);
  assert.match(list, /address withheld/);
  const search = await post(admin, '/admin/accounts', '/admin/accounts', [['email', 'at-risk']]);
  assert.doesNotMatch(await search.text(), new RegExp(atRisk.id));
  const own = await t.app.request(`/admin/accounts/${atRisk.id}`, { headers: { cookie: admin } });
  assert.equal(own.status, 200);
  assert.doesNotMatch(await own.text(), /at-risk@tracktwo\.test/);

  await t.deps.db
    .update(accounts)
    .set({ protectedClearance: true })
    .where(eq(accounts.email, 'administrator@tracktwo.test'));
  const cleared = await (
    await t.app.request('/admin/accounts', { headers: { cookie: admin } })
  ).text();
  assert.match(cleared, /at-risk@tracktwo\.test/);
  await t.deps.db
    .update(accounts)
    .set({ protectedClearance: false })
    .where(eq(accounts.email, 'administrator@tracktwo.test'));
});

test('roles: unknown roles and self-demotion change nothing; a change is audited', async () => {
  const target = await account('part@tracktwo.test');
  const path = `/admin/accounts/${target.id}`;
  const bad = await post(admin, path, `${path}/roles`, [['roles', 'superuser']]);
  assert.equal(bad.status, 400);
  assert.deepEqual((await account('part@tracktwo.test')).roles, []);

  const self = await account('administrator@tracktwo.test');
  const selfPath = `/admin/accounts/${self.id}`;
  const demoted = await post(admin, selfPath, `${selfPath}/roles`, [['roles', 'editor']]);
  assert.equal(demoted.status, 400);
  assert.deepEqual((await account('administrator@tracktwo.test')).roles, ['administrator']);

  const changed = await post(admin, path, `${path}/roles`, [
    ['roles', 'editor'],
    ['roles', 'coordinator'],
  ]);
  assert.equal(changed.status, 303);
  assert.deepEqual((await account('part@tracktwo.test')).roles, ['coordinator', 'editor']);
  const [event] = await audited('account.roles_changed', target.id);
  assert.deepEqual(event?.details.oldRoles, []);
  assert.deepEqual(event?.details.newRoles, ['coordinator', 'editor']);
  assert.equal(JSON.stringify(event?.details).includes('@'), false, 'ids only');
});

test('clearance: refused without a staff role; granted, it lets staff see protected people', async () => {
  const participant = await signIn(t, { email: 'plain@tracktwo.test', roles: [] });
  assert.ok(participant);
  const plain = await account('plain@tracktwo.test');
  const plainPath = `/admin/accounts/${plain.id}`;
  const refused = await post(admin, plainPath, `${plainPath}/clearance`, [['clearance', 'grant']]);
  assert.equal(refused.status, 400);
  assert.equal((await account('plain@tracktwo.test')).protectedClearance, false);
  const forged = await post(admin, plainPath, `${plainPath}/clearance`, [['clearance', 'all']]);
  assert.equal(forged.status, 404);

  const [hidden] = await t.deps.db
    .insert(people)
    .values({ displayName: 'Real Name Kept Safe', pseudonym: 'Kestrel', tier: 'protected' })
    .returning({ id: people.id });
  assert.ok(hidden);
  const email = 'cleared@tracktwo.test';
  const before = await signIn(t, { email, roles: ['coordinator'] });
  const seenBefore = await t.app.request(`/people/${hidden.id}`, { headers: { cookie: before } });
  assert.doesNotMatch(await seenBefore.text(), /Real Name Kept Safe/);

  const target = await account(email);
  const path = `/admin/accounts/${target.id}`;
  assert.equal(
    (await post(admin, path, `${path}/clearance`, [['clearance', 'grant']])).status,
    303,
  );
  assert.equal((await account(email)).protectedClearance, true);
  assert.equal((await audited('account.clearance_changed', target.id))[0]?.details.granted, true);
  const seen = await t.app.request(`/people/${hidden.id}`, { headers: { cookie: before } });
  assert.match(await seen.text(), /Real Name Kept Safe/, 'the viewer carries the clearance');

  // Without any staff role the clearance goes too.
  assert.equal((await post(admin, path, `${path}/roles`, [])).status, 303);
  assert.equal((await account(email)).protectedClearance, false);
  assert.equal((await audited('account.clearance_changed', target.id)).length, 2);
});

test('disabling ends every session at once; enabling lets the account back in', async () => {
  const email = 'leaving@tracktwo.test';
  const cookie = await signIn(t, { email, roles: ['editor'] });
  const target = await account(email);
  const list = () => t.app.request('/people', { headers: { cookie } });
  assert.equal((await list()).status, 200, 'the session works before');

  const path = `/admin/accounts/${target.id}`;
  assert.equal((await post(admin, path, `${path}/disable`, [])).status, 303);
  assert.equal((await list()).status, 303, 'the very next request is signed out');
  assert.equal(await t.deps.db.$count(sessions, eq(sessions.userId, target.id)), 0);
  assert.ok((await account(email)).disabledAt);
  assert.equal((await audited('account.disabled', target.id)).length, 1);

  assert.equal((await post(admin, path, `${path}/enable`, [])).status, 303);
  assert.equal((await account(email)).disabledAt, null);
  assert.equal((await audited('account.enabled', target.id)).length, 1);
  assert.equal((await list()).status, 303, 'the old session stays ended');
});

test('an administrator cannot disable themself; forged ids are 404', async () => {
  const self = await account('administrator@tracktwo.test');
  const path = `/admin/accounts/${self.id}`;
  assert.equal((await post(admin, path, `${path}/disable`, [])).status, 400);
  assert.equal((await account('administrator@tracktwo.test')).disabledAt, null);
  for (const forged of [randomUUID(), 'not-an-id']) {
    const page = await t.app.request(`/admin/accounts/${forged}`, { headers: { cookie: admin } });
    assert.equal(page.status, 404);
    const disabled = await post(admin, path, `/admin/accounts/${forged}/disable`, []);
    assert.equal(disabled.status, 404);
  }
});
