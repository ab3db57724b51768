// A protected person always has a pseudonym: staff without the clearance know them by it alone,
// so without one they could not find or manage the person at all.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signInAsAdministrator } from '../accounts/testing.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { changeTier, createPerson, PseudonymRequired } from './commands/save-person.ts';
import { people } from './tables.ts';
import { staffPersonForm } from './validation.ts';

let t: TestApp;
let admin: string;
const cleared: Viewer = {
  kind: 'account',
  accountId: '00000000-0000-4000-8000-000000000001',
  personId: null,
  roles: ['administrator'],
  protectedClearance: true,
};

const fields = {
  displayName: 'Mira Example',
  otherNames: '',
  pseudonym: '',
  residence: '',
  citizenships: '',
  languages: '',
  fields: '',
  bio: '',
  tier: 'protected',
  contacts: '',
};

function post(path: string, values: Record<string, string>): Promise<Response> {
  return submitForm(t, { cookie: admin, from: path, fields: values });
}

before(async () => {
  t = await buildTestApp();
  admin = await signInAsAdministrator(t);
});
after(() => t.close());

test('the form refuses protected without a pseudonym, beside the pseudonym field', () => {
  const refused = staffPersonForm.safeParse(fields);
  assert.equal(refused.success, false);
  assert.deepEqual(
    refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    [['pseudonym', 'people.error.protectedPseudonym']],
  );
  // Said together with the other errors, not only once they are fixed.
  const both = staffPersonForm.safeParse({ ...fields, displayName: '' });
  const fieldsWithErrors = new Set(both.error?.issues.map((issue) => issue.path.join('.')));
  assert.deepEqual([...fieldsWithErrors].sort(), ['displayName', 'pseudonym']);
  assert.ok(staffPersonForm.safeParse({ ...fields, pseudonym: 'Heron' }).success);
  assert.ok(staffPersonForm.safeParse({ ...fields, tier: 'staff' }).success);
});

test('over HTTP: an inline error on the pseudonym and nobody stored', async () => {
  const before = await t.deps.db.$count(people);
  const response = await post('/people/new', fields);
  assert.equal(response.status, 400);
  assert.match(await response.text(), /id="field-pseudonym-error"/);
  assert.equal(await t.deps.db.$count(people), before);
});

test('over HTTP: editing a protected person cannot clear the pseudonym', async () => {
  const [row] = await t.deps.db
    .insert(people)
    .values({ displayName: 'Mira Example', pseudonym: 'Heron', tier: 'protected' })
    .returning({ id: people.id });
  assert.ok(row);
  const response = await post(`/people/${row.id}/edit`, fields);
  // Without the clearance the administrator sees the pseudonym only and may not edit at all;
  // either way nothing changes.
  assert.ok(response.status === 400 || response.status === 404, String(response.status));
  const [after] = await t.deps.db.select().from(people).where(eq(people.id, row.id));
  assert.equal(after?.pseudonym, 'Heron');
});

test('the commands refuse it too, for callers that skip the form', async () => {
  const context = { db: t.deps.db, encryptionKey: t.deps.config.encryptionKey, actor: cleared };
  const input = staffPersonForm.parse({ ...fields, tier: 'staff' });
  await assert.rejects(createPerson(context, { ...input, tier: 'protected' }), PseudonymRequired);
  const id = await createPerson(context, input);
  await assert.rejects(changeTier(context, id, 'protected'), PseudonymRequired);
  const [row] = await t.deps.db.select().from(people).where(eq(people.id, id));
  assert.equal(row?.tier, 'staff');
});
