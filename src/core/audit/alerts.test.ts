import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { ensureAccount } from '../../accounts/create-account.ts';
import { accounts } from '../../accounts/tables.ts';
import { jobs } from '../jobs/tables.ts';
import { waitFor } from '../jobs/testing.ts';
import { startWorkers, type Workers } from '../jobs/worker.ts';
import { listOutbox, readOutboxMessage } from '../mail/outbox-queries.ts';
import { buildTestApp, type TestApp } from '../web/testing.ts';
import { alertAdministrators } from './alerts.ts';
import { listAudit } from './audit.ts';

describe('alerts to administrators', () => {
  let testApp: TestApp;
  let workers: Workers;
  const administrators = ['first-admin@tracktwo.test', 'second-admin@tracktwo.test'];

  before(async () => {
    testApp = await buildTestApp();
    const { deps } = testApp;
    for (const email of administrators) {
      await ensureAccount(deps, { email, displayName: 'Admin', roles: ['administrator'] });
    }
    await ensureAccount(deps, {
      email: 'coordinator@tracktwo.test',
      displayName: 'Coordinator',
      roles: ['coordinator'],
    });
    const disabled = await ensureAccount(deps, {
      email: 'disabled-admin@tracktwo.test',
      displayName: 'Gone',
      roles: ['administrator'],
    });
    await deps.db
      .update(accounts)
      .set({ disabledAt: new Date() })
      .where(eq(accounts.id, disabled.accountId));
    workers = startWorkers({
      db: deps.db,
      handlers: deps.handlers.jobs,
      concurrency: 2,
      pollMs: 20,
    });
  });
  after(async () => {
    await workers.stop();
    await testApp.close();
  });

  const waitForMessages = (count: number) =>
    waitFor(`${count} messages in the outbox`, async () => {
      const { messages } = await listOutbox(testApp.deps.db, { page: 1, pageSize: 100 });
      return messages.length >= count ? messages : undefined;
    });

  const waitForIdleQueue = () =>
    waitFor('every alert job to finish', async () => {
      const open = await testApp.deps.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(inArray(jobs.state, ['queued', 'running']));
      return open.length === 0 ? true : undefined;
    });

  test('one message per active administrator, with ids and a link but no personal data', async () => {
    const raised = await alertAdministrators(testApp.deps, {
      kind: 'sign_in_flood',
      subject: { kind: 'person', id: 'b7e2d1c4-0000-4000-8000-000000000001' },
      details: { failures: 40 },
    });
    assert.equal(raised, true);
    const messages = await waitForMessages(2);
    assert.deepEqual(messages.flatMap((message) => message.recipients).sort(), administrators);
    const message = await readOutboxMessage(testApp.deps.db, messages[0]?.id ?? '');
    assert.match(message?.subject ?? '', /sign_in_flood/);
    const text = message?.text ?? '';
    assert.match(text, /person b7e2d1c4-0000-4000-8000-000000000001/);
    assert.ok(text.includes('http://localhost:3000/admin/audit?action=alert.sign_in_flood'), text);
    assert.ok(!text.includes('@'), 'no address in the body');

    const { events } = await listAudit(testApp.deps.db, {
      action: 'alert.sign_in_flood',
      page: 1,
      pageSize: 10,
    });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.details, { failures: 40 });
  });

  test('the same kind and subject alerts once an hour; another subject alerts again', async () => {
    const subject = { kind: 'person', id: 'b7e2d1c4-0000-4000-8000-000000000001' };
    const again = await alertAdministrators(testApp.deps, {
      kind: 'sign_in_flood',
      subject,
      details: { failures: 80 },
    });
    assert.equal(again, false);
    const other = await alertAdministrators(testApp.deps, {
      kind: 'sign_in_flood',
      subject: { ...subject, id: 'b7e2d1c4-0000-4000-8000-000000000002' },
      details: { failures: 41 },
    });
    assert.equal(other, true);
    await waitForMessages(4);
    // Every job done, so a second message would be there by now.
    await waitForIdleQueue();
    const { total } = await listOutbox(testApp.deps.db, { page: 1, pageSize: 1 });
    assert.equal(total, 4);
    const audited = await listAudit(testApp.deps.db, {
      action: 'alert.sign_in_flood',
      page: 1,
      pageSize: 10,
    });
    assert.equal(audited.total, 2);
  });

  test('personal data in the details refuses the alert, and nothing is queued', async () => {
    await assert.rejects(
      alertAdministrators(testApp.deps, { kind: 'export_large', details: { email: 'x' } }),
    );
    const queued = await listAudit(testApp.deps.db, {
      action: 'alert.export_large',
      page: 1,
      pageSize: 1,
    });
    assert.equal(queued.total, 0);
    // The refused alert's count rolled back with it, so the next one goes out.
    assert.equal(
      await alertAdministrators(testApp.deps, { kind: 'export_large', details: { rows: 9000 } }),
      true,
    );
    await waitForMessages(6);
    await waitForIdleQueue();
  });
});
