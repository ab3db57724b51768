// Invitations to create an account, over HTTP with real sessions and the real outbox: who may
// invite, the single-use link that lasts a week, acceptance that signs in, and the audit trail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { listAudit } from '../core/audit/audit.ts';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import { buildTestApp, formPage, postForm, type TestApp } from '../core/web/testing.ts';
import { replaceContacts } from '../people/contacts.ts';
import { people } from '../people/tables.ts';
import { accounts, verifications } from './tables.ts';
import { sessionCookie, signIn } from './testing.ts';

let t: TestApp;
let staff: string;
before(async () => {
  t = await buildTestApp();
  staff = await signIn(t, { email: 'coordinator@example.org', roles: ['coordinator'] });
});
after(() => t.close());

async function invitationLink(email: string): Promise<string | undefined> {
  const { messages } = await listOutbox(t.deps.db, { page: 1, pageSize: 100 });
  const newest = messages.find((message) => message.recipients.includes(email));
  const text = newest && (await readOutboxMessage(t.deps.db, newest.id))?.text;
  return text?.match(/http:\/\/localhost:3000\/invitations\/accept\?token=\w+/)?.[0];
}

async function newPerson(displayName: string, email?: string): Promise<string> {
  const [person] = await t.deps.db
    .insert(people)
    .values({ displayName, tier: 'network' })
    .returning({ id: people.id });
  assert.ok(person);
  if (email) {
    await replaceContacts(
      t.deps.db,
      t.deps.config.encryptionKey,
      person.id,
      [{ kind: 'email', value: email }],
      false,
    );
  }
  return person.id;
}

const local = (link: string) => link.replace('http://localhost:3000', '');

test('signed out, inviting sends to sign-in; a participant gets the 404', async () => {
  const signedOut = await t.app.request('/account/invitations');
  assert.equal(signedOut.status, 303);
  assert.equal(signedOut.headers.get('location'), '/sign-in?next=%2Faccount%2Finvitations');
  const participant = await signIn(t, { email: 'reader@example.org', roles: [] });
  const page = await t.app.request('/account/invitations', { headers: { cookie: participant } });
  assert.equal(page.status, 404);
});

test('staff invite by address; the link works once, creates the linked account and signs in', async () => {
  const form = await formPage(t, '/account/invitations', staff);
  const invalid = await postForm(t, '/account/invitations', form.cookie, {
    _csrf: form.token,
    displayName: '',
    email: 'not an address',
  });
  assert.equal(invalid.status, 422);
  const sent = await postForm(t, '/account/invitations', form.cookie, {
    _csrf: form.token,
    displayName: 'Nadia Invitee',
    email: 'Nadia@Example.org',
  });
  assert.equal(sent.status, 303);
  const link = await invitationLink('nadia@example.org');
  assert.ok(link, 'the invitation reached the outbox');
  const token = new URL(link).searchParams.get('token') ?? '';
  const stored = await t.deps.db.select().from(verifications);
  assert.doesNotMatch(JSON.stringify(stored), new RegExp(token), 'only a hash of the token');
  const week = stored.find((row) => row.value.includes('"invitation"'));
  const days = ((week?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
  assert.ok(days > 6.9 && days <= 7, `expires in 7 days (${days})`);

  // Opening the link spends nothing: a mail scanner may open it first.
  const page = await formPage(t, local(link));
  assert.ok(page.html.includes('Create my account'));
  const accepted = await postForm(t, '/invitations/accept', page.cookie, {
    _csrf: page.token,
    token,
  });
  assert.equal(accepted.status, 303);
  const followed = await t.app.request(local(accepted.headers.get('location') ?? ''));
  assert.equal(followed.headers.get('location'), 'http://localhost:3000/me');
  const cookie = sessionCookie(followed);
  assert.ok(cookie, 'signed in');
  assert.equal((await t.app.request('/me', { headers: { cookie } })).status, 200);

  const [account] = await t.deps.db
    .select()
    .from(accounts)
    .where(eq(accounts.email, 'nadia@example.org'));
  const [person] = await t.deps.db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.displayName, 'Nadia Invitee'));
  assert.ok(account && person);
  assert.equal(account.personId, person.id, 'the account is linked to the invited person');
  assert.deepEqual(account.roles, []);
  const invited = await listAudit(t.deps.db, { action: 'account.invited', page: 1, pageSize: 5 });
  assert.equal(invited.events[0]?.subjectId, person.id);
  const acceptedEvents = await listAudit(t.deps.db, {
    action: 'account.invitation_accepted',
    page: 1,
    pageSize: 5,
  });
  assert.equal(acceptedEvents.events[0]?.subjectId, account.id);

  const again = await postForm(t, '/invitations/accept', page.cookie, { _csrf: page.token, token });
  assert.equal(again.status, 410);
  assert.ok((await again.text()).includes('expired or was used already'));
  assert.equal((await t.app.request(local(link))).status, 410);
});

test('from a person page: staff see the button; people with an account or no address are refused', async () => {
  const personId = await newPerson('Omar Known', 'omar@example.org');
  const personPage = await formPage(t, `/people/${personId}`, staff);
  assert.match(personPage.html, /action="\/account\/invitations\/person"/);
  const invite = (id: string) =>
    postForm(t, '/account/invitations/person', personPage.cookie, {
      _csrf: personPage.token,
      personId: id,
    });
  const sent = await invite(personId);
  assert.equal(sent.status, 303);
  assert.equal(sent.headers.get('location'), `/people/${personId}`);
  assert.ok(await invitationLink('omar@example.org'));

  const withoutAddress = await newPerson('No Address');
  assert.equal((await invite(withoutAddress)).status, 303);
  const [coordinator] = await t.deps.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.email, 'coordinator@example.org'));
  assert.equal((await invite(coordinator?.personId ?? '')).status, 303);
  assert.equal(await invitationLink('coordinator@example.org'), undefined, 'no second account');
  const mails = await listAudit(t.deps.db, { action: 'account.invited', page: 1, pageSize: 50 });
  assert.equal(mails.events.filter((event) => event.subjectId === withoutAddress).length, 0);

  const participant = await signIn(t, { email: 'reader2@example.org', roles: [] });
  const seen = await t.app.request(`/people/${personId}`, { headers: { cookie: participant } });
  assert.doesNotMatch(await seen.text(), /invitations\/person/, 'participants see no button');
  const forged = await postForm(t, '/account/invitations/person', participant, {
    personId,
  });
  assert.ok(forged.status === 403 || forged.status === 404, `refused (${forged.status})`);
});

test('an expired invitation shows the clear page and creates nothing', async () => {
  const personId = await newPerson('Late Invitee', 'late@example.org');
  const personPage = await formPage(t, `/people/${personId}`, staff);
  await postForm(t, '/account/invitations/person', personPage.cookie, {
    _csrf: personPage.token,
    personId,
  });
  const link = await invitationLink('late@example.org');
  assert.ok(link);
  await t.deps.db.update(verifications).set({ expiresAt: new Date(Date.now() - 1000) });
  const page = await t.app.request(local(link));
  assert.equal(page.status, 410);
  assert.ok((await page.text()).includes('This invitation no longer works'));
  const form = await formPage(t, '/account/invitations', staff);
  const accepted = await postForm(t, '/invitations/accept', form.cookie, {
    _csrf: form.token,
    token: new URL(link).searchParams.get('token') ?? '',
  });
  assert.equal(accepted.status, 410);
  const created = await t.deps.db.select().from(accounts).where(eq(accounts.personId, personId));
  assert.equal(created.length, 0);
});
