// /admin/outbox over HTTP, in-process. A viewer is set by a small middleware in front of the real
// routes; the signed-out case also goes through the real app.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Viewer } from '../privacy/viewer.ts';
import { buildTestApp, mountAs, type TestApp } from '../web/testing.ts';
import { outboxRoutes } from './routes.tsx';
import { outbox } from './tables.ts';

function staff(roles: ('administrator' | 'coordinator')[], protectedClearance = true): Viewer {
  return { kind: 'account', accountId: randomUUID(), personId: null, roles, protectedClearance };
}

describe('/admin/outbox', () => {
  let t: TestApp;
  const as = (viewer: Viewer) => mountAs(t.deps, viewer, '/admin/outbox', outboxRoutes);
  const administrator = staff(['administrator']);

  before(async () => {
    t = await buildTestApp();
    assert.equal(t.deps.mailer.transport, 'outbox');
    for (let index = 0; index < 54; index++) {
      await t.deps.mailer.send({
        to: `reader${index}@example.org`,
        subject: `Issue ${index}`,
        text: '.',
      });
    }
    await t.deps.mailer.send({
      to: 'Mariam <mariam@example.org>',
      subject: 'Ресурсы недели',
      text: 'Дорогие друзья, вот ссылки этой недели.',
      html: '<p>Ссылки</p><script>alert(1)</script>',
      attachments: [{ filename: 'agenda.txt', content: Buffer.from('Day one.\n') }],
    });
  });
  after(() => t.close());

  test('sends a signed-out visitor to sign in', async () => {
    for (const app of [t.app, as({ kind: 'anonymous' })]) {
      const response = await app.request('/admin/outbox');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/sign-in?next=%2Fadmin%2Foutbox');
    }
  });

  test('answers 404 to staff who are not administrators, as for a missing message', async () => {
    const [row] = await t.database.db.select({ id: outbox.id }).from(outbox).limit(1);
    assert.ok(row);
    const coordinator = as(staff(['coordinator']));
    const admin = as(administrator);
    const responses = {
      hidden: await coordinator.request(`/admin/outbox/${row.id}`),
      hiddenMissing: await coordinator.request(`/admin/outbox/${randomUUID()}`),
      missing: await admin.request(`/admin/outbox/${randomUUID()}`),
      malformed: await admin.request('/admin/outbox/not-an-id'),
    };
    for (const response of Object.values(responses)) assert.equal(response.status, 404);
    // Each viewer gets one 404 page, whatever was asked for (the navigation differs by viewer).
    assert.equal(await responses.hidden.text(), await responses.hiddenMissing.text());
    assert.equal(await responses.missing.text(), await responses.malformed.text());
    assert.equal((await coordinator.request('/admin/outbox')).status, 404);
  });

  test('answers 404 to administrators without the protected clearance: mail names protected people', async () => {
    const uncleared = as(staff(['administrator'], false));
    assert.equal((await uncleared.request('/admin/outbox')).status, 404);
  });

  test('lists the newest first, fifty to a page', async () => {
    const app = as(administrator);
    const first = await (await app.request('/admin/outbox')).text();
    assert.equal(first.match(/<tr>/g)?.length, 51, 'a header row and fifty messages');
    assert.ok(first.indexOf('Ресурсы недели') < first.indexOf('Issue 53'));
    assert.match(first, /href="\/admin\/outbox\?page=2" rel="next"/);
    assert.match(first, /Page 1 of 2/);
    const second = await (await app.request('/admin/outbox?page=2')).text();
    assert.equal(second.match(/<tr>/g)?.length, 6);
    assert.match(second, /href="\/admin\/outbox\?page=1" rel="prev"/);
    assert.ok(second.includes('reader0@example.org'));
    for (const page of ['3', '0', 'two', '-1']) {
      assert.equal((await app.request(`/admin/outbox?page=${page}`)).status, 404, page);
    }
  });

  test('shows one message, its HTML as inert source', async () => {
    const app = as(administrator);
    const list = await (await app.request('/admin/outbox')).text();
    const href = /href="(\/admin\/outbox\/[0-9a-f-]{36})">Ресурсы недели</.exec(list)?.[1];
    assert.ok(href);
    const response = await app.request(href, { headers: { 'accept-language': 'ru' } });
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /<h1>Ресурсы недели<\/h1>/);
    assert.ok(page.includes('Дорогие друзья, вот ссылки этой недели.'));
    assert.ok(page.includes('mariam@example.org'));
    assert.ok(page.includes('agenda.txt'));
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!page.includes('<script>alert(1)'));
    assert.ok(page.includes('Назад к исходящим письмам'), 'in Russian');
  });
});
