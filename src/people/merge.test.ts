// Merging over HTTP: the duplicate's links all move to the kept person, the duplicate is archived
// and points at them, and the merge is audited. A protected duplicate never lands in an
// unprotected record.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { accounts } from '../accounts/tables.ts';
import { signIn, signInAsAdministrator } from '../accounts/testing.ts';
import { auditEvents } from '../core/audit/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { affiliations, consentRecords, contactChannels, organizations, people } from './tables.ts';

let t: TestApp;
let cookie: string;

/** Posts `fields` to `action` with the CSRF token of the form page at `path`. */
function post(path: string, fields: Record<string, string>, action = path): Promise<Response> {
  return submitForm(t, { cookie, from: path, to: action, fields });
}

async function person(values: typeof people.$inferInsert): Promise<string> {
  const [row] = await t.deps.db.insert(people).values(values).returning({ id: people.id });
  assert.ok(row);
  return row.id;
}

before(async () => {
  t = await buildTestApp();
  cookie = await signInAsAdministrator(t);
});
after(() => t.close());

test('signed out: the merge page sends to sign in', async () => {
  const id = await person({ displayName: 'Anyone' });
  const response = await t.app.request(`/people/${id}/merge`);
  assert.equal(response.status, 303);
});

test('merge moves every link, archives the duplicate and is audited', async () => {
  const kept = await person({ displayName: 'Irina Kept', tier: 'network' });
  const duplicate = await person({ displayName: 'Irina Duplicate', tier: 'staff' });
  const [shared, other] = await t.deps.db
    .insert(organizations)
    .values([
      { name: 'Shared Institute', kind: 'research institute' },
      { name: 'Other Museum', kind: 'museum' },
    ])
    .returning({ id: organizations.id });
  assert.ok(shared && other);
  await t.deps.db.insert(affiliations).values([
    { personId: kept, organizationId: shared.id, role: 'fellow' },
    { personId: duplicate, organizationId: shared.id, role: 'fellow' },
    { personId: duplicate, organizationId: other.id, role: 'curator' },
  ]);
  await t.deps.db
    .insert(contactChannels)
    .values({ personId: duplicate, kind: 'telegram', value: '@irina_d' });
  await t.deps.db
    .insert(consentRecords)
    .values({ personId: duplicate, topic: 'newsletter', granted: true, method: 'web form' });
  await signIn(t, { email: 'irina@tracktwo.test', roles: [] });
  await t.deps.db
    .update(accounts)
    .set({ personId: duplicate })
    .where(eq(accounts.email, 'irina@tracktwo.test'));

  const search = await post(
    `/people/${kept}/merge`,
    { query: 'Irina' },
    `/people/${kept}/merge/search`,
  );
  assert.match(await search.text(), new RegExp(`value="${duplicate}"`));
  const response = await post(`/people/${kept}/merge`, { duplicateId: duplicate });
  assert.equal(response.status, 303);

  const links = await t.deps.db.select().from(affiliations).where(eq(affiliations.personId, kept));
  assert.deepEqual(links.map((link) => link.organizationId).sort(), [shared.id, other.id].sort());
  const [channel] = await t.deps.db
    .select()
    .from(contactChannels)
    .where(eq(contactChannels.personId, kept));
  assert.equal(channel?.value, '@irina_d');
  const consents = await t.deps.db
    .select()
    .from(consentRecords)
    .where(eq(consentRecords.personId, kept));
  assert.equal(consents.length, 1);
  const [account] = await t.deps.db
    .select()
    .from(accounts)
    .where(eq(accounts.email, 'irina@tracktwo.test'));
  assert.equal(account?.personId, kept);
  const [gone] = await t.deps.db.select().from(people).where(eq(people.id, duplicate));
  assert.equal(gone?.mergedIntoId, kept);
  assert.ok(gone?.archivedAt);
  const [event] = await t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'person.merged'), eq(auditEvents.subjectId, kept)));
  assert.equal(event?.details.duplicateId, duplicate);
});

test('a protected duplicate is not merged into an unprotected person; nothing moves', async () => {
  const kept = await person({ displayName: 'Open Record', tier: 'staff' });
  const duplicate = await person({ displayName: 'Guarded', pseudonym: 'Wren', tier: 'protected' });
  // Administrators without clearance see the protected one by pseudonym only: not mergeable.
  const response = await post(`/people/${kept}/merge`, { duplicateId: duplicate });
  assert.equal(response.status, 404);
  const forged = await post(`/people/${kept}/merge`, { duplicateId: 'not-an-id' });
  assert.equal(forged.status, 404);
  const [row] = await t.deps.db.select().from(people).where(eq(people.id, duplicate));
  assert.equal(row?.mergedIntoId, null);
});
