import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import type { Viewer } from '../privacy/viewer.ts';
import { listAudit, PersonalDataInAuditError, recordAudit } from './audit.ts';
import { auditEvents } from './tables.ts';

const administrator: Viewer = {
  kind: 'account',
  accountId: randomUUID(),
  personId: null,
  roles: ['administrator'],
  protectedClearance: false,
};
const coordinator: Viewer = { ...administrator, accountId: randomUUID(), roles: ['coordinator'] };

// Drizzle wraps the database's error; the trigger's message is in its cause.
function refusedByTrigger(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error && cause.message === 'the audit log is append-only';
}

describe('audit log', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
    const { db } = database;
    await recordAudit(db, {
      action: 'person.tier_changed',
      actor: administrator,
      subject: { kind: 'person', id: 'p-1' },
      details: { from: 'staff', to: 'protected' },
      requestId: 'req-1',
    });
    await recordAudit(db, {
      action: 'person.tier_changed',
      actor: coordinator,
      subject: { kind: 'person', id: 'p-2' },
    });
    await recordAudit(db, { action: 'export.created', actor: coordinator });
    await recordAudit(db, { action: 'sign_in.failed', actor: { kind: 'anonymous' } });
  });
  after(() => database.close());

  test('an event keeps the actor account, the subject, the details and the request id', async () => {
    const { events } = await listAudit(database.db, { subjectId: 'p-1', page: 1, pageSize: 10 });
    assert.equal(events.length, 1);
    const [event] = events;
    assert.equal(event?.action, 'person.tier_changed');
    assert.equal(event?.actorAccountId, administrator.accountId);
    assert.equal(event?.subjectKind, 'person');
    assert.deepEqual(event?.details, { from: 'staff', to: 'protected', requestId: 'req-1' });
    assert.ok(event?.at instanceof Date);
  });

  test('an anonymous or missing actor is recorded as nobody', async () => {
    const { events } = await listAudit(database.db, {
      action: 'sign_in.failed',
      page: 1,
      pageSize: 10,
    });
    assert.equal(events[0]?.actorAccountId, null);
    assert.equal(events[0]?.subjectKind, null);
  });

  test('lists newest first, filtered and paged, with the total', async () => {
    const all = await listAudit(database.db, { page: 1, pageSize: 10 });
    assert.equal(all.total, 4);
    assert.deepEqual(
      all.events.map((event) => event.action),
      ['sign_in.failed', 'export.created', 'person.tier_changed', 'person.tier_changed'],
    );
    const byActor = await listAudit(database.db, {
      actorAccountId: coordinator.accountId,
      page: 1,
      pageSize: 10,
    });
    assert.deepEqual(
      byActor.events.map((event) => event.action),
      ['export.created', 'person.tier_changed'],
    );
    const byAction = await listAudit(database.db, {
      action: 'person.tier_changed',
      subjectKind: 'person',
      page: 2,
      pageSize: 1,
    });
    assert.equal(byAction.total, 2);
    assert.equal(byAction.events[0]?.subjectId, 'p-1');
    const future = await listAudit(database.db, {
      from: new Date(Date.now() + 60_000),
      page: 1,
      pageSize: 10,
    });
    assert.equal(future.total, 0);
    const past = await listAudit(database.db, { to: new Date(0), page: 1, pageSize: 10 });
    assert.equal(past.total, 0);
  });

  test('rows cannot be changed or removed', async () => {
    const { db } = database;
    await assert.rejects(
      db
        .update(auditEvents)
        .set({ action: 'rewritten' })
        .where(eq(auditEvents.action, 'export.created')),
      refusedByTrigger,
    );
    await assert.rejects(db.delete(auditEvents), refusedByTrigger);
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    assert.equal(row?.n, 4);
  });

  test('an audit event commits and rolls back with its transaction', async () => {
    const { db } = database;
    await assert.rejects(
      db.transaction(async (tx) => {
        await recordAudit(tx, { action: 'rolled.back' });
        throw new Error('the command failed');
      }),
      /the command failed/,
    );
    await db.transaction((tx) => recordAudit(tx, { action: 'committed' }));
    const rolledBack = await listAudit(db, { action: 'rolled.back', page: 1, pageSize: 1 });
    const committed = await listAudit(db, { action: 'committed', page: 1, pageSize: 1 });
    assert.equal(rolledBack.total, 0);
    assert.equal(committed.total, 1);
  });

  test('details that look like personal data are refused, and nothing is recorded', async () => {
    const refused: Record<string, unknown>[] = [
      { name: 'x' },
      { displayName: 'x' },
      { email: 'x' },
      { newEmail: 'x' },
      { contact_phone: 'x' },
      { resetToken: 'x' },
      { ipAddress: 'x' },
      { nested: { firstName: 'x' } },
      { list: [{ pseudonym: 'x' }] },
      { note: 'sent to someone@example.org' },
    ];
    for (const details of refused) {
      await assert.rejects(
        recordAudit(database.db, { action: 'refused', details }),
        PersonalDataInAuditError,
        JSON.stringify(details),
      );
    }
    const { total } = await listAudit(database.db, { action: 'refused', page: 1, pageSize: 1 });
    assert.equal(total, 0);
    // Facts that are not personal data pass.
    await recordAudit(database.db, {
      action: 'accepted',
      details: { tier: 'network', count: 3, jobId: 12, tags: ['a'] },
    });
  });
});
