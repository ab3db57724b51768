// /admin/audit over HTTP, in-process, through the real application with real sessions. One check
// mounts the routes bare, to prove they guard themselves wherever they are mounted.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { signIn, signInAsAdministrator } from '../../accounts/testing.ts';
import type { Viewer } from '../privacy/viewer.ts';
import { buildTestApp, mountAs, type TestApp } from '../web/testing.ts';
import { recordAudit } from './audit.ts';
import { auditRoutes } from './routes.tsx';

const editor: Viewer = {
  kind: 'account',
  accountId: randomUUID(),
  personId: null,
  roles: ['editor'],
  protectedClearance: false,
};

describe('/admin/audit', () => {
  let t: TestApp;
  let administrator = '';
  let coordinator = '';
  const get = (path: string, cookie: string, headers: Record<string, string> = {}) =>
    t.app.request(path, { headers: { cookie, ...headers } });
  const rowCount = (page: string) => page.match(/<tr><td><time/g)?.length ?? 0;

  before(async () => {
    t = await buildTestApp();
    const { db } = t.database;
    // 55 exports by the editor, then one tier change: more than a page of events.
    for (let n = 0; n < 55; n += 1) {
      await recordAudit(db, { action: 'export.created', actor: editor, details: { rows: n } });
    }
    await recordAudit(db, {
      action: 'person.tier_changed',
      actor: editor,
      subject: { kind: 'person', id: 'person-17' },
      details: { from: 'staff', to: 'protected' },
    });
    administrator = await signInAsAdministrator(t);
    coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
  });
  after(() => t.close());

  test('sends a signed-out visitor to sign in, also where the routes are mounted bare', async () => {
    const bare = mountAs(t.deps, { kind: 'anonymous' }, '/admin/audit', auditRoutes);
    for (const app of [t.app, bare]) {
      const response = await app.request('/admin/audit');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/sign-in?next=%2Fadmin%2Faudit');
    }
  });

  test('answers 404 to staff who are not administrators', async () => {
    const response = await get('/admin/audit', coordinator);
    assert.equal(response.status, 404);
    assert.ok(!(await response.text()).includes('export.created'));
  });

  test('lists events newest first, fifty to a page, with compact details', async () => {
    // Other capabilities audit the test sign-ins too, so this looks at the editor's events.
    const byEditor = `/admin/audit?actor=${editor.accountId}`;
    const first = await (await get(byEditor, administrator)).text();
    assert.match(first, /56 matching events/);
    assert.equal(rowCount(first), 50);
    const newest = first.indexOf('person.tier_changed');
    assert.ok(newest > 0 && newest < first.indexOf('export.created</a>'));
    assert.match(first, /<code>\{&quot;rows&quot;:54\}<\/code>/);
    assert.match(first, /&quot;to&quot;:&quot;protected&quot;/);
    assert.ok(first.includes(`href="${byEditor}&amp;page=2" rel="next"`));
    const second = await (await get(`${byEditor}&page=2`, administrator)).text();
    assert.equal(rowCount(second), 6);
    for (const query of ['page=3', 'page=0', 'page=two']) {
      assert.equal((await get(`${byEditor}&${query}`, administrator)).status, 404, query);
    }
  });

  test('filters by action, actor and subject, and keeps the filters when paging', async () => {
    const byAction = await (await get('/admin/audit?action=export.created', administrator)).text();
    assert.match(byAction, /55 matching events/);
    assert.match(byAction, /href="\/admin\/audit\?action=export.created&amp;page=2" rel="next"/);
    const byActor = await (
      await get(`/admin/audit?actor=${editor.accountId}&action=`, administrator)
    ).text();
    assert.match(byActor, /56 matching events/);
    const bySubject = await (
      await get('/admin/audit?subjectKind=person&subjectId=person-17', administrator)
    ).text();
    assert.match(bySubject, /1 matching events/);
    assert.equal(rowCount(bySubject), 1);
    const nobody = await (await get(`/admin/audit?actor=${randomUUID()}`, administrator)).text();
    assert.match(nobody, /No events match/);
  });

  test('a malformed filter is shown back with an explanation, in the viewer language', async () => {
    const response = await get('/admin/audit?actor=not-an-id', administrator, {
      'accept-language': 'ru',
    });
    assert.equal(response.status, 400);
    const page = await response.text();
    assert.match(page, /role="alert">С такими условиями искать нельзя/);
    assert.match(page, /value="not-an-id"/);
    assert.equal(rowCount(page), 0);
  });

  test('the administration index links to the log', async () => {
    const page = await (await get('/admin', administrator)).text();
    assert.match(page, /<a href="\/admin\/audit">Audit log<\/a>/);
  });
});
