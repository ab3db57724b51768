// The scheduled start, through the real job workers: a job left by scheduleSend starts the send
// when it runs, unless staff moved or cancelled the schedule meanwhile; then it does nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, sql } from 'drizzle-orm';
import { runJobs } from '../../accounts/testing.ts';
import { jobs } from '../../core/jobs/tables.ts';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { runDueJobs } from '../../gatherings/invitations/testing.ts';
import { deliveries, newsletterIssues } from '../tables.ts';
import { scheduledStartQueue, scheduleSend, sendQueue } from './start.ts';
import { addIssue, addSubscribers } from './testing.ts';

describe('the scheduled start of a send', () => {
  let testApp: TestApp;

  before(async () => {
    testApp = await buildTestApp();
    await addSubscribers(testApp.deps.db, testApp.deps.config.encryptionKey, 3, 'scheduled');
  });
  after(() => testApp.close());

  const aMomentAhead = () => new Date(Date.now() + 150);

  async function issueState(issueId: string) {
    const { db } = testApp.deps;
    const [issue] = await db
      .select({ status: newsletterIssues.status })
      .from(newsletterIssues)
      .where(eq(newsletterIssues.id, issueId));
    const rows = await db
      .select({ state: deliveries.state })
      .from(deliveries)
      .where(eq(deliveries.issueId, issueId));
    const jobsOf = (queue: string) =>
      db
        .select({ state: jobs.state, runAt: jobs.runAt })
        .from(jobs)
        .where(and(eq(jobs.queue, queue), sql`${jobs.payload}->>'issueId' = ${issueId}`))
        .orderBy(jobs.runAt);
    return {
      status: issue?.status,
      deliveries: rows.map((row) => row.state),
      startJobs: (await jobsOf(scheduledStartQueue)).map((job) => job.state),
      sendJobs: (await jobsOf(sendQueue)).length,
    };
  }

  /** Waits until the moment has passed, then lets the workers run the start jobs now due. */
  async function runStartJobsAfter(moment: Date) {
    await sleep(Math.max(0, moment.getTime() - Date.now()) + 20);
    await runDueJobs(testApp, [scheduledStartQueue]);
  }

  test('an issue scheduled a moment ahead starts sending when its job runs', async () => {
    const issueId = await addIssue(testApp.deps.db, 11, 2);
    const at = aMomentAhead();
    assert.equal(await scheduleSend(testApp.deps.db, issueId, at), true);
    assert.deepEqual(await issueState(issueId), {
      status: 'scheduled',
      deliveries: [],
      startJobs: ['queued'],
      sendJobs: 0,
    });
    // Every job, the send passes the start leaves included, until none is left.
    await runJobs(testApp);
    assert.deepEqual(await issueState(issueId), {
      status: 'sent',
      deliveries: ['sent', 'sent', 'sent'],
      startJobs: ['succeeded'],
      sendJobs: 1,
    });
  });

  test('a job whose issue was rescheduled meanwhile does nothing; the new moment stands', async () => {
    const issueId = await addIssue(testApp.deps.db, 12, 2);
    const first = aMomentAhead();
    await scheduleSend(testApp.deps.db, issueId, first);
    const later = new Date(Date.now() + 60 * 60 * 1000);
    assert.equal(await scheduleSend(testApp.deps.db, issueId, later), true);
    await runStartJobsAfter(first);
    assert.deepEqual(await issueState(issueId), {
      status: 'scheduled',
      deliveries: [],
      startJobs: ['succeeded', 'queued'],
      sendJobs: 0,
    });
  });

  test('a job whose issue was unscheduled meanwhile does nothing', async () => {
    const issueId = await addIssue(testApp.deps.db, 13, 2);
    const at = aMomentAhead();
    await scheduleSend(testApp.deps.db, issueId, at);
    await testApp.deps.db
      .update(newsletterIssues)
      .set({ status: 'draft', scheduledAt: null })
      .where(eq(newsletterIssues.id, issueId));
    await runStartJobsAfter(at);
    assert.deepEqual(await issueState(issueId), {
      status: 'draft',
      deliveries: [],
      startJobs: ['succeeded'],
      sendJobs: 0,
    });
  });
});
