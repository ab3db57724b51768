// Staff reply pages, mounted bare (src/app.ts mounts them for real): editors only, and a thread
// whose person the viewer may not see is neither listed nor shown.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { buildTestApp, mountAs, type TestApp } from '../../core/web/testing.ts';
import { people } from '../../people/tables.ts';
import { newsletterIssues, replyMessages, replyThreads } from '../tables.ts';
import { replyRoutes } from './routes.tsx';

const editor: Viewer = {
  kind: 'account',
  accountId: crypto.randomUUID(),
  personId: null,
  roles: ['editor'],
  protectedClearance: false,
};
const clearedEditor: Viewer = { ...editor, protectedClearance: true };
const participant: Viewer = { ...editor, roles: [] };

describe('newsletter reply pages', () => {
  let testApp: TestApp;
  const threadIds: Record<string, string> = {};

  before(async () => {
    testApp = await buildTestApp();
    const { db } = testApp.database;
    const [issue] = await db
      .insert(newsletterIssues)
      .values({ number: 7, title: 'No. 7' })
      .returning();
    assert.ok(issue);
    for (const [key, values] of Object.entries({
      open: { displayName: 'Open Reader', tier: 'network' as const },
      pseudonymous: {
        displayName: 'Real Name Hidden',
        tier: 'protected' as const,
        pseudonym: 'Swallow',
      },
      unnamed: { displayName: 'Unnamed Protected', tier: 'protected' as const },
    })) {
      const [person] = await db.insert(people).values(values).returning({ id: people.id });
      assert.ok(person);
      const [thread]: { id: string }[] = await db
        .insert(replyThreads)
        .values({ issueId: issue.id, personId: person.id })
        .returning({ id: replyThreads.id });
      assert.ok(thread);
      threadIds[key] = thread.id;
      await db
        .insert(replyMessages)
        .values({ threadId: thread.id, direction: 'in', body: `Words of ${key}` });
    }
  });
  after(() => testApp.close());

  const get = (viewer: Viewer, path: string) =>
    mountAs(testApp.deps, viewer, '/newsletter/replies', replyRoutes).request(path);

  test('signed out goes to sign in; a participant gets 404', async () => {
    const signedOut = await get({ kind: 'anonymous' }, '/newsletter/replies');
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/);
    assert.equal((await get(participant, '/newsletter/replies')).status, 404);
    assert.equal((await get(participant, `/newsletter/replies/${threadIds.open}`)).status, 404);
  });

  test('the list shows only threads the gate lets the editor see, protected ones by pseudonym', async () => {
    const html = await (await get(editor, '/newsletter/replies')).text();
    assert.match(html, /Open Reader/);
    assert.match(html, /Swallow/);
    assert.doesNotMatch(html, /Real Name Hidden|Unnamed Protected/);
    assert.equal((await get(editor, `/newsletter/replies/${threadIds.unnamed}`)).status, 404);
    const cleared = await (await get(clearedEditor, '/newsletter/replies')).text();
    assert.match(cleared, /Real Name Hidden/);
    assert.match(cleared, /Unnamed Protected/);
  });

  test('a thread page shows its messages; a malformed id is a 404', async () => {
    const page = await get(editor, `/newsletter/replies/${threadIds.pseudonymous}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Words of pseudonymous/);
    assert.doesNotMatch(html, /Real Name Hidden/);
    assert.equal((await get(editor, '/newsletter/replies/not-a-uuid')).status, 404);
  });
});
