// The staff export of people: who may take it, that it holds exactly what the gate allows the
// exporter, no contact channel, and that every export is in the audit log.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { accounts } from '../accounts/tables.ts';
import { signIn } from '../accounts/testing.ts';
import { listAudit } from '../core/audit/audit.ts';
import { personColumns, presentPerson } from '../core/privacy/gate.ts';
import { buildTestApp, type TestApp } from '../core/web/testing.ts';
import { loadDemo } from '../demo/load.ts';
import { contactChannels, people } from './tables.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  await loadDemo(t.database.db, { people: 120, encryptionKey: t.deps.config.encryptionKey });
});
after(() => t.close());

const exportAs = (cookie = '') => t.app.request('/exports/people.csv', { headers: { cookie } });

test('signed out, the export sends to sign-in; a participant or an editor gets a 404', async () => {
  const signedOut = await exportAs();
  assert.equal(signedOut.status, 303);
  assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/);
  assert.equal(
    (await exportAs(await signIn(t, { email: 'p@example.org', roles: [] }))).status,
    404,
  );
  assert.equal(
    (await exportAs(await signIn(t, { email: 'e@example.org', roles: ['editor'] }))).status,
    404,
  );
});

test('a coordinator exports exactly whom the gate shows, protected people by pseudonym, no contacts', async () => {
  const cookie = await signIn(t, { email: 'c@example.org', roles: ['coordinator'] });
  const response = await exportAs(cookie);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
  const csv = await response.text();
  const records: Record<string, string>[] = parse(csv, { columns: true, bom: true });

  const [account] = await t.database.db
    .select()
    .from(accounts)
    .where(eq(accounts.email, 'c@example.org'));
  assert.ok(account);
  const viewer = {
    kind: 'account' as const,
    accountId: account.id,
    personId: account.personId,
    roles: ['coordinator' as const],
    protectedClearance: false,
  };
  const rows = await t.database.db.select(personColumns).from(people);
  const expected = rows.flatMap((row) => presentPerson(viewer, row) ?? []);
  assert.deepEqual(records.map((r) => r.id).sort(), expected.map((p) => p.id).sort());

  for (const row of rows.filter((r) => r.tier === 'protected')) {
    assert.ok(!csv.includes(row.displayName), 'no real name of a protected person');
  }
  const emails = await t.database.db.select({ value: contactChannels.value }).from(contactChannels);
  for (const { value } of emails) if (value) assert.ok(!csv.includes(value), 'no contact channel');

  const { events } = await listAudit(t.database.db, {
    action: 'people.exported',
    page: 1,
    pageSize: 10,
  });
  assert.equal(events[0]?.actorAccountId, account.id);
  assert.equal(events[0]?.details.rows, records.length);
});
