// /newsletter/subscribers for editors, over the real app and a real session: guarded, read
// through the privacy gate, adding people found by a POSTed name, changing status.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { addPerson } from '../../gatherings/invitations/testing.ts';
import { subscribers } from '../tables.ts';

describe('the subscriber list for staff', () => {
  let testApp: TestApp;
  let editor: string;
  const ids: Record<string, string> = {};

  before(async () => {
    testApp = await buildTestApp();
    const { db, config } = testApp.deps;
    const key = config.encryptionKey;
    ids.anna = await addPerson(db, key, { displayName: 'Anna Orlova', email: 'anna@example.org' });
    ids.heron = await addPerson(db, key, {
      displayName: 'Dana Secret',
      tier: 'protected',
      pseudonym: 'Heron',
      email: 'dana@example.org',
    });
    ids.hidden = await addPerson(db, key, {
      displayName: 'Hidden Person',
      tier: 'protected',
      email: 'hidden@example.org',
    });
    ids.omar = await addPerson(db, key, { displayName: 'Omar Haddad', email: 'omar@example.org' });
    for (const [name, status] of [
      ['anna', 'active'],
      ['heron', 'active'],
      ['hidden', 'active'],
    ] as const) {
      await db.insert(subscribers).values({ personId: ids[name] as string, status });
    }
    editor = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
  });
  after(() => testApp.close());

  test('signed out, the list sends the visitor to sign in; a participant finds nothing', async () => {
    const response = await testApp.app.request('/newsletter/subscribers');
    assert.equal(response.status, 303);
    const participant = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
    const denied = await testApp.app.request('/newsletter/subscribers', {
      headers: { cookie: participant },
    });
    assert.equal(denied.status, 404);
  });

  test('protected subscribers appear by pseudonym, or not at all, and counts follow', async () => {
    const response = await testApp.app.request('/newsletter/subscribers', {
      headers: { cookie: editor },
    });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /Anna Orlova/);
    assert.match(html, /Heron/);
    assert.doesNotMatch(html, /Dana Secret|Hidden Person|dana@example|hidden@example/);
    assert.match(html, /Active \(2\)/);
  });

  test('an editor finds a person by name (by POST) and adds them, then changes the status', async () => {
    const found = await submitForm(testApp, {
      cookie: editor,
      from: '/newsletter/subscribers',
      to: '/newsletter/subscribers/search',
      fields: { name: 'omar' },
    });
    assert.equal(found.status, 200);
    assert.match(await found.text(), new RegExp(`name="personId" value="${ids.omar}"`));

    const added = await submitForm(testApp, {
      cookie: editor,
      from: '/newsletter/subscribers',
      to: '/newsletter/subscribers/add',
      fields: { personId: ids.omar as string },
    });
    assert.equal(added.status, 303);
    const [row] = await testApp.deps.db
      .select()
      .from(subscribers)
      .where(eq(subscribers.personId, ids.omar as string));
    assert.equal(row?.status, 'active');

    const hidden = await submitForm(testApp, {
      cookie: editor,
      from: '/newsletter/subscribers',
      to: '/newsletter/subscribers/add',
      fields: { personId: ids.hidden as string },
    });
    assert.equal(hidden.status, 404, 'a person the gate hides cannot be added');

    const changed = await submitForm(testApp, {
      cookie: editor,
      from: `/newsletter/subscribers/${row?.id}`,
      to: `/newsletter/subscribers/${row?.id}/status`,
      fields: { status: 'suspended' },
    });
    assert.equal(changed.status, 303);
    const [after] = await testApp.deps.db
      .select()
      .from(subscribers)
      .where(eq(subscribers.id, row?.id as string));
    assert.equal(after?.status, 'suspended');

    const bad = await submitForm(testApp, {
      cookie: editor,
      from: `/newsletter/subscribers/${row?.id}`,
      to: `/newsletter/subscribers/${row?.id}/status`,
      fields: { status: 'deleted' },
    });
    assert.equal(bad.status, 404);
  });
});
