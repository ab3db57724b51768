// /me, "view as", the download of one's own data and erasure, over HTTP with real sessions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { accounts, sessions } from '../accounts/tables.ts';
import { signIn, signInAsAdministrator } from '../accounts/testing.ts';
import { auditEvents } from '../core/audit/tables.ts';
import { personColumns, presentPerson } from '../core/privacy/gate.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { affiliations, consentRecords, contactChannels, organizations, people } from './tables.ts';

let t: TestApp;
let session = '';
let personId = '';
let neighbour = '';

async function get(path: string, cookie = session) {
  const response = await t.app.request(path, { headers: { cookie } });
  return { status: response.status, html: await response.text(), response };
}

async function post(path: string, fields: Record<string, string>, cookie: string) {
  const response = await submitForm(t, { cookie, from: '/', to: path, fields });
  return { status: response.status, html: await response.text(), response };
}

async function ownRow() {
  const [row] = await t.deps.db.select(personColumns).from(people).where(eq(people.id, personId));
  assert.ok(row);
  return row;
}

before(async () => {
  t = await buildTestApp();
  session = await signIn(t, { email: 'mariam@tracktwo.test', roles: [] });
  neighbour = await signIn(t, { email: 'neighbour@tracktwo.test', roles: [] });
  const [account] = await t.deps.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.email, 'mariam@tracktwo.test'));
  personId = account?.personId ?? '';
  await t.deps.db
    .update(people)
    .set({
      displayName: 'Mariam Haddad',
      tier: 'network',
      residence: 'PS',
      languages: ['ar', 'en'],
      fields: ['peacebuilding'],
      bio: 'Works with families on both sides.',
    })
    .where(eq(people.id, personId));
  await t.deps.db
    .update(people)
    .set({ displayName: 'Noam Levi', tier: 'network' })
    .where(eq(people.id, (await accountPerson('neighbour@tracktwo.test')) ?? ''));
  const [organization] = await t.deps.db
    .insert(organizations)
    .values({ name: 'Bridges Circle', kind: 'ngo' })
    .returning({ id: organizations.id });
  await t.deps.db
    .insert(affiliations)
    .values({ personId, organizationId: organization?.id ?? '', role: 'facilitator' });
  await t.deps.db
    .insert(consentRecords)
    .values({ personId, topic: 'directory_listing', granted: true, method: 'web form' });
});
after(() => t.close());

async function accountPerson(email: string) {
  const [account] = await t.deps.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.email, email));
  return account?.personId ?? undefined;
}

describe('/me', () => {
  test('sends a signed-out visitor to sign in, from every page', async () => {
    for (const path of ['/me', '/me/edit', '/me/view-as/staff', '/me/export']) {
      const response = await t.app.request(path);
      assert.equal(response.status, 303, path);
      assert.match(response.headers.get('location') ?? '', /^\/sign-in\?next=/);
    }
  });

  test('shows the record in full and the tier in plain words', async () => {
    const { status, html } = await get('/me');
    assert.equal(status, 200);
    for (const part of [
      'Mariam Haddad',
      'PS',
      'peacebuilding',
      'Bridges Circle',
      'mariam@tracktwo.test',
    ]) {
      assert.ok(html.includes(part), part);
    }
    assert.match(html, /participants who are signed in may see your profile/);
  });

  test('an edit with bad input changes nothing and says what is wrong', async () => {
    const before = await ownRow();
    const { status, html } = await post(
      '/me/edit',
      {
        displayName: 'Mariam <b>',
        otherNames: '',
        residence: 'XX',
        languages: 'ar',
        fields: 'peacebuilding',
        bio: 'x'.repeat(2001),
        tier: 'public',
      },
      session,
    );
    assert.equal(status, 400);
    assert.match(html, /field-error/);
    assert.match(html, /2000/);
    assert.deepEqual(await ownRow(), before);
  });

  test('a good edit saves, leaves the tier alone and is audited', async () => {
    const saved = await post(
      '/me/edit',
      {
        displayName: 'Mariam Haddad',
        otherNames: 'مريم حداد',
        residence: 'jo',
        languages: 'ar, en, he',
        fields: 'peacebuilding, education',
        bio: 'Works with families on both sides.',
        tier: 'public',
      },
      session,
    );
    assert.equal(saved.status, 303);
    const row = await ownRow();
    assert.equal(row.residence, 'JO');
    assert.deepEqual(row.otherNames, ['مريم حداد']);
    assert.deepEqual(row.languages, ['ar', 'en', 'he']);
    assert.equal(row.tier, 'network');
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'person.updated_by_self'), eq(auditEvents.subjectId, personId)),
      );
    assert.equal(events.length, 1);
  });

  test('view as shows exactly what the presenter gives each audience', async () => {
    const hidden = await get('/me/view-as/anonymous');
    assert.equal(hidden.status, 200);
    assert.match(hidden.html, /Not shown at all/);
    assert.ok(!hidden.html.includes('Works with families'));

    const row = await ownRow();
    const stranger = {
      kind: 'account',
      accountId: crypto.randomUUID(),
      personId: null,
      protectedClearance: false,
    } as const;
    const asParticipant = presentPerson({ ...stranger, roles: [] }, row);
    assert.ok(asParticipant && asParticipant.tier === undefined);
    const participant = await get('/me/view-as/participant');
    assert.ok(participant.html.includes(asParticipant.bio ?? '-'));
    assert.ok(participant.html.includes(asParticipant.residence ?? '-'));
    assert.ok(!participant.html.includes('Who can see</dt>'), 'no tier for participants');
    const staff = await get('/me/view-as/staff');
    assert.ok(staff.html.includes('Who can see</dt>'), 'staff see the tier');

    await t.deps.db
      .update(people)
      .set({ tier: 'protected', pseudonym: 'Olive' })
      .where(eq(people.id, personId));
    const asStaff = await get('/me/view-as/staff');
    assert.ok(asStaff.html.includes('Olive'));
    assert.ok(!asStaff.html.includes('Works with families'));
    assert.match((await get('/me/view-as/participant')).html, /Not shown at all/);
    await t.deps.db
      .update(people)
      .set({ tier: 'network', pseudonym: null })
      .where(eq(people.id, personId));
    assert.equal((await get('/me/view-as/everyone')).status, 404);
  });

  test('the export holds the person’s data and nobody else’s, and is audited', async () => {
    const { status, html, response } = await get('/me/export');
    assert.equal(status, 200);
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment/);
    const data = JSON.parse(html);
    assert.equal(data.person.id, personId);
    assert.equal(data.person.displayName, 'Mariam Haddad');
    assert.deepEqual(data.contactChannels, [
      { kind: 'email', value: 'mariam@tracktwo.test', preferred: 1 },
    ]);
    assert.equal(data.affiliations[0].organization, 'Bridges Circle');
    assert.equal(data.consentRecords[0].topic, 'directory_listing');
    assert.equal(data.accounts[0].email, 'mariam@tracktwo.test');
    assert.ok(
      data.auditEvents.some(
        (event: { action: string }) => event.action === 'person.updated_by_self',
      ),
    );
    assert.ok(!html.includes('neighbour') && !html.includes('Noam'));
    const exported = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.exported'), eq(auditEvents.subjectId, personId)));
    assert.equal(exported.length, 1);
  });
});

