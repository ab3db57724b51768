// The sending page over HTTP with real accounts: editors only, live counts per state, a Refresh
// header while sending, pause and resume through the CSRF-protected forms.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { newsletterIssues } from '../tables.ts';
import { startSend } from './start.ts';
import { addIssue, addSubscribers } from './testing.ts';

let testApp: TestApp;
let editor: string;
let issueId: string;
let page: string;

before(async () => {
  testApp = await buildTestApp();
  editor = await signIn(testApp, { email: 'sending.editor@tracktwo.test', roles: ['editor'] });
  issueId = await addIssue(testApp.deps.db, 7, 2);
  await addSubscribers(testApp.deps.db, testApp.deps.config.encryptionKey, 3, 'page');
  await startSend(testApp.deps, issueId);
  page = `/newsletter/issues/${issueId}/sending`;
});
after(() => testApp.close());

const status = async () =>
  (
    await testApp.deps.db
      .select({ status: newsletterIssues.status })
      .from(newsletterIssues)
      .where(eq(newsletterIssues.id, issueId))
  )[0]?.status;

test('only editors see a send; a missing issue is a 404', async () => {
  const signedOut = await testApp.app.request(page);
  assert.equal(signedOut.status, 303);
  const participant = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
  assert.equal((await testApp.app.request(page, { headers: { cookie: participant } })).status, 404);
  const missing = `/newsletter/issues/${crypto.randomUUID()}/sending`;
  assert.equal((await testApp.app.request(missing, { headers: { cookie: editor } })).status, 404);
});

test('the counts per state show, refreshing while the issue sends', async () => {
  const response = await testApp.app.request(page, { headers: { cookie: editor } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('refresh'), '5');
  const html = await response.text();
  assert.match(html, /data-state="queued"><th scope="row">[^<]+<\/th><td>3<\/td>/);
  assert.match(html, /data-state="sent"><th scope="row">[^<]+<\/th><td>0<\/td>/);
});

test('pause stops the send and resume restarts it', async () => {
  const paused = await submitForm(testApp, { cookie: editor, from: page, to: `${page}/pause` });
  assert.equal(paused.status, 303);
  assert.equal(await status(), 'paused');
  const pausedPage = await testApp.app.request(page, { headers: { cookie: editor } });
  assert.equal(pausedPage.headers.get('refresh'), null);
  const resumed = await submitForm(testApp, { cookie: editor, from: page, to: `${page}/resume` });
  assert.equal(resumed.status, 303);
  assert.equal(await status(), 'sending');
  // Resuming twice changes nothing.
  await submitForm(testApp, { cookie: editor, from: page, to: `${page}/pause` });
  await submitForm(testApp, { cookie: editor, from: page, to: `${page}/resume` });
  const again = await submitForm(testApp, { cookie: editor, from: page, to: `${page}/resume` });
  assert.equal(again.status, 303);
  assert.equal(await status(), 'sending');
});