describe('erasure', () => {
  test('only administrators reach it; the box must be ticked', async () => {
    assert.equal((await t.app.request(`/people/${personId}/erase`)).status, 303);
    assert.equal((await get(`/people/${personId}/erase`, neighbour)).status, 404);
    const administrator = await signInAsAdministrator(t);
    assert.equal((await get(`/people/${personId}/erase`, administrator)).status, 200);
    assert.equal((await get('/people/not-an-id/erase', administrator)).status, 404);
    const unticked = await post(`/people/${personId}/erase`, {}, administrator);
    assert.equal(unticked.status, 400);
    assert.equal((await ownRow()).displayName, 'Mariam Haddad');
  });

  test('removes the person from the directory and their page at once, and signs them out', async () => {
    const administrator = await signInAsAdministrator(t);
    assert.equal((await get(`/people/${personId}`, neighbour)).status, 200);
    const erased = await post(`/people/${personId}/erase`, { confirm: 'yes' }, administrator);
    assert.equal(erased.status, 303);
    assert.equal((await get(`/people/${personId}`, neighbour)).status, 404);
    assert.equal((await get(`/people/${personId}`, administrator)).status, 404);
    const directory = await post('/directory', { name: 'Mariam' }, neighbour);
    assert.ok(!directory.html.includes(personId));
    assert.ok(!(await get('/directory?country=JO', neighbour)).html.includes(personId));

    const row = await ownRow();
    assert.equal(row.displayName, 'Erased person');
    assert.deepEqual([row.otherNames, row.residence, row.languages, row.bio], [[], null, [], '']);
    const left = await Promise.all([
      t.deps.db.select().from(contactChannels).where(eq(contactChannels.personId, personId)),
      t.deps.db.select().from(affiliations).where(eq(affiliations.personId, personId)),
      t.deps.db.select().from(consentRecords).where(eq(consentRecords.personId, personId)),
      t.deps.db.select().from(accounts).where(eq(accounts.personId, personId)),
      t.deps.db.select().from(accounts).where(eq(accounts.email, 'mariam@tracktwo.test')),
    ]);
    assert.deepEqual(
      left.map((rows) => rows.length),
      [0, 0, 0, 0, 0],
    );
    const [detached] = await t.deps.db
      .select()
      .from(accounts)
      .where(eq(accounts.name, 'Erased person'));
    assert.ok(detached?.disabledAt);
    assert.equal(
      (await t.deps.db.select().from(sessions).where(eq(sessions.userId, detached.id))).length,
      0,
    );
    assert.equal((await get('/me')).status, 303, 'the old session no longer signs in');
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.erased'), eq(auditEvents.subjectId, personId)));
    assert.equal(audit.length, 1);
    assert.equal(
      (await post(`/people/${personId}/erase`, { confirm: 'yes' }, administrator)).status,
      404,
    );
  });
});
